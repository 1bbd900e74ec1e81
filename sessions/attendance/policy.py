"""Who was there, and for how long: a pure function of intervals and the policy.

A person's credited time is the union of

* their own video presence (a remote trainee on their own device), and
* their endpoint's connected intervals from the moment they checked in there: the
  people in a district hall sit in front of one screen, so the room's connection is
  theirs.

When the room's link drops in the middle of the session (an outage: a gap between
the endpoint's connected intervals), the people in the room are not charged for it:
the outage after their check-in is taken out of the session length their share is
measured against, and the reports show the outage against the endpoint.

Rules, in order:

1. A manual status (a coordinator's or organiser's mark, including *excused*) wins.
2. No credited time: absent.
3. At least ``present_percent`` of the session (less their room's outages): *late*
   if they arrived more than ``late_after_minutes`` after the start, else *present*.
4. Less than that: *left early* if they arrived on time and left before the end;
   otherwise *absent* (arriving so late that most of the session was missed).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sessions.presence import Interval, merge_intervals

PRESENT = "present"
LATE = "late"
LEFT_EARLY = "left_early"
ABSENT = "absent"
EXCUSED = "excused"
STATUSES = (PRESENT, LATE, LEFT_EARLY, ABSENT, EXCUSED)


@dataclass(frozen=True)
class Policy:
    starts_at: datetime
    ends_at: datetime
    late_after_minutes: int = 10
    present_percent: int = 75

    @property
    def seconds(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds()


@dataclass(frozen=True)
class PersonPresence:
    """What is known about one person at one session."""

    #: Their own connected intervals (video events carrying their account).
    own: tuple[Interval, ...] = ()
    #: When they checked in at a site (code or roster); None for remote trainees.
    checked_in_at: datetime | None = None
    #: Their endpoint's connected intervals. ``None`` means the session has no video
    #: data at all (video not used or down): the room is then credited from check-in
    #: to the end, since check-in and roster still work without video.
    endpoint: tuple[Interval, ...] | None = ()
    #: A status set by hand (including "excused"); it wins over the computed one.
    manual_status: str | None = None


@dataclass(frozen=True)
class Outcome:
    status: str
    minutes_present: int
    arrived_at: datetime | None
    left_at: datetime | None


def _clip(intervals: Iterable[Interval], lower: datetime, upper: datetime):
    clipped = (interval.clipped(lower, upper) for interval in intervals)
    return [interval for interval in clipped if interval is not None]


def credited_intervals(*, policy: Policy, person: PersonPresence) -> list[Interval]:
    """The merged intervals a person is credited with, within the session."""
    lower, upper = policy.starts_at, policy.ends_at
    credited = _clip(person.own, lower, upper)
    if person.checked_in_at is not None:
        since = max(person.checked_in_at, lower)
        room = [Interval(since, upper)] if person.endpoint is None else person.endpoint
        credited += _clip(room, since, upper)
    return merge_intervals(credited)


def attendance_outcome(*, policy: Policy, person: PersonPresence) -> Outcome:
    intervals = credited_intervals(policy=policy, person=person)
    seconds = sum(interval.seconds() for interval in intervals)
    minutes = int(seconds // 60)
    arrived = intervals[0].start if intervals else None
    left = intervals[-1].end if intervals else None
    if person.manual_status:
        return Outcome(person.manual_status, minutes, arrived, left)
    if not intervals:
        return Outcome(ABSENT, 0, None, None)
    grace = timedelta(minutes=policy.late_after_minutes)
    arrived_late = arrived > policy.starts_at + grace
    left_before_end = left < policy.ends_at - grace
    required = policy.seconds - _excused_seconds(policy, person, intervals)
    if seconds * 100 >= policy.present_percent * required:
        status = LATE if arrived_late else PRESENT
    elif not arrived_late and left_before_end:
        status = LEFT_EARLY
    else:
        status = ABSENT
    return Outcome(status, minutes, arrived, left)


def outages(*, policy: Policy, intervals: Iterable[Interval]) -> list[Interval]:
    """Gaps in an endpoint's connection between its first join and its last leave,
    within the session (a room that leaves for good has left, not dropped)."""
    connected = merge_intervals(_clip(intervals, policy.starts_at, policy.ends_at))
    return [
        Interval(before.end, after.start)
        for before, after in zip(connected, connected[1:], strict=False)
    ]


def _overlap_seconds(left: list[Interval], right: list[Interval]) -> float:
    total = 0.0
    for a in left:
        for b in right:
            start, end = max(a.start, b.start), min(a.end, b.end)
            if end > start:
                total += (end - start).total_seconds()
    return total


def _excused_seconds(
    policy: Policy, person: PersonPresence, credited: list[Interval]
) -> float:
    """Outage time of the person's room after they checked in, not otherwise
    credited (they may have followed on their own device meanwhile)."""
    if person.checked_in_at is None or not person.endpoint:
        return 0.0
    since = max(person.checked_in_at, policy.starts_at)
    gaps = _clip(
        outages(policy=policy, intervals=person.endpoint), since, policy.ends_at
    )
    gap_seconds = sum(gap.seconds() for gap in gaps)
    return gap_seconds - _overlap_seconds(gaps, credited)
