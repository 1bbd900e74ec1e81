"""The questions panel as the live page first paints it."""

import pytest
from django.urls import reverse

from questions.tests.factories import QuestionFactory, QuestionSettingsFactory

pytestmark = pytest.mark.django_db


def live_page(client, room) -> str:
    return client.get(reverse("sessions:live", args=[room.session.pk])).content.decode()


def test_question_text_is_escaped(client_for, room):
    QuestionFactory(session=room.session, text="<script>alert(1)</script>")

    page = live_page(client_for(room.trainee), room)

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_participant_does_not_get_the_name_of_an_anonymous_author(client_for, room):
    QuestionFactory(session=room.session, author=room.neighbour, anonymous=True)

    page = live_page(client_for(room.trainee), room)

    assert room.neighbour.full_name not in page


def test_the_presenter_gets_the_name_of_an_anonymous_author(client_for, room):
    QuestionFactory(session=room.session, author=room.neighbour, anonymous=True)

    page = live_page(client_for(room.presenter), room)

    assert room.neighbour.full_name in page


def test_the_anonymous_choice_is_offered_only_when_the_session_allows_it(
    client_for, room
):
    before = live_page(client_for(room.trainee), room)
    QuestionSettingsFactory(session=room.session)
    after = live_page(client_for(room.trainee), room)

    assert "data-qa-anon hidden" in before
    assert "data-qa-anon hidden" not in after


def test_ones_own_question_offers_no_vote(client_for, room):
    question = QuestionFactory(session=room.session, author=room.trainee)

    page = live_page(client_for(room.trainee), room)

    assert reverse("questions:vote", args=[question.pk]) not in page
