from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.mail import email_send
from accounts.periodic import registered_jobs
from accounts.task_results import task_results_prune

pytestmark = pytest.mark.django_db

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued_email(*, status: str, finished_days_ago: int | None) -> DBTaskResult:
    result = email_send.enqueue(
        subject="s", body="b", from_email="a@example.vn", to=["b@example.vn"]
    )
    row = DBTaskResult.objects.get(pk=result.id)
    row.status = status
    if finished_days_ago is not None:
        row.finished_at = timezone.now() - timedelta(days=finished_days_ago)
    row.save()
    return row


def test_finished_results_older_than_the_retention_are_pruned(settings):
    settings.TASKS = DATABASE_BACKEND
    settings.TASK_RESULTS_KEEP_DAYS = 14
    old = queued_email(status="SUCCESSFUL", finished_days_ago=15)
    recent = queued_email(status="FAILED", finished_days_ago=2)
    waiting = queued_email(status="READY", finished_days_ago=None)

    task_results_prune()

    remaining = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, waiting.pk}
    assert old.pk not in remaining


def test_with_the_immediate_backend_there_is_nothing_to_prune():
    assert task_results_prune().startswith("skipped")


def test_pruning_is_part_of_the_periodic_work():
    assert "prune_task_results" in {job.name for job in registered_jobs()}
