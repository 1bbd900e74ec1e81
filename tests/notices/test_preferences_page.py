"""The “Email notices” page in the profile area: each person edits their own."""

import pytest
from django.urls import reverse

from notices.models import NoticePreference

URL = "/profile/notices/"


def test_the_page_lives_in_the_profile_area():
    assert reverse("notice_preferences") == URL


def test_anonymous_visitors_are_sent_to_sign_in(db, client_for):
    response = client_for(None).get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("role", ["trainee", "lecturer", "organiser", "coordinator"])
def test_every_role_sees_its_choices_all_on_by_default(role, request, client_for):
    user = request.getfixturevalue(role)

    response = client_for(user).get(URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Thông báo qua email" in page
    assert page.count('type="checkbox"') == 4
    assert page.count("checked") == 4


@pytest.mark.parametrize("role", ["trainee", "lecturer", "organiser", "coordinator"])
def test_every_role_turns_off_a_kind_of_notice(role, request, client_for):
    user = request.getfixturevalue(role)

    response = client_for(user).post(
        URL, {"session_change": "on", "essay_graded": "on", "certificate": "on"}
    )

    assert response.status_code == 302
    preference = NoticePreference.objects.get(user=user)
    assert not preference.session_reminder
    assert preference.session_change and preference.essay_graded


def test_saving_changes_only_ones_own_choices(trainee, lecturer, client_for):
    NoticePreference.objects.create(user=lecturer)

    client_for(trainee).post(URL, {"user": lecturer.pk})

    assert NoticePreference.objects.get(user=lecturer).session_reminder
    assert not NoticePreference.objects.get(user=trainee).session_reminder


def test_anonymous_posts_change_nothing(db, client_for):
    response = client_for(None).post(URL, {})

    assert response.status_code == 302
    assert not NoticePreference.objects.exists()


def test_the_saved_page_confirms_in_vietnamese(trainee, client_for):
    response = client_for(trainee).post(URL, {}, follow=True)

    assert "Đã lưu lựa chọn nhận thông báo qua email" in response.content.decode()
    assert 'type="checkbox"' in response.content.decode()
