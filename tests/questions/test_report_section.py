"""The session report lists the session's questions with their downloads."""

import pytest
from django.urls import reverse

from questions.tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def report(client, room):
    return client.get(
        reverse("attendance-session-report", kwargs={"session_id": room.session.pk})
    )


def test_the_organisers_report_counts_the_questions_and_links_the_download(
    client_for, room, organiser
):
    QuestionFactory.create_batch(2, session=room.session)

    page = report(client_for(organiser), room).content.decode()

    assert "2 câu hỏi." in page
    assert reverse("questions:export", args=[room.session.pk]) + "?format=xlsx" in page


def test_a_coordinators_report_counts_only_what_participants_see(client_for, room):
    from django.utils import timezone

    QuestionFactory(session=room.session)
    QuestionFactory(session=room.session, hidden_at=timezone.now())

    page = report(client_for(room.coordinator), room).content.decode()

    assert "1 câu hỏi." in page
