"""Whole files: parse into (question, choices) pairs or skips; write a bank out.

The type of each item is decided by asking every question type's codec whether it
claims it (``gift_claims`` / ``moodle_claims``), so no code here switches on a type.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assessments.text_formats import to_plain

from .core import InterchangeError, NotExportable
from .gift import GiftItem, parse_gift
from .moodle import EmbeddedFile, moodle_category, moodle_files


@dataclass
class Parsed:
    where: str
    title: str
    question: object = None
    choices: list | None = None
    skipped_reason: str = ""
    #: The category path the file put the question in (None: the chosen one).
    category: str | None = None
    files: list[EmbeddedFile] = field(default_factory=list)


def _codecs():
    from .codecs import codecs

    return codecs()


def _codec_for(question):
    from .codecs import codec_for

    return codec_for(question)


def _settle(question, choices) -> None:
    from .codecs.base import settle_formats

    settle_formats(question, choices)


def read_gift(content: str) -> list[Parsed]:
    parsed = []
    for item in parse_gift(content):
        if not isinstance(item, GiftItem):
            line, title, reason = item
            where = _("line %(line)s") % {"line": line}
            parsed.append(Parsed(where=where, title=title, skipped_reason=reason))
            continue
        where = _("line %(line)s") % {"line": item.line}
        codec = next((c for c in _codecs() if c.gift_claims(item.answer)), None)
        if codec is None:
            raise InterchangeError(_("The answers fit no question type."), where=where)
        question, choices = codec.from_gift(item)
        _settle(question, choices)
        parsed.append(
            Parsed(
                where=where,
                title=item.title or to_plain(item.text, item.text.fmt)[:60],
                question=question,
                choices=choices,
                category=item.category,
            )
        )
    return parsed


def read_moodle_xml(content: bytes | str) -> list[Parsed]:
    try:
        root = ET.fromstring(content)
    except ET.ParseError as error:
        line, column = error.position
        raise InterchangeError(
            _("The XML is not well formed."),
            where=_("line %(line)s, column %(column)s")
            % {"line": line, "column": column},
        ) from error
    if root.tag != "quiz":
        raise InterchangeError(
            _("The root element must be <quiz>."), where=f"<{root.tag}>"
        )
    parsed = []
    category = None
    for index, element in enumerate(root.findall("question"), start=1):
        qtype = element.get("type", "")
        where = f'<question> #{index} (type="{qtype}")'
        if qtype == "category":
            category = moodle_category(element)
            continue
        title = (element.findtext("name/text") or "").strip()
        codec = next((c for c in _codecs() if c.moodle_claims(element)), None)
        if codec is None:
            parsed.append(
                Parsed(
                    where=where,
                    title=title,
                    skipped_reason=_("the question type “%(type)s” is not supported")
                    % {"type": qtype},
                )
            )
            continue
        if not (element.findtext("questiontext/text") or "").strip():
            raise InterchangeError(
                _("<questiontext> is missing or empty."), where=where
            )
        try:
            question, choices = codec.from_moodle(element)
            files = moodle_files(element)
        except InterchangeError as error:
            raise InterchangeError(
                error.message, where=f"{where} {error.where}"
            ) from error
        _settle(question, choices)
        parsed.append(
            Parsed(
                where=where,
                title=title,
                question=question,
                choices=choices,
                category=category,
                files=files,
            )
        )
    return parsed


def write_gift(questions: list, choices: dict) -> tuple[str, list[tuple[str, str]]]:
    """The GIFT file, and (question, what was left out) for each loss."""
    out, notes = [], []
    for question in questions:
        codec = _codec_for(question)
        own = choices.get(question.pk, [])
        try:
            out.append(codec.to_gift(question, own))
        except NotExportable as reason:
            notes.append((str(question), str(reason)))
            continue
        notes.extend((str(question), loss) for loss in codec.gift_losses(question, own))
    return "\n\n".join(out) + "\n", notes


def write_moodle_xml(questions: list, choices: dict, category_name: str) -> str:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    ET.SubElement(
        ET.SubElement(category, "category"), "text"
    ).text = f"$course$/{category_name}"
    for question in questions:
        root.append(
            _codec_for(question).to_moodle(question, choices.get(question.pk, []))
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
        root, encoding="unicode"
    )
