import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mfa_required(settings):
    settings.PLATFORM_REQUIRE_STAFF_MFA = True


@pytest.mark.parametrize("role", [Role.ORGANISER, Role.LECTURER])
def test_staff_without_totp_are_sent_to_set_it_up(client, mfa_required, role):
    client.force_login(UserFactory(role=role))

    response = client.get(reverse("home"))

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


@pytest.mark.parametrize("role", [Role.ORGANISER, Role.LECTURER])
def test_staff_cannot_reach_the_cms_without_totp(client, mfa_required, role):
    client.force_login(UserFactory(role=role))

    response = client.get("/cms/")

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_the_totp_setup_flow_stays_reachable_without_a_loop(client, mfa_required):
    """allauth asks for the password again before MFA changes; then the setup form."""
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("mfa_activate_totp"), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    response = client.post(
        response.redirect_chain[-1][0], {"password": DEFAULT_PASSWORD}, follow=True
    )
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == reverse("mfa_activate_totp")
    assert type(response.context["form"]).__name__ == "ActivateTOTPForm"


def test_staff_with_totp_go_on(client, mfa_required):
    user = UserFactory(role=Role.ORGANISER)
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    client.force_login(user)

    response = client.get(reverse("home"))

    assert response.status_code == 200


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.SITE_COORDINATOR])
def test_other_roles_are_not_forced(client, mfa_required, role):
    client.force_login(UserFactory(role=role))

    response = client.get(reverse("home"))

    assert response.status_code == 200


def test_staff_are_not_forced_when_the_setting_is_off(client, settings):
    settings.PLATFORM_REQUIRE_STAFF_MFA = False
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("home"))

    assert response.status_code == 200


def test_totp_is_available_to_a_trainee(client):
    client.force_login(UserFactory(role=Role.TRAINEE))
    client.post(reverse("account_reauthenticate"), {"password": DEFAULT_PASSWORD})

    response = client.get(reverse("mfa_activate_totp"))

    assert response.status_code == 200
    assert type(response.context["form"]).__name__ == "ActivateTOTPForm"
