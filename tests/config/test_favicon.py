"""Browsers find the platform's icon; /favicon.ico is no longer a 404 on every page."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/img/favicon.ico")


def test_pages_link_their_icon(client):
    response = client.get("/accounts/login/")

    assert b'rel="icon"' in response.content
    assert b"img/favicon.svg" in response.content


@pytest.mark.parametrize("name", ["img/favicon.ico", "img/favicon.svg"])
def test_icon_files_are_static_files(name):
    assert finders.find(name) is not None
