"""Channel-layer group names of the questions feed, built in one place."""


def feed_group(session_id: int, audience: str) -> str:
    """One audience of a session's questions: ``moderators`` or ``participants``."""
    return f"questions.session-{int(session_id)}.{audience}"
