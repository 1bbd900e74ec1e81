"""The rule function alone: facts in, Earned or the list of what is missing."""

from datetime import UTC, datetime

import pytest
from django.utils import translation

from assessments.certificates.rules import (
    Earned,
    Facts,
    Missing,
    QuizFact,
    RuleSpec,
    SessionFact,
    add_months,
    evaluate,
)

NOW = datetime(2026, 1, 31, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def quiz(passed=True, final=True, attempted=True, quiz_id=1):
    return {
        quiz_id: QuizFact(
            quiz_id=quiz_id,
            title="Kiểm tra cuối khoá",
            passed=passed,
            is_final=final,
            attempted=attempted,
            score_percent=80.0 if passed else 40.0,
        )
    }


def session(sid, status, minutes=90, length=90, title=None):
    return SessionFact(
        session_id=sid,
        title=title or f"Phiên {sid}",
        session_minutes=length,
        status=status,
        minutes_present=minutes,
    )


def test_quiz_only_rule_is_earned_when_the_quiz_is_passed_and_final():
    verdict = evaluate(RuleSpec(required_quiz_ids=(1,)), Facts(quizzes=quiz()), now=NOW)

    assert isinstance(verdict, Earned)


def test_quiz_only_rule_names_the_quiz_to_pass():
    facts = Facts(quizzes=quiz(passed=False))

    verdict = evaluate(RuleSpec(required_quiz_ids=(1,)), facts, now=NOW)

    assert verdict == Missing(["Cần đạt bài kiểm tra “Kiểm tra cuối khoá”"])


def test_quiz_waiting_for_essay_grading_says_so():
    facts = Facts(quizzes=quiz(passed=False, final=False))

    verdict = evaluate(RuleSpec(required_quiz_ids=(1,)), facts, now=NOW)

    assert verdict.reasons == ["Chờ chấm bài làm “Kiểm tra cuối khoá”"]


def test_quiz_never_taken_is_missing():
    verdict = evaluate(RuleSpec(required_quiz_ids=(7,)), Facts(), now=NOW)

    assert verdict.reasons == ["Cần đạt bài kiểm tra “#7”"]


def test_sessions_only_rule_counts_attended_sessions():
    facts = Facts(sessions=(session(1, "present"), session(2, "late")))

    verdict = evaluate(RuleSpec(min_sessions=2), facts, now=NOW)

    assert verdict == Earned(sessions_attended=2, minutes_present=180)


def test_sessions_only_rule_says_how_many_more_sessions():
    facts = Facts(sessions=(session(1, "present"), session(2, "absent", minutes=0)))

    verdict = evaluate(RuleSpec(min_sessions=2), facts, now=NOW)

    assert verdict.reasons == ["Cần tham dự thêm 1 phiên"]


def test_session_not_yet_final_does_not_count():
    facts = Facts(sessions=(session(1, None, minutes=0),))

    verdict = evaluate(RuleSpec(min_sessions=1), facts, now=NOW)

    assert verdict.reasons == ["Cần tham dự thêm 1 phiên"]


def test_named_session_must_be_attended():
    facts = Facts(
        sessions=(
            session(1, "present"),
            session(2, "absent", minutes=0, title="Xử lý khủng hoảng truyền thông"),
        )
    )

    verdict = evaluate(RuleSpec(required_session_ids=(1, 2)), facts, now=NOW)

    assert verdict.reasons == ["Cần tham dự phiên “Xử lý khủng hoảng truyền thông”"]


def test_leaving_early_counts_only_when_the_rule_says_so():
    facts = Facts(sessions=(session(1, "left_early", minutes=40),))

    strict = evaluate(RuleSpec(min_sessions=1), facts, now=NOW)
    lenient = evaluate(RuleSpec(min_sessions=1, left_early_counts=True), facts, now=NOW)

    assert isinstance(strict, Missing)
    assert isinstance(lenient, Earned)


def test_late_does_not_count_when_the_rule_excludes_it():
    facts = Facts(sessions=(session(1, "late"),))

    verdict = evaluate(RuleSpec(min_sessions=1, late_counts=False), facts, now=NOW)

    assert isinstance(verdict, Missing)


def test_both_quiz_and_sessions_must_hold():
    facts = Facts(sessions=(session(1, "present"),), quizzes=quiz(passed=False))
    spec = RuleSpec(required_quiz_ids=(1,), min_sessions=2)

    verdict = evaluate(spec, facts, now=NOW)

    assert verdict.reasons == [
        "Cần đạt bài kiểm tra “Kiểm tra cuối khoá”",
        "Cần tham dự thêm 1 phiên",
    ]


def test_both_quiz_and_sessions_held_is_earned():
    facts = Facts(
        sessions=(session(1, "present"), session(2, "present")), quizzes=quiz()
    )

    verdict = evaluate(RuleSpec(required_quiz_ids=(1,), min_sessions=2), facts, now=NOW)

    assert verdict.earned


def test_share_of_live_minutes_reached_is_earned():
    facts = Facts(sessions=(session(1, "present", 90), session(2, "left_early", 45)))

    verdict = evaluate(RuleSpec(min_minutes_percent=75), facts, now=NOW)

    assert verdict == Earned(sessions_attended=1, minutes_present=135)


def test_share_of_live_minutes_short_says_how_many_minutes_more():
    facts = Facts(sessions=(session(1, "present", 90), session(2, "left_early", 30)))

    verdict = evaluate(RuleSpec(min_minutes_percent=75), facts, now=NOW)

    # 75 % of 180 minutes is 135; 120 were attended.
    assert verdict.reasons == ["Cần có mặt thêm 15 phút trong các phiên trực tuyến"]


def test_excused_session_counts_and_leaves_the_minutes_share_when_configured():
    facts = Facts(sessions=(session(1, "present", 90), session(2, "excused", 0)))

    sessions = evaluate(RuleSpec(min_sessions=2, excused_counts=True), facts, now=NOW)
    share = evaluate(
        RuleSpec(min_minutes_percent=75, excused_counts=True), facts, now=NOW
    )

    assert isinstance(sessions, Earned)
    assert isinstance(share, Earned)


def test_excused_session_does_not_count_when_not_configured():
    facts = Facts(sessions=(session(1, "present", 90), session(2, "excused", 0)))

    sessions = evaluate(RuleSpec(min_sessions=2), facts, now=NOW)
    share = evaluate(RuleSpec(min_minutes_percent=75), facts, now=NOW)

    assert sessions.reasons == ["Cần tham dự thêm 1 phiên"]
    assert isinstance(share, Missing)


def test_validity_period_sets_the_expiry():
    verdict = evaluate(
        RuleSpec(required_quiz_ids=(1,), validity_months=13),
        Facts(quizzes=quiz()),
        now=NOW,
    )

    assert verdict.valid_until == datetime(2027, 2, 28, 3, 0, tzinfo=UTC)


def test_no_validity_period_never_expires():
    verdict = evaluate(RuleSpec(required_quiz_ids=(1,)), Facts(quizzes=quiz()), now=NOW)

    assert verdict.valid_until is None


def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(datetime(2026, 5, 15), 24) == datetime(2028, 5, 15)
    assert add_months(datetime(2026, 1, 31), 1) == datetime(2026, 2, 28)


def test_rule_without_any_condition_certifies_nobody():
    verdict = evaluate(RuleSpec(), Facts(quizzes=quiz()), now=NOW)

    assert verdict.reasons == ["Khoá học chưa đặt điều kiện cấp giấy chứng nhận"]


def test_a_sites_outage_minutes_count_towards_the_share_when_the_rule_says_so():
    facts = Facts(
        sessions=(
            SessionFact(
                1,
                "Phiên 1",
                100,
                status="present",
                minutes_present=60,
                excused_minutes=30,
            ),
        )
    )

    counted = evaluate(RuleSpec(min_minutes_percent=75), facts, now=NOW)
    not_counted = evaluate(
        RuleSpec(min_minutes_percent=75, outage_minutes_count=False), facts, now=NOW
    )

    assert isinstance(counted, Earned) and counted.minutes_present == 90
    assert isinstance(not_counted, Missing)
