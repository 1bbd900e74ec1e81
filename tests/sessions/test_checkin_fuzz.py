"""Whatever is typed or linked as a check-in code, the answer is a page, never a
server error."""

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
codes = st.text(max_size=40) | st.text(
    alphabet="ABCDEFGHJKMNPQRSTUVWXYZ23456789abc0O1Il -_\u3000\uff21", max_size=12
)


@pytest.fixture
def client(trainee, settings) -> Client:
    settings.CHECKIN_GUESSES_PER_USER = (10**6, 60)
    settings.CHECKIN_GUESSES_PER_ADDRESS = (10**6, 60)
    OngoingSessionEndpointFactory()
    client = Client(raise_request_exception=False)
    client.force_login(trainee)
    return client


@FUZZ
@given(code=codes)
def test_any_typed_code_is_answered_without_a_server_error(client, code):
    response = client.post(reverse("checkin"), {"code": code})

    assert response.status_code in (200, 400)


@FUZZ
@given(code=codes)
def test_any_linked_code_is_answered_without_a_server_error(client, code):
    response = client.get(reverse("checkin"), {"code": code})

    assert response.status_code == 200
