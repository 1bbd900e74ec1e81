"""The import page: who may use it, the size limit, the report of where each
question went."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from assessments.models import Question
from assessments.tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

GIFT = b"$CATEGORY: $course$/top/Phat ngon\n\n::A::Cau mot? {=dung ~sai}\n"


def _post(client, category, content=GIFT, **extra):
    return client.post(
        reverse("assessments_admin_import"),
        {
            "category": category.pk,
            "format": "gift",
            "file": SimpleUploadedFile("bank.gift.txt", content),
            **extra,
        },
    )


@pytest.mark.parametrize("role", ["lecturer", "organiser"])
def test_staff_import_and_see_where_each_question_went(role, request, client_for):
    user = request.getfixturevalue(role)
    response = _post(client_for(user), CategoryFactory(), use_file_categories="on")
    body = response.content.decode()
    assert response.status_code == 200
    assert Question.objects.get().category.name == "Phat ngon"
    assert "<td>A</td><td>Phat ngon</td>" in body


def test_a_second_import_says_the_question_already_exists(lecturer, client_for):
    client, category = client_for(lecturer), CategoryFactory()
    _post(client, category)
    body = _post(client, category).content.decode()
    assert "Đã có trong ngân hàng" in body
    assert Question.objects.count() == 1


@override_settings(QUESTION_IMPORT_MAX_BYTES=10)
def test_a_file_over_the_limit_is_refused_in_vietnamese(lecturer, client_for):
    response = _post(client_for(lecturer), CategoryFactory())
    assert response.status_code == 200
    assert "Tệp lớn hơn" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.parametrize("role", ["trainee", "coordinator"])
def test_other_roles_cannot_import(role, request, client_for):
    response = _post(client_for(request.getfixturevalue(role)), CategoryFactory())
    assert response.status_code in (302, 403)
    assert not Question.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client_for):
    response = _post(client_for(None), CategoryFactory())
    assert response.status_code == 302
    assert not Question.objects.exists()
