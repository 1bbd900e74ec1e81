"""A live session as the live-path benchmarks need it: a hub and 11 district
endpoints that exist, accounts that exist, and ``prior`` connection events already
stored in the session (20% from its endpoints' rooms, 80% from people on their own
devices), folded into the presence summaries as a running server would have.

Every event the benchmarks then send names these endpoints and accounts, so each
derived step (identity lookup, the presence summary, the dashboard row) runs.
"""

from datetime import timedelta

ENDPOINTS = 12
#: Accounts whose own devices join (the 80% of events that are not a room's).
PEOPLE = 2000
CHUNK = 5000


def endpoint_codes(run: str) -> list[str]:
    return [f"bench-{run}-hub"] + [f"bench-{run}-{n}" for n in range(1, ENDPOINTS)]


def live_session_prepare(*, run: str, prior: int, title: str) -> dict:
    """Create the session (named by ``run``) with ``prior`` events; return what the
    benchmark needs: ids, room, endpoint codes and person ids."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from sessions.models import (
        ConnectionEvent,
        Endpoint,
        LiveSession,
        PresenceSummary,
        SessionEndpoint,
    )
    from sessions.pipeline.summaries import Identity, identities_refresh

    User = get_user_model()
    codes = endpoint_codes(run)
    endpoints = [
        Endpoint.objects.get_or_create(
            code=code,
            defaults={
                "name": f"Bench {code}",
                "kind": Endpoint.Kind.HUB if n == 0 else Endpoint.Kind.SITE,
            },
        )[0]
        for n, code in enumerate(codes)
    ]
    now = timezone.now()
    session = LiveSession.objects.create(
        title=title,
        hub=endpoints[0],
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=3),
        status=LiveSession.Status.LIVE,
    )
    links = [
        SessionEndpoint.objects.create(session=session, endpoint=e, sort_order=n)
        for n, e in enumerate(endpoints)
    ]
    emails = [f"person{n}@{run}.bench.local" for n in range(PEOPLE)]
    existing = set(
        User.objects.filter(email__in=emails).values_list("email", flat=True)
    )
    password = make_password(None)
    User.objects.bulk_create(
        [
            User(email=e, full_name=e.split("@")[0], password=password)
            for e in emails
            if e not in existing
        ]
    )
    people = list(User.objects.filter(email__in=emails).values_list("pk", flat=True))

    def event(n: int) -> ConnectionEvent:
        pair, leave = divmod(n, 2)
        room = pair % 5 == 0  # 20% of the events are the rooms'
        at = session.starts_at + timedelta(seconds=(pair * 7) % 3600 + leave * 30)
        return ConnectionEvent(
            session=session,
            room_name=session.room_name,
            kind="left" if leave else "joined",
            source="prosody",
            idempotency_key=f"prior-{session.pk}-{n}",
            participant_key=f"prior-{pair}@meet.jitsi/x",
            endpoint=endpoints[pair % ENDPOINTS] if room else None,
            user_id=None if room else people[pair % PEOPLE],
            occurred_at=at,
            presence_applied=True,
        )

    for start in range(0, prior, CHUNK):
        ConnectionEvent.objects.bulk_create(
            [event(n) for n in range(start, min(prior, start + CHUNK))]
        )
    if prior:
        identities = {Identity(session.pk, e.pk, None) for e in endpoints} | {
            Identity(session.pk, None, pk) for pk in people
        }
        identities_refresh(identities)
    return {
        "session_id": session.pk,
        "room": session.room_name,
        "codes": codes,
        "people": people,
        "secrets": [link.checkin_secret for link in links],
        "summaries": PresenceSummary.objects.filter(session=session).count(),
    }


def pending_count(session_id: int) -> int:
    from sessions.models import ConnectionEvent

    return ConnectionEvent.objects.filter(
        session_id=session_id, presence_applied=False
    ).count()


def session_delete(session_id: int) -> None:
    from sessions.models import LiveSession

    LiveSession.objects.filter(pk=session_id).delete()
