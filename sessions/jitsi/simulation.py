"""A realistic timeline of a multi-site session, as Prosody's event_sync would report
it: the hub and the presenter first, districts joining over the first minutes (one
late), a dropped connection that comes back, one endpoint leaving early."""

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model

from accounts.roles import Role

from ..models import LiveSession
from . import payloads
from .identity import endpoint_identity, user_identity

MUC_DOMAIN = "muc.meet.jitsi"


@dataclass(frozen=True)
class Participant:
    identity: str
    name: str
    email: str = ""


@dataclass(frozen=True)
class TimedEvent:
    at: datetime
    path: str
    payload: dict


def participants_of(
    session: LiveSession, *, remote_trainees: int = 3
) -> list[Participant]:
    people = []
    if session.presenter:
        people.append(
            Participant(
                user_identity(session.presenter.pk),
                session.presenter.full_name or session.presenter.email,
                session.presenter.email,
            )
        )
    rows = session.session_endpoints.select_related("endpoint")
    endpoints = [row.endpoint for row in rows]
    if session.hub not in endpoints:
        endpoints.insert(0, session.hub)
    people += [Participant(endpoint_identity(e.code), e.name) for e in endpoints]
    trainees = get_user_model().objects.filter(groups__name=Role.TRAINEE)[
        :remote_trainees
    ]
    people += [
        Participant(user_identity(u.pk), u.full_name or u.email, u.email)
        for u in trainees
    ]
    return people


def session_timeline(
    session: LiveSession, *, seed: int | None = None
) -> list[TimedEvent]:
    rng = random.Random(session.pk if seed is None else seed)
    room = session.room_name
    start, end = session.starts_at, session.ends_at
    length = (end - start).total_seconds()
    created = start - timedelta(minutes=5)
    events = [
        TimedEvent(
            created,
            "room/created",
            payloads.event_sync_room(
                path="room/created",
                room=room,
                muc_domain=MUC_DOMAIN,
                created_at=created,
            ),
        )
    ]
    people = participants_of(session)
    active = 0
    for index, person in enumerate(people):
        spans = []
        if index < 2:  # presenter and hub: there before the start, to the end
            spans.append((start - timedelta(minutes=rng.randint(2, 4)), end))
        else:
            joined = start + timedelta(seconds=rng.randint(0, 8 * 60))
            if index == 4:  # one arrives late
                joined = start + timedelta(minutes=session.late_after_minutes + 7)
            left = end - timedelta(seconds=rng.randint(0, 120))
            if index == 5:  # one leaves early
                left = start + timedelta(seconds=length * 0.45)
            if index == 6:  # one drops and comes back
                drop = start + timedelta(seconds=length * 0.3)
                spans.append((joined, drop))
                joined = drop + timedelta(minutes=3)
            spans.append((joined, left))
        for joined, left in spans:
            node = uuid.UUID(int=rng.getrandbits(128))
            jid = f"{node}@meet.jitsi/{rng.getrandbits(32):08x}"
            for path, at, left_at in (
                ("occupant/joined", joined, None),
                ("occupant/left", left, left),
            ):
                active += 1 if left_at is None else -1
                occupant = payloads.occupant(
                    jid=jid,
                    joined_at=joined,
                    left_at=left_at,
                    identity=person.identity,
                    name=person.name,
                    email=person.email,
                )
                events.append(
                    TimedEvent(
                        at,
                        path,
                        payloads.event_sync_occupant(
                            path=path,
                            room=room,
                            muc_domain=MUC_DOMAIN,
                            occupant=occupant,
                            active=max(active, 0),
                        ),
                    )
                )
    events.append(
        TimedEvent(
            end + timedelta(minutes=1),
            "room/destroyed",
            payloads.event_sync_room(
                path="room/destroyed",
                room=room,
                muc_domain=MUC_DOMAIN,
                created_at=created,
                destroyed_at=end + timedelta(minutes=1),
            ),
        )
    )
    return sorted(events, key=lambda e: e.at)
