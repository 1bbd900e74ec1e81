"""Lecturers draft and submit; Organisers approve or send back; the public reads."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, Enrolment, ModulePage

pytestmark = pytest.mark.django_db


def module_form(title: str, **actions) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "mo-dau",
            "summary": "Tóm tắt",
            "legal_bases": streamfield(
                [
                    (
                        "legal_basis",
                        {
                            "title": "Luật Báo chí",
                            "number": "126/2025/QH15",
                            "issued_on": "2025-12-10",
                            "effective_from": "2026-07-01",
                            "effective_until": "",
                            "note": "",
                        },
                    )
                ]
            ),
            "last_reviewed_on": "2026-11-30",
            "duration_minutes": "",
            "body": streamfield(
                [
                    (
                        "key_message",
                        {"title": "Ghi nhớ", "text": "Nói đúng, kịp thời."},
                    ),
                    (
                        "case_study",
                        {
                            "title": "Na Chi Lăng",
                            "situation": rich_text("<p>Bối cảnh</p>"),
                            "what_happened": rich_text("<p>Diễn biến</p>"),
                            "lessons": rich_text("<p>Bài học</p>"),
                        },
                    ),
                ]
            ),
            **actions,
        }
    )


def add_url(course) -> str:
    return reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])


def submit_module(client, course, title: str = "Mở đầu") -> ModulePage:
    response = client.post(
        add_url(course), module_form(title, **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content[:2000]
    return ModulePage.objects.get(title=title)


def approve(client, page) -> None:
    state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]
    )
    response = client.post(url, {"comment": "Đạt yêu cầu"})
    assert response.status_code in (200, 302)


def test_a_lecturers_submission_waits_for_approval(client_for, lecturer, course):
    page = submit_module(client_for(lecturer), course)

    assert page.live is False
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Ban tổ chức phê duyệt"


def test_a_lecturer_cannot_publish(client_for, lecturer, course):
    client = client_for(lecturer)
    page = submit_module(client, course)

    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        module_form("Mở đầu", **{"action-publish": "1"}),
    )

    page.refresh_from_db()
    assert page.live is False
    assert not page.permissions_for_user(lecturer).can_publish()


def test_an_organisers_approval_publishes_the_page(
    client_for, lecturer, organiser, course
):
    page = submit_module(client_for(lecturer), course)

    approve(client_for(organiser), page)

    page.refresh_from_db()
    assert page.live is True
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == (
        WorkflowState.STATUS_APPROVED
    )


def test_an_organiser_can_request_changes_with_a_comment(
    client_for, lecturer, organiser, course
):
    page = submit_module(client_for(lecturer), course)
    state = page.current_workflow_task_state

    client_for(organiser).post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "reject", state.pk]
        ),
        {"comment": "Bổ sung số liệu của huyện"},
    )

    state.refresh_from_db()
    page.refresh_from_db()
    assert page.live is False
    assert state.status == state.STATUS_REJECTED
    assert state.comment == "Bổ sung số liệu của huyện"


def test_a_trainee_sees_an_approved_module_and_a_visitor_cannot_enrol(
    client_for, lecturer, organiser, trainee, course
):
    page = submit_module(client_for(lecturer), course, title="Bài mới duyệt")
    assert client_for(trainee).get(page.url).status_code == 404

    approve(client_for(organiser), page)
    page.refresh_from_db()

    trainee_view = client_for(trainee).get(page.url)
    assert trainee_view.status_code == 200
    assert "Nói đúng, kịp thời." in trainee_view.content.decode()
    anonymous = client_for(None)
    assert anonymous.get(course.url).status_code == 200
    assert "Bài mới duyệt" in anonymous.get(page.url).content.decode()
    refused = anonymous.post(course.url + "enrol/")
    assert refused.status_code == 302
    assert reverse("account_login") in refused["Location"]
    assert not Enrolment.objects.exists()


def test_a_catalogue_created_in_the_admin_gets_the_approval_workflow(client):
    from wagtail.models import Page

    from accounts.tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    root = Page.get_first_root_node()

    response = client.post(
        f"/cms/pages/add/courses/courseindexpage/{root.pk}/",
        nested_form_data(
            {
                "title": "Khóa học mới",
                "slug": "khoa-hoc-moi",
                "intro": rich_text(""),
                "action-publish": "1",
            }
        ),
    )

    assert response.status_code == 302
    index = CourseIndexPage.objects.get(slug="khoa-hoc-moi")
    assert index.get_workflow() is not None
    assert index.get_workflow().name == "Ban tổ chức phê duyệt"
