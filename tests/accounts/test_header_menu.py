"""The header's menu: a few entries on the bar, the rest under "More", the profile
under the account menu, so the bar stays one row for every role."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from accounts.navigation import PRIMARY_COUNT, menu_for
from accounts.roles import Role
from accounts.tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def header(client):
    html = client.get(reverse("home")).content.decode()
    return BeautifulSoup(html, "html.parser").select_one(".site-header")


def keys(items) -> list[str]:
    return [item.key for item in items]


def test_organiser_bar_holds_the_first_entries_and_more_holds_the_rest():
    menu = menu_for(UserFactory(role=Role.ORGANISER))

    assert len(menu.primary) == PRIMARY_COUNT
    assert menu.more
    assert not set(keys(menu.primary)) & set(keys(menu.more))


def test_profile_is_in_the_account_menu_not_on_the_bar():
    menu = menu_for(UserFactory(role=Role.TRAINEE))

    assert keys(menu.account) == ["profile"]
    assert "profile" not in keys(menu.primary) + keys(menu.more)


def test_anonymous_menu_has_no_account_entries():
    assert menu_for(AnonymousUser()).account == []


def test_organiser_header_renders_more_as_a_disclosure(client):
    user = UserFactory(role=Role.ORGANISER)
    client.force_login(user)

    more = header(client).select_one(".nav__more details")

    assert more.summary.get_text(strip=True) == "Xem thêm"
    assert [a["data-nav"] for a in more.select("a")] == keys(menu_for(user).more)


def test_account_menu_names_the_user_and_offers_log_out(client):
    client.force_login(UserFactory(role=Role.TRAINEE, full_name="Nguyễn Văn An"))

    account = header(client).select_one("details.dropdown--account")

    assert "Nguyễn Văn An" in account.summary.get_text()
    assert account.select_one("[data-nav=profile]")
    assert account.select_one(f"form[action='{reverse('account_logout')}']")


def test_flash_messages_keep_their_list_inside_the_live_region(client):
    user = UserFactory(role=Role.TRAINEE)

    response = client.post(
        reverse("account_login"),
        {"login": user.email, "password": DEFAULT_PASSWORD},
        follow=True,
    )

    page = BeautifulSoup(response.content.decode(), "html.parser")
    messages = page.select_one("ul.messages")
    assert messages.select("li")
    assert not messages.has_attr("role")  # role="status" here strips the list role
    assert messages.parent.get("role") == "status"
