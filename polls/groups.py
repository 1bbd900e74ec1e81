"""Channel-layer group names of polls, built in one place (letters, digits, - _ .)."""


def moderators_group(session_id: int) -> str:
    """Presenter and organisers: every poll, results always."""
    return f"polls.session-{int(session_id)}.moderators"


def participants_group(session_id: int) -> str:
    """Everyone taking part: launched polls, results only where shown."""
    return f"polls.session-{int(session_id)}.participants"
