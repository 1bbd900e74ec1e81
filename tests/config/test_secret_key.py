import secrets

import pytest
from django.core.management.utils import get_random_secret_key

from accounts.checks import check_secret_key
from config.secret_key import secret_key_problem

from .test_production_settings import PLACEHOLDER_KEY, STRONG_KEY


def test_the_env_example_placeholder_is_unfit():
    assert secret_key_problem(PLACEHOLDER_KEY) is not None


@pytest.mark.parametrize(
    "make", [get_random_secret_key, lambda: secrets.token_urlsafe(64)]
)
def test_generated_keys_are_fit(make):
    assert [
        key for key in (make() for _ in range(200)) if secret_key_problem(key)
    ] == []


def test_the_system_check_reports_a_placeholder_key_as_an_error(settings):
    settings.SECRET_KEY = PLACEHOLDER_KEY

    [message] = check_secret_key(None)

    assert (message.id, message.is_serious()) == ("platform.E001", True)


def test_the_system_check_accepts_a_random_key(settings):
    settings.SECRET_KEY = STRONG_KEY

    assert check_secret_key(None) == []
