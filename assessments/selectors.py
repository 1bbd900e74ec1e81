"""Reads of the assessments app; other apps (certificates) code against these."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from assessments.item_analysis import discrimination_index, facility_index
from assessments.models import (
    Attempt,
    AttemptQuestion,
    Choice,
    Question,
    Quiz,
)
from assessments.models.quizzes import quiz_grade


@dataclass(frozen=True)
class QuizResult:
    quiz_id: int
    quiz_title: str
    score_percent: float | None
    passed: bool
    is_final: bool
    attempts_used: int
    #: Whether the quiz's review policy lets the trainee see the score now.
    score_shown: bool = True


@dataclass(frozen=True)
class AttemptItemView:
    """One drawn question, ready to render: the real-type question and its choices.

    Each choice carries ``token``, the opaque name the page uses for it in this
    attempt; templates never put a choice's id in the page.
    """

    item: AttemptQuestion
    question: Question
    #: In the order this trainee sees them.
    choices: list[Choice]


def quizzes_of_course(*, course_page) -> QuerySet[Quiz]:
    return Quiz.objects.of_course(course_page.pk).order_by("title", "pk")


def quiz_of_module(*, module_page) -> Quiz | None:
    return Quiz.objects.published().for_module(module_page.pk).order_by("pk").first()


def quiz_results_for(*, user, quiz_ids) -> dict[int, QuizResult]:
    """Each quiz's result for this user, by the quiz's grading method.

    A result is final when every submitted attempt is graded in full; it passes when
    it is final and reaches the pass mark. Quizzes the user never attempted are
    reported with no score.
    """
    quizzes = {q.pk: q for q in Quiz.objects.filter(pk__in=list(quiz_ids))}
    attempts: dict[int, list[Attempt]] = defaultdict(list)
    used: Counter = Counter()
    for attempt in Attempt.objects.filter(
        user=user, quiz_id__in=list(quizzes)
    ).order_by("number"):
        used[attempt.quiz_id] += 1
        if not attempt.is_open:
            attempts[attempt.quiz_id].append(attempt)
    results = {}
    for quiz_id, quiz in quizzes.items():
        submitted = attempts[quiz_id]
        percent = quiz_grade(
            quiz.grading_method,
            [a.score_percent or Decimal("0") for a in submitted],
        )
        is_final = bool(submitted) and all(a.is_final for a in submitted)
        results[quiz_id] = QuizResult(
            quiz_id=quiz_id,
            quiz_title=quiz.title,
            score_percent=float(percent) if percent is not None else None,
            passed=bool(
                is_final and percent is not None and percent >= quiz.pass_mark_percent
            ),
            is_final=is_final,
            attempts_used=used[quiz_id],
            score_shown=quiz.trainee_sees_score(),
        )
    return results


def choices_by_question(question_ids) -> dict[int, list[Choice]]:
    grouped: dict[int, list[Choice]] = defaultdict(list)
    for choice in Choice.objects.filter(question_id__in=list(question_ids)):
        grouped[choice.question_id].append(choice)
    return grouped


def attempt_items(*, attempt: Attempt) -> list[AttemptItemView]:
    """The attempt's questions with their choices: one query per question type."""
    items = list(attempt.items.all())
    ids = [i.question_id for i in items]
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    choices = choices_by_question(ids)
    views = []
    for item in items:
        by_id = {c.pk: c for c in choices.get(item.question_id, [])}
        keys = item.keys
        ordered = [by_id[i] for i in item.choice_order if i in by_id]
        for choice in ordered:
            choice.token = keys.token(choice.pk)
        views.append(
            AttemptItemView(
                item=item, question=questions[item.question_id], choices=ordered
            )
        )
    return views


def attempts_of_user(*, user, quiz: Quiz | None = None) -> QuerySet[Attempt]:
    qs = Attempt.objects.filter(user=user).select_related("quiz")
    return qs.filter(quiz=quiz) if quiz else qs


def grading_queue(*, quiz: Quiz | None = None) -> QuerySet[AttemptQuestion]:
    """Answers waiting for a lecturer, by quiz, oldest submission first."""
    qs = AttemptQuestion.objects.filter(
        attempt__state=Attempt.State.SUBMITTED, score__isnull=True
    ).select_related("attempt__quiz", "attempt__user")
    if quiz is not None:
        qs = qs.filter(attempt__quiz=quiz)
    return qs.order_by("attempt__quiz__title", "attempt__submitted_at", "position")


@dataclass(frozen=True)
class QuestionAnalysis:
    question: Question
    #: Attempts that drew the question and gave a non-blank answer.
    answered: int
    fully_right: int
    #: In points.
    average_score: Decimal | None
    most_picked_wrong: str
    most_picked_wrong_count: int
    #: Percent, over the fully graded attempts (see ``item_analysis``).
    facility_index: float | None = None
    #: Percent, over the fully graded attempts (see ``item_analysis``).
    discrimination_index: float | None = None
    #: How many fully graded attempts the two indices are computed over.
    analysed: int = 0


@dataclass(frozen=True)
class QuizStatistics:
    attempts: list[Attempt]
    submitted: int
    final: int
    passed: int
    pass_rate: float | None
    average_percent: float | None
    #: Ten bands of 10 percentage points: [(label, count)].
    distribution: list[tuple[str, int]]
    questions: list[QuestionAnalysis]


def quiz_statistics(*, quiz: Quiz) -> QuizStatistics:
    attempts = list(
        Attempt.objects.submitted()
        .filter(quiz=quiz)
        .select_related("user")
        .order_by("user__full_name", "number")
    )
    final = [a for a in attempts if a.is_final]
    percents = [a.score_percent for a in attempts if a.score_percent is not None]
    bands = [0] * 10
    for p in percents:
        bands[min(9, int(p // 10))] += 1
    distribution = [
        (f"{i * 10}–{i * 10 + 10 if i < 9 else 100}", n) for i, n in enumerate(bands)
    ]
    items = list(
        AttemptQuestion.objects.filter(
            attempt__quiz=quiz, attempt__state=Attempt.State.SUBMITTED
        )
    )
    by_question: dict[int, list[AttemptQuestion]] = defaultdict(list)
    for item in items:
        by_question[item.question_id].append(item)
    questions = {q.pk: q for q in Question.objects.filter(pk__in=list(by_question))}
    choices = choices_by_question(list(by_question))
    totals = {a.pk: a.score for a in final}
    analysis = []
    for question_id, group in by_question.items():
        question = questions[question_id]
        question_choices = choices.get(question_id, [])
        texts = {c.pk: c.text for c in question_choices}
        wrong: Counter = Counter()
        for item in group:
            wrong.update(question.wrong_picks(item.response, question_choices))
        graded = [i for i in group if i.score is not None]
        analysed = [i for i in graded if totals.get(i.attempt_id) is not None]
        top = wrong.most_common(1)
        analysis.append(
            QuestionAnalysis(
                question=question,
                answered=len([i for i in group if not question.is_blank(i.response)]),
                fully_right=len([i for i in graded if i.score == i.points]),
                average_score=(
                    (sum((i.score for i in graded), Decimal(0)) / len(graded)).quantize(
                        Decimal("0.01")
                    )
                    if graded
                    else None
                ),
                most_picked_wrong=texts.get(top[0][0], "") if top else "",
                most_picked_wrong_count=top[0][1] if top else 0,
                facility_index=facility_index(
                    [i.score for i in analysed], [i.points for i in analysed]
                ),
                discrimination_index=discrimination_index(
                    [i.score for i in analysed],
                    [totals[i.attempt_id] - i.score for i in analysed],
                ),
                analysed=len(analysed),
            )
        )
    analysis.sort(key=lambda a: a.question.pk)
    passed = len([a for a in final if a.passed])
    return QuizStatistics(
        attempts=attempts,
        submitted=len(attempts),
        final=len(final),
        passed=passed,
        pass_rate=round(passed * 100 / len(final), 1) if final else None,
        average_percent=(
            round(float(sum(percents) / len(percents)), 1) if percents else None
        ),
        distribution=distribution,
        questions=analysis,
    )
