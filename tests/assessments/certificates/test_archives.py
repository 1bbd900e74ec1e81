"""ZIPs of a course's or a session's certificates, built in a task with progress."""

import io
import zipfile

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.models import CertificateArchive
from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
    make_module,
)

from .helpers import live_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_three():
    course = CertificationRuleFactory().course
    certificates = [
        CertificateFactory(
            course=course,
            user=UserFactory(role=Role.TRAINEE),
            basis={"sessions": [{"id": 7, "counted": n != 2}], "sessions_attended": 1},
        )
        for n in range(3)
    ]
    return course, certificates


def zip_names(client, archive) -> list[str]:
    response = client.get(reverse("certificates:archive_download", args=[archive.pk]))
    data = b"".join(response.streaming_content)
    return sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())


def test_course_zip_holds_every_live_certificate(
    client_for, organiser, course_with_three, django_capture_on_commit_callbacks
):
    course, certificates = course_with_three
    client = client_for(organiser)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates:archive_request", args=[course.pk])
        )

    archive = CertificateArchive.objects.get()
    assert response.url == reverse("certificates:archive", args=[archive.pk])
    assert archive.status == CertificateArchive.Status.DONE
    assert (archive.done, archive.total) == (3, 3)
    names = zip_names(client, archive)
    assert len(names) == 3
    assert all(any(c.code in n for n in names) for c in certificates)


def test_session_zip_holds_only_those_who_attended_it(
    client_for, organiser, django_capture_on_commit_callbacks
):
    course = CertificationRuleFactory().course
    session = live_session(make_module(course))
    for counted in (True, True, False):
        CertificateFactory(
            course=course,
            user=UserFactory(role=Role.TRAINEE),
            basis={"sessions": [{"id": session.pk, "counted": counted}]},
        )

    with django_capture_on_commit_callbacks(execute=True):
        client_for(organiser).post(
            reverse("certificates:archive_request", args=[course.pk]),
            {"session": session.pk},
        )

    archive = CertificateArchive.objects.get()
    assert archive.session == session
    assert (archive.done, archive.total) == (2, 2)


def test_progress_page_shows_status_and_download_link(
    client_for, organiser, course_with_three, django_capture_on_commit_callbacks
):
    course, _ = course_with_three
    client = client_for(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates:archive_request", args=[course.pk])
        )

    html = client.get(response.url).content.decode()
    assert 'data-archive-status="done"' in html
    assert '<progress class="progress" max="100" value="100">' in html


def test_pending_archive_page_refreshes_itself(
    client_for, organiser, course_with_three
):
    course, _ = course_with_three
    archive = CertificateArchive.objects.create(course=course, requested_by=organiser)

    html = (
        client_for(organiser)
        .get(reverse("certificates:archive", args=[archive.pk]))
        .content.decode()
    )

    assert 'http-equiv="refresh"' in html


def test_another_organisers_archive_is_not_found(
    client_for, organiser, course_with_three
):
    course, _ = course_with_three
    archive = CertificateArchive.objects.create(course=course, requested_by=organiser)
    other = UserFactory(role=Role.ORGANISER)

    response = client_for(other).get(reverse("certificates:archive", args=[archive.pk]))

    assert response.status_code == 404


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_only_organisers_may_request_a_zip(client_for, course_with_three, who, request):
    course, _ = course_with_three

    response = client_for(request.getfixturevalue(who)).post(
        reverse("certificates:archive_request", args=[course.pk])
    )

    assert response.status_code == 403
    assert not CertificateArchive.objects.exists()
