"""Organisers list the agencies an endpoint serves on its edit form in the CMS."""

import pytest
from django.urls import reverse

from sessions.models import AgencyEndpoint
from sessions.tests.factories import AgencyEndpointFactory, EndpointFactory

pytestmark = pytest.mark.django_db


def _form(endpoint, agencies: list[str]) -> dict:
    data = {
        "name": endpoint.name,
        "code": endpoint.code,
        "kind": endpoint.kind,
        "address": "",
        "capacity": 30,
        "sort_order": 0,
        "is_active": "on",
        "served_agencies-TOTAL_FORMS": len(agencies),
        "served_agencies-INITIAL_FORMS": 0,
        "served_agencies-MIN_NUM_FORMS": 0,
        "served_agencies-MAX_NUM_FORMS": 1000,
    }
    for index, agency in enumerate(agencies):
        data[f"served_agencies-{index}-agency"] = agency
        data[f"served_agencies-{index}-id"] = ""
        data[f"served_agencies-{index}-DELETE"] = ""
    return data


def test_organiser_adds_the_agencies_an_endpoint_serves(client_for, organiser):
    endpoint = EndpointFactory()

    response = client_for(organiser).post(
        reverse("endpoints:edit", args=[endpoint.pk]),
        _form(endpoint, ["  UBND  xã Cao Lộc "]),
    )

    assert response.status_code == 302
    served = AgencyEndpoint.objects.get()
    assert (served.endpoint, served.agency, served.agency_key) == (
        endpoint,
        "UBND xã Cao Lộc",
        "ubnd xã cao lộc",
    )


def test_an_agency_served_elsewhere_is_refused_on_the_form(client_for, organiser):
    AgencyEndpointFactory(agency="UBND xã Cao Lộc")
    endpoint = EndpointFactory()

    response = client_for(organiser).post(
        reverse("endpoints:edit", args=[endpoint.pk]),
        _form(endpoint, ["ubnd xã cao lộc"]),
    )

    assert response.status_code == 200
    assert AgencyEndpoint.objects.count() == 1
