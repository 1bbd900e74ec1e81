"""Who is told about a session: its expected list when it has one."""

import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from notices.audience import session_audience
from sessions.tests.factories import ExpectedAttendeeFactory

pytestmark = pytest.mark.django_db


def _emails(session) -> list[str]:
    return sorted(user.email for user in session_audience(session))


def test_without_an_expected_list_the_enrolled_trainees_are_told(expected):
    assert _emails(expected["session"]) == [
        "dieu.phoi@example.vn",
        "giang.vien@example.vn",
        "hoc.vien@example.vn",
    ]


def test_with_an_expected_list_only_the_expected_trainees_are_told(expected):
    session = expected["session"]
    site = session.endpoints.get()
    ExpectedAttendeeFactory(session=session, endpoint=site, user=expected["outsider"])

    assert _emails(session) == [
        "dieu.phoi@example.vn",
        "giang.vien@example.vn",
        "khac@example.vn",
    ]


def test_an_expected_person_whose_account_is_disabled_is_not_told(expected):
    session = expected["session"]
    gone = UserFactory(role=Role.TRAINEE, email="nghi@example.vn", is_active=False)
    ExpectedAttendeeFactory(session=session, endpoint=None, user=gone)

    assert "nghi@example.vn" not in _emails(session)
