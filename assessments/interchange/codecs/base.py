"""The codec base class, the registry that maps question types to codecs, and the
rule that gives an imported question one format for all its texts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import ClassVar

from django.utils.translation import gettext as _

from assessments import interchange as ix
from assessments.models import QUESTION_TYPES, Choice, Question
from assessments.text_formats import TextFormat, clean_for_storage, to_html, to_plain

#: Question fields written in the question's ``text_format``.
FORMATTED_FIELDS = ("text", "explanation", "feedback_true", "feedback_false")


def _fmt(value, default: str) -> str:
    return getattr(value, "fmt", default)


def settle_formats(question: Question, choices: list[Choice]) -> None:
    """One format for the question's texts and feedback, as the file gave it.

    When the file mixes formats (HTML text, plain feedback), every piece is
    converted to HTML; HTML is sanitised; choice texts become plain text (they
    show as labels); a rubric becomes (sanitised) HTML, as the rubric field holds.
    """
    main = _fmt(question.text, TextFormat.PLAIN)
    pieces = [(question, name) for name in FORMATTED_FIELDS if hasattr(question, name)]
    pieces += [(choice, "feedback") for choice in choices]
    formats = {_fmt(getattr(o, n), main) for o, n in pieces if getattr(o, n)}
    target = main if formats <= {main} else TextFormat.HTML
    for owner, name in pieces:
        value = getattr(owner, name) or ""
        fmt = _fmt(value, main)
        if fmt != target:
            value = to_html(value, fmt)
        setattr(owner, name, clean_for_storage(str(value), target))
    question.text_format = target
    for choice in choices:
        choice.text = to_plain(str(choice.text), _fmt(choice.text, TextFormat.PLAIN))
    rubric = getattr(question, "rubric", None)
    if rubric:
        question.rubric = to_html(rubric, _fmt(rubric, TextFormat.HTML))


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

    def gift_losses(self, question: Question, choices: list[Choice]) -> list[str]:
        """What of this question a GIFT file cannot hold (said on export)."""
        return []

    # -- Moodle XML -------------------------------------------------------------
    def moodle_claims(self, element: ET.Element) -> bool:
        return element.get("type") == self.moodle_type

    def from_moodle(self, element: ET.Element) -> tuple[Question, list[Choice]]:
        raise NotImplementedError

    def to_moodle(self, question: Question, choices: list[Choice]) -> ET.Element:
        raise NotImplementedError

    def moodle_base(self, question: Question) -> ET.Element:
        element = ET.Element("question", type=self.moodle_type)
        fmt = question.text_format
        ix.moodle_text(element, "name", question.title or question.text[:60])
        ix.moodle_text(element, "questiontext", question.text, fmt=fmt)
        ix.moodle_text(element, "generalfeedback", question.explanation, fmt=fmt)
        ET.SubElement(element, "defaultgrade").text = ix.number(question.points)
        return element

    def base_fields_from_moodle(self, element: ET.Element) -> dict:
        return {
            "title": ix.moodle_read(element, "name")[:200],
            "text": ix.moodle_read(element, "questiontext"),
            "explanation": ix.moodle_read(element, "generalfeedback"),
            "points": ix.moodle_points(element),
        }


def shuffle_loss(question: Question) -> list[str]:
    if question.shuffle_answers:
        return []
    return [_("GIFT keeps no shuffle setting; Moodle will shuffle the answers.")]


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
