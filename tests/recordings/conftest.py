import json
from dataclasses import dataclass, field

import httpx
import pytest
from wagtail.models import Page, Site

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import enrolment_create
from sessions.models import LiveSession
from sessions.tests.factories import EndedSessionFactory

JAAS_SECRET = "whsec_0123456789abcdef0123456789abcdef"
JIBRI_URL = "http://jibri:2222"


@pytest.fixture
def course(db) -> CoursePage:
    root = Page.get_first_root_node()
    index = root.add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index},
    )
    return index.add_child(instance=CoursePage(title="Phát ngôn", slug="phat-ngon"))


@pytest.fixture
def module(course: CoursePage) -> ModulePage:
    return course.add_child(instance=ModulePage(title="Kỹ năng", slug="ky-nang"))


@pytest.fixture
def session(module: ModulePage) -> LiveSession:
    return EndedSessionFactory(module=module)


@pytest.fixture
def enrolled(course: CoursePage) -> User:
    user = UserFactory(role=Role.TRAINEE)
    enrolment_create(user=user, course=course)
    return user


@pytest.fixture
def jaas_secret(settings) -> str:
    settings.JITSI_JAAS_WEBHOOK_SECRET = JAAS_SECRET
    return JAAS_SECRET


@dataclass
class FakeJibri:
    """Jibri's HTTP API as its doc/http_api.md describes it: one recorder, 412 when
    busy or when the recorder's login is missing."""

    busy: bool = False
    requests: list[tuple[str, dict]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else {}
        self.requests.append((request.url.path, body))
        if request.url.path == "/jibri/api/v1.0/startService":
            if self.busy or "callLoginParams" not in body:
                return httpx.Response(412)
            self.busy = True
            return httpx.Response(200)
        if request.url.path == "/jibri/api/v1.0/stopService":
            self.busy = False
            return httpx.Response(200)
        return httpx.Response(404)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)


@pytest.fixture
def jibri(settings) -> FakeJibri:
    """A configured self-hosted Jitsi with a Jibri, served by the fake."""
    settings.JITSI_DOMAIN = "meet.example.vn"
    settings.JITSI_FLAVOUR = "self-hosted"
    settings.JITSI_APP_ID = "taphuan"
    settings.JITSI_APP_SECRET = "test-secret"
    settings.JITSI_JIBRI_URL = JIBRI_URL
    settings.JITSI_JIBRI_RECORDER_DOMAIN = "recorder.meet.jitsi"
    settings.JITSI_JIBRI_RECORDER_USER = "recorder"
    settings.JITSI_JIBRI_RECORDER_PASSWORD = "recorder-password"
    return FakeJibri()
