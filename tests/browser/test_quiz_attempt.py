"""A trainee takes the seed quiz; a lecturer grades the essays; the result is final."""

import pytest
from django.core.management import call_command

from accounts.demo import DEMO_PASSWORD
from assessments.demo import COURSE_SLUG, seed_quiz_for_course
from assessments.models import Attempt, Quiz
from courses.models import CoursePage

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed_quiz() -> Quiz:
    call_command("seed_demo", verbosity=0)
    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:  # the courses app's seed is not on this branch yet
        from assessments.tests.factories import course_tree

        course, _modules = course_tree(slug=COURSE_SLUG, modules=4)
    return seed_quiz_for_course(course, log=lambda _m: None)


def test_trainee_takes_the_seed_quiz_and_a_lecturer_makes_it_final(
    live_server, new_page, seed_quiz, artifacts
):
    page = new_page(width=390, height=844)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/quizzes/{seed_quiz.pk}/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/quizzes/attempts/*/")

    first = page.locator("fieldset[data-question]").nth(0)
    first.locator("input[type=radio]").nth(1).check()
    first.locator(".question-status").filter(has_text="Đã lưu").wait_for()
    short = page.locator("fieldset[data-question]:has(input[type=text])").first
    short.locator("input[type=text]").fill("cau noi")
    short.locator(".question-status").filter(has_text="Đã lưu").wait_for()
    essay = page.locator("fieldset[data-question]:has(textarea)").first
    essay.locator("textarea").fill("Phân tích nguyên nhân và ba giải pháp.")
    essay.locator(".question-status").filter(has_text="Đã lưu").wait_for()
    assert "Đã lưu" in page.locator("#save-status").inner_text()

    page.reload()
    first = page.locator("fieldset[data-question]").nth(0)
    assert first.locator("input[type=radio]").nth(1).is_checked()
    assert short.locator("input[type=text]").input_value() == "cau noi"
    assert "ba giải pháp" in essay.locator("textarea").input_value()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=artifacts / "quiz-attempt-phone.png", full_page=True)

    essay.locator("textarea").fill("Phân tích nguyên nhân và ba giải pháp khắc phục.")
    page.get_by_role("button", name="Nộp bài").click()
    dialog = page.locator("#submit-dialog")
    assert dialog.is_visible()  # submitting is irreversible: it is confirmed first
    page.get_by_role("button", name="Tiếp tục làm bài").click()
    assert not dialog.is_visible()
    assert "/attempts/" in page.url
    autosaves = []
    page.on(
        "response",
        lambda r: autosaves.append(r.status) if "/save/" in r.url else None,
    )
    essay.locator("textarea").fill("Phân tích nguyên nhân và ba giải pháp cụ thể.")
    page.get_by_role("button", name="Nộp bài").click()
    page.get_by_role("button", name="Xác nhận nộp").click()
    page.wait_for_url("**/review/")
    page.wait_for_timeout(1500)  # a pending autosave would have fired by now
    assert 409 not in autosaves
    assert page.locator("#attempt-result").get_by_text("Điểm").is_visible()
    assert page.locator(".result-state[data-final=false]").is_visible()
    page.screenshot(path=artifacts / "quiz-review-pending.png", full_page=True)

    lecturer = new_page()
    log_in(lecturer, live_server.url, "lecturer@demo.local", DEMO_PASSWORD)
    lecturer.goto(f"{live_server.url}/quizzes/grading/?quiz={seed_quiz.pk}")
    lecturer.screenshot(path=artifacts / "quiz-grading-queue.png", full_page=True)
    lecturer.get_by_role("link", name="Chấm", exact=True).first.click()
    for _essay in range(2):  # saving one opens the next answer in the queue
        lecturer.fill("input[name=score]", "4")
        lecturer.fill("textarea[name=feedback]", "Bài làm có cơ sở pháp lý.")
        with lecturer.expect_navigation():
            lecturer.get_by_role("button", name="Lưu điểm").click()
    lecturer.wait_for_url("**/grading/?quiz=*")
    assert lecturer.get_by_text("Không có bài nào chờ chấm.").is_visible()

    attempt = Attempt.objects.get(quiz=seed_quiz, user__email="trainee@demo.local")
    assert attempt.is_final
    page.reload()
    assert page.locator(".result-state[data-final=true]").is_visible()
    page.screenshot(path=artifacts / "quiz-review-final.png", full_page=True)
