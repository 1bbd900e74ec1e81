"""In the Wagtail admin, a lecturer works on the courses they lecture."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from courses.tests.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_course(catalogue):
    return CoursePageFactory(parent=catalogue, title="Khóa của giảng viên khác")


def test_a_lecturer_lists_only_their_courses(
    client_for, lecturer, catalogue, course, other_course
):
    page = client_for(lecturer).get(
        reverse("wagtailadmin_explore", args=[catalogue.pk])
    )

    html = page.content.decode()
    assert course.title in html
    assert other_course.title not in html


def test_an_organiser_lists_every_course(
    client_for, organiser, catalogue, course, other_course
):
    html = (
        client_for(organiser)
        .get(reverse("wagtailadmin_explore", args=[catalogue.pk]))
        .content.decode()
    )

    assert course.title in html
    assert other_course.title in html


def test_a_lecturer_cannot_edit_another_lecturers_course(
    client_for, lecturer, other_course
):
    response = client_for(lecturer).get(
        reverse("wagtailadmin_pages:edit", args=[other_course.pk])
    )

    # Wagtail's admin turns PermissionDenied into a redirect home with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_a_lecturer_cannot_add_a_module_to_another_lecturers_course(
    client_for, lecturer, other_course
):
    response = client_for(lecturer).get(
        reverse(
            "wagtailadmin_pages:add", args=["courses", "modulepage", other_course.pk]
        )
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_a_lecturer_added_to_a_course_can_edit_it(client_for, other_course):
    colleague = UserFactory(role=Role.LECTURER)
    other_course.lecturers.add(colleague)
    other_course.save_revision().publish()

    response = client_for(colleague).get(
        reverse("wagtailadmin_pages:edit", args=[other_course.pk])
    )

    assert response.status_code == 200
