"""Starting, answering and submitting attempts; the server keeps the time."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.choice_keys import ChoiceKeys
from assessments.models import Attempt, AttemptQuestion, Question, Quiz
from assessments.selectors import choices_by_question

from .grading import attempt_totals_update


class AttemptRefused(Exception):
    """Not allowed now; ``code`` says why, ``message`` says it to users."""

    def __init__(self, message, *, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


def draw_questions(quiz: Quiz, rng: random.Random) -> list[int]:
    """Question ids for one attempt: fixed slots, then random draws, shuffled."""
    chosen: list[int] = []
    for slot in quiz.slots.all():
        if slot.question_id:
            if slot.question_id not in chosen:
                chosen.append(slot.question_id)
            continue
        pool = list(
            Question.objects.non_polymorphic()
            .filter(category_id=slot.category_id)
            .exclude(pk__in=chosen)
            .values_list("pk", flat=True)
        )
        chosen.extend(rng.sample(pool, min(slot.draw_count, len(pool))))
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


@transaction.atomic
def attempt_start(
    *, quiz: Quiz, user, at: datetime | None = None, rng: random.Random | None = None
) -> Attempt:
    """Resume the open attempt, or start a new one with its questions fixed now."""
    at = at or timezone.now()
    rng = rng or random.SystemRandom()
    Quiz.objects.select_for_update().filter(pk=quiz.pk).first()
    current = Attempt.objects.in_progress().filter(quiz=quiz, user=user).first()
    if current is not None:
        if not attempt_close_if_overdue(attempt=current, at=at):
            return current
    if not quiz.is_published or not quiz.is_open(at):
        raise AttemptRefused(_("This quiz is not open."), code="closed")
    used = Attempt.objects.filter(quiz=quiz, user=user).count()
    if quiz.attempts_allowed and used >= quiz.attempts_allowed:
        raise AttemptRefused(
            _("You have used all the attempts this quiz allows."), code="no_attempts"
        )
    question_ids = draw_questions(quiz, rng)
    if not question_ids:
        raise AttemptRefused(_("This quiz has no questions yet."), code="empty")
    deadlines = []
    if quiz.time_limit_minutes:
        deadlines.append(at + timedelta(minutes=quiz.time_limit_minutes))
    if quiz.closes_at:
        deadlines.append(quiz.closes_at)
    attempt = Attempt(
        quiz=quiz,
        user=user,
        number=used + 1,
        started_at=at,
        deadline=min(deadlines) if deadlines else None,
    )
    attempt.full_clean()
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError as error:
        raise AttemptRefused(
            _("An attempt was started at the same moment; reload the page."),
            code="race",
        ) from error
    questions = {q.pk: q for q in Question.objects.filter(pk__in=question_ids)}
    choices = choices_by_question(question_ids)
    items = []
    for position, question_id in enumerate(question_ids, start=1):
        question = questions[question_id]
        order = question.display_order(
            [c.pk for c in choices.get(question_id, [])],
            rng,
            quiz_shuffles=quiz.shuffle_choices and question.shuffle_answers,
        )
        items.append(
            AttemptQuestion(
                attempt=attempt,
                question_id=question_id,
                position=position,
                choice_order=order,
                choice_tokens=ChoiceKeys.fresh(order, rng).tokens_in(order),
                points=question.points,
            )
        )
    AttemptQuestion.objects.bulk_create(items)
    return attempt


def _check_owner(attempt: Attempt, user) -> None:
    if attempt.user_id != user.pk:
        raise PermissionDenied


def attempt_answer_save(
    *, attempt: Attempt, user, position: int, data, at: datetime | None = None
) -> AttemptQuestion:
    """Autosave the answer to the question at ``position``. Refused after submission
    or past the deadline.

    Past the deadline the attempt is submitted (with what was saved) before refusing,
    outside the answer's transaction so the refusal does not undo the submission.
    """
    at = at or timezone.now()
    _check_owner(attempt, user)
    attempt.refresh_from_db()
    if attempt_close_if_overdue(attempt=attempt, at=at):
        raise AttemptRefused(
            _("Time is up: the attempt was submitted with the answers saved."),
            code="deadline",
        )
    return _answer_save(attempt=attempt, position=position, data=data, at=at)


@transaction.atomic
def _answer_save(*, attempt: Attempt, position: int, data, at: datetime):
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_open:
        raise AttemptRefused(_("This attempt is already submitted."), code="submitted")
    item = attempt.items.filter(position=position).first()
    if item is None:
        raise AttemptRefused(
            _("That question is not part of this attempt."), code="not_drawn"
        )
    question = Question.objects.get(pk=item.question_id)
    choices = choices_by_question([item.question_id]).get(item.question_id, [])
    try:
        response = question.parse_response(data, item.prefix, choices, item.keys)
    except ValidationError as error:
        raise AttemptRefused(error.messages[0], code="invalid") from error
    item.response = response
    item.saved_at = at
    item.save(update_fields=["response", "saved_at"])
    return item


@transaction.atomic
def attempt_submit(
    *,
    attempt: Attempt,
    user=None,
    data=None,
    at: datetime | None = None,
    automatic: bool = False,
) -> Attempt:
    """Submit and grade. Submitting again changes nothing (returns the attempt).

    ``data`` (the whole posted form) is saved first, unless the deadline has passed:
    then only what was saved before it counts.
    """
    at = at or timezone.now()
    if user is not None:
        _check_owner(attempt, user)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_open:
        return attempt
    late = attempt.past_deadline(at)
    items = list(attempt.items.all())
    ids = [i.question_id for i in items]
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    choices = choices_by_question(ids)
    for item in items:
        question = questions[item.question_id]
        question_choices = choices.get(item.question_id, [])
        if data is not None and not late:
            try:
                item.response = question.parse_response(
                    data, item.prefix, question_choices, item.keys
                )
                item.saved_at = at
            except ValidationError as error:
                raise AttemptRefused(error.messages[0], code="invalid") from error
        item.score = question.grade(item.response, question_choices)
    AttemptQuestion.objects.bulk_update(items, ["response", "saved_at", "score"])
    attempt.state = Attempt.State.SUBMITTED
    attempt.submitted_at = min(at, attempt.deadline) if late else at
    attempt.auto_submitted = automatic or late
    attempt.save(update_fields=["state", "submitted_at", "auto_submitted"])
    attempt_totals_update(attempt=attempt, items=items, at=at)
    return attempt


def attempt_close_if_overdue(*, attempt: Attempt, at: datetime | None = None) -> bool:
    """Submit an open attempt whose deadline passed; True when it did."""
    at = at or timezone.now()
    if attempt.is_open and attempt.past_deadline(at):
        attempt_submit(attempt=attempt, at=at, automatic=True)
        attempt.refresh_from_db()
        return True
    return False


def attempts_close_overdue(*, at: datetime | None = None) -> int:
    """Submit every attempt left open past its deadline (command / periodic task)."""
    at = at or timezone.now()
    closed = 0
    for attempt in Attempt.objects.overdue(at):
        closed += attempt_close_if_overdue(attempt=attempt, at=at)
    return closed
