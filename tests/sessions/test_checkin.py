from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sessions import checkin_codes
from sessions.models import Attendance
from sessions.tests.factories import (
    OngoingSessionEndpointFactory,
    OngoingSessionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def link():
    return OngoingSessionEndpointFactory()


def code_of(link, at=None) -> str:
    return checkin_codes.current_code(link.checkin_secret, at)


def test_anonymous_visitor_is_sent_to_log_in_and_back_with_the_code(client_for, link):
    code = code_of(link)

    response = client_for(None).get(reverse("checkin"), {"code": code})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "code%3D" + code in response.url


def test_get_with_a_code_names_the_room_and_offers_one_button(
    client_for, trainee, link
):
    response = client_for(trainee).get(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 200
    assert link.endpoint.name in response.text
    assert Attendance.objects.count() == 0


def test_one_tap_checks_the_trainee_in_at_the_code_endpoint(client_for, trainee, link):
    response = client_for(trainee).post(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 200
    row = Attendance.objects.get()
    assert (row.user, row.endpoint, row.recorded_via) == (
        trainee,
        link.endpoint,
        Attendance.RecordedVia.CHECKIN,
    )


def test_typed_code_in_lower_case_with_spaces_works(client_for, trainee, link):
    typed = " ".join(code_of(link).lower())

    client_for(trainee).post(reverse("checkin"), {"code": typed})

    assert Attendance.objects.filter(user=trainee).exists()


def test_checking_in_twice_keeps_one_row(client_for, trainee, link):
    client = client_for(trainee)

    client.post(reverse("checkin"), {"code": code_of(link)})
    client.post(reverse("checkin"), {"code": code_of(link)})

    assert Attendance.objects.filter(user=trainee).count() == 1


def test_expired_code_is_refused_in_vietnamese(client_for, trainee, link):
    old = code_of(link, timezone.now() - timedelta(minutes=10))

    response = client_for(trainee).post(reverse("checkin"), {"code": old})

    assert response.status_code == 400
    assert 'data-refusal="expired"' in response.text
    assert "Mã này đã hết hạn" in response.text
    assert not Attendance.objects.exists()


def test_code_of_another_endpoint_is_refused_once_checked_in(client_for, trainee, link):
    other = OngoingSessionEndpointFactory(session=link.session)
    client = client_for(trainee)
    client.post(reverse("checkin"), {"code": code_of(link)})

    response = client.post(reverse("checkin"), {"code": code_of(other)})

    assert response.status_code == 400
    assert 'data-refusal="other_endpoint"' in response.text
    assert "điểm cầu khác" in response.text
    assert Attendance.objects.get(user=trainee).endpoint == link.endpoint


def test_unknown_code_is_refused(client_for, trainee, link):
    response = client_for(trainee).post(reverse("checkin"), {"code": "ZZZZZZ"})

    assert response.status_code == 400
    assert 'data-refusal="unknown"' in response.text


def test_check_in_before_the_window_opens_is_refused(client_for, trainee):
    starts = timezone.now() + timedelta(hours=2)
    link = OngoingSessionEndpointFactory(
        session=OngoingSessionFactory(
            starts_at=starts, ends_at=starts + timedelta(hours=1), status="scheduled"
        )
    )

    response = client_for(trainee).post(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 400
    assert 'data-refusal="window_closed"' in response.text
    assert "chưa mở" in response.text


def test_check_in_after_the_session_ended_is_refused(client_for, trainee):
    starts = timezone.now() - timedelta(hours=2)
    link = OngoingSessionEndpointFactory(
        session=OngoingSessionFactory(
            starts_at=starts, ends_at=starts + timedelta(hours=1), status="ended"
        )
    )

    response = client_for(trainee).post(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 400
    assert "Đã đóng điểm danh" in response.text


def test_check_in_opens_thirty_minutes_before_the_start(client_for, trainee):
    starts = timezone.now() + timedelta(minutes=20)
    link = OngoingSessionEndpointFactory(
        session=OngoingSessionFactory(
            starts_at=starts, ends_at=starts + timedelta(hours=1), status="scheduled"
        )
    )

    response = client_for(trainee).post(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 200


def test_check_in_page_fits_a_phone_and_stays_small(client_for, trainee, link):
    response = client_for(trainee).get(reverse("checkin"), {"code": code_of(link)})

    assert 'name="viewport"' in response.text
    assert len(response.content) < 20_000


def test_get_with_a_code_of_a_closed_session_says_so_before_the_tap(
    client_for, trainee
):
    starts = timezone.now() - timedelta(hours=2)
    link = OngoingSessionEndpointFactory(
        session=OngoingSessionFactory(
            starts_at=starts, ends_at=starts + timedelta(hours=1), status="ended"
        )
    )

    response = client_for(trainee).get(reverse("checkin"), {"code": code_of(link)})

    assert 'data-refusal="window_closed"' in response.text


def test_someone_seen_on_video_first_is_placed_in_the_room_by_the_check_in(
    client_for, trainee, link
):
    Attendance.objects.create(
        session=link.session, user=trainee, recorded_via=Attendance.RecordedVia.VIDEO
    )

    response = client_for(trainee).post(reverse("checkin"), {"code": code_of(link)})

    assert response.status_code == 200
    row = Attendance.objects.get(user=trainee)
    assert (row.endpoint, row.recorded_via) == (
        link.endpoint,
        Attendance.RecordedVia.CHECKIN,
    )
    assert row.checked_in_at is not None


def test_a_first_check_in_is_one_insert_without_a_transaction_around_it(trainee, link):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sessions.attendance.services import attendance_check_in

    with CaptureQueriesContext(connection) as queries:
        attendance_check_in(user=trainee, code=code_of(link))

    statements = [
        q["sql"].split()[0].upper()
        for q in queries.captured_queries
        if "SAVEPOINT" not in q["sql"].upper()
    ]
    assert statements == ["SELECT", "INSERT"]
