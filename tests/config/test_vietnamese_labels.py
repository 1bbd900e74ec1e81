"""Vietnamese labels as the pages render them (issue 14, group 2)."""

import re
import unicodedata
from datetime import timedelta

import pytest
from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone, translation

from accounts.forms import SignupDetailsForm
from sessions.models import LiveSession
from sessions.tests.factories import EndpointFactory, LiveSessionFactory

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page's text, NFC-normalised (Django spells some names decomposed)."""
    return unicodedata.normalize("NFC", response.content.decode())


def test_a_live_session_reads_in_progress_not_being_published(client_for, trainee):
    session = LiveSessionFactory(status=LiveSession.Status.LIVE)

    page = text_of(client_for(trainee).get(f"/sessions/{session.pk}/"))

    assert "Đang diễn ra" in page
    assert "Đang xuất bản" not in page


def test_position_is_labelled_job_title_not_order_on_the_profile(client_for, trainee):
    page = text_of(client_for(trainee).get("/profile/"))

    label = re.search(r'<label for="id_position">([^<]*)</label>', page)
    assert label and label.group(1).strip() == "Chức vụ"


def test_position_is_labelled_job_title_on_sign_up():
    with translation.override("vi"):
        label = str(SignupDetailsForm().fields["position"].label)

    assert label == "Chức vụ"


def test_language_switcher_names_each_language_in_its_own_language(client):
    page = text_of(client.get("/accounts/login/"))

    assert re.search(r'<option value="en"[^>]*>English</option>', page)
    assert re.search(r'<option value="vi"[^>]*>Tiếng Việt</option>', page)
    assert "Tiếng Anh" not in page


def test_verification_email_greets_with_the_platform_name_not_the_host(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "nguoimoi@example.vn",
            "password1": "Mat-khau-rat-manh-2019",
            "password2": "Mat-khau-rat-manh-2019",
            "full_name": "Nguyễn Văn An",
        },
    )

    body = mail.outbox[0].body
    first_line = body.strip().splitlines()[0]
    assert "Tập huấn trực tuyến" in first_line
    assert "testserver" not in first_line


def test_time_ago_is_wholly_vietnamese():
    five_minutes_ago = timezone.now() - timedelta(minutes=5, seconds=5)
    template = Template("{% load humanize %}{{ at|timesince }}|{{ at|naturaltime }}")

    with translation.override("vi"):
        rendered = template.render(Context({"at": five_minutes_ago}))

    assert "minute" not in rendered
    assert rendered.split("|")[0] == "5\xa0phút"
    assert "phút" in rendered.split("|")[1]


def test_admin_yes_no_columns_are_read_out_in_vietnamese(client_for, organiser):
    EndpointFactory(is_active=True)

    page = text_of(client_for(organiser).get("/cms/endpoints/"))

    read_out = re.findall(r'<span class="w-sr-only">\s*([^<]*?)\s*</span>', page)
    assert "Có" in read_out
    assert "True" not in read_out


def test_the_approval_workflow_is_named_in_vietnamese(client_for, organiser):
    from courses.services import workflow_name

    assert workflow_name() == "Ban tổ chức phê duyệt"
