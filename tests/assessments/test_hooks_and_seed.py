import pytest
from django.core.management import call_command
from django.test import RequestFactory

from accounts.panels import DASHBOARD, MODULE_PAGE, collect_panels
from assessments import services
from assessments.demo import COURSE_SLUG, seed_quiz_for_course
from assessments.models import Question, Quiz
from assessments.tests.factories import TrueFalseFactory, course_tree, quiz_with

pytestmark = pytest.mark.django_db


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_module_page_shows_its_quiz(trainee):
    course, (module,) = course_tree(slug="mod-quiz")
    quiz = quiz_with([TrueFalseFactory()], course=course)
    quiz.module = module
    quiz.save()
    panels = collect_panels(MODULE_PAGE, module, request=_request(trainee))
    html = "".join(p.render(_request(trainee)) for p in panels)
    assert quiz.title in html


def test_dashboard_panel_lists_the_trainees_quiz_results(trainee):
    quiz = quiz_with([TrueFalseFactory()])
    services.attempt_submit(attempt=services.attempt_start(quiz=quiz, user=trainee))
    panels = collect_panels(DASHBOARD, request=_request(trainee))
    assert any(quiz.title in p.render(_request(trainee)) for p in panels)


def test_seed_quiz_has_all_types_and_is_idempotent():
    course, _modules = course_tree(slug=COURSE_SLUG, modules=4)
    seed_quiz_for_course(course, log=lambda _m: None)
    seed_quiz_for_course(course, log=lambda _m: None)
    quiz = Quiz.objects.get(course=course)
    kinds = {q.kind for q in Question.objects.filter(category__course=course)}
    assert quiz.slots.count() == 22 and len(kinds) == 6
    assert quiz.module is not None


def test_the_quiz_seeder_without_the_course_skips_the_quiz():
    from assessments.demo import seed_quiz

    lines = []
    seed_quiz(lines.append)

    assert not Quiz.objects.exists()
    assert lines


def test_seed_demo_attaches_the_quiz_to_the_seed_course():
    call_command("seed_demo")

    quiz = Quiz.objects.get()
    assert quiz.course.slug == "ky-nang-phat-ngon"
    assert quiz.slots.count() == 22
