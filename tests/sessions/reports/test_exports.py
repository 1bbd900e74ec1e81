import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from courses.models import CourseIndexPage, CoursePage, ModulePage
from sessions.attendance.services import attendance_finalise, attendance_walkin_add
from sessions.models import Attendance, ConnectionEvent
from sessions.tests.factories import (
    AttendanceFactory,
    EndedSessionEndpointFactory,
    EndedSessionFactory,
    EndpointFactory,
    OngoingSessionEndpointFactory,
    page_root,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(organiser):
    """A finalised session: two trainees at Cao Lộc, a walk-in, one remote trainee."""
    link = EndedSessionEndpointFactory(endpoint=EndpointFactory(name="Huyện Cao Lộc"))
    session = link.session
    for name in ("Lương Thị Hồng Nhung", "Nguyễn Ngọc Oanh"):
        AttendanceFactory(
            session=session,
            endpoint=link.endpoint,
            user=UserFactory(full_name=name, agency="UBND huyện Cao Lộc"),
        )
    attendance_walkin_add(
        by=organiser,
        session_endpoint=link,
        full_name="Hoàng Văn Đức",
        agency="Xã Hợp Thành",
        position="Công chức",
        at=session.starts_at,
    )
    AttendanceFactory(session=session, endpoint=None, checked_in_at=None)
    attendance_finalise(session=session)
    return session


def export_rows(session) -> list[list]:
    return [
        [
            row.display_name,
            row.agency,
            row.endpoint.name if row.endpoint else "Trực tuyến từ xa",
            str(row.get_status_display()),
            row.minutes_present,
        ]
        for row in Attendance.objects.filter(session=session).order_by("pk")
    ]


def project(table: list[list]) -> list[list]:
    """Name, agency, endpoint, status, minutes from the export's columns."""
    return sorted([r[0], r[2], r[4], r[7], int(r[8])] for r in table)


def test_csv_export_has_a_bom_and_the_database_rows(client_for, organiser, finished):
    url = reverse("attendance-session-report", kwargs={"session_id": finished.pk})

    response = client_for(organiser).get(url, {"format": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[0] == "Họ và tên"
    assert project(rows) == sorted(export_rows(finished))


def test_xlsx_export_opens_in_openpyxl_with_vietnamese_intact(
    client_for, organiser, finished
):
    url = reverse("attendance-session-report", kwargs={"session_id": finished.pk})

    response = client_for(organiser).get(url, {"format": "xlsx"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[2] == "Cơ quan"
    assert project(rows) == sorted(export_rows(finished))
    assert "Lương Thị Hồng Nhung" in {row[0] for row in rows}


def test_session_report_page_draws_an_svg_chart_with_text_values(
    client_for, organiser, finished
):
    url = reverse("attendance-session-report", kwargs={"session_id": finished.pk})

    response = client_for(organiser).get(url)

    assert response.status_code == 200
    assert "<svg" in response.text and "Huyện Cao Lộc</tspan>" in response.text
    assert "(3/20)" in response.text


def test_coordinator_sees_only_their_endpoint_in_the_session_report(client_for):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    mine = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )
    theirs = OngoingSessionEndpointFactory(session=mine.session)
    AttendanceFactory(session=mine.session, endpoint=mine.endpoint)
    hidden = AttendanceFactory(session=mine.session, endpoint=theirs.endpoint)
    url = reverse("attendance-session-report", kwargs={"session_id": mine.session_id})

    response = client_for(coordinator).get(url, {"format": "csv"})

    assert hidden.user.full_name not in response.content.decode("utf-8-sig")
    assert len(response.content.decode("utf-8-sig").strip().splitlines()) == 2


@pytest.mark.parametrize("role", [None, Role.TRAINEE, Role.LECTURER])
def test_session_report_is_closed_to_other_roles(client_for, finished, role):
    url = reverse("attendance-session-report", kwargs={"session_id": finished.pk})

    response = client_for(UserFactory(role=role) if role else None).get(url)

    assert response.status_code == (302 if role is None else 403)


def test_trainee_sees_their_own_attendance(client_for, finished):
    row = Attendance.objects.filter(session=finished, user__isnull=False).first()

    response = client_for(row.user).get(reverse("attendance-mine"))

    assert response.status_code == 200
    assert finished.title in response.text


def test_trainee_cannot_open_another_trainee_report(client_for, trainee, finished):
    other = Attendance.objects.filter(session=finished, user__isnull=False).first()
    url = reverse("attendance-trainee-report", kwargs={"user_id": other.user_id})

    assert client_for(trainee).get(url).status_code == 403


def test_organiser_downloads_a_trainee_report(client_for, organiser, finished):
    row = Attendance.objects.filter(session=finished, user__isnull=False).first()
    url = reverse("attendance-trainee-report", kwargs={"user_id": row.user_id})

    response = client_for(organiser).get(url, {"format": "csv"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == finished.title


def test_course_matrix_shows_endpoints_by_sessions_with_outages(client_for, organiser):
    root = page_root()
    course = root.add_child(instance=CourseIndexPage(title="Khoá")).add_child(
        instance=CoursePage(title="Kỹ năng phát ngôn")
    )
    module = course.add_child(instance=ModulePage(title="Mô-đun 1"))
    link = OngoingSessionEndpointFactory(
        session=EndedSessionFactory(module=module),
        endpoint=EndpointFactory(name="Huyện Văn Lãng"),
    )
    session = link.session
    for key, kind, minute in [
        ("a", "joined", 0),
        ("a", "left", 20),
        ("b", "joined", 30),
    ]:
        ConnectionEvent.objects.create(
            session=session,
            room_name=session.room_name,
            kind=kind,
            source="prosody",
            idempotency_key=f"{key}{kind}{minute}",
            participant_key=key,
            endpoint=link.endpoint,
            occurred_at=session.starts_at + timedelta(minutes=minute),
        )
    url = reverse("attendance-course-report", kwargs={"course_id": course.pk})

    page = client_for(organiser).get(url)
    sheet = load_workbook(
        io.BytesIO(client_for(organiser).get(url, {"format": "xlsx"}).content)
    ).active

    assert "Huyện Văn Lãng" in page.text and "<svg" in page.text
    header, row = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert row[0] == "Huyện Văn Lãng"
    assert row[2:] == [50, 1]  # 20 + 30 connected minutes, one outage (the drop)


def test_course_matrix_is_for_organisers(client_for, coordinator):
    url = reverse("attendance-course-report", kwargs={"course_id": 1})

    assert client_for(coordinator).get(url).status_code == 403
