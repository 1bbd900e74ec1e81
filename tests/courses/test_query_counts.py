"""Course and module pages cost the same number of queries whatever their size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from courses.services import enrolment_create, module_complete
from courses.tests.factories import LESSON_BODY, ModulePageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def grow_course(course, *, modules: int, trainees: int, done_by) -> None:
    added = [ModulePageFactory(parent=course) for _ in range(modules)]
    for _ in range(trainees):
        enrolment_create(user=UserFactory(), course=course)
    for module in added:
        module_complete(user=done_by, module=module)


def test_the_course_page_query_count_does_not_grow(client_for, trainee, course, module):
    enrolment_create(user=trainee, course=course)
    client = client_for(trainee)
    small = queries_for(client, course.url)

    grow_course(course, modules=8, trainees=15, done_by=trainee)

    assert queries_for(client, course.url) == small


def test_the_module_page_query_count_does_not_grow(client_for, trainee, course, module):
    enrolment_create(user=trainee, course=course)
    client = client_for(trainee)
    small = queries_for(client, module.url)

    grow_course(course, modules=8, trainees=15, done_by=trainee)
    module.body = LESSON_BODY * 12
    module.save_revision().publish()

    assert queries_for(client, module.url) == small


def test_the_catalogue_query_count_does_not_grow(client_for, catalogue, course):
    client = client_for(None)
    small = queries_for(client, catalogue.url)
    reader = UserFactory()
    enrolment_create(user=reader, course=course)

    grow_course(course, modules=6, trainees=5, done_by=reader)

    assert queries_for(client, catalogue.url) == small


def test_the_report_query_count_does_not_grow(client_for, organiser, course, module):
    client = client_for(organiser)
    url = course.url + "report/"
    enrolment_create(user=UserFactory(), course=course)
    small = queries_for(client, url)

    for _ in range(12):
        user = UserFactory()
        enrolment_create(user=user, course=course)
        module_complete(user=user, module=module)

    assert queries_for(client, url) == small


def test_the_dashboard_query_count_does_not_grow(client_for, trainee, course, module):
    enrolment_create(user=trainee, course=course)
    client = client_for(trainee)
    small = queries_for(client, "/")

    grow_course(course, modules=6, trainees=3, done_by=trainee)

    assert queries_for(client, "/") == small


def test_the_course_page_stays_under_a_query_budget(
    client_for, trainee, course, module, django_assert_max_num_queries
):
    enrolment_create(user=trainee, course=course)
    client = client_for(trainee)
    client.get(course.url)

    with django_assert_max_num_queries(20):
        client.get(course.url)
