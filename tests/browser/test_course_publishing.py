"""A lecturer writes a module, an organiser approves it, a trainee studies it."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from accounts.demo import DEMO_PASSWORD
from courses.models import CoursePage, ModulePage

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Chuyên đề 5: Phát ngôn trên mạng xã hội"


def add_block(page, label: str) -> None:
    page.locator("[data-contentpath=body] button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def fill_rich_text(page, field: str, text: str) -> None:
    editor = page.locator(f"[data-contentpath={field}] [role=textbox]").first
    editor.scroll_into_view_if_needed()
    editor.click()
    page.keyboard.type(text)
    # Draftail writes its hidden input asynchronously; submit only once it has.
    stored = page.locator(f"input[name$='-value-{field}']").first
    expect(stored).to_have_value(re.compile(re.escape(text.split()[0])))


def test_a_module_goes_from_lecturer_to_organiser_to_trainee(
    live_server, new_page, artifacts, settings
):
    # Autosave would turn the "add" form into an "edit" form mid-test, at a moment
    # that depends on timing; the flow under test is the same without it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    call_command("seed_demo", verbosity=0)
    course = CoursePage.objects.get()
    base = live_server.url

    # The lecturer writes a module with a key message and a case study, and submits.
    lecturer = new_page(locale="en-GB")
    log_in(lecturer, base, "lecturer@demo.local", DEMO_PASSWORD)
    lecturer.goto(f"{base}/cms/pages/add/courses/modulepage/{course.pk}/")
    lecturer.fill("#id_title", TITLE)
    lecturer.fill(
        "#id_summary", "Nguyên tắc phát ngôn trên trang mạng xã hội của cơ quan."
    )
    add_block(lecturer, "Thông điệp chính")
    lecturer.fill("input[name='body-0-value-title']", "Ghi nhớ")
    lecturer.fill(
        "textarea[name='body-0-value-text']",
        "Trang mạng xã hội của cơ quan là một kênh phát ngôn chính thức.",
    )
    add_block(lecturer, "Tình huống điển hình")
    lecturer.fill("input[name='body-1-value-title']", "Bài đăng sai trên Fanpage huyện")
    fill_rich_text(lecturer, "situation", "Fanpage của huyện đăng nhầm số liệu.")
    fill_rich_text(lecturer, "what_happened", "Người phát ngôn đính chính trong 2 giờ.")
    fill_rich_text(lecturer, "lessons", "Đính chính công khai, nhanh và rõ.")
    lecturer.click("footer .w-dropdown__toggle")
    lecturer.click("button[name=action-submit]")
    lecturer.wait_for_url(f"**/cms/pages/{course.pk}/")
    lecturer.goto("about:blank")  # stop the editor's background requests
    module = ModulePage.objects.get(title=TITLE)
    assert not module.live
    assert module.workflow_in_progress

    # The organiser approves it from the editor.
    organiser = new_page(locale="en-GB")
    log_in(organiser, base, "organiser@demo.local", DEMO_PASSWORD)
    organiser.goto(f"{base}/cms/pages/{module.pk}/edit/")
    organiser.click("footer .w-dropdown__toggle")
    organiser.get_by_role("button", name="Phê duyệt").first.click()
    organiser.wait_for_url(lambda url: "/edit/" not in url)
    organiser.goto("about:blank")
    module.refresh_from_db()
    assert module.live

    # The demo trainee (enrolled by the seed) reads the module, marks it complete
    # and sees 1/6.
    trainee = new_page()
    log_in(trainee, base, "trainee@demo.local", DEMO_PASSWORD)
    trainee.goto(f"{base}{course.url}")
    assert trainee.locator("button[data-action=enrol]").count() == 0
    trainee.wait_for_selector("[data-progress='0/6']")
    trainee.get_by_role("link", name=TITLE).click()
    assert trainee.locator(".key-message").is_visible()
    assert trainee.locator(".case-study").get_by_text("đính chính trong 2 giờ").count()
    trainee.click("button[data-action=complete]")
    trainee.wait_for_selector(".module__done")
    assert trainee.locator("[data-progress='1/6']").is_visible()
    trainee.screenshot(path=artifacts / "module-page-trainee.png", full_page=True)

    trainee.goto(f"{base}/")
    assert trainee.locator("#my-courses [data-progress='1/6']").is_visible()


def test_course_and_module_pages_fit_a_360px_phone(live_server, new_page, artifacts):
    call_command("seed_demo", verbosity=0)
    course = CoursePage.objects.get()
    module = course.modules().first()
    page = new_page(width=360, height=740)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)

    for name, url in (("course", course.url), ("module", module.url)):
        page.goto(f"{live_server.url}{url}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=artifacts / f"{name}-page-360.png", full_page=True)
    page.click(".exercise__answer summary")
    assert page.locator(".exercise__answer[open]").is_visible()
