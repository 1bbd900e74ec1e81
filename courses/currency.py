"""Whether a module's content is still true: the legal texts it cites and its review.

A module is *due for review* when it cites a legal text whose period in force has
ended (the text was replaced or repealed), when it names no legal basis at all, or
when no lecturer has reviewed it for a year. Plain functions, so the dashboard panel,
the seed's tests and anything else ask the same question the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: How long a review stays valid.
REVIEW_INTERVAL = timedelta(days=365)


@dataclass(frozen=True)
class LegalBasis:
    title: str
    number: str
    issued_on: date | None
    effective_from: date | None
    effective_until: date | None
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        """In force on ``day``: started (or no start known) and not yet ended."""
        started = self.effective_from is None or self.effective_from <= day
        ended = self.effective_until is not None and self.effective_until < day
        return started and not ended

    def has_ended_by(self, day: date) -> bool:
        return self.effective_until is not None and self.effective_until < day


@dataclass(frozen=True)
class ReviewItem:
    module: object
    lapsed: list[LegalBasis]
    reasons: list[str]


def local_today() -> date:
    return timezone.localdate()


def legal_bases_of(module) -> list[LegalBasis]:
    """The module's legal bases as plain values (StreamField blocks unpacked)."""
    return [
        LegalBasis(
            title=block.value.get("title") or "",
            number=block.value.get("number") or "",
            issued_on=block.value.get("issued_on"),
            effective_from=block.value.get("effective_from"),
            effective_until=block.value.get("effective_until"),
            note=block.value.get("note") or "",
        )
        for block in module.legal_bases
        if block.block_type == "legal_basis"
    ]


def lapsed_legal_bases(module, *, today: date | None = None) -> list[LegalBasis]:
    """The texts the module cites whose period in force has ended."""
    today = today or local_today()
    return [basis for basis in legal_bases_of(module) if basis.has_ended_by(today)]


def review_overdue(module, *, today: date | None = None) -> bool:
    """Never reviewed, or last reviewed more than ``REVIEW_INTERVAL`` ago."""
    today = today or local_today()
    reviewed = module.last_reviewed_on
    return reviewed is None or today - reviewed > REVIEW_INTERVAL


def review_item(module, *, today: date | None = None) -> ReviewItem | None:
    """Why ``module`` needs a lecturer's attention, or ``None`` when it does not."""
    today = today or local_today()
    lapsed = lapsed_legal_bases(module, today=today)
    reasons: list[str] = []
    if lapsed:
        reasons.append(str(_("cites a text no longer in force")))
    if not legal_bases_of(module):
        reasons.append(str(_("names no legal basis")))
    if review_overdue(module, today=today):
        reasons.append(str(_("not reviewed for a year")))
    if not reasons:
        return None
    return ReviewItem(module=module, lapsed=lapsed, reasons=reasons)


def modules_due_for_review(modules, *, today: date | None = None) -> list[ReviewItem]:
    """The modules among ``modules`` that need review, in the order given."""
    today = today or local_today()
    items = (review_item(module, today=today) for module in modules)
    return [item for item in items if item is not None]
