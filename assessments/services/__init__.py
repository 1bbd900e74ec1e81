"""Writes of the assessments app: attempts, grading, and question-bank interchange."""

from .attempts import (
    AttemptRefused,
    attempt_answer_save,
    attempt_close_if_overdue,
    attempt_start,
    attempt_submit,
    attempts_close_overdue,
)
from .banks import ImportReport, questions_export, questions_import
from .grading import attempt_totals_update, essay_grade, question_regrade

__all__ = [
    "AttemptRefused",
    "attempt_answer_save",
    "attempt_close_if_overdue",
    "attempt_start",
    "attempt_submit",
    "attempt_totals_update",
    "attempts_close_overdue",
    "essay_grade",
    "question_regrade",
    "questions_export",
    "questions_import",
    "ImportReport",
]
