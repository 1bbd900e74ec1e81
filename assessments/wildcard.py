"""Moodle's short-answer wildcard: ``*`` in an accepted answer matches any run of
characters (``\\*`` is a literal asterisk), as ``qtype_shortanswer`` compares.

A pure function for grading to call with its own normalisation (case, spacing,
diacritics, tone placement), so the rule lives in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STARS = re.compile(r"(?<!\\)\*+")


def _edges(piece: str, normalised: str) -> str:
    """Keep one space at an edge where the piece had spacing (it is meaningful
    next to a wildcard: "Hà *" needs a word after the space)."""
    if not normalised:
        return " " if piece.strip() == "" and piece else ""
    left = " " if piece[:1].isspace() else ""
    right = " " if piece[-1:].isspace() else ""
    return left + normalised + right


def wildcard_match(
    pattern: str, response: str, normalise: Callable[[str], str] = str.strip
) -> bool:
    """Whether ``response`` matches the accepted answer ``pattern``.

    Both sides go through ``normalise``; each piece between wildcards is
    normalised on its own and matched literally.
    """
    pieces = _STARS.split(pattern)
    if len(pieces) == 1:
        return normalise(pattern.replace("\\*", "*")) == normalise(response)
    parts = [re.escape(_edges(p, normalise(p.replace("\\*", "*")))) for p in pieces]
    return re.fullmatch(".*".join(parts), normalise(response), re.DOTALL) is not None
