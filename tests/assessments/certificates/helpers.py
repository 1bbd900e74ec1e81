"""Facts for tests: the rule reads them through ``facts.person_facts``."""

from datetime import timedelta

from django.utils import timezone

from assessments.certificates.rules import Facts, QuizFact, SessionFact
from sessions.models import LiveSession
from sessions.tests.factories import HubFactory


def passed_quiz(quiz_id: int = 1) -> Facts:
    return Facts(
        quizzes={
            quiz_id: QuizFact(
                quiz_id=quiz_id,
                title="Kiểm tra cuối khoá",
                passed=True,
                is_final=True,
                attempted=True,
                score_percent=90.0,
            )
        },
        sessions=(
            SessionFact(
                session_id=11,
                title="Kỹ năng trả lời phỏng vấn",
                session_minutes=120,
                status="present",
                minutes_present=115,
            ),
        ),
    )


def failed_quiz(quiz_id: int = 1) -> Facts:
    return Facts(
        quizzes={
            quiz_id: QuizFact(
                quiz_id=quiz_id,
                title="Kiểm tra cuối khoá",
                passed=False,
                is_final=True,
                attempted=True,
                score_percent=30.0,
            )
        }
    )


def use_facts(monkeypatch, facts: Facts) -> None:
    for module in ("services", "review"):
        monkeypatch.setattr(
            f"assessments.certificates.{module}.person_facts",
            lambda *, user, rule, current=False: facts,
        )


def live_session(module, title="Kỹ năng phát ngôn"):
    start = timezone.now() - timedelta(days=1)
    return LiveSession.objects.create(
        title=title,
        module=module,
        hub=HubFactory(),
        starts_at=start,
        ends_at=start + timedelta(minutes=90),
    )
