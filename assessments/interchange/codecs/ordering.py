"""Ordering: Moodle's qtype_ordering; GIFT has no ordering questions."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.utils.translation import gettext as _

from assessments import interchange as ix
from assessments.models import OrderingQuestion

from .base import QuestionCodec, registers


@registers
class OrderingCodec(QuestionCodec):
    model = OrderingQuestion
    moodle_type = "ordering"

    def gift_claims(self, answer):
        return False  # GIFT has no ordering type; exported as Moodle XML only

    def to_gift(self, question, choices):
        raise ix.NotExportable(_("GIFT has no ordering questions; use Moodle XML."))

    def from_moodle(self, element):
        return (
            self.model(**self.base_fields_from_moodle(element)),
            ix.moodle_items(element),
        )

    def to_moodle(self, question, choices):
        element = self.moodle_base(question)
        ET.SubElement(element, "layouttype").text = "VERTICAL"
        ET.SubElement(element, "selecttype").text = "ALL"
        ET.SubElement(element, "gradingtype").text = "RELATIVE_ALL_PREVIOUS_AND_NEXT"
        for index, c in enumerate(sorted(choices, key=lambda c: (c.position, c.pk))):
            answer = ET.SubElement(
                element, "answer", fraction=str(index + 1), format="moodle_auto_format"
            )
            ET.SubElement(answer, "text").text = c.text
        return element
