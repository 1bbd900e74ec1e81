"""Channel-layer group names, built in one place (letters, digits, - _ . only)."""


def session_group(session_id: int) -> str:
    """Every update of a session: what organisers watch."""
    return f"attendance.session-{int(session_id)}"


def endpoint_group(session_id: int, endpoint_id: int | None) -> str:
    """One endpoint's updates: what its coordinator watches."""
    suffix = "remote" if endpoint_id is None else str(int(endpoint_id))
    return f"attendance.session-{int(session_id)}.endpoint-{suffix}"
