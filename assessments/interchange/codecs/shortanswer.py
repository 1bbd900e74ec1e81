"""Short answer: GIFT answers all marked ``=``; Moodle's "shortanswer"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments import interchange as ix
from assessments.models import Choice, ShortAnswerQuestion

from .base import QuestionCodec, registers


@registers
class ShortAnswerCodec(QuestionCodec):
    model = ShortAnswerQuestion
    moodle_type = "shortanswer"

    def gift_claims(self, answer):
        return answer.kind == "choices" and answer.all_equal_markers

    def from_gift(self, item):
        return self.model(**item.base_fields()), [
            Choice(
                text=a.text,
                fraction=a.weight if a.weight is not None else Decimal("1"),
                feedback=a.feedback,
                position=i,
            )
            for i, a in enumerate(item.answer.options)
        ]

    def to_gift(self, question, choices):
        lines = [
            ix.gift_weight("=", c.fraction, always=c.fraction < 1)
            + ix.gift_escape(c.text)
            + ix.gift_feedback(c.feedback)
            for c in choices
        ]
        return ix.gift_question(question, lines)

    def gift_losses(self, question, choices):
        if question.ignore_diacritics:
            return [_("GIFT cannot say that Vietnamese diacritics are ignored.")]
        return []

    def from_moodle(self, element):
        question = self.model(
            **self.base_fields_from_moodle(element),
            ignore_diacritics=element.findtext("ignorediacritics", "") == "1",
        )
        return question, ix.moodle_answers(element)

    def to_moodle(self, question, choices):
        element = self.moodle_base(question)
        ET.SubElement(element, "usecase").text = "0"
        if question.ignore_diacritics:
            ET.SubElement(element, "ignorediacritics").text = "1"
        ix.moodle_write_answers(
            element,
            choices,
            fmt="moodle_auto_format",
            feedback_fmt=question.text_format,
        )
        return element
