import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from accounts.demo import DEMO_PASSWORD, DEMO_USERS
from sessions.models import Endpoint

pytestmark = pytest.mark.django_db


def row_counts() -> dict[str, int]:
    return {
        "users": get_user_model().objects.count(),
        "endpoints": Endpoint.objects.count(),
        "coordinations": Endpoint.coordinators.through.objects.count(),
    }


def test_demo_loads_the_seed_conference():
    call_command("demo", "--no-serve")

    assert Endpoint.objects.hubs().count() == 1
    assert Endpoint.objects.filter(kind=Endpoint.Kind.SITE).count() == 11
    assert Endpoint.objects.filter(name="Huyện Tràng Định").exists()


def test_running_demo_twice_creates_no_duplicates():
    call_command("demo", "--no-serve")
    first = row_counts()

    call_command("demo", "--no-serve")

    assert row_counts() == first


def test_every_endpoint_has_its_coordinator():
    call_command("seed_demo")

    assert not Endpoint.objects.filter(coordinators=None).exists()
    cao_loc = Endpoint.objects.get(code="cao-loc")
    assert [u.email for u in cao_loc.coordinators.all()] == ["coordinator@demo.local"]


@pytest.mark.parametrize("spec", DEMO_USERS, ids=lambda spec: spec.role.value)
def test_each_demo_login_works(spec):
    call_command("seed_demo")
    client = Client()

    response = client.post(
        "/accounts/login/", {"login": spec.email, "password": DEMO_PASSWORD}
    )

    assert response.status_code == 302
    assert "_auth_user_id" in client.session
