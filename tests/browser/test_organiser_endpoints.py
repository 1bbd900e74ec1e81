import pytest
from django.core.management import call_command

from accounts.demo import DEMO_PASSWORD

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data():
    call_command("seed_demo", verbosity=0)


def test_demo_organiser_logs_in_and_opens_the_endpoints_list(
    live_server, new_page, demo_data, artifacts
):
    page = new_page()

    log_in(page, live_server.url, "organiser@demo.local", DEMO_PASSWORD)
    page.screenshot(path=artifacts / "home-organiser.png", full_page=True)
    page.click("[data-action=endpoints] a")

    page.wait_for_url("**/cms/endpoints/")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 12
    assert page.get_by_text("Huyện Tràng Định").is_visible()
    page.screenshot(path=artifacts / "endpoints-organiser.png", full_page=True)


def test_home_page_fits_a_360px_phone(live_server, new_page, demo_data, artifacts):
    page = new_page(width=360, height=740)

    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    page.click(".menu__toggle")
    page.click(".dropdown--account > summary")
    assert page.locator("[data-nav=profile]").is_visible()
    assert page.get_by_role("button", name="Đăng xuất").is_visible()
    page.screenshot(path=artifacts / "home-phone.png", full_page=True)
