from datetime import timedelta

import pytest

from courses.models import CourseIndexPage, CoursePage, ModulePage
from sessions.attendance.services import attendance_finalise
from sessions.selectors import (
    AttendanceRecord,
    attendance_records_for,
    sessions_of_course,
)
from sessions.tests.factories import (
    AttendanceFactory,
    EndedSessionFactory,
    OngoingSessionFactory,
    page_root,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    root = page_root()
    index = root.add_child(instance=CourseIndexPage(title="Khoá học"))
    course = index.add_child(instance=CoursePage(title="Phát ngôn báo chí"))
    return course


def add_module(course, title):
    return course.add_child(instance=ModulePage(title=title))


def test_sessions_of_course_are_those_of_its_modules_not_cancelled(course):
    module = add_module(course, "Mô-đun 1")
    other_course = course.get_parent().add_child(instance=CoursePage(title="Khác"))
    kept = OngoingSessionFactory(module=module)
    OngoingSessionFactory(module=module, status="cancelled")
    OngoingSessionFactory(module=add_module(other_course, "Mô-đun X"))
    OngoingSessionFactory(module=None)

    assert list(sessions_of_course(course_page=course)) == [kept]


def test_records_of_final_sessions_read_the_stored_result(trainee):
    row = AttendanceFactory(
        user=trainee, checked_in_at=None, session=EndedSessionFactory()
    )
    session = row.session
    row.endpoint = None
    row.save()
    attendance_finalise(session=session)

    [record] = attendance_records_for(user=trainee)

    assert record == AttendanceRecord(
        session_id=session.pk,
        session_title=session.title,
        module_id=None,
        starts_at=session.starts_at,
        status="absent",
        minutes_present=0,
        session_minutes=60,
        is_final=True,
    )


def test_records_of_open_sessions_are_provisional(trainee):
    row = AttendanceFactory(user=trainee)

    [record] = attendance_records_for(user=trainee)

    assert record.is_final is False
    assert record.session_id == row.session_id
    assert record.status == "present"


def test_sessions_asked_for_without_a_row_are_absent(trainee):
    session = OngoingSessionFactory(
        starts_at=OngoingSessionFactory().starts_at - timedelta(days=1)
    )

    [record] = attendance_records_for(user=trainee, session_ids=[session.pk])

    assert (record.status, record.minutes_present) == ("absent", 0)


def test_records_take_a_bounded_number_of_queries(
    trainee, django_assert_max_num_queries
):
    for _ in range(5):
        AttendanceFactory(user=trainee)
        ended = EndedSessionFactory()
        attendance_finalise(
            session=AttendanceFactory(user=trainee, session=ended).session
        )

    with django_assert_max_num_queries(3):
        records = attendance_records_for(user=trainee)

    assert [r.is_final for r in records].count(True) == 5
