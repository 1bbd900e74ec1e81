"""Who gets what, for every URL of the project: an explicit table.

Every URL pattern is enumerated from the resolver (and every sub-route of the
project's routable pages); each must have a row below, so a new view without an
expectation fails this suite. Each row gives the answer expected for GET and for each
state-changing POST, for an anonymous visitor, a trainee, the coordinator of the
endpoint the URL is about, a coordinator of another endpoint of the same session, a
lecturer and an organiser. Wagtail's own admin views (under ``/cms/``, not the
project's) share one expectation: only staff roles reach them.

Statuses: 200 a page, 302 a redirect (anonymous: to log in; after a POST: done or
refused with a message), 400 bad input, 401/403 refused, 404 not found or not
visible to this person, 405 method not allowed.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import (
    NoReverseMatch,
    URLPattern,
    URLResolver,
    get_resolver,
    reverse,
)
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments import services as quiz_services
from assessments.models import CertificateArchive
from assessments.tests.certificate_factories import CertificateFactory
from assessments.tests.factories import (
    CategoryFactory,
    EssayFactory,
    TrueFalseFactory,
    quiz_with,
)
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import page_tree_root_ensure
from polls.models import Poll
from polls.tests.factories import PollFactory
from questions.tests.factories import QuestionFactory
from recordings.tests.factories import LinkedRecordingFactory
from sessions.attendance.services import (
    attendance_walkin_add,
    attendance_walkin_merge,
)
from sessions.models import Attendance, AttendanceChange
from sessions.scheduling import calendar_token_for
from sessions.tests.factories import (
    EndpointFactory,
    ExpectedAttendeeFactory,
    OngoingSessionEndpointFactory,
)

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "trainee", "own", "other", "lecturer", "organiser")
PROJECT_APPS = ("accounts.", "assessments.", "config.", "courses.", "sessions.")


#: A redirect to a log-in page; Wagtail's refusal (back to its dashboard, with a
#: message).
LOGIN, DENIED = "login", "denied"


def R(anonymous, trainee, own, other, lecturer, organiser) -> dict:
    """Expected answers in ROLES order."""
    return dict(
        zip(ROLES, (anonymous, trainee, own, other, lecturer, organiser), strict=True)
    )


#: Signed-in people, any role; anonymous visitors are sent to log in.
SIGNED_IN = R(LOGIN, 200, 200, 200, 200, 200)
#: Organisers only.
ORGANISER = R(LOGIN, 403, 403, 403, 403, 200)
#: Lecturers and organisers (quiz staff).
QUIZ_STAFF = R(LOGIN, 403, 403, 403, 200, 200)
#: The project's quiz admin pages inside Wagtail: quiz staff; coordinators (who
#: reach the admin for their endpoints) are refused by Wagtail.
QUIZ_ADMIN = R(LOGIN, LOGIN, DENIED, DENIED, 200, 200)
#: A GET-only (or POST-only) view asked with the other method.
GET_ONLY = R(LOGIN, 405, 405, 405, 405, 405)
#: Wagtail's own admin views: staff roles with admin access.
ADMIN = R(LOGIN, LOGIN, 200, 200, 200, 200)


@dataclass
class World:
    users: dict
    session: object
    own_link: object
    other_link: object
    index: CourseIndexPage
    course: CoursePage
    module: ModulePage
    quiz: object
    attempt: object
    essay_item: object
    question: object
    certificate: object
    archive: object
    walkin: object
    checked_in: object
    merge: object


@dataclass(frozen=True)
class Route:
    """How to reach a view: its URL arguments and the POST bodies to try."""

    kwargs: Callable[[World], dict] = lambda w: {}
    #: label -> POST data (a dict, a function of the world, or raw JSON bytes)
    posts: dict = field(default_factory=lambda: {"": {}})


@pytest.fixture
def world() -> World:
    trainee = UserFactory(role=Role.TRAINEE)
    own = UserFactory(role=Role.SITE_COORDINATOR)
    other = UserFactory(role=Role.SITE_COORDINATOR)
    lecturer = UserFactory(role=Role.LECTURER)
    organiser = UserFactory(role=Role.ORGANISER)
    root = page_tree_root_ensure()
    index = root.add_child(instance=CourseIndexPage(title="Khóa học", slug="kh"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index},
    )
    course = index.add_child(instance=CoursePage(title="Phát ngôn", slug="pn"))
    module = course.add_child(instance=ModulePage(title="Chuyên đề 1", slug="cd1"))
    own_link = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[own]),
        session__module=module,
    )
    other_link = OngoingSessionEndpointFactory(
        session=own_link.session, endpoint=EndpointFactory(coordinators=[other])
    )
    category = CategoryFactory(course=course)
    essay = EssayFactory(category=category)
    quiz = quiz_with([TrueFalseFactory(category=category), essay], course=course)
    attempt = quiz_services.attempt_start(quiz=quiz, user=trainee)
    quiz_services.attempt_submit(attempt=attempt)
    certificate = CertificateFactory(user=trainee, course=course)
    archive = CertificateArchive.objects.create(course=course, requested_by=organiser)
    walkin = attendance_walkin_add(
        by=own, session_endpoint=own_link, full_name="Hoàng Văn Thụ"
    )
    checked_in = Attendance.objects.create(
        session=own_link.session,
        user=UserFactory(role=Role.TRAINEE),
        endpoint=own_link.endpoint,
        recorded_via="checkin",
        checked_in_at=timezone.now(),
    )
    merged = attendance_walkin_add(by=own, session_endpoint=own_link, full_name="Mai")
    attendance_walkin_merge(by=own, attendance=merged, email=UserFactory().email)
    return World(
        users={
            "anonymous": None,
            "trainee": trainee,
            "own": own,
            "other": other,
            "lecturer": lecturer,
            "organiser": organiser,
        },
        session=own_link.session,
        own_link=own_link,
        other_link=other_link,
        index=index,
        course=course,
        module=module,
        quiz=quiz,
        attempt=attempt,
        essay_item=attempt.items.get(question=essay),
        question=essay,
        certificate=certificate,
        archive=archive,
        walkin=walkin,
        checked_in=checked_in,
        merge=AttendanceChange.objects.get(kind=AttendanceChange.Kind.MERGE),
    )


def session_pk(w):
    return {"pk": w.session.pk}


def session_id(w):
    return {"session_id": w.session.pk}


def roster(w):
    return {"session_id": w.session.pk, "endpoint_id": w.own_link.endpoint_id}


def course_id(w):
    return {"course_id": w.course.pk}


def endpoint_room(w):
    return {"pk": w.session.pk, "code": w.own_link.endpoint.code}


def own_endpoint(w):
    return {"pk": w.own_link.endpoint_id}


QUESTION_KINDS = (
    "singlechoice",
    "multiplechoice",
    "truefalse",
    "shortanswer",
    "ordering",
    "essay",
)


def _pk(attribute: str) -> Callable[[World], dict]:
    return lambda w: {"pk": getattr(w, attribute).pk}


def _recording(w) -> dict:
    return {"pk": LinkedRecordingFactory(session=w.session).pk}


def _roster_post(action: str, **fields) -> Callable[[World], dict]:
    return lambda w: {"action": action, **{k: f(w) for k, f in fields.items()}}


def _a_question(w) -> dict:
    """A question asked at the coordinator's site by the trainee checked in there."""
    question = QuestionFactory(
        session=w.session, author=w.checked_in.user, endpoint=w.own_link.endpoint
    )
    return {"pk": question.pk}


def _expected_here(w) -> int:
    """A person newly expected at the coordinator's endpoint (one per request)."""
    return ExpectedAttendeeFactory(session=w.session, endpoint=w.own_link.endpoint).pk


def _expected_list(w) -> SimpleUploadedFile:
    body = f"email,endpoint\n{w.users['trainee'].email},{w.own_link.endpoint.code}\n"
    return SimpleUploadedFile("ds.csv", body.encode())


ROUTES: dict[str, Route] = {
    "attendance-dashboard": Route(session_id),
    "attendance-expected": Route(
        session_id,
        posts={
            "add": lambda w: {
                "action": "add",
                "email": w.users["trainee"].email,
                "place": w.own_link.endpoint_id,
            },
            "remove": lambda w: {"action": "remove", "expected": _expected_here(w)},
            "import": lambda w: {"action": "import", "file": _expected_list(w)},
            "agency": {"action": "agency"},
            "unknown action": {"action": "drop"},
        },
    ),
    "attendance-roster": Route(
        roster,
        posts={
            "walkin": _roster_post("walkin", full_name=lambda w: "Lý Thị Mơ"),
            "mark": _roster_post(
                "mark",
                attendance=lambda w: w.checked_in.pk,
                status=lambda w: "excused",
            ),
            "headcount": _roster_post("headcount", count=lambda w: 12),
            "merge": _roster_post(
                "merge",
                attendance=lambda w: w.walkin.pk,
                email=lambda w: w.users["trainee"].email,
            ),
            "unmerge": _roster_post("unmerge", change=lambda w: w.merge.pk),
            "arrival": _roster_post("arrival", expected=_expected_here),
            "unknown action": _roster_post("drop"),
        },
    ),
    "attendance-session-report": Route(session_id),
    "attendance-finalise": Route(
        lambda w: {"session_id": w.session.pk, "action": "finalise"}
    ),
    "attendance-session-end": Route(session_id, posts={"": {}}),
    "attendance-session-extend": Route(
        session_id, posts={"": {"new_ends_at": "2099-01-01T10:00", "reason": "Q&A"}}
    ),
    "attendance-trainee-report": Route(lambda w: {"user_id": w.users["trainee"].pk}),
    "attendance-course-report": Route(course_id),
    "checkin": Route(posts={"": {"code": "ZZZZZZ"}}),
    "certificates:verify": Route(lambda w: {"code": w.certificate.code}),
    "certificates:download": Route(_pk("certificate")),
    "certificates:manage": Route(
        _pk("certificate"),
        posts={"revoke": {"revoke": "1", "revoke-reason": "Sai tên"}},
    ),
    "certificates:course": Route(course_id),
    "certificates:issue": Route(course_id),
    "certificates:archive_request": Route(course_id),
    "certificates:archive": Route(_pk("archive")),
    "certificates:archive_download": Route(_pk("archive")),
    "assessments:quiz": Route(_pk("quiz")),
    "assessments:start": Route(_pk("quiz")),
    "assessments:results": Route(_pk("quiz")),
    "assessments:results_export": Route(lambda w: {"pk": w.quiz.pk, "fmt": "csv"}),
    "assessments:attempt": Route(_pk("attempt")),
    "assessments:autosave": Route(_pk("attempt")),
    "assessments:submit": Route(_pk("attempt")),
    "assessments:review": Route(_pk("attempt")),
    "assessments:grade": Route(_pk("essay_item")),
    "polls:session": Route(session_pk),
    "polls:manage": Route(
        session_pk,
        posts={
            "create": {
                "question": "Có nên họp báo định kỳ?",
                "kind": "single",
                "choices": "Có\nKhông",
                "launch": "1",
            },
            "close": lambda w: {
                "action": "close",
                "poll": PollFactory(session=w.session).pk,
            },
        },
    ),
    "polls:export": Route(session_pk),
    "polls:answer": Route(
        lambda w: {"pk": w.session.pk, "poll_id": PollFactory(session=w.session).pk},
        posts={
            "": lambda w: {
                "choice": Poll.objects.filter(session=w.session)
                .latest("pk")
                .choices.first()
                .pk
            }
        },
    ),
    "sessions:detail": Route(session_pk),
    "sessions:live": Route(session_pk),
    "questions:ask": Route(session_id, posts={"": {"text": "Xin hỏi?"}}),
    "questions:vote": Route(_a_question, posts={"": {"supports": "1"}}),
    "questions:moderate": Route(
        _a_question,
        posts={"answer": {"action": "answer"}, "unknown action": {"action": "x"}},
    ),
    "questions:settings": Route(session_id, posts={"": {"allow_anonymous": "on"}}),
    "questions:export": Route(session_id),
    "sessions:room": Route(session_pk),
    "sessions:room_endpoint": Route(endpoint_room),
    "sessions:checkin_code": Route(endpoint_room),
    "sessions:presence": Route(session_pk, posts={"malformed": b"{"}),
    "sessions:calendar": Route(session_pk),
    "sessions:cancel": Route(session_pk),
    "sessions:calendar_feed": Route(
        lambda w: {"token": calendar_token_for(w.users["trainee"])}
    ),
    "jitsi:event_sync": Route(
        lambda w: {"scope": "x", "action": "y"}, posts={"unsigned": {}}
    ),
    "jitsi:jaas": Route(posts={"unsigned": {}}),
    "recordings:open": Route(_recording),
    "recordings:delete": Route(_recording),
    "recordings:add": Route(
        session_id,
        posts={"link": {"kind": "video", "url": "https://video.example.vn/a"}},
    ),
    "recordings:start": Route(session_id),
    "recordings:stop": Route(session_id),
    "assessments_admin_regrade": Route(_pk("question")),
    "assessments_admin_import": Route(
        posts={"empty file": lambda w: {"file": SimpleUploadedFile("x.gift", b"")}}
    ),
    "assessments_admin_preview": Route(_pk("quiz")),
    "endpoints:edit": Route(own_endpoint),
    "endpoints:delete": Route(own_endpoint),
    "endpoints:inspect": Route(own_endpoint),
    "live_sessions:edit": Route(session_pk),
    "live_sessions:delete": Route(session_pk),
    "live_sessions:inspect": Route(session_pk),
    **{
        f"assessments_{kind}question:edit": Route(_pk("question"))
        for kind in QUESTION_KINDS
    },
}

#: The expected answer for every view of the project, per method and role. A
#: question edit view of another type than the question's answers 404.
EXPECTED: dict[str, dict[str, dict]] = {
    "assessments:attempt": {
        "GET": R(LOGIN, 302, 404, 404, 404, 404),
        "POST": R(LOGIN, 302, 404, 404, 404, 404),
    },
    "assessments:autosave": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 400, 404, 404, 404, 404),
    },
    "assessments:grade": {
        "GET": QUIZ_STAFF,
        "POST": QUIZ_STAFF,
    },
    "assessments:grading": {
        "GET": QUIZ_STAFF,
        "POST": QUIZ_STAFF,
    },
    "assessments:mine": {
        "GET": SIGNED_IN,
        "POST": SIGNED_IN,
    },
    "assessments:quiz": {
        "GET": SIGNED_IN,
        "POST": SIGNED_IN,
    },
    "assessments:results": {
        "GET": QUIZ_STAFF,
        "POST": QUIZ_STAFF,
    },
    "assessments:results_export": {
        "GET": QUIZ_STAFF,
        "POST": QUIZ_STAFF,
    },
    "assessments:review": {
        "GET": R(LOGIN, 200, 404, 404, 200, 200),
        "POST": R(LOGIN, 200, 404, 404, 200, 200),
    },
    "assessments:start": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 302, 302, 302, 302, 302),
    },
    "assessments:submit": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 302, 404, 404, 404, 404),
    },
    "assessments_admin_bank": {
        "GET": QUIZ_ADMIN,
        "POST": QUIZ_ADMIN,
    },
    "assessments_admin_export": {
        "GET": QUIZ_ADMIN,
        "POST": QUIZ_ADMIN,
    },
    "assessments_admin_import": {
        "GET": QUIZ_ADMIN,
        "POST empty file": QUIZ_ADMIN,
    },
    "assessments_admin_preview": {
        "GET": QUIZ_ADMIN,
        "POST": QUIZ_ADMIN,
    },
    "assessments_admin_regrade": {
        "GET": R(LOGIN, LOGIN, 405, 405, 405, 405),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 302, 302),
    },
    "assessments_essayquestion:edit": {
        "GET": QUIZ_ADMIN,
        "POST": QUIZ_ADMIN,
    },
    "assessments_multiplechoicequestion:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
    },
    "assessments_orderingquestion:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
    },
    "assessments_shortanswerquestion:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
    },
    "assessments_singlechoicequestion:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
    },
    "assessments_truefalsequestion:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 404, 404),
    },
    "attendance-course-report": {
        "GET": ORGANISER,
        "POST": GET_ONLY,
    },
    "attendance-dashboard": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": GET_ONLY,
    },
    "attendance-expected": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST add": R(LOGIN, 403, 302, 400, 403, 302),
        "POST agency": R(LOGIN, 403, 403, 403, 403, 302),
        # The other coordinator's file names an endpoint they do not coordinate.
        "POST import": R(LOGIN, 403, 302, 400, 403, 302),
        # Each asks to remove someone expected at the coordinator's endpoint.
        "POST remove": R(LOGIN, 403, 302, 404, 403, 302),
        "POST unknown action": R(LOGIN, 403, 404, 404, 403, 404),
    },
    "attendance-finalise": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "attendance-session-end": {
        "GET": R(LOGIN, 403, 403, 403, 403, 200),
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "attendance-session-extend": {
        "GET": R(LOGIN, 403, 403, 403, 403, 200),
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "attendance-index": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": R(LOGIN, 403, 405, 405, 403, 405),
    },
    "attendance-mine": {
        "GET": SIGNED_IN,
        "POST": GET_ONLY,
    },
    "attendance-roster": {
        "GET": R(LOGIN, 403, 200, 403, 403, 200),
        "POST arrival": R(LOGIN, 403, 302, 403, 403, 302),
        "POST headcount": R(LOGIN, 403, 302, 403, 403, 302),
        "POST mark": R(LOGIN, 403, 302, 403, 403, 302),
        "POST merge": R(LOGIN, 403, 302, 403, 403, 302),
        "POST unknown action": R(LOGIN, 403, 404, 403, 403, 404),
        # The coordinator undoes the merge; then there is none left to undo.
        "POST unmerge": R(LOGIN, 403, 302, 403, 403, 404),
        "POST walkin": R(LOGIN, 403, 302, 403, 403, 302),
    },
    "attendance-session-report": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": GET_ONLY,
    },
    "attendance-trainee-report": {
        "GET": ORGANISER,
        "POST": GET_ONLY,
    },
    "certificates:archive": {
        "GET": ORGANISER,
        "POST": ORGANISER,
    },
    "certificates:archive_download": {
        "GET": R(LOGIN, 403, 403, 403, 403, 404),
        "POST": R(LOGIN, 403, 403, 403, 403, 404),
    },
    "certificates:archive_request": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "certificates:course": {
        "GET": ORGANISER,
        "POST": ORGANISER,
    },
    "certificates:courses": {
        "GET": ORGANISER,
        "POST": ORGANISER,
    },
    "certificates:download": {
        "GET": R(LOGIN, 200, 404, 404, 404, 200),
        "POST": R(LOGIN, 200, 404, 404, 404, 200),
    },
    "certificates:issue": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "certificates:manage": {
        "GET": ORGANISER,
        "POST revoke": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "certificates:verify": {
        "GET": R(200, 200, 200, 200, 200, 200),
        "POST": R(200, 200, 200, 200, 200, 200),
    },
    "certificates:verify_form": {
        "GET": R(200, 200, 200, 200, 200, 200),
        "POST": R(200, 200, 200, 200, 200, 200),
    },
    "checkin": {
        "GET": SIGNED_IN,
        "POST": R(LOGIN, 400, 400, 400, 400, 400),
    },
    "endpoints:delete": {
        "GET": R(LOGIN, LOGIN, DENIED, 404, 404, 200),
        "POST": R(LOGIN, LOGIN, DENIED, 404, 404, DENIED),
    },
    "endpoints:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
    },
    "endpoints:index": {
        "GET": R(LOGIN, LOGIN, 200, 200, DENIED, 200),
        "POST": R(LOGIN, LOGIN, 405, 405, DENIED, 405),
    },
    "endpoints:index_results": {
        "GET": R(LOGIN, LOGIN, 200, 200, DENIED, 200),
        "POST": R(LOGIN, LOGIN, 405, 405, DENIED, 405),
    },
    "endpoints:inspect": {
        "GET": R(LOGIN, LOGIN, 200, 404, 404, 200),
        "POST": R(LOGIN, LOGIN, 405, 404, 404, 405),
    },
    "home": {
        "GET": R(200, 200, 200, 200, 200, 200),
        "POST": R(405, 405, 405, 405, 405, 405),
    },
    "jitsi:event_sync": {
        "GET": R(405, 405, 405, 405, 405, 405),
        "POST unsigned": R(401, 401, 401, 401, 401, 401),
    },
    "jitsi:jaas": {
        "GET": R(405, 405, 405, 405, 405, 405),
        "POST unsigned": R(401, 401, 401, 401, 401, 401),
    },
    "live_sessions:add": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
    },
    "live_sessions:delete": {
        "GET": R(LOGIN, LOGIN, 404, 404, 404, 200),
        "POST": R(LOGIN, LOGIN, 404, 404, 404, 302),
    },
    "live_sessions:edit": {
        "GET": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, DENIED, 200),
    },
    "live_sessions:index": {
        "GET": QUIZ_ADMIN,
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 405, 405),
    },
    "live_sessions:index_results": {
        "GET": QUIZ_ADMIN,
        "POST": R(LOGIN, LOGIN, DENIED, DENIED, 405, 405),
    },
    "live_sessions:inspect": {
        "GET": R(LOGIN, LOGIN, 404, 404, 404, 200),
        "POST": R(LOGIN, LOGIN, 404, 404, 404, 405),
    },
    "page:courses.courseindexpage:search": {
        "GET": R(200, 200, 200, 200, 200, 200),
        "POST": R(200, 200, 200, 200, 200, 200),
    },
    "page:courses.coursepage:enrol": {
        "GET": R(405, 405, 405, 405, 405, 405),
        "POST": R(LOGIN, 302, 302, 302, 302, 302),
    },
    "page:courses.coursepage:enrol_trainees": {
        "GET": R(LOGIN, 403, 403, 403, 403, 302),
        "POST": R(LOGIN, 403, 403, 403, 403, 400),
    },
    "page:courses.coursepage:report": {
        "GET": ORGANISER,
        "POST": ORGANISER,
    },
    "page:courses.coursepage:report_export": {
        "GET": ORGANISER,
        "POST": ORGANISER,
    },
    "page:courses.modulepage:complete": {
        "GET": R(405, 405, 405, 405, 405, 405),
        "POST": R(LOGIN, 302, 302, 302, 302, 302),
    },
    "polls:answer": {
        "GET": GET_ONLY,
        # Coordinators answer for their rooms; moderators run polls, never answer.
        "POST": R(LOGIN, 403, 200, 200, 403, 403),
    },
    "polls:export": {
        "GET": ORGANISER,
        "POST": GET_ONLY,
    },
    "polls:manage": {
        "GET": ORGANISER,
        "POST create": R(LOGIN, 403, 403, 403, 403, 302),
        "POST close": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "polls:session": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": GET_ONLY,
    },
    "profile": {
        "GET": SIGNED_IN,
        "POST": SIGNED_IN,
    },
    "favicon": {
        "GET": R(301, 301, 301, 301, 301, 301),
        "POST": R(301, 301, 301, 301, 301, 301),
    },
    "notice_preferences": {
        "GET": SIGNED_IN,
        "POST": R(LOGIN, 302, 302, 302, 302, 302),
    },
    # Enrolled trainees, the course's lecturers, the session's coordinators and
    # organisers open a recording (a link: redirected to it); the world's trainee
    # is not enrolled and its lecturer teaches another course.
    "recordings:open": {
        "GET": R(LOGIN, 404, 302, 302, 404, 302),
        "POST": GET_ONLY,
    },
    "recordings:delete": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "recordings:add": {
        "GET": ORGANISER,
        "POST link": R(LOGIN, 403, 403, 403, 403, 302),
    },
    # Without Jibri configured the organiser is told so (a message, redirected).
    "recordings:start": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "recordings:stop": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "sessions:calendar": {
        "GET": R(LOGIN, 200, 200, 200, 404, 200),
        "POST": GET_ONLY,
    },
    "sessions:calendar_feed": {
        "GET": R(200, 200, 200, 200, 200, 200),
        "POST": R(405, 405, 405, 405, 405, 405),
    },
    "sessions:cancel": {
        "GET": ORGANISER,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "sessions:checkin_code": {
        "GET": R(LOGIN, 404, 200, 404, 404, 200),
        "POST": GET_ONLY,
    },
    "sessions:detail": {
        "GET": R(LOGIN, 200, 200, 200, 404, 200),
        "POST": GET_ONLY,
    },
    "sessions:live": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": GET_ONLY,
    },
    "questions:ask": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 302, 302, 403, 302),
    },
    "questions:vote": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 302, 302, 403, 302),
    },
    "questions:moderate": {
        "GET": GET_ONLY,
        "POST answer": R(LOGIN, 403, 403, 403, 403, 302),
        "POST unknown action": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "questions:settings": {
        "GET": GET_ONLY,
        "POST": R(LOGIN, 403, 403, 403, 403, 302),
    },
    "questions:export": {
        "GET": R(LOGIN, 403, 200, 200, 403, 200),
        "POST": GET_ONLY,
    },
    "sessions:presence": {
        "GET": GET_ONLY,
        "POST malformed": R(LOGIN, 400, 400, 400, 404, 400),
    },
    "sessions:room": {
        "GET": R(LOGIN, 200, 200, 200, 404, 200),
        "POST": GET_ONLY,
    },
    "sessions:room_endpoint": {
        "GET": R(LOGIN, 404, 200, 404, 404, 200),
        "POST": GET_ONLY,
    },
}

#: Third-party views outside the admin: any answer but a server error.
THIRD_PARTY = {
    "set_language",
    "wagtaildocs_serve",
    "wagtaildocs_authenticate_with_password",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",
    "wagtail_serve",
    "account_login",
    "account_logout",
    "account_inactive",
    "account_signup",
    "account_reauthenticate",
    "account_email",
    "account_email_verification_sent",
    "account_change_password",
    "account_set_password",
    "account_reset_password",
    "account_confirm_login_code",
    "account_confirm_email",
    "account_reset_password_from_key_done",
    "account_reset_password_from_key",
    "account_reset_password_done",
    "mfa_index",
    "mfa_authenticate",
    "mfa_reauthenticate",
    "mfa_activate_totp",
    "mfa_deactivate_totp",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
}


def _patterns(resolver=None, prefix="", namespace=""):
    """(route, name, view's dotted path) for every pattern, recursively."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace
            inner = f"{namespace}:{ns}" if namespace and ns else ns or namespace
            yield from _patterns(pattern, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield prefix + str(pattern.pattern), name, pattern.lookup_str


def _page_routes():
    """``page:<model>:<route>`` for every sub-route of the project's pages."""
    for model in Page.__subclasses__() + [
        sub for cls in Page.__subclasses__() for sub in cls.__subclasses__()
    ]:
        if issubclass(model, RoutablePageMixin) and model.__module__.startswith(
            PROJECT_APPS
        ):
            for pattern in model.get_subpage_urls():
                if pattern.name and pattern.name != "index_route":
                    yield f"page:{model._meta.label_lower}:{pattern.name}"


def _is_wagtail_admin(route: str, view: str) -> bool:
    return route.startswith("cms/") and not view.startswith(PROJECT_APPS)


def _keys() -> list[str]:
    keys = {
        name or f"<unnamed {route}>"
        for route, name, view in _patterns()
        if not _is_wagtail_admin(route, view)
    }
    return sorted(keys | set(_page_routes()))


def test_every_url_has_an_expectation():
    missing = [key for key in _keys() if key not in EXPECTED and key not in THIRD_PARTY]
    stale = [key for key in list(EXPECTED) + list(ROUTES) if key not in _keys()]

    assert missing == [], "views without a row in the permission matrix"
    assert stale == [], "rows for views that no longer exist"


def _client(world: World, role: str) -> Client:
    client = Client(raise_request_exception=False)
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


def _url(world: World, key: str, route: Route) -> str:
    if key.startswith("page:"):
        _page, label, route = key.split(":")
        page = {
            "courses.courseindexpage": world.index,
            "courses.coursepage": world.course,
            "courses.modulepage": world.module,
        }[label]
        args = {"report_export": ["csv"]}.get(route, [])
        return page.url + page.reverse_subpage(route, args=args)
    return reverse(key, kwargs=route.kwargs(world))


def _answer(response) -> int | str:
    """The status, with redirects told apart: to log in, Wagtail's refusal (back to
    its dashboard with a message), or anywhere else (302)."""
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        if location.endswith("/login/"):
            return LOGIN
        if location == reverse("wagtailadmin_home"):
            return DENIED
    return response.status_code


def _post(client: Client, url: str, payload):
    if isinstance(payload, bytes):
        return client.post(url, payload, content_type="application/json")
    return client.post(url, payload)


def _answers(world: World, key: str) -> dict:
    """What each role gets, GET first, then each POST (roles in ROLES order, so an
    organiser's POST comes after everyone else's)."""
    route = ROUTES.get(key, Route())
    url = _url(world, key, route)
    seen = {"GET": {role: _answer(_client(world, role).get(url)) for role in ROLES}}
    for label, data in route.posts.items():
        method = f"POST {label}".strip()
        seen[method] = {}
        for role in ROLES:
            payload = data(world) if callable(data) else data
            seen[method][role] = _answer(_post(_client(world, role), url, payload))
    return seen


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_role_gets_the_expected_answer(world, key):
    seen = _answers(world, key)

    wrong = {
        f"{method} as {role}": f"expected {EXPECTED[key][method][role]}, got {answer}"
        for method, answers in seen.items()
        for role, answer in answers.items()
        if answer != EXPECTED[key].get(method, {}).get(role)
    }
    assert wrong == {}
    assert set(seen) == set(EXPECTED[key])


@pytest.mark.parametrize("key", sorted(THIRD_PARTY - {"wagtaildocs_serve"}))
def test_third_party_views_never_fail(world, key):
    route = next(route for route, name, _view in _patterns() if name == key)
    kwargs = {}
    if "<int:" in route:
        kwargs = {part.split(">")[0]: 1 for part in route.split("<int:")[1:]}
    try:
        url = reverse(key, kwargs=kwargs)
    except Exception:
        pytest.skip("takes regex arguments; covered by its own tests")
    for role in ROLES:
        client = _client(world, role)
        assert client.get(url).status_code < 500
        assert client.post(url).status_code < 500


@pytest.mark.parametrize("role", ROLES)
def test_wagtail_admin_views_share_one_expectation(world, role):
    """Wagtail's own admin views (every /cms/ pattern that is not the project's):
    the dashboard stands for them, with the same gate."""
    wagtail_owned = [
        name for route, name, view in _patterns() if _is_wagtail_admin(route, view)
    ]
    assert "wagtailadmin_home" in wagtail_owned

    response = _client(world, role).get(reverse("wagtailadmin_home"))

    assert _answer(response) == ADMIN[role]


def _sample_url(route: str, name: str) -> str | None:
    """``name`` reversed with 1 for every argument, or None if it takes patterns
    that 1 does not match."""
    arguments = re.findall(r"<(?:(\w+):)?(\w+)>", route)
    try:
        return reverse(name, kwargs={argument: 1 for _type, argument in arguments})
    except NoReverseMatch:
        return None


#: Wagtail admin pages that are public by design: signing in and out, resetting a
#: password, the translations and icons its pages load.
PUBLIC_ADMIN_VIEWS = {
    "wagtailadmin_sprite",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
}


@pytest.mark.parametrize("role", ["anonymous", "trainee"])
def test_no_wagtail_admin_view_lets_a_non_staff_person_in(world, role):
    """Every Wagtail-owned admin URL, not only the dashboard, sends an anonymous
    visitor or a trainee to log in (or refuses the method)."""
    client = _client(world, role)
    answers = {}
    for route, name, view in _patterns():
        url = _sample_url(route, name) if name else None
        if url is not None and _is_wagtail_admin(route, view):
            answers[name] = _answer(client.get(url))

    let_in = {name for name, answer in answers.items() if answer != LOGIN}
    assert len(answers) > 200
    assert let_in <= PUBLIC_ADMIN_VIEWS
