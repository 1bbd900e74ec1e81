"""Moodle's GIFT and Moodle XML.

``gift`` and ``moodle`` know the syntax of each format; ``codecs`` holds one codec
per question type that decides whether it claims a parsed item and builds the
question from it (and writes it back); ``files`` reads and writes whole files;
``embedded`` stores the files a Moodle XML question carries; ``categories`` reads
the category paths both formats carry. Names used by the codecs are re-exported here.
"""

from __future__ import annotations

from .core import InterchangeError, NotExportable, Text
from .gift import (
    GiftAnswerBlock,
    GiftItem,
    GiftOption,
    gift_escape,
    gift_feedback,
    gift_marker,
    gift_question,
    gift_unescape,
    gift_weight,
    number,
    parse_gift,
    parse_gift_answer,
)
from .moodle import (
    EmbeddedFile,
    decimal_or,
    moodle_answers,
    moodle_flag,
    moodle_items,
    moodle_points,
    moodle_read,
    moodle_single,
    moodle_text,
    moodle_truefalse,
    moodle_write_answers,
)

__all__ = [
    "EmbeddedFile",
    "GiftAnswerBlock",
    "GiftItem",
    "GiftOption",
    "InterchangeError",
    "NotExportable",
    "Text",
    "decimal_or",
    "gift_escape",
    "gift_feedback",
    "gift_marker",
    "gift_question",
    "gift_unescape",
    "gift_weight",
    "moodle_answers",
    "moodle_flag",
    "moodle_items",
    "moodle_points",
    "moodle_read",
    "moodle_single",
    "moodle_text",
    "moodle_truefalse",
    "moodle_write_answers",
    "number",
    "parse_gift",
    "parse_gift_answer",
]
