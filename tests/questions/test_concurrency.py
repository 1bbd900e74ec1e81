"""Double clicks arriving at the same moment: the database's constraints decide.
Needs real concurrent transactions, so PostgreSQL only (like the check-in's)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from questions.models import Question, Vote
from questions.tests.factories import QuestionFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent transactions"
    ),
]

WORKERS = 8


def at_once(user, url: str, data: dict) -> list[int]:
    barrier = threading.Barrier(WORKERS)
    statuses: list[int] = []

    def post():
        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            statuses.append(client.post(url, data).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_concurrent_votes_of_one_person_make_one_vote(room):
    question = QuestionFactory(session=room.session, author=room.neighbour)

    statuses = at_once(
        room.trainee, reverse("questions:vote", args=[question.pk]), {"supports": "1"}
    )

    assert statuses == [302] * WORKERS
    assert Vote.objects.filter(question=question).count() == 1


def test_concurrent_pins_leave_one_pinned_question(room):
    questions = QuestionFactory.create_batch(WORKERS, session=room.session)
    barrier = threading.Barrier(WORKERS)
    statuses: list[int] = []

    def pin(question):
        client = Client()
        client.force_login(room.presenter)
        barrier.wait()
        try:
            url = reverse("questions:moderate", args=[question.pk])
            statuses.append(client.post(url, {"action": "pin"}).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pin, args=[q]) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [302] * WORKERS
    assert Question.objects.filter(session=room.session, pinned=True).count() == 1
