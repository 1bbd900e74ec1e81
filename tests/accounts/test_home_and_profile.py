import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def actions_on_home(client) -> set[str]:
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return {item.key for item in response.context["actions"]}


def test_anonymous_visitor_is_invited_to_log_in_or_sign_up(client):
    response = client.get(reverse("home"))

    html = response.content.decode()
    assert reverse("account_login") in html
    assert reverse("account_signup") in html
    assert "Đăng nhập" in html


@pytest.mark.parametrize(
    ("role", "expected", "absent"),
    [
        (Role.TRAINEE, {"profile"}, {"cms", "endpoints"}),
        (Role.LECTURER, {"cms", "profile"}, {"endpoints"}),
        (Role.ORGANISER, {"cms", "endpoints", "profile"}, set()),
        (Role.SITE_COORDINATOR, {"endpoints", "profile"}, {"cms"}),
    ],
)
def test_home_offers_each_role_what_it_can_do(client, role, expected, absent):
    client.force_login(UserFactory(role=role))

    actions = actions_on_home(client)

    assert expected <= actions
    assert not (absent & actions)


def test_home_names_the_users_roles_in_vietnamese(client):
    client.force_login(
        UserFactory(role=Role.SITE_COORDINATOR, full_name="Vi Văn Thắng")
    )

    html = client.get(reverse("home")).content.decode()

    assert "Vi Văn Thắng" in html
    assert "Điều phối viên điểm cầu" in html


def test_english_is_the_second_language(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    html = client.get(reverse("home")).content.decode()

    assert "Log in" in html


def test_profile_requires_login(client):
    response = client.get(reverse("profile"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_user_edits_their_own_details(client):
    user = UserFactory(full_name="Nguyen Van A")
    client.force_login(user)

    response = client.post(
        reverse("profile"),
        {
            "full_name": "Nguyễn Văn A",
            "agency": "UBND huyện Lộc Bình",
            "position": "Người phát ngôn",
            "phone": "0205 3812 345",
        },
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.full_name == "Nguyễn Văn A"
    assert user.agency == "UBND huyện Lộc Bình"


def test_profile_without_a_name_is_refused_and_keeps_the_old_one(client):
    user = UserFactory(full_name="Nguyễn Văn A")
    client.force_login(user)

    response = client.post(reverse("profile"), {"full_name": "", "agency": "X"})

    assert response.status_code == 200
    assert "Trường này là bắt buộc" in response.content.decode()
    user.refresh_from_db()
    assert user.full_name == "Nguyễn Văn A"


def test_an_english_browser_still_gets_vietnamese_first(client):
    html = client.get(
        reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"
    ).content.decode()

    assert "Đăng nhập" in html
