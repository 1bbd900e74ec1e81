"""Two check-ins of the same person at the same moment make one row: the database's
unique constraint decides, not the application. Needs real concurrent transactions,
so PostgreSQL only."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import UserFactory
from sessions import checkin_codes
from sessions.models import Attendance
from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent transactions"
)
def test_concurrent_check_ins_of_one_person_create_one_row():
    link = OngoingSessionEndpointFactory()
    user = UserFactory()
    code = checkin_codes.current_code(link.checkin_secret)
    workers = 8
    barrier = threading.Barrier(workers)
    statuses: list[int] = []

    def check_in():
        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            statuses.append(client.post(reverse("checkin"), {"code": code}).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=check_in) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [200] * workers
    assert Attendance.objects.filter(session=link.session, user=user).count() == 1
