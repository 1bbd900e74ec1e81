"""The home page tells one story: courses, live sessions and scores agree (group 7)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
    make_course,
)
from courses.services import enrolment_create
from sessions.models import LiveSession
from sessions.tests.factories import LiveSessionFactory

pytestmark = pytest.mark.django_db
NOT_ENROLLED = "Bạn chưa ghi danh khóa học nào."


def home(client_for, user) -> str:
    return client_for(user).get("/").content.decode()


def section(page: str, marker: str) -> str:
    start = page.index(marker)
    return page[start : page.index("</section>", start)]


def test_a_certificate_is_never_shown_beside_enrolled_in_no_course(client_for, trainee):
    course = make_course()
    CertificationRuleFactory(course=course)
    CertificateFactory(user=trainee, course=course)

    page = home(client_for, trainee)

    assert 'data-panel="certificates"' in page
    assert NOT_ENROLLED not in page


def test_courses_with_a_rule_the_trainee_does_not_take_are_not_listed(
    client_for, trainee
):
    CertificationRuleFactory(course=make_course())

    page = home(client_for, trainee)

    assert NOT_ENROLLED in page
    assert 'data-panel="certificates"' not in page


def test_an_enrolled_course_shows_in_my_courses_and_its_certificate_progress(
    client_for, trainee
):
    course = make_course()
    CertificationRuleFactory(course=course)
    enrolment_create(user=trainee, course=course)

    page = home(client_for, trainee)

    assert NOT_ENROLLED not in page
    assert f'data-course="{course.pk}"' in page


def test_a_live_session_is_listed_as_live_now_not_upcoming(client_for, trainee):
    now = timezone.now()
    live = LiveSessionFactory(
        title="Phiên đang diễn ra",
        status=LiveSession.Status.LIVE,
        starts_at=now - timedelta(minutes=30),
        ends_at=now + timedelta(hours=2),
    )
    later = LiveSessionFactory(
        title="Phiên tuần sau",
        starts_at=now + timedelta(days=7),
        ends_at=now + timedelta(days=7, hours=2),
    )

    page = home(client_for, trainee)

    live_list = section(page, 'data-sessions="live"')
    upcoming_list = section(page, 'data-sessions="upcoming"')
    assert f'data-session="{live.pk}"' in live_list
    assert f'data-session="{live.pk}"' not in upcoming_list
    assert f'data-session="{later.pk}"' in upcoming_list
    assert "Đang diễn ra" in page
