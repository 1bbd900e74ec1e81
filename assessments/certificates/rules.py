"""The certification rule as one pure function: facts in, a verdict out.

No database here: ``facts.py`` gathers what a person did, ``CertificationRule.spec()``
turns the stored rule into a :class:`RuleSpec`, and :func:`evaluate` decides.
"""

import calendar
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

PRESENT = "present"
LATE = "late"
LEFT_EARLY = "left_early"
ABSENT = "absent"
EXCUSED = "excused"


@dataclass(frozen=True)
class RuleSpec:
    """A course's rule, detached from the database."""

    required_quiz_ids: tuple[int, ...] = ()
    required_session_ids: tuple[int, ...] = ()
    min_sessions: int | None = None
    min_minutes_percent: int | None = None
    late_counts: bool = True
    left_early_counts: bool = False
    excused_counts: bool = False
    #: Whether a site's outage minutes (excused minutes) count as present minutes.
    outage_minutes_count: bool = True
    validity_months: int | None = None

    @property
    def has_conditions(self) -> bool:
        return bool(
            self.required_quiz_ids
            or self.required_session_ids
            or self.min_sessions
            or self.min_minutes_percent
        )

    def counted_statuses(self) -> frozenset[str]:
        statuses = {PRESENT}
        if self.late_counts:
            statuses.add(LATE)
        if self.left_early_counts:
            statuses.add(LEFT_EARLY)
        if self.excused_counts:
            statuses.add(EXCUSED)
        return frozenset(statuses)


@dataclass(frozen=True)
class SessionFact:
    """One of the course's sessions and how this person attended it (if final)."""

    session_id: int
    title: str
    session_minutes: int = 0
    #: ``None`` until the session's attendance is final for this person.
    status: str | None = None
    minutes_present: int = 0
    #: Minutes their site's link was down after they checked in (the site's outage).
    excused_minutes: int = 0


@dataclass(frozen=True)
class QuizFact:
    quiz_id: int
    title: str
    passed: bool = False
    is_final: bool = False
    score_percent: float | None = None
    attempted: bool = False


@dataclass(frozen=True)
class Facts:
    """What one person did in one course."""

    sessions: tuple[SessionFact, ...] = ()
    quizzes: dict[int, QuizFact] = field(default_factory=dict)


@dataclass(frozen=True)
class Earned:
    sessions_attended: int
    minutes_present: int
    #: Computed from the issue time; ``None`` when the certificate does not expire.
    valid_until: datetime | None = None

    earned = True


@dataclass(frozen=True)
class Missing:
    reasons: list[str]

    earned = False


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, or the month's last day if it is shorter."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def attended(spec: RuleSpec, fact: SessionFact) -> bool:
    return fact.status is not None and fact.status in spec.counted_statuses()


def evaluate(spec: RuleSpec, facts: Facts, *, now: datetime) -> Earned | Missing:
    """Earned, with what it was earned on, or the list of what is still missing.

    Reasons are sentences in the active language, written for the trainee.
    """
    if not spec.has_conditions:
        # A rule with nothing in it must not certify everyone.
        return Missing([_("The course has not set its certificate conditions yet")])
    reasons: list[str] = []

    for quiz_id in spec.required_quiz_ids:
        quiz = facts.quizzes.get(quiz_id)
        title = quiz.title if quiz else f"#{quiz_id}"
        if quiz is not None and quiz.attempted and not quiz.is_final:
            reasons.append(
                _("Wait for your answers to “%(title)s” to be graded")
                % {"title": title}
            )
        elif quiz is None or not (quiz.passed and quiz.is_final):
            reasons.append(_("Pass the quiz “%(title)s”") % {"title": title})

    by_id = {fact.session_id: fact for fact in facts.sessions}
    for session_id in spec.required_session_ids:
        fact = by_id.get(session_id)
        if fact is None or not attended(spec, fact):
            title = fact.title if fact else f"#{session_id}"
            reasons.append(_("Attend the session “%(title)s”") % {"title": title})

    counted = [fact for fact in facts.sessions if attended(spec, fact)]
    if spec.min_sessions and len(counted) < spec.min_sessions:
        more = spec.min_sessions - len(counted)
        reasons.append(
            ngettext(
                "Attend %(count)d more session",
                "Attend %(count)d more sessions",
                more,
            )
            % {"count": more}
        )

    minutes_present = sum(
        fact.minutes_present
        + (fact.excused_minutes if spec.outage_minutes_count else 0)
        for fact in facts.sessions
        if fact.status != EXCUSED
    )
    if spec.min_minutes_percent:
        excused_out = spec.excused_counts
        total = sum(
            fact.session_minutes
            for fact in facts.sessions
            if not (excused_out and fact.status == EXCUSED)
        )
        share = 100 * minutes_present / total if total else 0
        if share < spec.min_minutes_percent:
            needed = -(-spec.min_minutes_percent * total // 100) - minutes_present
            reasons.append(
                ngettext(
                    "Be present for %(count)d more minute of the live sessions",
                    "Be present for %(count)d more minutes of the live sessions",
                    needed,
                )
                % {"count": needed}
                if total
                else _("Attend the course's live sessions")
            )

    if reasons:
        return Missing(reasons)
    valid_until = (
        add_months(now, spec.validity_months) if spec.validity_months else None
    )
    return Earned(
        sessions_attended=len(counted),
        minutes_present=minutes_present,
        valid_until=valid_until,
    )
