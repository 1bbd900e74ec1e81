"""Single and multiple choice: Moodle's one "multichoice" type, told apart by
``<single>``; in GIFT, by whether any answer is marked ``=``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

from assessments import interchange as ix
from assessments.models import Choice, MultipleChoiceQuestion, SingleChoiceQuestion

from .base import QuestionCodec, registers, shuffle_loss

ZERO = Decimal("0")


class MultichoiceCodec(QuestionCodec):
    moodle_type = "multichoice"
    #: True for one answer to pick, False for any number to tick.
    moodle_single: bool

    def moodle_claims(self, element):
        return (
            element.get("type") == "multichoice"
            and ix.moodle_single(element) == self.moodle_single
        )

    def from_moodle(self, element):
        question = self.model(
            **self.base_fields_from_moodle(element),
            shuffle_answers=ix.moodle_flag(element, "shuffleanswers", True),
        )
        return question, ix.moodle_answers(element)

    def gift_losses(self, question, choices):
        return shuffle_loss(question)

    def to_moodle(self, question, choices):
        element = self.moodle_base(question)
        ET.SubElement(element, "single").text = (
            "true" if self.moodle_single else "false"
        )
        ET.SubElement(element, "shuffleanswers").text = (
            "true" if question.shuffle_answers else "false"
        )
        ix.moodle_write_answers(
            element, choices, fmt="plain_text", feedback_fmt=question.text_format
        )
        return element


@registers
class SingleChoiceCodec(MultichoiceCodec):
    model = SingleChoiceQuestion
    moodle_single = True

    def gift_claims(self, answer):
        return (
            answer.kind == "choices"
            and answer.right_count >= 1
            and not answer.all_equal_markers
        )

    def from_gift(self, item):
        return self.model(**item.base_fields()), [
            Choice(
                text=a.text,
                fraction=(
                    a.weight
                    if a.weight is not None
                    else (Decimal("1") if a.marker == "=" else ZERO)
                ),
                feedback=a.feedback,
                position=i,
            )
            for i, a in enumerate(item.answer.options)
        ]

    def to_gift(self, question, choices):
        lines = [
            ("=" if c.fraction >= 1 else ix.gift_weight("~", c.fraction))
            + ix.gift_escape(c.text)
            + ix.gift_feedback(c.feedback)
            for c in choices
        ]
        return ix.gift_question(question, lines)


@registers
class MultipleChoiceCodec(MultichoiceCodec):
    model = MultipleChoiceQuestion
    moodle_single = False

    def gift_claims(self, answer):
        return answer.kind == "choices" and answer.right_count == 0

    def from_gift(self, item):
        return self.model(**item.base_fields(), scoring=self.model.Scoring.PARTIAL), [
            Choice(
                text=a.text,
                fraction=(a.weight or ZERO).quantize(Decimal("0.0001")),
                feedback=a.feedback,
                position=i,
            )
            for i, a in enumerate(item.answer.options)
        ]

    def to_gift(self, question, choices):
        lines = [
            ix.gift_weight("~", c.fraction)
            + ix.gift_escape(c.text)
            + ix.gift_feedback(c.feedback)
            for c in choices
        ]
        return ix.gift_question(question, lines)
