"""Public verification: state, nothing personal beyond name and course, rate limit."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.certificates.services import certificate_revoke

pytestmark = pytest.mark.django_db


def verify(client, code):
    return client.get(reverse("certificates:verify", kwargs={"code": code}))


def test_valid_code_shows_valid_with_name_course_and_date(client, certificate):
    response = verify(client, certificate.code)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-state="valid"' in html
    assert "Nguyễn Thị Hồng Nhung" in html
    assert certificate.course_title in html
    assert timezone.localtime(certificate.issued_at).strftime("%d/%m/%Y") in html


def test_verification_page_shows_no_email_phone_or_agency(client, certificate):
    html = verify(client, certificate.code).content.decode()

    assert "nhung@example.vn" not in html
    assert "0912345678" not in html
    assert "UBND huyện Cao Lộc" not in html
    assert "Chánh Văn phòng" not in html


def test_revoked_code_shows_the_date_but_not_the_reason(client, certificate, organiser):
    certificate_revoke(
        certificate=certificate, reason="Gian lận khi làm bài", by=organiser
    )
    certificate.refresh_from_db()

    html = verify(client, certificate.code).content.decode()

    assert 'data-state="revoked"' in html
    assert timezone.localtime(certificate.revoked_at).strftime("%d/%m/%Y") in html
    assert "Gian lận" not in html


def test_unknown_code_shows_unknown(client):
    response = verify(client, "LS-AAAA-BBBB-CCCC")

    assert response.status_code == 404
    assert 'data-state="unknown"' in response.content.decode()


def test_expired_certificate_shows_expired(client, certificate):
    certificate.expires_at = timezone.now() - timedelta(days=1)
    certificate.save()

    assert 'data-state="expired"' in verify(client, certificate.code).content.decode()


def test_code_typed_in_lower_case_with_spaces_finds_the_certificate(
    client, certificate
):
    typed = certificate.code.lower().replace("-", " ")

    response = client.get(reverse("certificates:verify_form"), {"code": typed})

    assert response.status_code == 302
    assert response.url == reverse("certificates:verify", args=[certificate.code])


def test_form_says_when_the_typed_text_cannot_be_a_code(client):
    response = client.get(reverse("certificates:verify_form"), {"code": "xyz"})

    assert response.status_code == 200
    assert "Đây không phải là mã giấy chứng nhận" in response.content.decode()


def test_rate_limit_answers_429_after_the_limit(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = (3, 600)

    statuses = [verify(client, certificate.code).status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_rate_limit_is_per_client(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = (1, 600)
    verify(client, certificate.code)

    other = client.get(
        reverse("certificates:verify", args=[certificate.code]),
        REMOTE_ADDR="10.0.0.9",
    )

    assert other.status_code == 200


def test_verify_form_is_public(client):
    response = client.get(reverse("certificates:verify_form"))

    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()
