import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
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
    assert Endpoint.objects.filter(name="Huyện Tràng Định (điểm cầu năm 2019)").exists()


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


@pytest.fixture
def real_site(settings):
    """Settings as on a real site: DEBUG off and no test-suite allowance."""
    settings.DEBUG = False
    settings.PLATFORM_ALLOW_DEMO_DATA = False
    return settings


@pytest.mark.parametrize("command", ["seed_demo", "demo"])
def test_demo_data_is_refused_on_a_site_without_debug(real_site, command):
    args = ["--no-serve"] if command == "demo" else []

    with pytest.raises(CommandError, match="Refusing to load the demo data"):
        call_command(command, *args)

    assert not get_user_model().objects.filter(email__endswith="@demo.local").exists()


def test_seed_demo_with_force_loads_the_demo_on_a_site_without_debug(real_site):
    call_command("seed_demo", "--force", verbosity=0)

    assert Endpoint.objects.hubs().count() == 1


def test_seed_demo_loads_the_demo_when_debug_is_on(real_site):
    real_site.DEBUG = True

    call_command("seed_demo", verbosity=0)

    assert Endpoint.objects.hubs().count() == 1


def demo_output(*args: str) -> str:
    out = StringIO()
    call_command("demo", "--no-serve", *args, stdout=out)
    return out.getvalue()


def test_demo_on_every_interface_prints_the_lan_url_and_simulator_hint(
    settings, monkeypatch
):
    monkeypatch.setattr("config.lan.lan_address", lambda: "192.168.1.20")

    output = demo_output("0.0.0.0:8123")

    assert "The platform: http://192.168.1.20:8123/" in output
    assert re.search(r"simulate_session \d+ --url http://192\.168\.1\.20:8123", output)


def test_demo_lan_serves_on_the_lan_address_and_allows_it(settings, monkeypatch):
    monkeypatch.setattr(
        "accounts.management.commands.demo.lan_address", lambda: "192.168.1.20"
    )

    output = demo_output("--lan")

    assert "The platform: http://192.168.1.20:8000/" in output
    assert "192.168.1.20" in settings.ALLOWED_HOSTS


def test_demo_shows_migration_progress(settings):
    output = demo_output()

    assert "Operations to perform" in output
