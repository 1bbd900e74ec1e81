"""Moodle's GIFT and Moodle XML: the syntax shared by every question type.

This module knows the file formats (splitting, escaping, answer blocks, elements);
each question type's codec in ``assessments.interchange.codecs`` decides whether it
claims a parsed item and builds the question from it. Reading and writing whole files
is in ``assessments.interchange.files``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _


class InterchangeError(Exception):
    """A malformed file: nothing is imported; ``where`` names the line or element."""

    def __init__(self, message: str, *, where: str):
        super().__init__(f"{where}: {message}")
        self.message = message
        self.where = where


class NotExportable(Exception):
    """This question cannot be written in this format (reason in the message)."""


class Skip(Exception):
    """A well-formed item of a type this platform does not have."""


# ---------------------------------------------------------------------------------
# GIFT
# ---------------------------------------------------------------------------------
GIFT_SPECIAL = "~=#{}:"


def gift_escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for char in GIFT_SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def gift_unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt)
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out).strip()


def gift_feedback(text: str) -> str:
    return f"#{gift_escape(text)}" if text else ""


def number(value) -> str:
    text = format(Decimal(value).normalize(), "f")
    return text


def gift_weight(marker: str, fraction: Decimal, *, always: bool = False) -> str:
    fraction = Decimal(fraction)
    if fraction == 0 and marker == "~" and not always:
        return "~"
    return f"{marker}%{number(fraction * 100)}%"


def gift_question(question, lines: list[str], *, inline: bool = False) -> str:
    """One question in GIFT; ``// points:`` keeps its weight (GIFT has no field)."""
    head = f"::{gift_escape(question.title)}::" if question.title else ""
    head += gift_escape(question.text)
    general = f"####{gift_escape(question.explanation)}" if question.explanation else ""
    if inline:
        body = "{" + lines[0] + general + "}"
    else:
        rows = [*lines, general] if general else lines
        body = "{\n" + "\n".join(f"\t{row}" for row in rows) + "\n}"
    return f"// points: {number(question.points)}\n{head} {body}"


@dataclass
class GiftOption:
    marker: str  # "=" or "~"
    text: str
    weight: Decimal | None = None
    feedback: str = ""

    @property
    def right(self) -> bool:
        return self.marker == "=" or (self.weight is not None and self.weight > 0)


@dataclass
class GiftAnswerBlock:
    #: "choices", "truefalse", "empty" or "unsupported" (matching, numerical).
    kind: str
    options: list[GiftOption] = field(default_factory=list)
    truth: bool = False
    #: (feedback when right, feedback when wrong)
    truefalse_feedback: tuple[str, str] = ("", "")
    unsupported_reason: str = ""

    @property
    def right_count(self) -> int:
        return len([o for o in self.options if o.marker == "="])

    @property
    def all_equal_markers(self) -> bool:
        return bool(self.options) and all(o.marker == "=" for o in self.options)


@dataclass
class GiftItem:
    line: int
    title: str
    text: str
    answer: GiftAnswerBlock
    explanation: str = ""
    points: Decimal = Decimal("1")

    def base_fields(self) -> dict:
        return {
            "title": self.title[:200],
            "text": self.text,
            "explanation": self.explanation,
            "points": self.points,
        }


def _split_unescaped(text: str, chars: str) -> list[tuple[str, str]]:
    """Split ``text`` before each unescaped char in ``chars``: [(char, chunk)]."""
    parts: list[tuple[str, str]] = []
    current, marker, i = [], "", 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if c in chars:
            parts.append((marker, "".join(current)))
            current, marker = [], c
        else:
            current.append(c)
        i += 1
    parts.append((marker, "".join(current)))
    return parts


def _find_unescaped(text: str, char: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == char:
            return i
        i += 1
    return -1


_WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d+)?)%")


def _parse_option(marker: str, raw: str, where: str) -> GiftOption:
    raw = raw.strip()
    weight = None
    match = _WEIGHT.match(raw)
    if match:
        try:
            weight = Decimal(match.group(1).replace(",", ".")) / 100
        except InvalidOperation as error:
            raise InterchangeError(
                _("The weight is not a number."), where=where
            ) from error
        if not Decimal("-1") <= weight <= Decimal("1"):
            raise InterchangeError(
                _("A weight must lie between -100 and 100."), where=where
            )
        raw = raw[match.end() :]
    pieces = _split_unescaped(raw, "#")
    text = pieces[0][1]
    feedback = pieces[1][1] if len(pieces) > 1 else ""
    if not gift_unescape(text):
        raise InterchangeError(_("An answer has no text."), where=where)
    return GiftOption(
        marker=marker,
        text=gift_unescape(text),
        weight=weight,
        feedback=gift_unescape(feedback),
    )


def parse_gift_answer(block: str, where: str) -> tuple[GiftAnswerBlock, str]:
    """Parse the inside of ``{...}``; returns the block and the general feedback."""
    general = ""
    position = block.find("####")
    if position >= 0:
        general = gift_unescape(block[position + 4 :])
        block = block[:position]
    stripped = block.strip()
    if not stripped:
        return GiftAnswerBlock(kind="empty"), general
    head = _split_unescaped(stripped, "#")
    word = head[0][1].strip().upper()
    if word in ("T", "TRUE", "F", "FALSE") and not any(
        m in stripped for m in ("=", "~")
    ):
        feedbacks = [gift_unescape(chunk) for _m, chunk in head[1:]]
        wrong = feedbacks[0] if feedbacks else ""
        right = feedbacks[1] if len(feedbacks) > 1 else ""
        return (
            GiftAnswerBlock(
                kind="truefalse",
                truth=word.startswith("T"),
                truefalse_feedback=(right, wrong),
            ),
            general,
        )
    if stripped.startswith("#"):
        return (
            GiftAnswerBlock(
                kind="unsupported", unsupported_reason=_("numerical questions")
            ),
            general,
        )
    parts = _split_unescaped(stripped, "=~")
    if parts[0][1].strip():
        raise InterchangeError(
            _("Answers must start with = or ~ (found “%(text)s”).")
            % {"text": parts[0][1].strip()[:40]},
            where=where,
        )
    options = [_parse_option(m, chunk, where) for m, chunk in parts[1:]]
    if not options:
        raise InterchangeError(_("The answer block has no answers."), where=where)
    if any("->" in o.text for o in options):
        return (
            GiftAnswerBlock(
                kind="unsupported", unsupported_reason=_("matching questions")
            ),
            general,
        )
    return GiftAnswerBlock(kind="choices", options=options), general


_POINTS_COMMENT = re.compile(r"^//\s*points:\s*([0-9]+(?:\.[0-9]+)?)\s*$")


def parse_gift(content: str) -> list[GiftItem | tuple[int, str, str]]:
    """Every question of a GIFT file, in order.

    An item is a ``GiftItem``, or ``(line, title, reason)`` for a well-formed piece
    the platform does not import (a description, a matching question). A malformed
    file raises ``InterchangeError`` naming the line.
    """
    if content.startswith("\ufeff"):
        content = content[1:]
    blocks: list[tuple[int, list[str], Decimal | None]] = []
    current: list[str] = []
    start = 0
    points: Decimal | None = None
    pending_points: Decimal | None = None
    for number_, line in enumerate(content.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            match = _POINTS_COMMENT.match(stripped)
            if match:
                pending_points = Decimal(match.group(1))
            continue
        if not stripped:
            if current:
                blocks.append((start, current, points))
                current, points = [], None
            continue
        if stripped.startswith("$CATEGORY:"):
            continue
        if not current:
            start, points, pending_points = number_, pending_points, None
        current.append(line)
    if current:
        blocks.append((start, current, points))

    items: list[GiftItem | tuple[int, str, str]] = []
    for line_no, lines, points in blocks:
        text = "\n".join(lines)
        where = _("line %(line)s") % {"line": line_no}
        title = ""
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                raise InterchangeError(
                    _("The title is not closed with ::."), where=where
                )
            title = gift_unescape(text[2:end])
            text = text[end + 2 :]
        text = text.strip()
        if text.startswith("[") and "]" in text[:12]:
            text = text[text.index("]") + 1 :]
        opening = _find_unescaped(text, "{")
        if opening < 0:
            if _find_unescaped(text, "}") >= 0:
                raise InterchangeError(_("A } has no matching {."), where=where)
            items.append((line_no, title, _("a description without answers")))
            continue
        closing = _find_unescaped(text, "}", opening)
        if closing < 0:
            raise InterchangeError(
                _("The answer block is not closed with }."), where=where
            )
        if _find_unescaped(text, "{", opening + 1) not in (-1,) and (
            _find_unescaped(text, "{", opening + 1) < closing
        ):
            raise InterchangeError(
                _("An answer block opens inside another."), where=where
            )
        after = text[closing + 1 :].strip()
        if _find_unescaped(after, "{") >= 0 or _find_unescaped(after, "}") >= 0:
            raise InterchangeError(
                _("Only one answer block per question is supported."), where=where
            )
        answer, general = parse_gift_answer(text[opening + 1 : closing], where)
        question_text = gift_unescape(
            text[:opening] + (" _____ " + text[closing + 1 :] if after else "")
        )
        if not question_text:
            raise InterchangeError(_("The question has no text."), where=where)
        if answer.kind == "unsupported":
            items.append(
                (
                    line_no,
                    title or question_text[:60],
                    _("%(kind)s are not supported")
                    % {"kind": answer.unsupported_reason},
                )
            )
            continue
        items.append(
            GiftItem(
                line=line_no,
                title=title,
                text=question_text,
                answer=answer,
                explanation=general,
                points=points if points is not None else Decimal("1"),
            )
        )
    return items


# ---------------------------------------------------------------------------------
# Moodle XML
# ---------------------------------------------------------------------------------
def moodle_text(parent: ET.Element, tag: str, value: str, fmt: str | None = None):
    element = ET.SubElement(parent, tag)
    if fmt:
        element.set("format", fmt)
    ET.SubElement(element, "text").text = value or ""
    return element


def moodle_read(parent: ET.Element, tag: str) -> str:
    return (parent.findtext(f"{tag}/text") or "").strip()


def decimal_or(value: str | None, default: Decimal) -> Decimal:
    try:
        return Decimal(str(value).strip()) if value not in (None, "") else default
    except InvalidOperation:
        return default


def moodle_single(element: ET.Element) -> bool:
    return (element.findtext("single") or "true").strip().lower() in ("true", "1")


def _fraction(answer: ET.Element) -> Decimal:
    raw = answer.get("fraction", "0")
    try:
        value = Decimal(raw) / 100
    except InvalidOperation as error:
        raise InterchangeError(
            _("fraction “%(value)s” is not a number") % {"value": raw},
            where="<answer>",
        ) from error
    if not Decimal("-1") <= value <= Decimal("1"):
        raise InterchangeError(
            _("fraction “%(value)s” must lie between -100 and 100") % {"value": raw},
            where="<answer>",
        )
    return value.quantize(Decimal("0.0001"))


def moodle_answers(element: ET.Element, *, fmt_text: bool = True):
    from assessments.models import Choice

    choices = []
    for i, answer in enumerate(element.findall("answer")):
        text = (answer.findtext("text") or "").strip()
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


def moodle_items(element: ET.Element):
    """Ordering items: Moodle's qtype_ordering keeps the right order in ``fraction``."""
    from assessments.models import Choice

    answers = element.findall("answer")
    if len(answers) < 2:
        raise InterchangeError(
            _("an ordering needs at least two items"), where="<answer>"
        )
    items = []
    for i, answer in enumerate(answers):
        text = (answer.findtext("text") or "").strip()
        if not text:
            raise InterchangeError(_("an answer has no text"), where="<answer>")
        order = decimal_or(answer.get("fraction"), Decimal(i + 1))
        items.append((order, i, text))
    return [
        Choice(text=text, position=index)
        for index, (_order, _i, text) in enumerate(sorted(items))
    ]


def moodle_truefalse(element: ET.Element) -> tuple[bool, str, str]:
    truth, feedback = None, {"true": "", "false": ""}
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


def moodle_write_answers(parent: ET.Element, choices, fmt: str = "html") -> None:
    for c in choices:
        answer = ET.SubElement(
            parent, "answer", fraction=number(Decimal(c.fraction) * 100), format=fmt
        )
        ET.SubElement(answer, "text").text = c.text
        moodle_text(answer, "feedback", c.feedback, fmt="html")
