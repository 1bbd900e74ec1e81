"""The dashboard's feed: what just happened, one line each, newest first.

Every item says what happened (``kind``: ``checkin``, ``walkin``, ``mark``,
``merge``, ``unmerge``, ``headcount``, ``connected``, ``dropped``), where
(``endpoint_id``, ``where``), to whom (``name``) and when: ``at`` (seconds since the
epoch) and ``time``, the hour and minute in Vietnam time, whatever the viewer's own
time zone. ``key`` names the stored fact the item comes from, so a line read back
from the database (on a reload, a resync) and the same line sent live are one line.

The pipeline sends items as things happen; ``recent_feed`` reads the last ones back
from the stored facts: check-ins (``Attendance.checked_in_at``), the roster's
history (``AttendanceChange``), headcounts, and the endpoints' connected intervals
(the presence summaries, folded from their connection events).
"""

from datetime import UTC, datetime

from sessions.models import Attendance, AttendanceChange, Headcount
from sessions.timespans import VIETNAM

#: How many lines the feed keeps (the page and the snapshot alike).
FEED_SIZE = 50

CONNECTED = "connected"
DROPPED = "dropped"

_CHANGE_KINDS = {
    AttendanceChange.Kind.WALKIN: "walkin",
    AttendanceChange.Kind.MARK: "mark",
    AttendanceChange.Kind.MERGE: "merge",
    # A merge since undone still happened; its undoing is a line of its own.
    AttendanceChange.Kind.MERGE_UNDONE: "merge",
    AttendanceChange.Kind.UNMERGE: "unmerge",
}


def _moment(at) -> datetime:
    if isinstance(at, datetime):
        return at
    if isinstance(at, str):
        return datetime.fromisoformat(at)
    return datetime.fromtimestamp(at, UTC)


def item(
    kind: str,
    at,
    *,
    endpoint_id: int | None,
    where: str = "",
    name: str = "",
    key: str = "",
    count: int | None = None,
) -> dict:
    """One feed line's data; ``at`` a datetime, an ISO string or a timestamp."""
    moment = _moment(at)
    line = {
        "kind": kind,
        "at": moment.timestamp(),
        "time": moment.astimezone(VIETNAM).strftime("%H:%M"),
        "endpoint_id": endpoint_id,
        "where": where,
        "name": name,
        "key": key,
    }
    if count is not None:
        line["count"] = count
    return line


def connection_key(kind: str, endpoint_id: int, at) -> str:
    return f"{kind}:{endpoint_id}:{_moment(at).timestamp():.3f}"


def connection_item(edge, *, authoritative: bool, where: str = "") -> dict | None:
    """The line for an endpoint's connection edge that a fold moved (a
    ``summaries.EdgeChange``), in the intervals the dashboard shows; None when those
    did not move."""
    before, after = edge.shown(authoritative)
    if after is None or before == after:
        return None
    kind, at = after
    if before is not None and before[0] == kind and _moment(at) < _moment(before[1]):
        return None  # a late event moved an old edge back: nothing new happened
    return item(
        kind,
        at,
        endpoint_id=edge.endpoint_id,
        where=where,
        key=connection_key(kind, edge.endpoint_id, at),
    )


def _person(row: dict, prefix: str) -> str:
    """``Attendance.display_name`` from the selected columns."""
    return (
        row[f"{prefix}user__full_name"]
        or row[f"{prefix}user__email"]
        or row[f"{prefix}walkin_name"]
    )


def recent_feed(
    session_id: int,
    endpoint_ids,
    *,
    names: dict[int, str],
    intervals: dict,
    limit: int = FEED_SIZE,
) -> list[dict]:
    """The session's last ``limit`` lines, newest first: three queries, each one
    bounded by ``limit``, whatever the session's history (``intervals``: the
    endpoints' connected intervals, already read for their rows; ``names``: the
    session's endpoints by id). ``endpoint_ids``:
    None for all (and the remote check-ins), else only these endpoints'."""
    visible = None if endpoint_ids is None else list(endpoint_ids)
    lines: list[dict] = []

    checkins = Attendance.objects.filter(
        session_id=session_id,
        recorded_via=Attendance.RecordedVia.CHECKIN,
        checked_in_at__isnull=False,
    )
    if visible is not None:
        checkins = checkins.filter(endpoint_id__in=visible)
    for row in checkins.order_by("-checked_in_at", "-pk").values(
        "pk",
        "endpoint_id",
        "checked_in_at",
        "user__full_name",
        "user__email",
        "walkin_name",
    )[:limit]:
        lines.append(
            item(
                "checkin",
                row["checked_in_at"],
                endpoint_id=row["endpoint_id"],
                where=names.get(row["endpoint_id"], ""),
                name=_person(row, ""),
                key=f"checkin:{row['pk']}",
            )
        )

    changes = AttendanceChange.objects.filter(
        attendance__session_id=session_id, kind__in=list(_CHANGE_KINDS)
    )
    if visible is not None:
        changes = changes.filter(attendance__endpoint_id__in=visible)
    for row in changes.order_by("-changed_at", "-pk").values(
        "pk",
        "kind",
        "changed_at",
        "after",
        "attendance__endpoint_id",
        "attendance__user__full_name",
        "attendance__user__email",
        "attendance__walkin_name",
    )[:limit]:
        after = row["after"] or {}
        if row["kind"] == AttendanceChange.Kind.UNMERGE and after.get("user_id"):
            continue  # the account's side of an undone merge: one line is enough
        if row["kind"] == AttendanceChange.Kind.WALKIN and after.get("walkin_name"):
            name = after["walkin_name"]  # as typed, even if merged since
        else:
            name = _person(row, "attendance__")
        endpoint_id = row["attendance__endpoint_id"]
        lines.append(
            item(
                _CHANGE_KINDS[row["kind"]],
                row["changed_at"],
                endpoint_id=endpoint_id,
                where=names.get(endpoint_id, ""),
                name=name,
                key=f"change:{row['pk']}",
            )
        )

    headcounts = Headcount.objects.filter(session_endpoint__session_id=session_id)
    if visible is not None:
        headcounts = headcounts.filter(session_endpoint__endpoint_id__in=visible)
    for row in headcounts.order_by("-recorded_at", "-pk").values(
        "pk", "count", "recorded_at", "session_endpoint__endpoint_id"
    )[:limit]:
        endpoint_id = row["session_endpoint__endpoint_id"]
        lines.append(
            item(
                "headcount",
                row["recorded_at"],
                endpoint_id=endpoint_id,
                where=names.get(endpoint_id, ""),
                count=row["count"],
                key=f"headcount:{row['pk']}",
            )
        )

    for endpoint_id, spans in intervals.items():
        if endpoint_id not in names or (
            visible is not None and endpoint_id not in visible
        ):
            continue  # not (any more) one of the session's endpoints, or not theirs
        # Only the last ``limit`` edges can be among the last ``limit`` lines.
        for span in spans[-limit:]:
            for kind, at in ((CONNECTED, span.start), (DROPPED, span.end)):
                if at is None:
                    continue
                lines.append(
                    item(
                        kind,
                        at,
                        endpoint_id=endpoint_id,
                        where=names.get(endpoint_id, ""),
                        key=connection_key(kind, endpoint_id, at),
                    )
                )

    lines.sort(key=lambda line: (line["at"], line["key"]), reverse=True)
    return lines[:limit]
