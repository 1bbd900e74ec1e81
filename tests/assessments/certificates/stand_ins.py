"""Stand-ins for the cross-app selectors, for tests only.

``sessions.selectors`` and ``assessments.selectors`` are written by the attendance and
quiz parts; until they are merged, tests install these modules in their place (with
monkeypatch, so nothing leaks) to exercise ``facts.py`` the way the real ones will.
"""

import sys
import types
from dataclasses import dataclass
from datetime import datetime

from sessions.models import LiveSession


@dataclass(frozen=True)
class AttendanceRecord:
    session_id: int
    session_title: str
    module_id: int | None
    starts_at: datetime
    status: str
    minutes_present: int
    session_minutes: int
    is_final: bool
    excused_minutes: int = 0


@dataclass(frozen=True)
class QuizResult:
    quiz_id: int
    quiz_title: str
    score_percent: float | None
    passed: bool
    is_final: bool
    attempts_used: int


def install(monkeypatch, *, records=(), quizzes=(), results=None) -> None:
    """``records``: AttendanceRecord list (any user); ``quizzes``: (id, title) pairs;
    ``results``: {user_id: {quiz_id: QuizResult}}."""
    results = results or {}

    def sessions_of_course(*, course_page):
        return LiveSession.objects.filter(
            module__in=course_page.get_children().values("pk")
        ).not_cancelled()

    def attendance_records_for(*, user, session_ids=None):
        return [
            r
            for r in records
            if getattr(r, "user_id", user.pk) == user.pk
            and (session_ids is None or r.session_id in session_ids)
        ]

    def quizzes_of_course(*, course_page):
        return [types.SimpleNamespace(pk=pk, title=title) for pk, title in quizzes]

    def quiz_results_for(*, user, quiz_ids):
        mine = results.get(user.pk, {})
        return {qid: mine[qid] for qid in quiz_ids if qid in mine}

    fake_sessions = types.ModuleType("sessions.selectors")
    fake_sessions.sessions_of_course = sessions_of_course
    fake_sessions.attendance_records_for = attendance_records_for
    fake_assessments = types.ModuleType("assessments.selectors")
    fake_assessments.quizzes_of_course = quizzes_of_course
    fake_assessments.quiz_results_for = quiz_results_for
    monkeypatch.setitem(sys.modules, "sessions.selectors", fake_sessions)
    monkeypatch.setitem(sys.modules, "assessments.selectors", fake_assessments)
