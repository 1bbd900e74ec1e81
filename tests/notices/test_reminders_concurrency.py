"""Reminder runs overlapping (a slow run and the next minute's) send each reminder
once: the unique sent-reminder record decides. Real concurrent transactions, so
PostgreSQL only."""

import threading

import pytest
from django.db import connection, connections

from notices.models import SentReminder
from notices.reminders import reminders_send

from .mailbox import ict

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent transactions"
)
def test_concurrent_reminder_runs_send_each_reminder_once(expected, smtp_inbox):
    runs = 4
    barrier = threading.Barrier(runs)
    queued: list[int] = []

    def run() -> None:
        barrier.wait()
        try:
            queued.append(reminders_send(now=ict(2026, 11, 30, 9, 0)))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(queued) == 3
    assert len(smtp_inbox.messages) == 3
    assert SentReminder.objects.count() == 3
