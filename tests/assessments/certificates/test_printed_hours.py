"""The hours printed on the certificate are the minutes attended, read from the real
attendance records, never the sessions' scheduled length."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.certificates.tasks import certificate_pdf_store
from assessments.models import Certificate, CertificationRule
from assessments.tests.certificate_factories import make_course, make_module
from sessions.attendance.services import attendance_finalise
from sessions.models import Attendance
from sessions.tests.factories import AttendanceFactory, LiveSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def selectors():
    """The real cross-app selectors, not the stand-ins of conftest.py."""


def test_pdf_prints_the_attended_minutes_not_the_scheduled_length(
    django_capture_on_commit_callbacks,
):
    trainee = UserFactory(role=Role.TRAINEE)
    course = make_course()
    start = timezone.now().replace(microsecond=0) - timedelta(hours=4)
    session = LiveSessionFactory(
        module=make_module(course),
        starts_at=start,
        ends_at=start + timedelta(minutes=180),
        status="ended",
    )
    CertificationRule.objects.create(course=course, min_sessions=1)
    AttendanceFactory(
        session=session, user=trainee, checked_in_at=start + timedelta(minutes=30)
    )
    with django_capture_on_commit_callbacks(execute=True):
        attendance_finalise(session=session)

    attended = Attendance.objects.get(session=session, user=trainee).minutes_present
    certificate = Certificate.objects.get(user=trainee)
    certificate_pdf_store(certificate)
    with certificate.pdf.open("rb") as f:
        text = PdfReader(io.BytesIO(f.read())).pages[0].extract_text()

    assert 0 < attended < 180
    assert certificate.basis["minutes_present"] == attended
    hours = f"{attended / 60:.1f}".replace(".", ",")
    assert f"({hours} giờ)" in text
    assert "(3,0 giờ)" not in text
