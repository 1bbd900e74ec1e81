"""Housekeeping of the task queue: finished results do not pile up in PostgreSQL.

Every account email and certificate rendering leaves a row (django-tasks-db); the
periodic command removes those finished more than ``TASK_RESULTS_KEEP_DAYS`` ago.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult


def task_results_prune() -> str:
    if not isinstance(task_backends["default"], DatabaseBackend):
        return "skipped: tasks run immediately, nothing is queued"
    cutoff = timezone.now() - timedelta(days=settings.TASK_RESULTS_KEEP_DAYS)
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return f"{deleted} finished task result(s) removed"
