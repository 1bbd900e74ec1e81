"""Who may see what: lecturers and organisers manage quizzes; trainees take them."""

from __future__ import annotations

from dataclasses import dataclass

from accounts.roles import Role, user_has_role


def is_quiz_staff(user) -> bool:
    return bool(
        user.is_authenticated
        and (user.is_superuser or user_has_role(user, Role.LECTURER, Role.ORGANISER))
    )


@dataclass(frozen=True)
class ReviewPolicy:
    """What one viewer may see of a submitted attempt."""

    allowed: bool
    score: bool
    correctness: bool
    right_answers: bool
    feedback: bool


STAFF_REVIEW = ReviewPolicy(True, True, True, True, True)


def review_policy(*, attempt, viewer) -> ReviewPolicy:
    if is_quiz_staff(viewer):
        return STAFF_REVIEW
    """What ``viewer`` may see of ``attempt``: the quiz's review policy, narrowed for
    certifying quizzes (no answers while the quiz is open or attempts are left)."""
    quiz = attempt.quiz
    if attempt.is_open or not quiz.review_allowed():
        return ReviewPolicy(False, False, False, False, False)
    key_shown = not quiz.hides_key_from(attempt.user)
    return ReviewPolicy(
        True,
        quiz.review_score,
        quiz.review_correctness and key_shown,
        quiz.review_right_answers and key_shown,
        quiz.review_feedback and key_shown,
    )
