"""Absolute links follow the address people reach the demo by; production: SITE_URL."""

import pytest
from django.core import mail
from django.test import RequestFactory

from assessments.certificates.pdf import verify_url
from assessments.certificates.services import certificate_email
from assessments.tests.certificate_factories import CertificateFactory
from config.site_url import RequestOriginMiddleware, site_url
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory

pytestmark = pytest.mark.django_db
LAN_HOST = "192.168.1.20:8000"


@pytest.fixture
def demo_settings(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.SITE_URL_FOLLOWS_REQUEST = True
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "192.168.1.20"]
    return settings


@pytest.fixture
def production_settings(settings):
    settings.SITE_URL = "https://taphuan.example.vn"
    settings.SITE_URL_FOLLOWS_REQUEST = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "192.168.1.20"]
    return settings


@pytest.fixture
def cao_loc_screen(coordinator):
    endpoint = EndpointFactory(name="Huyện Cao Lộc", code="cao-loc")
    endpoint.coordinators.set([coordinator])
    session_endpoint = SessionEndpointFactory(endpoint=endpoint)
    return f"/sessions/{session_endpoint.session.pk}/room/cao-loc/checkin-code/"


def during_request(host: str, make):
    """What ``make()`` returns while a request for ``host`` is being answered."""
    seen = []
    middleware = RequestOriginMiddleware(lambda request: seen.append(make()))
    middleware(RequestFactory().get("/", HTTP_HOST=host))
    return seen[0]


def test_demo_checkin_link_follows_the_address_the_phone_reached(
    demo_settings, client_for, coordinator, cao_loc_screen
):
    response = client_for(coordinator).get(cao_loc_screen, HTTP_HOST=LAN_HOST)

    assert response.json()["url"].startswith(f"http://{LAN_HOST}/checkin/?code=")


def test_production_checkin_link_keeps_site_url_whatever_the_host(
    production_settings, client_for, coordinator, cao_loc_screen
):
    response = client_for(coordinator).get(cao_loc_screen, HTTP_HOST=LAN_HOST)

    assert response.json()["url"].startswith("https://taphuan.example.vn/checkin/")


def test_demo_certificate_verification_url_follows_the_request(demo_settings):
    url = during_request(LAN_HOST, lambda: verify_url("ABCD-EFGH"))

    assert url == f"http://{LAN_HOST}/verify/ABCD-EFGH/"


def test_production_certificate_verification_url_keeps_site_url(production_settings):
    url = during_request(LAN_HOST, lambda: verify_url("ABCD-EFGH"))

    assert url == "https://taphuan.example.vn/verify/ABCD-EFGH/"


def test_outside_a_request_links_use_site_url(demo_settings):
    assert site_url() == "http://127.0.0.1:8000"


def test_the_request_address_is_forgotten_after_the_request(demo_settings):
    during_request(LAN_HOST, site_url)

    assert site_url() == "http://127.0.0.1:8000"


def test_demo_certificate_email_links_follow_the_request(demo_settings, trainee):
    certificate = CertificateFactory(user=trainee)

    during_request(LAN_HOST, lambda: certificate_email(certificate=certificate))

    assert f"http://{LAN_HOST}/verify/{certificate.code}/" in mail.outbox[0].body
