"""Who may download a PDF and reach the organiser's pages: every role, and anonymous."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_trainee():
    return UserFactory(role=Role.TRAINEE)


def test_owner_downloads_the_pdf(client_for, certificate):
    response = client_for(certificate.user).get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_organiser_downloads_anyones_pdf(client_for, certificate, organiser):
    response = client_for(organiser).get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 200


@pytest.mark.parametrize("who", ["other_trainee", "lecturer", "coordinator"])
def test_other_signed_in_people_get_not_found(client_for, certificate, who, request):
    user = request.getfixturevalue(who)

    response = client_for(user).get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 404


def test_anonymous_is_sent_to_log_in_for_the_pdf(client_for, certificate):
    response = client_for(None).get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 302
    assert reverse("account_login") in response.url


ORGANISER_PAGES = [
    ("certificates:courses", False),
    ("certificates:course", True),
]


@pytest.mark.parametrize("name,by_course", ORGANISER_PAGES)
def test_organiser_pages_open_for_organisers(
    client_for, certificate, organiser, name, by_course
):
    args = [certificate.course_id] if by_course else []

    response = client_for(organiser).get(reverse(name, args=args))

    assert response.status_code == 200
    assert certificate.full_name in response.content.decode() or not by_course


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
@pytest.mark.parametrize("name,by_course", ORGANISER_PAGES)
def test_organiser_pages_are_forbidden_to_other_roles(
    client_for, certificate, who, name, by_course, request
):
    args = [certificate.course_id] if by_course else []

    response = client_for(request.getfixturevalue(who)).get(reverse(name, args=args))

    assert response.status_code == 403


@pytest.mark.parametrize("name,by_course", ORGANISER_PAGES)
def test_organiser_pages_send_anonymous_to_log_in(
    client_for, certificate, name, by_course
):
    args = [certificate.course_id] if by_course else []

    response = client_for(None).get(reverse(name, args=args))

    assert response.status_code == 302


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_only_organisers_may_revoke(client_for, certificate, who, request):
    response = client_for(request.getfixturevalue(who)).post(
        reverse("certificates:manage", args=[certificate.pk]),
        {"revoke": "1", "revoke-reason": "x"},
    )

    certificate.refresh_from_db()
    assert response.status_code == 403
    assert certificate.revoked_at is None


def test_organiser_revokes_with_a_reason(client_for, certificate, organiser):
    response = client_for(organiser).post(
        reverse("certificates:manage", args=[certificate.pk]),
        {"revoke": "1", "revoke-reason": "Nhầm người"},
    )

    certificate.refresh_from_db()
    assert response.status_code == 302
    assert certificate.revoked_reason == "Nhầm người"


def test_organiser_reissues_with_a_new_code(client_for, certificate, organiser):
    response = client_for(organiser).post(
        reverse("certificates:manage", args=[certificate.pk]),
        {"reissue": "1", "reissue-reason": "Sửa tên"},
    )

    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert response.url == reverse(
        "certificates:manage", args=[certificate.replaced_by.pk]
    )


def test_organiser_issues_by_hand_from_the_course_page(
    client_for, organiser, other_trainee, certificate
):
    response = client_for(organiser).post(
        reverse("certificates:issue", args=[certificate.course_id]),
        {"email": other_trainee.email, "reason": "Học bù"},
    )

    assert response.status_code == 302
    assert other_trainee.certificates.get().reason == "Học bù"


def test_manual_issue_to_an_unknown_email_explains(client_for, organiser, certificate):
    response = client_for(organiser).post(
        reverse("certificates:issue", args=[certificate.course_id]),
        {"email": "khong-co@example.vn", "reason": "Học bù"},
        follow=True,
    )

    assert "Không có tài khoản nào dùng địa chỉ email này." in (
        response.content.decode()
    )


def test_owner_cannot_download_a_revoked_certificate(
    client_for, certificate, organiser
):
    from assessments.certificates.services import certificate_revoke

    certificate_revoke(certificate=certificate, reason="Sai", by=organiser)

    response = client_for(certificate.user).get(
        reverse("certificates:download", args=[certificate.pk])
    )

    assert response.status_code == 404
