"""The questions' endpoints, by role: who takes part asks and votes, moderators
moderate, and the answers suit both the page's script (JSON) and a plain form."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from questions.models import Question, QuestionSettings
from questions.tests.factories import QuestionFactory
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def ask_url(room) -> str:
    return reverse("questions:ask", args=[room.session.pk])


def a_question(room, **fields) -> Question:
    return QuestionFactory(
        session=room.session,
        author=room.neighbour,
        endpoint=room.site.endpoint,
        **fields,
    )


def test_anonymous_visitors_are_sent_to_log_in(client, room):
    response = client.post(ask_url(room), {"text": "Hỏi?"})

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_trainee_at_a_site_asks_and_gets_back_to_the_live_page(client_for, room):
    response = client_for(room.trainee).post(ask_url(room), {"text": "Hỏi?"})

    assert response.status_code == 302
    assert response["Location"].endswith(
        reverse("sessions:live", args=[room.session.pk]) + "#questions"
    )
    assert Question.objects.get().author == room.trainee


def test_the_page_script_gets_the_new_question_id_as_json(client_for, room):
    response = client_for(room.trainee).post(ask_url(room), {"text": "Hỏi?"}, **JSON)

    assert response.json() == {"ok": True, "id": Question.objects.get().pk}


def test_an_empty_question_is_refused_in_vietnamese(client_for, room):
    response = client_for(room.trainee).post(ask_url(room), {"text": " "}, **JSON)

    assert response.status_code == 400
    assert response.json()["error"] == "Hãy viết câu hỏi trước khi gửi."


def test_too_many_questions_answer_429(client_for, room):
    client = client_for(room.trainee)
    for n in range(5):
        client.post(ask_url(room), {"text": f"Hỏi {n}?"}, **JSON)

    response = client.post(ask_url(room), {"text": "Hỏi nữa?"}, **JSON)

    assert response.status_code == 429


def test_a_trainee_who_does_not_take_part_cannot_ask(client_for, room):
    response = client_for(UserFactory(role=Role.TRAINEE)).post(
        ask_url(room), {"text": "Hỏi?"}
    )

    assert response.status_code == 403


def test_a_trainee_who_does_not_take_part_gets_403_even_for_an_empty_form(
    client_for, room
):
    response = client_for(UserFactory(role=Role.TRAINEE)).post(ask_url(room), {})

    assert response.status_code == 403


def test_the_coordinator_of_the_site_asks_for_the_room(client_for, room):
    client_for(room.coordinator).post(ask_url(room), {"text": "Hỏi?"})

    assert Question.objects.get().for_room


def test_a_coordinator_of_a_site_outside_the_session_cannot_ask(client_for, room):
    other = UserFactory(role=Role.SITE_COORDINATOR)
    SessionEndpointFactory(endpoint=EndpointFactory(coordinators=[other]))

    response = client_for(other).post(ask_url(room), {"text": "Hỏi?"})

    assert response.status_code == 403


def test_a_lecturer_who_does_not_present_cannot_ask(client_for, room):
    response = client_for(UserFactory(role=Role.LECTURER)).post(
        ask_url(room), {"text": "Hỏi?"}
    )

    assert response.status_code == 403


def test_a_vote_answers_with_the_new_state(client_for, room):
    question = a_question(room)

    response = client_for(room.trainee).post(
        reverse("questions:vote", args=[question.pk]), {"supports": "1"}, **JSON
    )

    assert response.json() == {"ok": True, "id": question.pk, "voted": True}
    assert question.votes.count() == 1


def test_a_vote_for_ones_own_question_is_refused(client_for, room):
    question = a_question(room)

    response = client_for(room.neighbour).post(
        reverse("questions:vote", args=[question.pk]), {"supports": "1"}, **JSON
    )

    assert response.status_code == 400
    assert question.votes.count() == 0


def test_the_presenter_pins_a_question(client_for, room):
    question = a_question(room)

    response = client_for(room.presenter).post(
        reverse("questions:moderate", args=[question.pk]), {"action": "pin"}
    )

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.pinned


def test_a_participant_cannot_moderate(client_for, room):
    question = a_question(room)

    response = client_for(room.trainee).post(
        reverse("questions:moderate", args=[question.pk]), {"action": "hide"}
    )

    assert response.status_code == 403


def test_an_unknown_moderation_is_a_bad_request_for_a_moderator(client_for, room):
    question = a_question(room)

    response = client_for(room.presenter).post(
        reverse("questions:moderate", args=[question.pk]), {"action": "delete"}, **JSON
    )

    assert response.status_code == 400


def test_the_presenter_allows_anonymous_questions(client_for, room):
    client_for(room.presenter).post(
        reverse("questions:settings", args=[room.session.pk]),
        {"allow_anonymous": "on"},
    )

    assert QuestionSettings.objects.get(session=room.session).allow_anonymous


def test_a_coordinator_cannot_change_the_settings(client_for, room):
    response = client_for(room.coordinator).post(
        reverse("questions:settings", args=[room.session.pk]),
        {"allow_anonymous": "on"},
    )

    assert response.status_code == 403


def export(client, room, fmt: str = "csv"):
    return client.get(
        reverse("questions:export", args=[room.session.pk]), {"format": fmt}
    )


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_presenters_export_names_the_author_of_an_anonymous_question(
    client_for, room
):
    a_question(room, anonymous=True)

    rows = csv_rows(export(client_for(room.presenter), room))

    assert rows[0][:3] == ["Thời điểm hỏi", "Điểm cầu", "Người hỏi"]
    assert rows[1][2] == room.neighbour.full_name


def test_a_coordinators_export_withholds_anonymous_authors(client_for, room):
    a_question(room, anonymous=True)

    rows = csv_rows(export(client_for(room.coordinator), room))

    assert rows[1][2] == ""


def test_the_export_makes_formulas_inert(client_for, room):
    a_question(room, text='=HYPERLINK("http://x")')

    rows = csv_rows(export(client_for(room.presenter), room))

    assert rows[1][4].startswith("'=")


def test_the_export_comes_as_xlsx_too(client_for, room):
    response = export(client_for(room.presenter), room, "xlsx")

    assert response["Content-Disposition"].endswith('.xlsx"')


@pytest.mark.parametrize("who", ["trainee", "lecturer"])
def test_a_trainee_or_a_lecturer_who_does_not_present_cannot_export(
    client_for, room, who
):
    user = room.trainee if who == "trainee" else UserFactory(role=Role.LECTURER)

    assert export(client_for(user), room).status_code == 403
