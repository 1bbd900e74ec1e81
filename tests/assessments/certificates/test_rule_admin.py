"""Organisers edit each course's rule in the Wagtail admin."""

import pytest
from django.urls import reverse

from assessments.models import CertificationRule
from assessments.tests.certificate_factories import (
    CertificateTemplateFactory,
    CertificationRuleFactory,
    make_course,
)
from assessments.tests.factories import QuizFactory

pytestmark = pytest.mark.django_db


def test_organiser_lists_the_rules(client_for, organiser):
    CertificationRuleFactory()

    response = client_for(organiser).get(reverse("certification_rules:index"))

    assert response.status_code == 200


def test_organiser_creates_a_rule_for_a_course(client_for, organiser):
    course = make_course("Xử lý khủng hoảng truyền thông")
    quizzes = [QuizFactory(course=course), QuizFactory(course=course)]
    template = CertificateTemplateFactory()

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {
            "course": course.pk,
            "is_active": "on",
            "required_quizzes": [quiz.pk for quiz in quizzes],
            "min_sessions": "2",
            "min_minutes_percent": "",
            "late_counts": "on",
            "validity_months": "24",
            "template": template.pk,
        },
    )

    assert response.status_code == 302
    rule = CertificationRule.objects.get(course=course)
    assert set(rule.required_quizzes.all()) == set(quizzes)
    assert rule.template == template
    assert rule.spec().min_sessions == 2


def test_an_unknown_quiz_is_refused(client_for, organiser):
    course = make_course()

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {"course": course.pk, "required_quizzes": [987654]},
    )

    assert response.status_code == 200
    assert not CertificationRule.objects.exists()


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_other_roles_cannot_open_the_rules(client_for, who, request):
    response = client_for(request.getfixturevalue(who)).get(
        reverse("certification_rules:index")
    )

    assert response.status_code in (302, 403)


def test_rule_without_any_condition_is_refused(client_for, organiser):
    course = make_course()

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {"course": course.pk},
    )

    assert response.status_code == 200
    assert "Hãy đặt ít nhất một điều kiện" in response.content.decode()
    assert not CertificationRule.objects.exists()


def test_rule_with_only_sessions_to_attend_is_accepted(client_for, organiser):
    from assessments.tests.certificate_factories import make_module

    from .helpers import live_session

    course = make_course()
    session = live_session(make_module(course))

    response = client_for(organiser).post(
        reverse("certification_rules:add"),
        {
            "course": course.pk,
            "required_sessions": [session.pk],
        },
    )

    assert response.status_code == 302
    assert CertificationRule.objects.get().spec().required_session_ids == (session.pk,)
