"""The adapter that gathers a person's facts from the cross-app selectors."""

import pytest
from django.utils import timezone

from assessments.certificates.facts import person_facts
from assessments.certificates.rules import evaluate
from assessments.tests.certificate_factories import (
    CertificationRuleFactory,
    make_module,
)

from . import stand_ins
from .helpers import live_session

pytestmark = pytest.mark.django_db


def record(session, status, minutes, final=True):
    return stand_ins.AttendanceRecord(
        session_id=session.pk,
        session_title=session.title,
        module_id=session.module_id,
        starts_at=session.starts_at,
        status=status,
        minutes_present=minutes,
        session_minutes=90,
        is_final=final,
    )


def test_facts_list_every_session_of_the_course_with_final_attendance(
    nhung, monkeypatch
):
    rule = CertificationRuleFactory(min_sessions=2)
    first = live_session(make_module(rule.course))
    second = live_session(make_module(rule.course), title="Xử lý khủng hoảng")
    stand_ins.install(monkeypatch, records=[record(first, "present", 88)])

    facts = person_facts(user=nhung, rule=rule)

    assert {f.session_id: f.status for f in facts.sessions} == {
        first.pk: "present",
        second.pk: None,
    }


def test_attendance_not_yet_final_is_not_a_fact(nhung, monkeypatch):
    rule = CertificationRuleFactory(min_sessions=1)
    session = live_session(make_module(rule.course))
    stand_ins.install(monkeypatch, records=[record(session, "present", 88, False)])

    (fact,) = person_facts(user=nhung, rule=rule).sessions

    assert fact.status is None
    assert fact.minutes_present == 0


def test_quiz_facts_carry_titles_even_for_quizzes_not_taken(nhung, monkeypatch):
    rule = CertificationRuleFactory(required_quiz_ids=[5, 6])
    stand_ins.install(
        monkeypatch,
        quizzes=[(5, "Kiểm tra giữa khoá"), (6, "Kiểm tra cuối khoá")],
        results={
            nhung.pk: {
                5: stand_ins.QuizResult(5, "Kiểm tra giữa khoá", 80.0, True, True, 1)
            }
        },
    )

    facts = person_facts(user=nhung, rule=rule)

    assert facts.quizzes[5].passed and facts.quizzes[5].is_final
    assert facts.quizzes[6].title == "Kiểm tra cuối khoá"
    assert not facts.quizzes[6].attempted


def test_gathered_facts_feed_the_rule(nhung, monkeypatch):
    rule = CertificationRuleFactory(required_quiz_ids=[5], min_sessions=1)
    session = live_session(make_module(rule.course))
    stand_ins.install(
        monkeypatch,
        records=[record(session, "late", 80)],
        quizzes=[(5, "Kiểm tra cuối khoá")],
        results={
            nhung.pk: {
                5: stand_ins.QuizResult(5, "Kiểm tra cuối khoá", 70.0, True, True, 2)
            }
        },
    )

    verdict = evaluate(
        rule.spec(), person_facts(user=nhung, rule=rule), now=timezone.now()
    )

    assert verdict.earned
