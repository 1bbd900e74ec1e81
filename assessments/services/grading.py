"""Totals, essay grading and regrading; the signals when a result becomes final or
a final result changes."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.models import Attempt, AttemptQuestion, Question
from assessments.selectors import choices_by_question
from assessments.signals import (
    attempt_finalised,
    attempt_result_changed,
    essay_graded,
)


def attempt_totals_update(
    *,
    attempt: Attempt,
    items: list[AttemptQuestion] | None = None,
    at=None,
    by=None,
    reason: str = "",
) -> Attempt:
    """Recompute the score; mark the result final when nothing waits for grading.

    A final result that changes (a regrade, a new grade) is announced with
    ``attempt_result_changed``, ``by`` and ``reason`` saying who and why.
    """
    was_final = attempt.finalised_at is not None
    before = (attempt.score, attempt.max_score, attempt.passed)
    items = list(attempt.items.all()) if items is None else items
    attempt.score = sum((i.score or Decimal("0") for i in items), Decimal("0"))
    attempt.max_score = sum((i.points for i in items), Decimal("0"))
    percent = attempt.score_percent
    attempt.passed = percent is not None and percent >= attempt.quiz.pass_mark_percent
    became_final = False
    if attempt.finalised_at is None and all(i.score is not None for i in items):
        attempt.finalised_at = at or timezone.now()
        became_final = True
    attempt.save(update_fields=["score", "max_score", "passed", "finalised_at"])
    if became_final:
        transaction.on_commit(
            lambda: attempt_finalised.send(sender=Attempt, attempt=attempt)
        )
    elif was_final and before != (attempt.score, attempt.max_score, attempt.passed):
        transaction.on_commit(
            lambda: attempt_result_changed.send(
                sender=Attempt, attempt=attempt, by=by, reason=str(reason)
            )
        )
    return attempt


@transaction.atomic
def essay_grade(
    *,
    item: AttemptQuestion,
    grader,
    score: Decimal,
    feedback: str = "",
    at: datetime | None = None,
) -> AttemptQuestion:
    """A lecturer's score for a manually graded answer (0 to the question's points)."""
    item = AttemptQuestion.objects.select_for_update().get(pk=item.pk)
    attempt = Attempt.objects.select_for_update().get(pk=item.attempt_id)
    if attempt.is_open:
        raise ValidationError(_("The attempt is not submitted yet."))
    if Question.objects.get(pk=item.question_id).auto_graded:
        raise ValidationError(_("This answer is graded automatically."))
    score = Decimal(score)
    if not Decimal("0") <= score <= item.points:
        raise ValidationError(
            _("The score must be between 0 and %(points)s.") % {"points": item.points}
        )
    item.score = score.quantize(Decimal("0.01"))
    item.feedback = feedback
    item.graded_by = grader
    item.graded_at = at or timezone.now()
    item.save(update_fields=["score", "feedback", "graded_by", "graded_at"])
    attempt_totals_update(
        attempt=attempt, at=at, by=grader, reason=_("An answer was graded again.")
    )
    transaction.on_commit(lambda: essay_graded.send(sender=AttemptQuestion, item=item))
    return item


@transaction.atomic
def question_regrade(*, question: Question, by=None) -> int:
    """Grade past answers again after a fix; returns how many attempts changed."""
    question = Question.objects.get(pk=question.pk)
    if not question.auto_graded:
        return 0
    choices = choices_by_question([question.pk]).get(question.pk, [])
    items = list(
        AttemptQuestion.objects.select_related("attempt__quiz").filter(
            question_id=question.pk, attempt__state=Attempt.State.SUBMITTED
        )
    )
    touched: dict[int, Attempt] = {}
    for item in items:
        score = question.grade(item.response, choices)
        if score != item.score or item.points != question.points:
            item.score, item.points = score, question.points
            item.save(update_fields=["score", "points"])
            touched[item.attempt_id] = item.attempt
    changed = 0
    for attempt in touched.values():
        before = (attempt.score, attempt.max_score, attempt.passed)
        attempt_totals_update(
            attempt=attempt,
            by=by,
            reason=_("The question “%(question)s” was regraded.")
            % {"question": question},
        )
        changed += before != (attempt.score, attempt.max_score, attempt.passed)
    return changed
