"""The page shell as a user sees it: a one-row header at 1280 px for every role, the
first heading clear of the header, and nothing wider than a 360 px phone."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.demo import DEMO_PASSWORD
from courses.models import CoursePage

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: The bar's own minimum height (platform.css): one row of links fits in it.
ONE_ROW = 56


@pytest.fixture
def demo_data():
    call_command("seed_demo", verbosity=0)


def header_box(page) -> dict:
    return page.evaluate(
        """() => {
            const header = document.querySelector(".site-header");
            const brand = header.querySelector(".brand");
            const style = getComputedStyle(brand);
            const line = parseFloat(style.lineHeight);
            return {
                height: header.getBoundingClientRect().height,
                brandHeight: brand.getBoundingClientRect().height,
                brandLine: line || parseFloat(style.fontSize) * 1.6,
            };
        }"""
    )


@pytest.mark.parametrize("role", ["trainee", "organiser", "lecturer", "coordinator"])
def test_signed_in_header_is_one_row_at_1280px(live_server, new_page, demo_data, role):
    page = new_page(width=1280)
    log_in(page, live_server.url, f"{role}@demo.local", DEMO_PASSWORD)

    box = header_box(page)

    assert box["height"] == ONE_ROW
    assert box["brandHeight"] < 1.5 * box["brandLine"]  # the brand is one line


def test_organiser_reaches_the_items_beyond_the_bar_by_keyboard(
    live_server, new_page, demo_data
):
    page = new_page(width=1280)
    log_in(page, live_server.url, "organiser@demo.local", DEMO_PASSWORD)
    more = page.locator(".nav__more summary")
    assert not page.locator("[data-nav=certificates]").is_visible()

    more.focus()
    page.keyboard.press("Enter")

    assert page.locator("[data-nav=certificates]").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("[data-nav=certificates]").is_visible()


def test_first_heading_clears_the_header(live_server, new_page, demo_data):
    page = new_page(width=1280)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)
    course = CoursePage.objects.live().first()

    for path in ("/", course.url, reverse("checkin"), reverse("attendance-mine")):
        page.goto(f"{live_server.url}{path}")
        gap = page.evaluate(
            """() => {
                const h1 = document.querySelector("main h1").getBoundingClientRect();
                const header = document.querySelector(".site-header");
                return h1.top - header.getBoundingClientRect().bottom;
            }"""
        )
        assert gap >= 16, path


@pytest.mark.parametrize("role", ["trainee", "organiser"])
def test_pages_fit_a_360px_phone(live_server, new_page, demo_data, role):
    page = new_page(width=360, height=740)
    log_in(page, live_server.url, f"{role}@demo.local", DEMO_PASSWORD)
    course = CoursePage.objects.live().first()
    paths = ["/", course.url, reverse("assessments:mine"), reverse("profile")]

    too_wide = {}
    for path in paths:
        page.goto(f"{live_server.url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[path] = width

    assert too_wide == {}
