"""Scheduling live sessions: who sees which session, the room page's identity and
token, cancelling, calendars and upcoming lists.

Reads (selectors) first, then writes (services). Kept apart from selectors.py and
services.py, which hold attendance.
"""

from dataclasses import dataclass
from datetime import timedelta
from email.utils import parseaddr

import segno
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from icalendar import Calendar, Event

from accounts.roles import Role, user_roles
from config.site_url import absolute_url, site_url

from . import checkin_codes
from .jitsi.conf import jitsi_settings
from .jitsi.identity import endpoint_email, endpoint_identity, user_identity
from .jitsi.tokens import TokenSubject, token_mint
from .models import Endpoint, LiveSession, SessionEndpoint

CALENDAR_SALT = "sessions.calendar-feed"
#: A personal feed lists sessions from this long ago onwards.
CALENDAR_PAST = timedelta(days=60)


# --- Selectors ---------------------------------------------------------------------


def is_organiser(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or Role.ORGANISER in user_roles(user)
    )


def sessions_visible_to(user) -> QuerySet[LiveSession]:
    """Organisers see every session; lecturers those they present; coordinators
    those their endpoints take part in; trainees every session not cancelled."""
    sessions = LiveSession.objects.select_related("hub", "presenter", "module")
    if not user.is_authenticated:
        return sessions.none()
    if is_organiser(user):
        return sessions
    roles = user_roles(user)
    query = Q(pk__in=[])
    if Role.TRAINEE in roles:
        query |= ~Q(status=LiveSession.Status.CANCELLED)
    if Role.LECTURER in roles:
        query |= Q(presenter=user)
    if Role.SITE_COORDINATOR in roles:
        query |= Q(session_endpoints__endpoint__coordinators=user) | Q(
            hub__coordinators=user
        )
    return sessions.filter(query).distinct()


def upcoming_sessions_for(*, user, limit: int = 5) -> list[LiveSession]:
    return list(
        sessions_visible_to(user)
        .upcoming()
        .exclude(status=LiveSession.Status.CANCELLED)[:limit]
    )


def upcoming_sessions_of_course(*, course_page) -> QuerySet[LiveSession]:
    from courses.models import ModulePage

    modules = ModulePage.objects.child_of(course_page)
    return (
        LiveSession.objects.upcoming()
        .filter(module__in=modules)
        .select_related("presenter", "module")
    )


def session_endpoints_for(*, user, session: LiveSession) -> list[SessionEndpoint]:
    """The session's endpoint rooms this user may open in endpoint mode."""
    visible = Endpoint.objects.visible_to(user)
    return list(
        session.session_endpoints.filter(endpoint__in=visible).select_related(
            "endpoint"
        )
    )


def session_endpoint_for(
    *, user, session: LiveSession, code: str
) -> SessionEndpoint | None:
    return (
        session.session_endpoints.filter(
            endpoint__code=code, endpoint__in=Endpoint.objects.visible_to(user)
        )
        .select_related("endpoint")
        .first()
    )


def user_is_moderator(*, user, session: LiveSession) -> bool:
    """Only the presenter and Organisers get moderator rights in the room."""
    return is_organiser(user) or (
        session.presenter_id is not None and session.presenter_id == user.pk
    )


@dataclass(frozen=True)
class RoomJoin:
    """What the room page needs to embed Jitsi; ``None`` fields if not configured."""

    configured: bool
    domain: str = ""
    script_url: str = ""
    room_name: str = ""
    token: str = ""
    display_name: str = ""


def room_join_for(*, session: LiveSession, subject: TokenSubject) -> RoomJoin:
    config = jitsi_settings()
    if not config.is_configured:
        return RoomJoin(configured=False, display_name=subject.name)
    return RoomJoin(
        configured=True,
        domain=config.domain,
        script_url=config.external_api_url(),
        room_name=config.iframe_room_name(session.room_name),
        token=token_mint(room_name=session.room_name, subject=subject, config=config),
        display_name=subject.name,
    )


def personal_subject(*, user, session: LiveSession) -> TokenSubject:
    return TokenSubject(
        identity=user_identity(user.pk),
        name=user.full_name or user.email,
        email=user.email,
        moderator=user_is_moderator(user=user, session=session),
    )


def endpoint_subject(*, endpoint: Endpoint) -> TokenSubject:
    return TokenSubject(
        identity=endpoint_identity(endpoint.code),
        name=endpoint.name,
        email=endpoint_email(endpoint.code),
    )


def checkin_path() -> str:
    """The check-in page (built by the attendance part, URL name "checkin")."""
    try:
        return reverse("checkin")
    except NoReverseMatch:
        return "/checkin/"


@dataclass(frozen=True)
class CheckinDisplay:
    code: str
    url: str
    qr_svg: str
    seconds_left: int


def checkin_display(*, session_endpoint: SessionEndpoint, at=None) -> CheckinDisplay:
    """The endpoint's current check-in code, its link and the link as a QR code."""
    at = at or timezone.now()
    code = checkin_codes.current_code(session_endpoint.checkin_secret, at)
    url = absolute_url(f"{checkin_path()}?code={code}")
    qr_svg = segno.make(url, error="m").svg_inline(
        scale=5, dark="#111", light="#fff", omitsize=True
    )
    return CheckinDisplay(
        code=code,
        url=url,
        qr_svg=qr_svg,
        seconds_left=checkin_codes.seconds_until_rotation(at),
    )


def calendar_token_for(user) -> str:
    return signing.Signer(salt=CALENDAR_SALT, sep=".").sign(str(user.pk))


def user_id_for_calendar_token(token: str) -> int | None:
    try:
        value = signing.Signer(salt=CALENDAR_SALT, sep=".").unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None


def calendar_feed_sessions(*, user) -> QuerySet[LiveSession]:
    since = timezone.now() - CALENDAR_PAST
    return (
        sessions_visible_to(user)
        .filter(ends_at__gte=since)
        .exclude(status=LiveSession.Status.CANCELLED)
        .order_by("starts_at")
    )


def calendar_for(
    *, sessions, name: str, method: str = "", sequence: int | None = None
) -> bytes:
    """An iCalendar of ``sessions``; with ``method`` (REQUEST, CANCEL) and
    ``sequence`` it is an invitation update that replaces the same entry (same UID)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Tap huan truc tuyen//live sessions//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    if method:
        calendar.add("method", method)
    host = site_url().split("://", 1)[-1]
    for session in sessions:
        event = Event()
        event.add("uid", f"live-session-{session.pk}@{host}")
        event.add("summary", session.title)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("dtstamp", session.updated_at or timezone.now())
        url = absolute_url(reverse("sessions:detail", args=[session.pk]))
        event.add("url", url)
        event.add("description", f"{session.description}\n\n{url}".strip())
        if session.hub_id:
            event.add("location", session.hub.name)
        if session.status == LiveSession.Status.CANCELLED:
            event.add("status", "CANCELLED")
        if sequence is not None:
            event.add("sequence", sequence)
        if method:
            organiser = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
            event.add("organizer", f"mailto:{organiser}")
        calendar.add_component(event)
    return calendar.to_ical()


# --- Services ----------------------------------------------------------------------


@transaction.atomic
def live_session_cancel(*, session: LiveSession) -> LiveSession:
    """Cancel a session that has not ended; cancelling twice changes nothing."""
    if session.status in (LiveSession.Status.CANCELLED, LiveSession.Status.ENDED):
        return session
    session.status = LiveSession.Status.CANCELLED
    session.full_clean()
    session.save(update_fields=["status", "updated_at"])
    return session


@transaction.atomic
def live_session_hub_include(*, session: LiveSession) -> SessionEndpoint:
    """The hub is a room people sit in too: give it a check-in row like the others."""
    row, _ = SessionEndpoint.objects.get_or_create(
        session=session,
        endpoint=session.hub,
        defaults={"expected_headcount": session.hub.capacity},
    )
    return row


@transaction.atomic
def live_session_endpoints_add_all_active(*, session: LiveSession) -> int:
    """Every active endpoint takes part (one choice instead of eleven inline rows).

    Endpoints already in the session keep their row and headcount; each new one
    expects as many people as its room holds. Returns how many were added.
    """
    present = set(session.session_endpoints.values_list("endpoint_id", flat=True))
    last = session.session_endpoints.aggregate(last=Max("sort_order"))["last"] or 0
    added = [
        SessionEndpoint(
            session=session,
            endpoint=endpoint,
            expected_headcount=endpoint.capacity,
            sort_order=last + position,
        )
        for position, endpoint in enumerate(
            Endpoint.objects.active().exclude(pk__in=present), start=1
        )
    ]
    SessionEndpoint.objects.bulk_create(added)
    return len(added)
