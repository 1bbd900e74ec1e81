"""Essay: GIFT's empty answer block ``{}``; Moodle's "essay" with its rubric
(``graderinfo``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.utils.translation import gettext as _

from assessments import interchange as ix
from assessments.models import EssayQuestion

from .base import QuestionCodec, registers


@registers
class EssayCodec(QuestionCodec):
    model = EssayQuestion
    moodle_type = "essay"

    def gift_claims(self, answer):
        return answer.kind == "empty"

    def from_gift(self, item):
        return self.model(**item.base_fields()), []

    def to_gift(self, question, choices):
        return ix.gift_question(question, [""], inline=True)

    def gift_losses(self, question, choices):
        if question.rubric:
            return [_("GIFT has no rubric; the rubric is left out.")]
        return []

    def from_moodle(self, element):
        return self.model(
            **self.base_fields_from_moodle(element),
            rubric=ix.moodle_read(element, "graderinfo"),
        ), []

    def to_moodle(self, question, choices):
        element = self.moodle_base(question)
        ix.moodle_text(element, "graderinfo", question.rubric, fmt="html")
        ET.SubElement(element, "responseformat").text = "editor"
        return element
