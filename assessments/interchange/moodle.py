"""Moodle XML syntax: texts with their format, answers, grades, embedded files."""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from assessments.text_formats import MOODLE_XML_FORMATS, TO_MOODLE_XML, TextFormat

from .core import InterchangeError, Text
from .fractions import canonical_fraction
from .gift import checked_fraction, number


@dataclass
class EmbeddedFile:
    """A ``<file>`` Moodle put beside a text (``@@PLUGINFILE@@/<name>`` in it)."""

    name: str
    content: bytes


def moodle_text(parent: ET.Element, tag: str, value: str, fmt: str | None = None):
    element = ET.SubElement(parent, tag)
    if fmt is not None:  # a blank format (left empty in the CMS) is plain text
        fmt = fmt or TextFormat.PLAIN
        element.set("format", TO_MOODLE_XML.get(fmt, fmt))
    ET.SubElement(element, "text").text = value or ""
    return element


def moodle_read(parent: ET.Element, tag: str, default: str = TextFormat.HTML) -> Text:
    """The text of ``<tag><text>`` with the format its ``format`` attribute names."""
    element = parent.find(tag)
    if element is None:
        return Text("", default)
    fmt = MOODLE_XML_FORMATS.get(element.get("format", ""), default)
    return Text((element.findtext("text") or "").strip(), fmt)


def decimal_or(value: str | None, default: Decimal) -> Decimal:
    try:
        return Decimal(str(value).strip()) if value not in (None, "") else default
    except InvalidOperation:
        return default


def moodle_points(element: ET.Element) -> Decimal:
    """``<defaultgrade>`` (Moodle writes ``1.0000000``) rounded to hundredths."""
    value = decimal_or(element.findtext("defaultgrade"), Decimal("1"))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def moodle_flag(element: ET.Element, tag: str, default: bool) -> bool:
    raw = (element.findtext(tag) or "").strip().lower()
    if not raw:
        return default
    return raw in ("true", "1")


def moodle_single(element: ET.Element) -> bool:
    return moodle_flag(element, "single", True)


def _fraction(answer: ET.Element) -> Decimal:
    raw = answer.get("fraction", "0")
    try:
        value = Decimal(raw) / 100
    except InvalidOperation as error:
        raise InterchangeError(
            _("fraction “%(value)s” is not a number") % {"value": raw},
            where="<answer>",
        ) from error
    return checked_fraction(value, where="<answer>", shown=raw)


def moodle_answers(element: ET.Element) -> list:
    """Choices (or accepted answers) with their grade and feedback."""
    from assessments.models import Choice

    choices = []
    for i, answer in enumerate(element.findall("answer")):
        fmt = MOODLE_XML_FORMATS.get(answer.get("format", ""), TextFormat.MOODLE)
        text = Text((answer.findtext("text") or "").strip(), fmt)
        if not text:
            raise InterchangeError(_("an answer has no text"), where="<answer>")
        choices.append(
            Choice(
                text=text,
                fraction=_fraction(answer),
                feedback=moodle_read(answer, "feedback"),
                position=i,
            )
        )
    if not choices:
        raise InterchangeError(_("the question has no answers"), where="<answer>")
    return choices


def moodle_items(element: ET.Element) -> list:
    """Ordering items: Moodle's qtype_ordering keeps the right order in ``fraction``."""
    from assessments.models import Choice

    answers = element.findall("answer")
    if len(answers) < 2:
        raise InterchangeError(
            _("an ordering needs at least two items"), where="<answer>"
        )
    items = []
    for i, answer in enumerate(answers):
        fmt = MOODLE_XML_FORMATS.get(answer.get("format", ""), TextFormat.MOODLE)
        text = Text((answer.findtext("text") or "").strip(), fmt)
        if not text:
            raise InterchangeError(_("an answer has no text"), where="<answer>")
        order = decimal_or(answer.get("fraction"), Decimal(i + 1))
        items.append((order, i, text))
    return [
        Choice(text=text, position=index)
        for index, (_order, _i, text) in enumerate(sorted(items))
    ]


def moodle_truefalse(element: ET.Element) -> tuple[bool, Text, Text]:
    truth, feedback = None, {"true": Text(""), "false": Text("")}
    for answer in element.findall("answer"):
        word = (answer.findtext("text") or "").strip().lower()
        if word not in feedback:
            raise InterchangeError(
                _("a true/false answer must be “true” or “false”"), where="<answer>"
            )
        feedback[word] = moodle_read(answer, "feedback")
        if _fraction(answer) > 0:
            truth = word == "true"
    if truth is None:
        raise InterchangeError(_("neither answer is marked right"), where="<answer>")
    return truth, feedback["true"], feedback["false"]


def moodle_write_answers(
    parent: ET.Element, choices, fmt: str = "html", feedback_fmt: str = "html"
) -> None:
    for c in choices:
        fraction = canonical_fraction(Decimal(c.fraction))
        answer = ET.SubElement(
            parent, "answer", fraction=number(fraction * 100), format=fmt
        )
        ET.SubElement(answer, "text").text = c.text
        moodle_text(answer, "feedback", c.feedback, fmt=feedback_fmt)


def moodle_files(element: ET.Element) -> list[EmbeddedFile]:
    """Every ``<file encoding="base64">`` inside one question."""
    files = []
    for node in element.iter("file"):
        name = node.get("name", "").strip()
        if not name or node.get("encoding", "base64") != "base64":
            continue
        try:
            content = base64.b64decode(
                "".join((node.text or "").split()), validate=True
            )
        except (binascii.Error, ValueError) as error:
            raise InterchangeError(
                _("the file “%(name)s” is not valid base64") % {"name": name},
                where="<file>",
            ) from error
        files.append(EmbeddedFile(name=name, content=content))
    return files


def moodle_category(element: ET.Element) -> str:
    """The path of a ``<question type="category">``."""
    return (element.findtext("category/text") or "").strip()
