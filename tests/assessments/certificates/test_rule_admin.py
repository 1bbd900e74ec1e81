"""Organisers edit each course's rule in the Wagtail admin."""

import pytest
from django.urls import reverse

from assessments.models import CertificationRule
from assessments.tests.factories import CertificationRuleFactory, make_course

pytestmark = pytest.mark.django_db


def test_organiser_lists_the_rules(client_for, organiser):
    CertificationRuleFactory()

    response = client_for(organiser).get(reverse("certification_rules:index"))

    assert response.status_code == 200


def test_organiser_creates_a_rule_for_a_course(client_for, organiser):
    course = make_course("Xử lý khủng hoảng truyền thông")

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {
            "course": course.pk,
            "is_active": "on",
            "required_quiz_ids": "[3, 7]",
            "min_sessions": "2",
            "min_minutes_percent": "",
            "late_counts": "on",
            "validity_months": "24",
            "issuing_body": "Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
            "signatory_name": "Nguyễn Như Trang",
            "signatory_title": "Giám đốc",
        },
    )

    assert response.status_code == 302
    rule = CertificationRule.objects.get(course=course)
    assert rule.required_quiz_ids == [3, 7]
    assert rule.spec().min_sessions == 2


def test_quiz_ids_that_are_not_numbers_are_refused(client_for, organiser):
    course = make_course()

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {
            "course": course.pk,
            "required_quiz_ids": '["bài 1"]',
            "issuing_body": "Sở",
        },
    )

    assert response.status_code == 200
    assert not CertificationRule.objects.exists()


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_other_roles_cannot_open_the_rules(client_for, who, request):
    response = client_for(request.getfixturevalue(who)).get(
        reverse("certification_rules:index")
    )

    assert response.status_code in (302, 403)
