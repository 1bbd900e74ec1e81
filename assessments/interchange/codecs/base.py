"""The codec base class and the registry that maps question types to codecs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import ClassVar

from assessments import interchange as ix
from assessments.models import QUESTION_TYPES, Choice, Question


class QuestionCodec:
    """Reads and writes one question type; subclasses override what their type has."""

    #: The question model this codec builds and writes.
    model: ClassVar[type[Question]]
    #: The ``type`` attribute of a Moodle XML ``<question>`` this codec reads.
    moodle_type: ClassVar[str] = ""

    # -- GIFT -------------------------------------------------------------------
    def gift_claims(self, answer: ix.GiftAnswerBlock) -> bool:
        return False

    def from_gift(self, item: ix.GiftItem) -> tuple[Question, list[Choice]]:
        raise NotImplementedError

    def to_gift(self, question: Question, choices: list[Choice]) -> str:
        raise NotImplementedError

    # -- Moodle XML -------------------------------------------------------------
    def moodle_claims(self, element: ET.Element) -> bool:
        return element.get("type") == self.moodle_type

    def from_moodle(self, element: ET.Element) -> tuple[Question, list[Choice]]:
        raise NotImplementedError

    def to_moodle(self, question: Question, choices: list[Choice]) -> ET.Element:
        raise NotImplementedError

    def moodle_base(self, question: Question) -> ET.Element:
        element = ET.Element("question", type=self.moodle_type)
        ix.moodle_text(element, "name", question.title or question.text[:60])
        ix.moodle_text(element, "questiontext", question.text, fmt="html")
        ix.moodle_text(element, "generalfeedback", question.explanation, fmt="html")
        ET.SubElement(element, "defaultgrade").text = ix.number(question.points)
        return element

    def base_fields_from_moodle(self, element: ET.Element) -> dict:
        return {
            "title": ix.moodle_read(element, "name")[:200],
            "text": ix.moodle_read(element, "questiontext"),
            "explanation": ix.moodle_read(element, "generalfeedback"),
            "points": ix.decimal_or(element.findtext("defaultgrade"), Decimal("1")),
        }


_REGISTRY: dict[type[Question], QuestionCodec] = {}


def registers(codec_class: type[QuestionCodec]) -> type[QuestionCodec]:
    """Class decorator: the codec of ``codec_class.model``."""
    _REGISTRY[codec_class.model] = codec_class()
    return codec_class


def codec_for(question: Question | type[Question]) -> QuestionCodec:
    model = question if isinstance(question, type) else type(question)
    return _REGISTRY[model]


def codecs() -> list[QuestionCodec]:
    """Every registered codec, in the order the question types are offered."""
    return [_REGISTRY[t] for t in QUESTION_TYPES if t in _REGISTRY]
