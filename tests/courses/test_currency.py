"""Whether a module is still true: lapsed legal bases and overdue reviews."""

from datetime import date, timedelta

import pytest

from courses import currency
from courses.tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 30)


def basis(number: str, *, until: str | None = None, start: str = "2017-03-30") -> dict:
    value = {
        "title": "Văn bản",
        "number": number,
        "issued_on": "2017-02-09",
        "effective_from": start,
    }
    if until:
        value["effective_until"] = until
    return {"type": "legal_basis", "value": value}


def module_with(*bases: dict, reviewed: date | None = TODAY):
    return ModulePageFactory(legal_bases=list(bases), last_reviewed_on=reviewed)


def test_a_text_that_ended_before_today_is_lapsed():
    module = module_with(basis("103/2016/QH13", until="2026-06-30"))

    lapsed = currency.lapsed_legal_bases(module, today=TODAY)

    assert [b.number for b in lapsed] == ["103/2016/QH13"]


def test_a_text_ending_today_is_still_in_force():
    module = module_with(basis("09/2017/NĐ-CP", until="2026-11-30"))

    assert currency.lapsed_legal_bases(module, today=TODAY) == []


def test_a_text_with_no_end_date_is_in_force():
    module = module_with(basis("126/2025/QH15", start="2026-07-01"))

    assert currency.review_item(module, today=TODAY) is None


def test_a_module_never_reviewed_is_overdue():
    module = module_with(basis("126/2025/QH15"), reviewed=None)

    assert currency.review_overdue(module, today=TODAY)


def test_a_review_older_than_a_year_is_overdue():
    stale = module_with(basis("a"), reviewed=TODAY - timedelta(days=366))
    fresh = module_with(basis("b"), reviewed=TODAY - timedelta(days=365))

    assert currency.review_overdue(stale, today=TODAY)
    assert not currency.review_overdue(fresh, today=TODAY)


def test_a_module_without_legal_bases_needs_review():
    module = module_with()

    item = currency.review_item(module, today=TODAY)

    assert item is not None and item.lapsed == []
    assert len(item.reasons) == 1


def test_modules_due_for_review_keeps_only_those_with_a_reason():
    current = module_with(basis("126/2025/QH15"))
    lapsed = module_with(basis("24/2018/QH14", until="2026-06-30"))

    items = currency.modules_due_for_review([current, lapsed], today=TODAY)

    assert [item.module for item in items] == [lapsed]
