"""Any GIFT or Moodle XML file given to the question-bank import is imported or
refused with a message, never an exception (fuzzed through the public entry point,
assessments/services/banks.py, whatever codec sits behind it)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.services.banks import questions_import
from assessments.tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
GIFT_PIECES = [
    "::T::",
    "Câu hỏi",
    "{",
    "}",
    "=",
    "~",
    "#",
    "%50%",
    "->",
    "TRUE",
    "FALSE",
    "{#",
    "1..2",
    ":",
    "\\",
    "\n\n",
    "//",
    "$CATEGORY:",
    "[html]",
    "\x00",
    "..",
]
XML_PIECES = [
    "<quiz>",
    "</quiz>",
    '<question type="multichoice">',
    '<question type="truefalse">',
    '<question type="essay">',
    '<question type="matching">',
    '<question type="category">',
    "</question>",
    "<name><text>",
    "</text></name>",
    "<questiontext>",
    "</questiontext>",
    '<answer fraction="100">',
    '<answer fraction="-50">',
    '<answer fraction="x">',
    "</answer>",
    "<text>",
    "</text>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&bad;",
    "<subquestion>",
    "</subquestion>",
    "<single>true</single>",
    "<defaultgrade>",
    "</defaultgrade>",
    "1e400",
    "-1",
    "<?xml version='1.0'?>",
    "<!DOCTYPE x>",
]
gift = st.lists(st.sampled_from(GIFT_PIECES) | st.text(max_size=8), max_size=30).map(
    "".join
)
moodle_xml = st.lists(
    st.sampled_from(XML_PIECES) | st.text(max_size=6), max_size=30
).map("".join)


@FUZZ
@given(text=gift, raw=st.binary(max_size=60))
def test_any_gift_file_is_imported_or_refused(text, raw):
    category = CategoryFactory()

    for content in (text.encode("utf-8", "replace"), raw):
        report = questions_import(category=category, content=content, fmt="gift")
        assert isinstance(report.error, str)


@FUZZ
@given(text=moodle_xml, raw=st.binary(max_size=60))
def test_any_moodle_xml_file_is_imported_or_refused(text, raw):
    category = CategoryFactory()

    for content in (text.encode("utf-8", "replace"), raw):
        report = questions_import(category=category, content=content, fmt="xml")
        assert isinstance(report.error, str)
