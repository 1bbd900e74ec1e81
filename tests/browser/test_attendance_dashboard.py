"""The organiser's live dashboard changes when a trainee checks in on their phone.

Pytest-django's live server speaks WSGI only, so this test serves config.asgi with
uvicorn in a thread of the test process (the test database, and the in-memory channel
layer when no Redis is configured, are then shared with the server).
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from sessions import checkin_codes
from sessions.attendance.services import (
    attendance_check_in,
)
from sessions.models import (
    Attendance,
    Endpoint,
    SessionEndpoint,
)
from sessions.timespans import VIETNAM

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_dashboard_headcount_changes_when_a_trainee_checks_in(
    asgi_server, demo_session, new_page, artifacts
):
    cao_loc = SessionEndpoint.objects.get(
        session=demo_session, endpoint__code="cao-loc"
    )
    dashboard = new_page(1280, 1000)
    log_in(dashboard, asgi_server, "organiser@demo.local", DEMO_PASSWORD)
    dashboard.goto(f"{asgi_server}/attendance/sessions/{demo_session.pk}/dashboard/")
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    dashboard.evaluate("window.__notReloaded = true")
    cell = dashboard.locator(
        f"tr[data-endpoint='{cao_loc.endpoint_id}'] [data-field=checked_in]"
    )
    assert dashboard.locator("tbody tr").count() == 12
    assert cell.inner_text() == "0"

    phone = new_page(360, 740)
    log_in(phone, asgi_server, "trainee@demo.local", DEMO_PASSWORD)
    code = checkin_codes.current_code(cao_loc.checkin_secret)
    phone.goto(f"{asgi_server}/checkin/?code={code}")
    assert phone.get_by_text("Huyện Cao Lộc").is_visible()
    phone.click(".checkin__button")
    phone.wait_for_selector("[data-checked-in]")
    phone.screenshot(path=artifacts / "checkin-phone.png", full_page=True)

    # Locator assertions poll without evaluating strings, which the page's CSP
    # (no 'unsafe-eval') refuses once a predicate has to be polled.
    expect(cell).to_have_text("1", timeout=5000)
    assert dashboard.evaluate("window.__notReloaded") is True
    assert "Lương Thị Hồng Nhung" in dashboard.locator("[data-feed]").inner_text()
    assert dashboard.locator("[data-total=checked_in]").inner_text() == "10"
    dashboard.screenshot(path=artifacts / "attendance-dashboard.png", full_page=True)


def test_feed_says_what_happened_in_vietnam_time_and_survives_a_reload(
    asgi_server, demo_session, new_page, artifacts
):
    """Issue 14, group 5: an organiser whose browser is set to New York reads the
    feed in Vietnam time; each line says what happened; a reload keeps the lines."""
    cao_loc = SessionEndpoint.objects.get(
        session=demo_session, endpoint__code="cao-loc"
    )
    binh_gia = Endpoint.objects.get(code="binh-gia")
    dashboard = new_page(1280, 1000, timezone_id="America/New_York")
    log_in(dashboard, asgi_server, "organiser@demo.local", DEMO_PASSWORD)
    dashboard.goto(f"{asgi_server}/attendance/sessions/{demo_session.pk}/dashboard/")
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    assert dashboard.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == (
        "America/New_York"
    )

    trainee = User.objects.get(email="trainee@demo.local")
    attendance_check_in(
        user=trainee, code=checkin_codes.current_code(cao_loc.checkin_secret)
    )
    checked_in = Attendance.objects.get(session=demo_session, user=trainee)
    hanoi = checked_in.checked_in_at.astimezone(VIETNAM).strftime("%H:%M")
    new_york = checked_in.checked_in_at.astimezone(
        ZoneInfo("America/New_York")
    ).strftime("%H:%M")
    line = f"{hanoi} · {cao_loc.endpoint.name} · {trainee.full_name}: đã điểm danh"
    expect(dashboard.locator("[data-feed]")).to_contain_text(
        line, timeout=10_000, use_inner_text=True
    )
    assert new_york != hanoi
    dropped = demo_session.starts_at + timedelta(minutes=9)
    dropped_line = (
        f"{dropped.astimezone(VIETNAM).strftime('%H:%M')} · {binh_gia.name} · "
        "mất kết nối"
    )
    assert dropped_line in dashboard.locator("[data-feed]").inner_text()
    assert "kết nối thay đổi" not in dashboard.locator("[data-feed]").inner_text()

    dashboard.reload()
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    after_reload = dashboard.locator("[data-feed]").inner_text()
    assert line in after_reload
    assert dropped_line in after_reload
    assert dashboard.locator("[data-feed] li").first.inner_text() == line
    dashboard.screenshot(path=artifacts / "dashboard-feed.png", full_page=True)
