"""Questions to the presenter, live: a trainee at a site asks from a phone and the
presenter's queue shows it without reload; another participant's vote reorders the
queue. Served by config.asgi under uvicorn, as the live dashboard's test does."""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from questions.models import Question
from sessions import checkin_codes
from sessions.attendance.services import attendance_check_in
from sessions.models import SessionEndpoint

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUEUE_ORDER = (
    "Array.from(document.querySelectorAll('[data-qa-list] [data-question]'))"
    ".map(item => Number(item.dataset.question))"
)


@dataclass(frozen=True)
class Conference:
    live_path: str
    #: The two open questions with one vote each, the earlier first.
    earlier: int
    later: int


@pytest.fixture
def conference() -> Conference:
    # Checking in broadcasts through async_to_sync: not in Playwright's thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_conference).result()


def _conference() -> Conference:
    call_command("seed_demo", verbosity=0)
    cao_loc = SessionEndpoint.objects.select_related("session").get(
        endpoint__code="cao-loc"
    )
    session = cao_loc.session
    session.starts_at = timezone.now() - timedelta(minutes=5)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save(update_fields=["starts_at", "ends_at"])
    attendance_check_in(
        user=User.objects.get(email="trainee@demo.local"),
        code=checkin_codes.current_code(cao_loc.checkin_secret),
    )
    earlier, later = (
        Question.objects.filter(
            session=session, endpoint__code__in=["bac-son", "van-lang"]
        )
        .order_by("created_at")
        .values_list("pk", flat=True)
    )
    return Conference(f"/sessions/{session.pk}/live/", earlier, later)


def test_the_presenters_queue_shows_a_new_question_and_reorders_on_a_vote(
    asgi_server,  # noqa: F811
    conference,
    new_page,
    artifacts,
):
    presenter = new_page(1280, 900)
    log_in(presenter, asgi_server, "lecturer@demo.local", DEMO_PASSWORD)
    presenter.goto(asgi_server + conference.live_path)
    presenter.wait_for_selector("[data-qa][data-live='1']")
    presenter.evaluate("window.__notReloaded = true")
    before = presenter.evaluate(QUEUE_ORDER)
    assert before.index(conference.earlier) < before.index(conference.later)

    phone = new_page(360, 740)
    log_in(phone, asgi_server, "trainee@demo.local", DEMO_PASSWORD)
    phone.goto(asgi_server + conference.live_path)
    phone.wait_for_selector("[data-qa][data-live='1']")
    question = "Khi phóng viên gọi điện ngoài giờ hành chính, xã có phải trả lời ngay?"
    phone.fill("#qa-text", question)
    phone.get_by_role("button", name="Gửi câu hỏi").click()
    phone.wait_for_selector("[data-qa-result][data-ok='1']")
    phone.screenshot(path=artifacts / "questions-phone.png", full_page=True)

    presenter.get_by_text(question).wait_for(timeout=5000)
    item = presenter.locator("[data-question]", has_text=question)
    assert "Huyện Cao Lộc" in item.inner_text()
    assert presenter.evaluate("window.__notReloaded") is True

    voter = new_page(360, 740)
    log_in(voter, asgi_server, "coordinator@demo.local", DEMO_PASSWORD)
    voter.goto(asgi_server + conference.live_path)
    voter.wait_for_selector("[data-qa][data-live='1']")
    voter.click(f"[data-question='{conference.later}'] [data-qa-vote] button")

    # The later question takes the earlier one's place in the queue.
    expect(
        presenter.locator("[data-qa-list] [data-question]").nth(
            before.index(conference.earlier)
        )
    ).to_have_attribute("data-question", str(conference.later), timeout=5000)
    assert presenter.evaluate("window.__notReloaded") is True
    presenter.screenshot(path=artifacts / "questions-queue.png", full_page=True)
