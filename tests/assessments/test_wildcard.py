"""Moodle's short-answer ``*``: any run of characters; ``\\*`` a literal star."""

import pytest

from assessments.models.questions import normalise_text
from assessments.wildcard import wildcard_match


def _normalise(value: str) -> str:
    return normalise_text(value, ignore_diacritics=False)


@pytest.mark.parametrize(
    ("pattern", "response", "matches"),
    [
        ("Hà *", "Hà Nội", True),
        ("Hà *", "Hà", False),  # the space before * must be there
        ("*phát ngôn*", "Người phát ngôn chính", True),
        ("*phát ngôn*", "Người phát biểu", False),
        ("Hữu Nghị*", "Hữu Nghị Quan", True),
        ("Hữu Nghị*", "hữu nghị", True),
        ("*", "", True),
        ("a**b", "a-b", True),
        ("a\\*b", "a*b", True),
        ("a\\*b", "axb", False),
        ("Lạng Sơn", "  lạng   sơn ", True),
        ("3.5", "3x5", False),  # regex characters are literal
    ],
)
def test_wildcards_match_as_in_moodle(pattern, response, matches):
    assert wildcard_match(pattern, response, _normalise) is matches
