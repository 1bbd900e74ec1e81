"""A poll launched by the organiser reaches a trainee's phone without reload; the
answer moves the organiser's chart live. Served over ASGI like the live dashboard's
test (its server and conference fixtures are reused)."""

import re

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD
from sessions import checkin_codes
from sessions.models import SessionEndpoint

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUESTION = "Địa phương bạn đã có người phát ngôn được công bố công khai chưa?"


def test_a_launched_poll_is_answered_from_a_phone_and_the_chart_follows(
    asgi_server,  # noqa: F811
    demo_session,  # noqa: F811
    new_page,
    artifacts,
):
    cao_loc = SessionEndpoint.objects.get(
        session=demo_session, endpoint__code="cao-loc"
    )
    polls_url = f"{asgi_server}/sessions/{demo_session.pk}/polls/"

    phone = new_page(360, 640)
    log_in(phone, asgi_server, "trainee@demo.local", DEMO_PASSWORD)
    code = checkin_codes.current_code(cao_loc.checkin_secret)
    phone.goto(f"{asgi_server}/checkin/?code={code}")
    phone.click(".checkin__button")
    phone.wait_for_selector("[data-checked-in]")
    phone.goto(polls_url)
    phone.wait_for_selector("html[data-polls-live='1']")
    phone.evaluate("window.__notReloaded = true")
    assert phone.locator("[data-polls-empty]").is_visible()

    organiser = new_page(1280, 900)
    log_in(organiser, asgi_server, "organiser@demo.local", DEMO_PASSWORD)
    organiser.goto(f"{polls_url}manage/")
    organiser.fill("#id_question", QUESTION)
    organiser.fill("#id_choices", "Đã công bố\nChưa công bố\nĐang chuẩn bị")
    organiser.get_by_role("button", name="Phát động ngay").click()
    organiser.wait_for_selector("[data-poll][data-state=open] [data-chart] svg")
    organiser.wait_for_selector("html[data-polls-live='1']")
    organiser.evaluate("window.__notReloaded = true")
    chart = organiser.locator("[data-chart] svg")
    assert "0 người đã trả lời" in chart.get_attribute("aria-label")

    phone.wait_for_selector("[data-poll][data-state=open] form")
    assert phone.locator("[data-poll] h3").inner_text() == QUESTION
    phone.get_by_text("Chưa công bố").click()
    phone.get_by_role("button", name="Gửi câu trả lời").click()
    phone.wait_for_selector(".poll-card__note")
    assert "đã được ghi nhận" in phone.locator(".poll-card__note").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=artifacts / "poll-phone.png", full_page=True)

    expect(organiser.locator("[data-chart] svg")).to_have_attribute(
        "aria-label", re.compile(r"Chưa công bố: 1 \(100 %\)"), timeout=10_000
    )
    label = organiser.locator("[data-chart] svg").get_attribute("aria-label")
    assert "Đã công bố: 0 (0 %)" in label
    assert "1 người đã trả lời" in label
    assert organiser.locator(".poll-sites").inner_text().count("Huyện Cao Lộc") == 1
    assert organiser.evaluate("window.__notReloaded") is True
    organiser.screenshot(path=artifacts / "poll-manage.png", full_page=True)

    organiser.get_by_role("button", name="Đóng thăm dò").click()
    phone.wait_for_selector("[data-poll][data-state=closed]", timeout=10_000)
    assert phone.evaluate("window.__notReloaded") is True
