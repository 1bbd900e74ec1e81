"""Who reads which list of a session's questions outside the live page."""

from sessions.participation import session_participation

from .selectors import MODERATORS, PARTICIPANTS


def export_audience(user, session) -> str | None:
    """The presenter and organisers export every question with its author; a site
    coordinator of the session exports what participants see; nobody else."""
    participation = session_participation(user, session)
    if participation is None:
        return None
    if participation.moderates:
        return MODERATORS
    if participation.coordinator:
        return PARTICIPANTS
    return None
