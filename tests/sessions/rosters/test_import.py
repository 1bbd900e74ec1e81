import io

import pytest
from django.core.exceptions import PermissionDenied
from openpyxl import Workbook

from accounts.tests.factories import UserFactory
from sessions.models import ExpectedAttendee
from sessions.rosters.services import expected_import, expected_rows_read
from sessions.tests.factories import ExpectedAttendeeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db) -> list:
    return [UserFactory(email=f"hv{i}@example.vn") for i in range(3)]


def test_organiser_imports_people_to_the_endpoints_their_codes_name(
    organiser, link, other_link, people
):
    rows = [
        ["email", "endpoint"],
        ["hv0@example.vn", "cao-loc"],
        ["HV1@example.vn", "LOC-BINH"],
        ["hv2@example.vn", "tu-xa"],
    ]

    result = expected_import(by=organiser, session=link.session, rows=rows)

    assert result.ok and result.added == 3
    places = dict(ExpectedAttendee.objects.values_list("user__email", "endpoint_id"))
    assert places == {
        "hv0@example.vn": link.endpoint_id,
        "hv1@example.vn": other_link.endpoint_id,
        "hv2@example.vn": None,
    }


def test_a_file_with_one_bad_row_changes_nothing(organiser, link, people):
    rows = [
        ["hv0@example.vn", "cao-loc"],
        ["not-an-email", "cao-loc"],
        ["nobody@example.vn", "cao-loc"],
        ["hv1@example.vn", "no-such-code"],
        ["hv0@example.vn", "cao-loc"],
    ]

    result = expected_import(by=organiser, session=link.session, rows=rows)

    assert [error.line for error in result.errors] == [2, 3, 4, 5]
    assert not ExpectedAttendee.objects.exists()


def test_row_errors_are_in_vietnamese(organiser, link, people):
    result = expected_import(
        by=organiser, session=link.session, rows=[["hv0@example.vn", "sai-ma"]]
    )

    (error,) = result.errors
    assert error.message == "Không điểm cầu nào của phiên này có mã này."


def test_an_organiser_must_name_the_endpoint(organiser, link, people):
    result = expected_import(
        by=organiser, session=link.session, rows=[["hv0@example.vn", ""]]
    )

    assert not result.ok
    assert not ExpectedAttendee.objects.exists()


def test_a_coordinator_of_one_endpoint_may_leave_the_code_empty(
    coordinator, link, people
):
    result = expected_import(
        by=coordinator,
        session=link.session,
        rows=[["hv0@example.vn"], ["hv1@example.vn", "cao-loc"]],
        default_endpoint_id=link.endpoint_id,
    )

    assert result.ok and result.added == 2
    assert set(ExpectedAttendee.objects.values_list("endpoint_id", flat=True)) == {
        link.endpoint_id
    }


def test_a_coordinator_cannot_import_for_another_endpoint(
    coordinator, link, other_link, people
):
    result = expected_import(
        by=coordinator,
        session=link.session,
        rows=[["hv0@example.vn", "cao-loc"], ["hv1@example.vn", "loc-binh"]],
        default_endpoint_id=link.endpoint_id,
    )

    assert [error.line for error in result.errors] == [2]
    assert not ExpectedAttendee.objects.exists()


def test_a_coordinator_cannot_expect_someone_remotely_from_a_file(
    coordinator, link, people
):
    result = expected_import(
        by=coordinator, session=link.session, rows=[["hv0@example.vn", "từ xa"]]
    )

    assert not result.ok


def test_a_coordinator_cannot_take_someone_expected_elsewhere(
    coordinator, link, other_link, people
):
    ExpectedAttendeeFactory(
        session=link.session, endpoint=other_link.endpoint, user=people[0]
    )

    result = expected_import(
        by=coordinator,
        session=link.session,
        rows=[["hv0@example.vn", "cao-loc"]],
    )

    assert [error.line for error in result.errors] == [1]
    assert ExpectedAttendee.objects.get().endpoint == other_link.endpoint


def test_importing_again_moves_and_keeps_people(organiser, link, other_link, people):
    ExpectedAttendeeFactory(
        session=link.session, endpoint=link.endpoint, user=people[0]
    )
    ExpectedAttendeeFactory(
        session=link.session, endpoint=link.endpoint, user=people[1]
    )

    result = expected_import(
        by=organiser,
        session=link.session,
        rows=[["hv0@example.vn", "loc-binh"], ["hv1@example.vn", "cao-loc"]],
    )

    assert (result.added, result.moved, result.unchanged) == (0, 1, 1)
    assert ExpectedAttendee.objects.get(user=people[0]).endpoint == other_link.endpoint


def test_a_trainee_cannot_import(trainee, link):
    with pytest.raises(PermissionDenied):
        expected_import(by=trainee, session=link.session, rows=[["a@example.vn"]])


def test_an_xlsx_list_is_read_through_the_bounded_reader():
    workbook = Workbook()
    workbook.active.append(["email", "endpoint"])
    workbook.active.append(["hv0@example.vn", "cao-loc"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    rows = expected_rows_read(filename="danh-sach.xlsx", data=buffer.getvalue())

    assert [row[:2] for row in rows] == [
        ["email", "endpoint"],
        ["hv0@example.vn", "cao-loc"],
    ]
