from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments import services
from assessments.models import Attempt
from assessments.signals import attempt_finalised
from assessments.tests.factories import (
    CategoryFactory,
    EssayFactory,
    SingleChoiceFactory,
    TrueFalseFactory,
    all_types_quiz,
    quiz_with,
)

pytestmark = pytest.mark.django_db


def _right_choice(attempt, position=1):
    item = attempt.items.get(position=position)
    return item, item.question.choices.get(fraction=1)


def test_starting_fixes_the_drawn_questions_and_their_order(trainee):
    category = CategoryFactory()
    for _ in range(5):
        SingleChoiceFactory(category=category)
    quiz = quiz_with([SingleChoiceFactory(category=category)])
    quiz.slots.create(category=category, draw_count=3, sort_order=1)
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    drawn = list(attempt.items.values_list("question_id", "position", "choice_order"))
    again = services.attempt_start(quiz=quiz, user=trainee)
    assert again.pk == attempt.pk
    assert (
        list(again.items.values_list("question_id", "position", "choice_order"))
        == drawn
    )
    assert len(drawn) == 4


def test_autosaved_answers_are_kept_for_resuming(trainee):
    quiz = quiz_with([SingleChoiceFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item, right = _right_choice(attempt)
    services.attempt_answer_save(
        attempt=attempt,
        user=trainee,
        position=item.position,
        data={item.prefix: item.token_for(right.pk)},
    )
    item.refresh_from_db()
    assert item.response == right.pk and item.saved_at is not None


def test_answering_in_another_users_attempt_is_refused(trainee):
    quiz = quiz_with([SingleChoiceFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    other = UserFactory(role=Role.TRAINEE)
    item = attempt.items.get()
    with pytest.raises(PermissionDenied):
        services.attempt_answer_save(
            attempt=attempt, user=other, position=item.position, data={}
        )


def test_answering_a_question_not_drawn_is_refused(trainee):
    quiz = quiz_with([SingleChoiceFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    with pytest.raises(services.AttemptRefused) as refused:
        services.attempt_answer_save(
            attempt=attempt, user=trainee, position=99, data={}
        )
    assert refused.value.code == "not_drawn"


def test_a_choice_id_from_another_question_is_refused(trainee):
    quiz = quiz_with([SingleChoiceFactory()])
    foreign = SingleChoiceFactory().choices.first()
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    with pytest.raises(services.AttemptRefused) as refused:
        services.attempt_answer_save(
            attempt=attempt,
            user=trainee,
            position=item.position,
            data={item.prefix: str(foreign.pk)},
        )
    assert refused.value.code == "invalid"


def test_answering_after_the_deadline_is_refused_and_submits(trainee):
    quiz = quiz_with([SingleChoiceFactory()], time_limit_minutes=10)
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item, right = _right_choice(attempt)
    later = timezone.now() + timedelta(minutes=11)
    with pytest.raises(services.AttemptRefused) as refused:
        services.attempt_answer_save(
            attempt=attempt,
            user=trainee,
            position=item.position,
            data={item.prefix: item.token_for(right.pk)},
            at=later,
        )
    assert refused.value.code == "deadline"
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED and attempt.auto_submitted
    assert attempt.score == 0


def test_a_late_submission_counts_only_what_was_saved_in_time(trainee):
    quiz = quiz_with([SingleChoiceFactory()], time_limit_minutes=10)
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item, right = _right_choice(attempt)
    attempt = services.attempt_submit(
        attempt=attempt,
        user=trainee,
        data={item.prefix: item.token_for(right.pk)},
        at=timezone.now() + timedelta(minutes=30),
    )
    assert attempt.score == 0 and attempt.submitted_at == attempt.deadline


def test_submitting_twice_has_the_effect_of_submitting_once(trainee):
    quiz = quiz_with([SingleChoiceFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item, right = _right_choice(attempt)
    first = services.attempt_submit(
        attempt=attempt, user=trainee, data={item.prefix: item.token_for(right.pk)}
    )
    second = services.attempt_submit(attempt=attempt, user=trainee, data={})
    assert (second.score, second.submitted_at) == (first.score, first.submitted_at)
    assert second.score == 1


def test_an_attempt_beyond_the_allowed_number_is_refused(trainee):
    quiz = quiz_with([TrueFalseFactory()], attempts_allowed=1)
    services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    with pytest.raises(services.AttemptRefused) as refused:
        services.attempt_start(quiz=quiz, user=trainee)
    assert refused.value.code == "no_attempts"


def test_a_closed_quiz_cannot_be_started(trainee):
    quiz = quiz_with(
        [TrueFalseFactory()], closes_at=timezone.now() - timedelta(minutes=1)
    )
    with pytest.raises(services.AttemptRefused):
        services.attempt_start(quiz=quiz, user=trainee)


def test_the_command_submits_attempts_left_open_past_the_deadline(trainee):
    quiz = quiz_with([TrueFalseFactory()], time_limit_minutes=1)
    attempt = services.attempt_start(
        quiz=quiz, user=trainee, at=timezone.now() - timedelta(minutes=5)
    )
    call_command("close_overdue_attempts")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED and attempt.auto_submitted


def test_an_objective_quiz_is_final_on_submit_and_signals_after_commit(
    trainee, django_capture_on_commit_callbacks
):
    quiz = quiz_with([SingleChoiceFactory()])
    received = []
    attempt_finalised.connect(
        lambda **kw: received.append(kw["attempt"].pk),
        weak=False,
        dispatch_uid="test-final",
    )
    try:
        attempt = services.attempt_start(quiz=quiz, user=trainee)
        with django_capture_on_commit_callbacks(execute=True):
            attempt = services.attempt_submit(attempt=attempt, user=trainee)
    finally:
        attempt_finalised.disconnect(dispatch_uid="test-final")
    assert attempt.is_final and received == [attempt.pk]


def test_the_result_is_final_when_the_last_essay_is_graded(
    trainee, lecturer, django_capture_on_commit_callbacks
):
    quiz = quiz_with([EssayFactory(), EssayFactory()])
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    first, second = attempt.items.order_by("position")
    services.essay_grade(
        item=first, grader=lecturer, score=Decimal("4"), feedback="Tốt"
    )
    attempt.refresh_from_db()
    assert not attempt.is_final
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.essay_grade(item=second, grader=lecturer, score=Decimal("3"))
    attempt.refresh_from_db()
    # One callback announces the final result, the other the trainee's notice.
    assert attempt.is_final and attempt.score == Decimal("7") and len(callbacks) == 2


def test_an_essay_score_above_the_points_is_refused(trainee, lecturer):
    from django.core.exceptions import ValidationError

    quiz = quiz_with([EssayFactory(points=Decimal("5"))])
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    with pytest.raises(ValidationError):
        services.essay_grade(
            item=attempt.items.get(), grader=lecturer, score=Decimal("6")
        )


def test_an_automatically_graded_answer_cannot_be_overwritten_by_hand(
    trainee, lecturer
):
    from django.core.exceptions import ValidationError

    quiz = quiz_with([TrueFalseFactory()])
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    item = attempt.items.get()
    with pytest.raises(ValidationError):
        services.essay_grade(item=item, grader=lecturer, score=Decimal("1"))
    item.refresh_from_db()
    assert item.score == Decimal("0")


def test_regrading_after_a_fix_updates_past_attempts_and_counts_them(trainee):
    question = SingleChoiceFactory()
    quiz = quiz_with([question], attempts_allowed=0)
    wrong = question.choices.get(text="Sai A")
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    attempt = services.attempt_submit(
        attempt=attempt, user=trainee, data={item.prefix: item.token_for(wrong.pk)}
    )
    assert attempt.score == 0
    wrong.fraction = Decimal("1")
    wrong.save()
    assert services.question_regrade(question=question) == 1
    attempt.refresh_from_db()
    assert attempt.score == 1
    assert services.question_regrade(question=question) == 0


def test_grading_queue_lists_essays_oldest_first(trainee, lecturer):
    from assessments.selectors import grading_queue

    quiz = all_types_quiz()
    other = UserFactory(role=Role.TRAINEE)
    first = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee),
        user=trainee,
        at=timezone.now() - timedelta(minutes=5),
    )
    second = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=other), user=other
    )
    assert [i.attempt_id for i in grading_queue(quiz=quiz)] == [first.pk, second.pk]


def test_a_regrade_of_a_final_result_announces_the_change(
    trainee, django_capture_on_commit_callbacks
):
    from assessments.signals import attempt_result_changed

    question = SingleChoiceFactory()
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item, right = _right_choice(attempt)
    services.attempt_submit(
        attempt=attempt, user=trainee, data={item.prefix: item.token_for(right.pk)}
    )
    heard = []

    def listener(sender, attempt, **kwargs):
        heard.append((attempt.pk, attempt.passed))

    attempt_result_changed.connect(listener)
    try:
        right.fraction = Decimal("0")
        right.save()
        with django_capture_on_commit_callbacks(execute=True):
            services.question_regrade(question=question)
    finally:
        attempt_result_changed.disconnect(listener)
    assert heard == [(attempt.pk, False)]


def test_submitting_does_not_announce_a_changed_result(
    trainee, django_capture_on_commit_callbacks
):
    from assessments.signals import attempt_result_changed

    quiz = quiz_with([TrueFalseFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    heard = []

    def listener(sender, attempt, **kwargs):
        heard.append(attempt.pk)

    attempt_result_changed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.attempt_submit(attempt=attempt, user=trainee, data={})
    finally:
        attempt_result_changed.disconnect(listener)
    assert heard == []
