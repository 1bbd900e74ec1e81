import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def login(client, email: str, password: str = DEFAULT_PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_verified_user_logs_in_by_email(client):
    user = UserFactory(email="phatngon@example.vn")

    response = login(client, "phatngon@example.vn")

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert int(client.session["_auth_user_id"]) == user.pk


def test_login_email_is_case_insensitive(client):
    UserFactory(email="phatngon@example.vn")

    response = login(client, "PhatNgon@Example.VN")

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_wrong_password_is_refused_in_vietnamese(client):
    UserFactory(email="phatngon@example.vn")

    response = login(client, "phatngon@example.vn", "wrong-password")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "không đúng" in response.content.decode()


def test_unverified_user_is_stopped_at_the_verification_gate(client):
    UserFactory(email="chuaxacminh@example.vn", verified=False)

    response = login(client, "chuaxacminh@example.vn")

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_signup_makes_a_trainee_who_must_verify_before_logging_in(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "nguoimoi@example.vn",
            "password1": "Mat-khau-rat-manh-2019",
            "password2": "Mat-khau-rat-manh-2019",
            "full_name": "Nguyễn Thị Hồng Nhung",
            "agency": "Sở Y tế",
            "position": "Người phát ngôn",
            "phone": "0912345678",
        },
    )

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get(email="nguoimoi@example.vn")
    assert user.full_name == "Nguyễn Thị Hồng Nhung"
    assert user.agency == "Sở Y tế"
    assert list(user.groups.values_list("name", flat=True)) == [Role.TRAINEE.value]
    assert not EmailAddress.objects.get(user=user).verified
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1


def test_following_the_emailed_link_verifies_and_logs_in(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "nguoimoi@example.vn",
            "password1": "Mat-khau-rat-manh-2019",
            "password2": "Mat-khau-rat-manh-2019",
            "full_name": "Nguyễn Văn An",
        },
    )
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    path = "/" + link.group(0).split("/", 3)[3]

    response = client.post(path)

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="nguoimoi@example.vn").verified
    assert "_auth_user_id" in client.session


def test_signup_without_full_name_says_what_is_missing_in_vietnamese(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "nguoimoi@example.vn",
            "password1": "Mat-khau-rat-manh-2019",
            "password2": "Mat-khau-rat-manh-2019",
        },
    )

    assert response.status_code == 200
    assert not User.objects.filter(email="nguoimoi@example.vn").exists()
    assert "Trường này là bắt buộc" in response.content.decode()


def test_password_reset_sends_a_link_to_a_known_address(client):
    UserFactory(email="quenmatkhau@example.vn")

    response = client.post(
        reverse("account_reset_password"), {"email": "quenmatkhau@example.vn"}
    )

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "quenmatkhau@example.vn" in mail.outbox[0].to


def test_logout_ends_the_session(client):
    client.force_login(UserFactory())

    client.post(reverse("account_logout"))

    assert "_auth_user_id" not in client.session
