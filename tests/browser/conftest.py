"""Playwright with Debian's Chromium: no browser download, the system executable."""

import os
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from sessions.attendance.services import attendance_walkin_add, headcount_record
from sessions.models import ConnectionEvent, Endpoint, LiveSession, SessionEndpoint
from sessions.tests.live_server import asgi_served

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("No Chromium found, and CI requires browser tests to run.")
        pytest.skip(
            "No Chromium found (install Debian's 'chromium' to run browser tests)."
        )
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make around it are ordinary synchronous ones.
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser) -> Iterator:
    """Open pages in fresh contexts (separate cookies), closed after the test."""
    contexts = []

    def make(
        width: int = 1280,
        height: int = 900,
        locale: str = "vi-VN",
        timezone_id: str | None = None,
    ):
        options = {"timezone_id": timezone_id} if timezone_id else {}
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale=locale, **options
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    live_server_wait_idle()


def live_server_wait_idle(quiet: float = 0.5, timeout: float = 10) -> None:
    """Return once pytest-django's live server has answered every request and none
    has come for ``quiet`` seconds.

    A page that closes still sends requests (Wagtail's editor releases its editing
    session with a beacon). The live server's request threads share the test's
    in-memory SQLite connection, so a request still running while the test database
    is flushed interleaves its transaction with the flush's: the flush fails and the
    connection is left outside autocommit for every later test."""
    deadline = time.monotonic() + timeout
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        if any(
            thread.name.endswith("(process_request_thread)")
            for thread in threading.enumerate()
        ):
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet:
            return
        time.sleep(0.05)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def log_in(page, base_url: str, email: str, password: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("form button[type=submit]")
    page.wait_for_url(f"{base_url}/")


@pytest.fixture
def asgi_server(settings):
    """The platform's ASGI app (HTTP and WebSockets) at ``http://127.0.0.1:<port>``."""
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    with asgi_served() as address:
        yield f"http://{address}"


@pytest.fixture
def demo_session():
    """The demo's hub and 11 district endpoints in a session that is live now."""
    call_command("seed_demo", verbosity=0)
    organiser = User.objects.get(email="organiser@demo.local")
    starts = timezone.now().replace(second=0, microsecond=0) - timedelta(minutes=15)
    endpoints = list(Endpoint.objects.active())
    session = LiveSession.objects.create(
        title="Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        hub=Endpoint.objects.get(code="so-tttt"),
        status=LiveSession.Status.LIVE,
    )
    for order, endpoint in enumerate(endpoints):
        link = SessionEndpoint.objects.create(
            session=session,
            endpoint=endpoint,
            expected_headcount=60 if endpoint.is_hub else 25,
            sort_order=order,
        )
        if endpoint.code == "trang-dinh":
            continue  # never joined
        events = [("joined", 0)]
        if endpoint.code == "binh-gia":
            events.append(("left", 9))  # dropped
        for kind, minute in events:
            ConnectionEvent.objects.create(
                session=session,
                room_name=session.room_name,
                kind=kind,
                source="prosody",
                idempotency_key=f"demo-{endpoint.code}-{kind}",
                participant_key=f"{endpoint.code}@meet",
                endpoint=endpoint,
                occurred_at=starts + timedelta(minutes=minute),
            )
        if endpoint.code not in ("cao-loc", "binh-gia"):
            headcount_record(by=organiser, session_endpoint=link, count=18 + order)
            attendance_walkin_add(
                by=organiser,
                session_endpoint=link,
                full_name=f"Học viên {endpoint.name}",
                agency=f"UBND {endpoint.name}",
            )
    return session
