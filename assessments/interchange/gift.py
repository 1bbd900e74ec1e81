"""GIFT syntax: splitting a file into questions, answer blocks, escapes, formats.

The question types' codecs (``codecs/``) decide which type a parsed item is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from assessments.text_formats import TextFormat

from .core import InterchangeError, Text
from .fractions import canonical_fraction, moodle_fraction

GIFT_SPECIAL = "~=#{}:"
#: GIFT's format markers (``[html]``...) and the formats they name.
GIFT_FORMATS = {
    "html": TextFormat.HTML,
    "moodle": TextFormat.MOODLE,
    "plain": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
_MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)


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


def gift_text(raw: str, default: str) -> Text:
    """A piece of GIFT text with its format: a leading ``[html]``, ``[plain]``...
    marker names it, otherwise ``default`` (Moodle's GIFT rule)."""
    match = _MARKER.match(raw)
    if match:
        return Text(gift_unescape(raw[match.end() :]), GIFT_FORMATS[match[1].lower()])
    return Text(gift_unescape(raw), default)


def gift_marker(fmt: str, default: str = TextFormat.MOODLE) -> str:
    fmt = fmt or TextFormat.PLAIN  # a blank format (left empty in the CMS)
    return "" if fmt == default else f"[{fmt}]"


def gift_feedback(text: str) -> str:
    return f"#{gift_escape(text)}" if text else ""


def number(value) -> str:
    return format(Decimal(value).normalize(), "f")


def gift_weight(marker: str, fraction: Decimal, *, always: bool = False) -> str:
    fraction = canonical_fraction(Decimal(fraction))
    if fraction == 0 and marker == "~" and not always:
        return "~"
    return f"{marker}%{number(fraction * 100)}%"


def gift_question(question, lines: list[str], *, inline: bool = False) -> str:
    """One question in GIFT; ``// points:`` keeps its weight (GIFT has no field)."""
    head = f"::{gift_escape(question.title)}::" if question.title else ""
    head += gift_marker(question.text_format) + gift_escape(question.text)
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
    text: Text
    weight: Decimal | None = None
    feedback: Text = field(default_factory=lambda: Text(""))

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
    truefalse_feedback: tuple[Text, Text] = (Text(""), Text(""))
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
    text: Text
    answer: GiftAnswerBlock
    explanation: Text = field(default_factory=lambda: Text(""))
    points: Decimal = Decimal("1")
    #: The ``$CATEGORY:`` path in effect, or None.
    category: str | None = None

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


def checked_fraction(value: Decimal, *, where: str, shown: str) -> Decimal:
    """``value`` as Moodle stores it (four decimals here), or a clear refusal."""
    grade = moodle_fraction(value)
    if grade is None:
        raise InterchangeError(
            _(
                "The grade %(value)s%% is not one Moodle accepts; use 100, 90, "
                "83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, "
                "16.66667, 14.28571, 12.5, 11.11111, 10, 5 or 0 (or their negatives)."
            )
            % {"value": shown},
            where=where,
        )
    return grade.quantize(Decimal("0.0001"))


def _parse_option(marker: str, raw: str, where: str, fmt: str) -> GiftOption:
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
        weight = checked_fraction(weight, where=where, shown=match.group(1))
        raw = raw[match.end() :]
    pieces = _split_unescaped(raw, "#")
    text = gift_text(pieces[0][1], fmt)
    feedback = gift_text(pieces[1][1], fmt) if len(pieces) > 1 else Text("", fmt)
    if not text:
        raise InterchangeError(_("An answer has no text."), where=where)
    return GiftOption(marker=marker, text=text, weight=weight, feedback=feedback)


def parse_gift_answer(
    block: str, where: str, fmt: str = TextFormat.MOODLE
) -> tuple[GiftAnswerBlock, Text]:
    """Parse the inside of ``{...}``; returns the block and the general feedback.

    ``fmt`` is the question text's format, the default of every other piece."""
    general = Text("", fmt)
    position = block.find("####")
    if position >= 0:
        general = gift_text(block[position + 4 :], fmt)
        block = block[:position]
    stripped = block.strip()
    if not stripped:
        return GiftAnswerBlock(kind="empty"), general
    head = _split_unescaped(stripped, "#")
    word = head[0][1].strip().upper()
    if word in ("T", "TRUE", "F", "FALSE") and not any(
        m in stripped for m in ("=", "~")
    ):
        feedbacks = [gift_text(chunk, fmt) for _m, chunk in head[1:]]
        wrong = feedbacks[0] if feedbacks else Text("", fmt)
        right = feedbacks[1] if len(feedbacks) > 1 else Text("", fmt)
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
    if any("->" in chunk for _m, chunk in parts[1:]):
        return (
            GiftAnswerBlock(
                kind="unsupported", unsupported_reason=_("matching questions")
            ),
            general,
        )
    options = [_parse_option(m, chunk, where, fmt) for m, chunk in parts[1:]]
    if not options:
        raise InterchangeError(_("The answer block has no answers."), where=where)
    return GiftAnswerBlock(kind="choices", options=options), general


_POINTS_COMMENT = re.compile(r"^//\s*points:\s*([0-9]+(?:\.[0-9]+)?)\s*$")
_CATEGORY = re.compile(r"^\$CATEGORY:\s*(.*)$")


def _blocks(content: str):
    """(first line, lines, points, category) per question block."""
    blocks = []
    current: list[str] = []
    start = 0
    points: Decimal | None = None
    pending_points: Decimal | None = None
    category: str | None = None
    block_category: str | None = None
    for number_, line in enumerate(content.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            match = _POINTS_COMMENT.match(stripped)
            if match:
                pending_points = Decimal(match.group(1))
            continue
        if not stripped:
            if current:
                blocks.append((start, current, points, block_category))
                current, points = [], None
            continue
        category_match = _CATEGORY.match(stripped)
        if category_match and not current:
            category = category_match[1].strip()
            continue
        if not current:
            start, points, pending_points = number_, pending_points, None
            block_category = category
        current.append(line)
    if current:
        blocks.append((start, current, points, block_category))
    return blocks


def parse_gift(content: str) -> list[GiftItem | tuple[int, str, str]]:
    """Every question of a GIFT file, in order.

    An item is a ``GiftItem``, or ``(line, title, reason)`` for a well-formed piece
    the platform does not import (a description, a matching question). A malformed
    file raises ``InterchangeError`` naming the line.
    """
    if content.startswith("\ufeff"):
        content = content[1:]
    items: list[GiftItem | tuple[int, str, str]] = []
    for line_no, lines, points, category in _blocks(content):
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
        nested = _find_unescaped(text, "{", opening + 1)
        if nested != -1 and nested < closing:
            raise InterchangeError(
                _("An answer block opens inside another."), where=where
            )
        after = text[closing + 1 :]
        if _find_unescaped(after, "{") >= 0 or _find_unescaped(after, "}") >= 0:
            raise InterchangeError(
                _("Only one answer block per question is supported."), where=where
            )
        # The missing-word form: the blank stands where the answers were.
        raw_text = text[:opening] + ("_____" + after if after.strip() else "")
        question_text = gift_text(raw_text, TextFormat.MOODLE)
        if not question_text:
            raise InterchangeError(_("The question has no text."), where=where)
        answer, general = parse_gift_answer(
            text[opening + 1 : closing], where, question_text.fmt
        )
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
                category=category,
            )
        )
    return items
