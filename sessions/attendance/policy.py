"""Who was there, and for how long: a pure function of intervals, the policy and now.

A person's credited time is the union of

* their own video presence (a remote trainee on their own device), and
* their endpoint's connected intervals from the moment they checked in there: the
  people in a district hall sit in front of one screen, so the room's connection is
  theirs.

Everything is measured over the session *so far*: ``[starts_at, min(now, ends_at)]``.
Nothing counts time that has not happened.

When the room's link is down after they checked in (a late start, a drop, or never
back: the site's outage), the outage is charged to the site, not to them: it is
*excused* time, shown apart from the minutes present, and it counts as being there
for their status (they are not made absent or late by it). Whether excused minutes
count towards a certificate is the certificate rule's choice.

Rules, in order:

1. A manual status (a coordinator's or organiser's mark, including *excused*) wins.
2. Before the start: *pending*. No credited or excused time: *absent*.
3. Credited plus excused time of at least ``present_percent`` of the session so far:
   *late* if they arrived more than ``late_after_minutes`` after the start, else
   *present*.
4. Less than that: *left early* if they arrived on time and left before the end
   (so far); otherwise *absent* (arriving so late that most of it was missed).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sessions.presence import Interval, merge_intervals, site_outages, total_seconds

PENDING = "pending"
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
    #: The moment the outcome is computed at: nothing after it is counted.
    now: datetime
    late_after_minutes: int = 10
    present_percent: int = 75

    @property
    def upper(self) -> datetime:
        """The end of the session so far."""
        return min(self.now, self.ends_at)

    @property
    def elapsed_seconds(self) -> float:
        return max(0.0, (self.upper - self.starts_at).total_seconds())


@dataclass(frozen=True)
class PersonPresence:
    """What is known about one person at one session."""

    #: Their own connected intervals (video events carrying their account).
    own: tuple[Interval, ...] = ()
    #: When they checked in at a site (code or roster); None for remote trainees.
    checked_in_at: datetime | None = None
    #: Their endpoint's connected intervals. ``None`` means the session has no video
    #: data at all (video not used or down): the room is then credited from check-in
    #: to now (or the end), since check-in and roster still work without video.
    endpoint: tuple[Interval, ...] | None = ()
    #: A status set by hand (including "excused"); it wins over the computed one.
    manual_status: str | None = None


@dataclass(frozen=True)
class Outcome:
    status: str
    minutes_present: int
    arrived_at: datetime | None
    left_at: datetime | None
    #: Minutes of their site's outage after they checked in (charged to the site).
    excused_minutes: int = 0


def _clip(intervals: Iterable[Interval], policy: Policy, lower: datetime):
    clipped = (
        interval.clipped(lower, policy.ends_at, now=policy.now)
        for interval in intervals
    )
    return [interval for interval in clipped if interval is not None]


def credited_intervals(*, policy: Policy, person: PersonPresence) -> list[Interval]:
    """The merged intervals a person is credited with, within the session so far."""
    credited = _clip(person.own, policy, policy.starts_at)
    if person.checked_in_at is not None:
        since = max(person.checked_in_at, policy.starts_at)
        room = [Interval(since, None)] if person.endpoint is None else person.endpoint
        credited += _clip(room, policy, since)
    return merge_intervals(credited)


def _subtract(intervals: list[Interval], minus: list[Interval]) -> list[Interval]:
    """Closed intervals less the (closed) intervals in ``minus``."""
    result = []
    for interval in intervals:
        pieces = [interval]
        for cut in minus:
            next_pieces = []
            for piece in pieces:
                if cut.end <= piece.start or cut.start >= piece.end:
                    next_pieces.append(piece)
                    continue
                if cut.start > piece.start:
                    next_pieces.append(Interval(piece.start, cut.start))
                if cut.end < piece.end:
                    next_pieces.append(Interval(cut.end, piece.end))
            pieces = next_pieces
        result += pieces
    return result


def outages(*, policy: Policy, intervals: Iterable[Interval]) -> list[Interval]:
    """The site's outage so far: late start, drops and never back."""
    return site_outages(
        intervals, starts_at=policy.starts_at, ends_at=policy.ends_at, now=policy.now
    )


def excused_intervals(
    *, policy: Policy, person: PersonPresence, credited: list[Interval]
) -> list[Interval]:
    """Their site's outage after they checked in, not otherwise credited (they may
    have followed on their own device meanwhile)."""
    if person.checked_in_at is None or person.endpoint is None:
        return []
    since = max(person.checked_in_at, policy.starts_at)
    gaps = _clip(outages(policy=policy, intervals=person.endpoint), policy, since)
    return _subtract(gaps, credited)


def attendance_outcome(*, policy: Policy, person: PersonPresence) -> Outcome:
    credited = credited_intervals(policy=policy, person=person)
    excused = excused_intervals(policy=policy, person=person, credited=credited)
    minutes = int(total_seconds(credited) // 60)
    excused_minutes = int(total_seconds(excused) // 60)
    there = merge_intervals(credited + excused)
    arrived = there[0].start if there else None
    left = there[-1].end if there else None
    if person.manual_status:
        return Outcome(person.manual_status, minutes, arrived, left, excused_minutes)
    if policy.elapsed_seconds <= 0:
        return Outcome(PENDING, 0, None, None)
    if not there:
        return Outcome(ABSENT, 0, None, None)
    grace = timedelta(minutes=policy.late_after_minutes)
    arrived_late = arrived > policy.starts_at + grace
    left_before_end = left < policy.upper - grace
    if total_seconds(there) * 100 >= policy.present_percent * policy.elapsed_seconds:
        status = LATE if arrived_late else PRESENT
    elif not arrived_late and left_before_end:
        status = LEFT_EARLY
    else:
        status = ABSENT
    return Outcome(status, minutes, arrived, left, excused_minutes)
