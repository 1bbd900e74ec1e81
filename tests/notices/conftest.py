"""A real SMTP server (aiosmtpd) for the notice tests, and Django pointed at it."""

import socket

import pytest
from aiosmtpd.controller import Controller

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.tests.factories import course_tree
from courses.tests.factories import EnrolmentFactory
from sessions.tests.factories import EndpointFactory, LiveSessionFactory

from .mailbox import Inbox, ict


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """Start an SMTP server on a free local port; Django's SMTP backend sends to it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield inbox
    controller.stop()


@pytest.fixture
def expected(db):
    """A session of a course (8:00-10:00 ICT on 1 Dec 2026) and the people expected
    at it: an enrolled trainee, a site's coordinator and the presenter; plus a
    trainee not enrolled, who is not told."""
    course, (module,) = course_tree(slug="nhac-lich")
    trainee = UserFactory(role=Role.TRAINEE, email="hoc.vien@example.vn")
    EnrolmentFactory(user=trainee, course=course)
    coordinator = UserFactory(role=Role.SITE_COORDINATOR, email="dieu.phoi@example.vn")
    presenter = UserFactory(role=Role.LECTURER, email="giang.vien@example.vn")
    outsider = UserFactory(role=Role.TRAINEE, email="khac@example.vn")
    site = EndpointFactory(coordinators=[coordinator])
    session = LiveSessionFactory(
        title="Chuyển đổi số cấp xã",
        module=module,
        presenter=presenter,
        starts_at=ict(2026, 12, 1, 8, 0),
        ends_at=ict(2026, 12, 1, 10, 0),
    )
    session.endpoints.add(site, through_defaults={"expected_headcount": 20})
    return {
        "session": session,
        "trainee": trainee,
        "coordinator": coordinator,
        "presenter": presenter,
        "outsider": outsider,
    }
