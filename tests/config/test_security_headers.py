"""Content-Security-Policy and Permissions-Policy on every response."""

import re
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.template import engines

from config.security import SecurityHeadersMiddleware
from sessions.tests.factories import OngoingSessionFactory

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [ROOT / "platform" / "templates"] + [
    ROOT / app / "templates"
    for app in (
        "accounts",
        "courses",
        "sessions",
        "assessments",
        "questions",
        "polls",
        "recordings",
        "notices",
    )
]

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (
            part.split() for part in policy.split(";") if part.strip()
        )
    }


@pytest.fixture
def jitsi(settings):
    settings.JITSI_DOMAIN = "meet.example.vn"
    settings.JITSI_APP_ID = "taphuan"
    settings.JITSI_APP_SECRET = "s" * 40
    return settings


def test_platform_pages_allow_no_inline_script_or_style(client):
    policy = directives(client.get("/"))

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in str(policy)
    assert "'unsafe-eval'" not in str(policy)


def test_the_room_page_allows_exactly_the_configured_jitsi_script_and_frame(
    jitsi, client_for, trainee
):
    session = OngoingSessionFactory()

    response = client_for(trainee).get(f"/sessions/{session.pk}/room/")

    policy = directives(response)
    assert response.status_code == 200
    assert '<script src="https://meet.example.vn/external_api.js">' in (
        response.content.decode()
    )
    assert policy["script-src"] == ["'self'", "https://meet.example.vn"]
    assert policy["frame-src"][0] == "https://meet.example.vn"
    assert not [source for source in policy["frame-src"] if "jitsi" in source]


def _view_with_a_nonced_script(request) -> HttpResponse:
    template = engines["django"].from_string(
        '<script nonce="{{ CSP_NONCE }}">window.ready = true;</script>'
    )
    return HttpResponse(template.render({}, request))


def test_a_nonce_used_by_a_template_is_in_the_policy(rf):
    request = rf.get("/")
    middleware = SecurityHeadersMiddleware(_view_with_a_nonced_script)

    middleware.process_request(request)
    response = middleware.process_response(request, _view_with_a_nonced_script(request))

    nonce = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]


def test_camera_and_microphone_are_granted_to_the_jitsi_frame_only(jitsi, client):
    policy = client.get("/").headers["Permissions-Policy"]

    assert 'camera=("https://meet.example.vn")' in policy
    assert 'microphone=("https://meet.example.vn")' in policy
    assert "geolocation=()" in policy
    assert "self" not in policy


def test_without_jitsi_nobody_gets_camera_or_microphone(settings, client):
    settings.JITSI_DOMAIN = ""

    policy = client.get("/").headers["Permissions-Policy"]

    assert "camera=()" in policy
    assert "microphone=()" in policy
    assert directives(client.get("/"))["frame-src"] == (
        settings.PLATFORM_CSP_EMBED_FRAME_SOURCES
    )


def test_the_wagtail_admin_has_its_own_policy_that_never_reaches_the_platform(
    client_for, organiser
):
    admin = directives(client_for(organiser).get("/cms/"))
    platform = directives(client_for(organiser).get("/"))

    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-eval'" not in admin["script-src"]
    assert admin["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in platform["script-src"]


INLINE = re.compile(
    r"<script(?![^>]*\b(?:src|nonce)=)(?![^>]*application/json)[^>]*>"
    r"|<style\b(?![^>]*\bnonce=)"
    r"|\sstyle\s*="
    r"|\son[a-z]+\s*="
    r"|javascript:",
    re.IGNORECASE,
)


def _served_as_pages(path) -> bool:
    """Email bodies are never served under the CSP, and mail clients need their
    inline styles."""
    return "email" not in path.parts


def test_no_template_has_inline_script_style_or_handler_without_a_nonce():
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for directory in TEMPLATE_DIRS
        for path in directory.rglob("*.html")
        if _served_as_pages(path)
        for match in INLINE.finditer(path.read_text())
    ]

    assert found == []
