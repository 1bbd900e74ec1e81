"""True/false: GIFT's ``{T}``/``{F}``, Moodle's "truefalse" with two answers."""

from __future__ import annotations

from decimal import Decimal

from assessments import interchange as ix
from assessments.models import Choice, TrueFalseQuestion

from .base import QuestionCodec, registers


@registers
class TrueFalseCodec(QuestionCodec):
    model = TrueFalseQuestion
    moodle_type = "truefalse"

    def gift_claims(self, answer):
        return answer.kind == "truefalse"

    def from_gift(self, item):
        answer = item.answer
        right, wrong = answer.truefalse_feedback
        return self.model(
            **item.base_fields(),
            correct_answer=answer.truth,
            feedback_true=right if answer.truth else wrong,
            feedback_false=wrong if answer.truth else right,
        ), []

    def to_gift(self, question, choices):
        right, wrong = (
            (question.feedback_true, question.feedback_false)
            if question.correct_answer
            else (question.feedback_false, question.feedback_true)
        )
        body = "TRUE" if question.correct_answer else "FALSE"
        if wrong or right:
            body += "#" + ix.gift_escape(wrong)
        if right:
            body += "#" + ix.gift_escape(right)
        return ix.gift_question(question, [body], inline=True)

    def from_moodle(self, element):
        truth, feedback_true, feedback_false = ix.moodle_truefalse(element)
        return self.model(
            **self.base_fields_from_moodle(element),
            correct_answer=truth,
            feedback_true=feedback_true,
            feedback_false=feedback_false,
        ), []

    def to_moodle(self, question, choices):
        element = self.moodle_base(question)
        ix.moodle_write_answers(
            element,
            [
                Choice(
                    text="true",
                    fraction=Decimal(question.correct_answer),
                    feedback=question.feedback_true,
                ),
                Choice(
                    text="false",
                    fraction=Decimal(not question.correct_answer),
                    feedback=question.feedback_false,
                ),
            ],
            fmt="moodle_auto_format",
            feedback_fmt=question.text_format,
        )
        return element
