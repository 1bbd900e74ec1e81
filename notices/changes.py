"""A session moved (time, hub) or cancelled: tell its people, with the calendar
entry updated.

``SessionAnnouncement`` holds what was last announced; a save is compared with it,
so saving a session without changing its time or room sends nothing."""

from __future__ import annotations

from django.db import transaction

from sessions.models import LiveSession

from .audience import session_recipients
from .models import NoticeKind, SessionAnnouncement


def _state(session: LiveSession) -> dict:
    return {
        "starts_at": session.starts_at,
        "ends_at": session.ends_at,
        "hub_id": session.hub_id,
        "cancelled": session.status == LiveSession.Status.CANCELLED,
    }


@transaction.atomic
def session_change_announce(session: LiveSession) -> int | None:
    """Compare ``session`` with its last announcement; on a change worth telling,
    raise the sequence and queue a notice per person. Returns the new sequence, or
    ``None`` when nothing is announced."""
    from .tasks import session_change_send

    state = _state(session)
    announcement = (
        SessionAnnouncement.objects.select_for_update()
        .filter(session_id=session.pk)
        .first()
    )
    if announcement is None:
        SessionAnnouncement.objects.create(session_id=session.pk, **state)
        return None
    before = {key: getattr(announcement, key) for key in state}
    if before == state:
        return None
    newly_cancelled = state["cancelled"] and not before["cancelled"]
    # A running session's end moving (extended, ended early) is not news to send.
    tell = newly_cancelled or session.status == LiveSession.Status.SCHEDULED
    for key, value in state.items():
        setattr(announcement, key, value)
    if tell:
        announcement.sequence += 1
    announcement.save()
    if not tell:
        return None
    sequence = announcement.sequence
    user_ids = [u.pk for u in session_recipients(session, NoticeKind.SESSION_CHANGE)]
    session_id = session.pk

    def enqueue() -> None:
        for user_id in user_ids:
            session_change_send.enqueue(user_id, session_id, sequence)

    transaction.on_commit(enqueue)
    return sequence
