"""Moodle's list of valid answer grades (``question_bank::fraction_options_full``).

Moodle's importers refuse a grade that is not within 0.00001 of one of these
(``match_grade_options`` with "error"): 33% is refused, 33.33333% is 1/3.
"""

from __future__ import annotations

from decimal import Decimal

_POSITIVE = [
    "1.0",
    "0.9",
    "0.8333333",
    "0.8",
    "0.75",
    "0.7",
    "0.6666667",
    "0.6",
    "0.5",
    "0.4",
    "0.3333333",
    "0.3",
    "0.25",
    "0.2",
    "0.1666667",
    "0.1428571",
    "0.125",
    "0.1111111",
    "0.1",
    "0.05",
]
#: Every grade Moodle accepts, from 1 down to -1.
MOODLE_FRACTIONS: list[Decimal] = [
    *(Decimal(v) for v in _POSITIVE),
    Decimal("0"),
    *(-Decimal(v) for v in reversed(_POSITIVE)),
]
_TOLERANCE = Decimal("0.00001")


def moodle_fraction(value: Decimal) -> Decimal | None:
    """The Moodle grade ``value`` stands for, or None when Moodle refuses it."""
    return next((f for f in MOODLE_FRACTIONS if abs(value - f) < _TOLERANCE), None)


def canonical_fraction(stored: Decimal) -> Decimal:
    """The Moodle grade a stored fraction (four decimals) was rounded from, so an
    export writes 33.33333% for 0.3333 and Moodle accepts the file."""
    return next(
        (f for f in MOODLE_FRACTIONS if abs(stored - f) < Decimal("0.00005")),
        stored,
    )
