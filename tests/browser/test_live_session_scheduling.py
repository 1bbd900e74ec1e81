from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from sessions.models import Endpoint, LiveSession

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(settings):
    settings.JITSI_DOMAIN = ""  # no Jitsi configured
    call_command("seed_demo", verbosity=0)


def test_organiser_schedules_a_session_and_opens_an_endpoint_screen(
    live_server, new_page, demo_data, artifacts
):
    page = new_page()
    log_in(page, live_server.url, "organiser@demo.local", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/cms/live-sessions/new/")

    starts = timezone.localtime() + timedelta(days=2)
    page.fill("input[name=title]", "Kỹ năng trả lời phỏng vấn báo chí")
    page.fill("input[name=starts_at]", starts.strftime("%Y-%m-%d 08:00"))
    page.fill("input[name=ends_at]", starts.strftime("%Y-%m-%d 11:00"))
    page.select_option(
        "select[name=hub]", label=Endpoint.objects.get(code="so-tttt").name
    )
    for index, code in enumerate(["cao-loc", "loc-binh", "trang-dinh"]):
        page.click("#id_session_endpoints-ADD")
        endpoint = Endpoint.objects.get(code=code)
        page.select_option(
            f"select[name='session_endpoints-{index}-endpoint']", str(endpoint.pk)
        )
        page.fill(f"input[name='session_endpoints-{index}-expected_headcount']", "20")
    page.screenshot(path=artifacts / "live-session-admin-form.png", full_page=True)
    page.click("form button[type=submit].button-longrunning")
    page.wait_for_url("**/cms/live-sessions/")

    session = LiveSession.objects.get(title="Kỹ năng trả lời phỏng vấn báo chí")
    codes = set(session.session_endpoints.values_list("endpoint__code", flat=True))
    assert {"cao-loc", "loc-binh", "trang-dinh"} <= codes

    page.goto(f"{live_server.url}/sessions/{session.pk}/room/loc-binh/")
    assert (
        page.locator("[data-endpoint-name]").inner_text()
        == "Huyện Lộc Bình (điểm cầu năm 2019)"
    )
    assert page.locator("[data-checkin-qr] svg").is_visible()
    assert len(page.locator("[data-checkin-code]").inner_text().strip()) == 6
    assert page.locator("[data-room-state=video-not-configured]").is_visible()
    assert page.locator("#jitsi-frame").count() == 0
    page.screenshot(path=artifacts / "live-session-endpoint-screen.png", full_page=True)


def test_room_page_on_a_phone_says_video_is_not_configured(
    live_server, new_page, demo_data, artifacts
):
    session = LiveSession.objects.get(title__startswith="Hội nghị trực tuyến")
    page = new_page(width=360, height=740)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)

    page.goto(f"{live_server.url}/sessions/{session.pk}/room/")

    assert page.locator("[data-room-state=video-not-configured]").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=artifacts / "live-session-room-phone.png", full_page=True)
