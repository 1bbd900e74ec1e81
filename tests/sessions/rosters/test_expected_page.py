import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import ExpectedAttendee
from sessions.tests.factories import ExpectedAttendeeFactory

pytestmark = pytest.mark.django_db


def page_url(link) -> str:
    return reverse("attendance-expected", kwargs={"session_id": link.session_id})


@pytest.mark.parametrize("role", [None, Role.TRAINEE, Role.LECTURER])
def test_the_expected_list_is_closed_to_other_roles(client_for, link, role):
    user = UserFactory(role=role) if role else None

    response = client_for(user).get(page_url(link))

    assert response.status_code == (302 if user is None else 403)


def test_organiser_sees_every_site_and_who_is_expected(
    client_for, organiser, link, other_link
):
    here = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)
    there = ExpectedAttendeeFactory(session=link.session, endpoint=other_link.endpoint)

    response = client_for(organiser).get(page_url(link))

    assert response.status_code == 200
    assert here.user.full_name in response.text
    assert there.user.full_name in response.text
    assert "Áp dụng ánh xạ cơ quan" in response.text


def test_coordinator_sees_only_their_endpoint(
    client_for, coordinator, link, other_link
):
    here = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)
    there = ExpectedAttendeeFactory(session=link.session, endpoint=other_link.endpoint)

    response = client_for(coordinator).get(page_url(link))

    assert here.user.full_name in response.text
    assert there.user.full_name not in response.text
    assert "Áp dụng ánh xạ cơ quan" not in response.text


def test_coordinator_of_no_endpoint_of_the_session_is_refused(client_for, link):
    stranger = UserFactory(role=Role.SITE_COORDINATOR)

    assert client_for(stranger).get(page_url(link)).status_code == 403


def test_coordinator_adds_a_trainee_by_email(client_for, coordinator, link, trainee):
    response = client_for(coordinator).post(
        page_url(link),
        {"action": "add", "email": trainee.email.upper(), "place": link.endpoint_id},
    )

    assert response.status_code == 302
    assert ExpectedAttendee.objects.get().user == trainee


def test_coordinator_cannot_add_to_another_endpoint(
    client_for, coordinator, link, other_link, trainee
):
    response = client_for(coordinator).post(
        page_url(link),
        {"action": "add", "email": trainee.email, "place": other_link.endpoint_id},
    )

    assert response.status_code == 400
    assert not ExpectedAttendee.objects.exists()


def test_an_unknown_email_is_refused_in_vietnamese(client_for, organiser, link):
    response = client_for(organiser).post(
        page_url(link),
        {"action": "add", "email": "ai@example.vn", "place": link.endpoint_id},
    )

    assert response.status_code == 400
    assert "Không có tài khoản" in response.text


def test_coordinator_cannot_remove_a_person_of_another_endpoint(
    client_for, coordinator, link, other_link
):
    there = ExpectedAttendeeFactory(session=link.session, endpoint=other_link.endpoint)

    response = client_for(coordinator).post(
        page_url(link), {"action": "remove", "expected": there.pk}
    )

    assert response.status_code == 404
    assert ExpectedAttendee.objects.exists()


def test_a_rejected_file_lists_each_bad_row_and_adds_nobody(
    client_for, organiser, link, trainee
):
    upload = SimpleUploadedFile(
        "ds.csv", f"email,endpoint\n{trainee.email},cao-loc\nsai,cao-loc\n".encode()
    )

    response = client_for(organiser).post(
        page_url(link), {"action": "import", "file": upload}
    )

    assert response.status_code == 400
    assert 'data-line="3"' in response.text
    assert not ExpectedAttendee.objects.exists()


def test_a_good_file_fills_the_list(client_for, coordinator, link, trainee):
    upload = SimpleUploadedFile("ds.csv", f"{trainee.email}\n".encode())

    response = client_for(coordinator).post(
        page_url(link), {"action": "import", "file": upload}
    )

    assert response.status_code == 302
    assert ExpectedAttendee.objects.get().endpoint == link.endpoint


def test_an_unreadable_file_says_why(client_for, organiser, link):
    upload = SimpleUploadedFile("ds.pdf", b"%PDF")

    response = client_for(organiser).post(
        page_url(link), {"action": "import", "file": upload}
    )

    assert response.status_code == 400
    assert "Hãy tải lên tệp .csv hoặc .xlsx" in response.text


def test_coordinator_cannot_apply_the_agency_mapping(client_for, coordinator, link):
    response = client_for(coordinator).post(page_url(link), {"action": "agency"})

    assert response.status_code == 403
