"""A real ``manage.py db_worker`` process renders a certificate enqueued by a request's
code path, as in production (config.settings.production uses the database backend)."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.certificates.services import certificate_issue_manually
from assessments.models import Certificate
from assessments.tests.factories import course_tree

ROOT = Path(__file__).resolve().parents[2]
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgresql():
    if connection.vendor == "postgresql":
        return
    if os.environ.get("CI") == "true" and os.environ.get("DATABASE_URL"):
        pytest.fail("CI gave a DATABASE_URL, yet the tests do not run on PostgreSQL")
    pytest.skip(
        "a worker process cannot see SQLite's in-memory test database; "
        "run with DATABASE_URL=postgres://... (CI does)"
    )


def worker_database_url() -> str:
    """The URL of the database this test runs on (pytest-django's test database)."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{db['NAME']}"


def run_worker(settings) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=worker_database_url(),
        TASKS_BACKEND="database",
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
    )
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_a_worker_process_renders_a_certificate_the_request_only_enqueued(
    postgresql, settings
):
    settings.TASKS = DATABASE_BACKEND
    course, _ = course_tree()
    organiser = UserFactory(role=Role.ORGANISER)
    trainee = UserFactory(role=Role.TRAINEE, full_name="Nguyễn Thị Hồng Nhung")

    certificate = certificate_issue_manually(
        user=trainee, course=course, reason="Dự đủ hội nghị", by=organiser
    )
    assert not Certificate.objects.get(pk=certificate.pk).pdf
    queued = DBTaskResult.objects.get(task_path__endswith=".render_certificate")
    assert queued.args_kwargs["args"] == [certificate.pk]

    result = run_worker(settings)

    assert result.returncode == 0, result.stdout + result.stderr
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL", queued.traceback
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    rendered = Certificate.objects.get(pk=certificate.pk)
    with rendered.pdf.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
