"""Final attendance of a session evaluates the course's rule for trainees."""

import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.models import Certificate
from assessments.tests.certificate_factories import (
    CertificationRuleFactory,
    make_module,
)
from sessions.signals import attendance_finalised

from . import stand_ins
from .helpers import live_session

pytestmark = pytest.mark.django_db


def present(session, user):
    record = stand_ins.AttendanceRecord(
        session.pk, session.title, None, session.starts_at, "present", 90, 90, True
    )
    object.__setattr__(record, "user_id", user.pk)
    return record


def test_attendance_finalised_issues_to_those_who_now_meet_the_rule(nhung, monkeypatch):
    rule = CertificationRuleFactory(min_sessions=1)
    session = live_session(make_module(rule.course))
    absent = UserFactory(role=Role.TRAINEE)
    stand_ins.install(monkeypatch, records=[present(session, nhung)])

    attendance_finalised.send(sender=None, session=session)

    assert list(Certificate.objects.values_list("user", flat=True)) == [nhung.pk]
    assert not absent.certificates.exists()


def test_session_of_a_course_without_a_rule_issues_nothing(nhung, monkeypatch):
    from assessments.tests.certificate_factories import make_course

    session = live_session(make_module(make_course()))
    stand_ins.install(monkeypatch, records=[present(session, nhung)])

    attendance_finalised.send(sender=None, session=session)

    assert not Certificate.objects.exists()
