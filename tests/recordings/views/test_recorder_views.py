"""The session page's recorder buttons: organisers only; without Jibri configured
they say so plainly instead of failing."""

import pytest

from recordings.models import JibriRun

pytestmark = pytest.mark.django_db


def test_starting_without_jibri_tells_the_organiser_it_is_not_configured(
    session, organiser, client_for
):
    response = client_for(organiser).post(
        f"/recordings/session/{session.pk}/start/", follow=True
    )

    assert "Chưa cấu hình ghi hình trên máy chủ riêng (Jibri)." in (
        response.content.decode()
    )
    assert not JibriRun.objects.exists()


def test_an_unreachable_recorder_is_reported_and_nothing_is_recorded(
    session, organiser, jibri, settings, client_for
):
    settings.JITSI_JIBRI_URL = "http://127.0.0.1:9"  # nothing listens on discard
    settings.JITSI_HTTP_TIMEOUT_SECONDS = 0.5

    response = client_for(organiser).post(
        f"/recordings/session/{session.pk}/start/", follow=True
    )

    assert "Máy ghi không trả lời như mong đợi" in response.content.decode()
    assert not JibriRun.objects.exists()


@pytest.mark.parametrize("action", ["start", "stop"])
@pytest.mark.parametrize("role", ["enrolled", "lecturer", "coordinator"])
def test_only_organisers_start_or_stop_recording(
    session, action, role, request, client_for
):
    user = request.getfixturevalue(role)

    response = client_for(user).post(f"/recordings/session/{session.pk}/{action}/")

    assert response.status_code == 403


def test_the_recorder_buttons_accept_only_post(session, organiser, client_for):
    response = client_for(organiser).get(f"/recordings/session/{session.pk}/start/")

    assert response.status_code == 405
