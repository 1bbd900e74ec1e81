"""The one place that reads what a person did in a course, for the rule.

Attendance comes from ``sessions.selectors`` and quiz results from
``assessments.selectors`` (the cross-app selectors the live-sessions and quiz parts
own); nothing here touches their models.
"""

from .rules import Facts, QuizFact, SessionFact


def _counts(record, *, current: bool, now) -> bool:
    """Whether a record's status is evidence: final, or (for a certificate already
    held) the current one of a session that has started, e.g. while it is reopened
    for a correction."""
    if record is None:
        return False
    if record.is_final:
        return True
    return current and record.starts_at <= now


def course_session_facts(
    *, user, course_page, also=(), current: bool = False
) -> tuple[SessionFact, ...]:
    """The course's sessions (and ``also``, sessions a rule names from elsewhere).

    Only final attendance counts, unless ``current``: then a started session's
    current (provisional) attendance counts too.
    """
    from django.utils import timezone

    from sessions.selectors import attendance_records_for, sessions_of_course

    now = timezone.now()

    sessions = list(sessions_of_course(course_page=course_page))
    known = {s.pk for s in sessions}
    sessions += [s for s in also if s.pk not in known]
    records = {
        record.session_id: record
        for record in attendance_records_for(
            user=user, session_ids=[s.pk for s in sessions]
        )
    }
    facts = []
    for session in sessions:
        record = records.get(session.pk)
        final = _counts(record, current=current, now=now)
        facts.append(
            SessionFact(
                session_id=session.pk,
                title=session.title,
                session_minutes=(
                    record.session_minutes
                    if record
                    else int(session.duration.total_seconds() // 60)
                ),
                status=record.status if final else None,
                minutes_present=record.minutes_present if final else 0,
                excused_minutes=record.excused_minutes if final else 0,
            )
        )
    return tuple(facts)


def course_sessions(*, course_page):
    from sessions.selectors import sessions_of_course

    return sessions_of_course(course_page=course_page)


def course_quiz_facts(*, user, course_page, quiz_ids) -> dict[int, QuizFact]:
    from assessments.selectors import quiz_results_for, quizzes_of_course

    titles = {
        quiz.pk: quiz.title for quiz in quizzes_of_course(course_page=course_page)
    }
    wanted = sorted(set(quiz_ids) | set(titles))
    results = quiz_results_for(user=user, quiz_ids=wanted)
    facts = {}
    for quiz_id in wanted:
        result = results.get(quiz_id)
        facts[quiz_id] = QuizFact(
            quiz_id=quiz_id,
            title=result.quiz_title if result else titles.get(quiz_id, f"#{quiz_id}"),
            passed=bool(result and result.passed),
            is_final=bool(result and result.is_final),
            score_percent=result.score_percent if result else None,
            attempted=bool(result and result.attempts_used),
        )
    return facts


def person_facts(*, user, rule, current: bool = False) -> Facts:
    """Everything the rule of ``rule.course`` needs to know about ``user``.

    ``current`` reads attendance as it stands now (see ``course_session_facts``): for
    re-checking a certificate already issued, not for issuing one.
    """
    course_page = rule.course
    return Facts(
        sessions=course_session_facts(
            user=user,
            course_page=course_page,
            also=rule.required_sessions.all(),
            current=current,
        ),
        quizzes=course_quiz_facts(
            user=user,
            course_page=course_page,
            quiz_ids=[quiz.pk for quiz in rule.required_quizzes.all()],
        ),
    )
