"""Each page of polls, for each role: who may open it, and what it does."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from polls.models import Answer, Poll
from polls.tests.factories import DraftPollFactory, PollFactory, checked_in
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(site, trainee, lecturer, organiser) -> dict:
    """Everyone whose answer differs, keyed by role."""
    taking_part = UserFactory(role=Role.TRAINEE)
    checked_in(taking_part, site.session, site.endpoint)
    own = UserFactory(role=Role.SITE_COORDINATOR)
    site.endpoint.coordinators.add(own)
    other_site = SessionEndpointFactory(session=site.session)
    other = UserFactory(role=Role.SITE_COORDINATOR)
    other_site.endpoint.coordinators.add(other)
    outside = UserFactory(role=Role.SITE_COORDINATOR)
    EndpointFactory(coordinators=[outside])
    presenter = UserFactory(role=Role.LECTURER)
    site.session.presenter = presenter
    site.session.save(update_fields=["presenter"])
    return {
        "anonymous": None,
        "trainee taking part": taking_part,
        "trainee not taking part": trainee,
        "coordinator of a site": own,
        "coordinator of another site of the session": other,
        "coordinator outside the session": outside,
        "lecturer": lecturer,
        "presenter": presenter,
        "organiser": organiser,
    }


def status_for(client_for, people, role, method, url, data=None) -> int | str:
    response = getattr(client_for(people[role]), method)(url, data or {})
    if response.status_code == 302 and "/login/" in response["Location"]:
        return "login"
    return response.status_code


PARTICIPANTS_PAGE = {
    "anonymous": "login",
    "trainee taking part": 200,
    "trainee not taking part": 403,
    "coordinator of a site": 200,
    "coordinator of another site of the session": 200,
    "coordinator outside the session": 403,
    "lecturer": 403,
    "presenter": 200,
    "organiser": 200,
}


@pytest.mark.parametrize("role", PARTICIPANTS_PAGE)
def test_the_participants_page_opens_for_those_taking_part(
    site, people, client_for, role
):
    url = reverse("polls:session", kwargs={"pk": site.session_id})

    assert status_for(client_for, people, role, "get", url) == PARTICIPANTS_PAGE[role]


def test_the_participants_page_refuses_a_trainee_with_a_vietnamese_reason(
    site, people, client_for
):
    url = reverse("polls:session", kwargs={"pk": site.session_id})

    response = client_for(people["trainee not taking part"]).get(url)

    assert "Hãy điểm danh" in response.content.decode()


def test_the_participants_page_carries_launched_polls_but_no_draft(
    site, people, client_for
):
    launched = PollFactory(session=site.session, question="Câu hỏi đã phát động?")
    DraftPollFactory(session=site.session, question="Câu hỏi còn nháp?")
    url = reverse("polls:session", kwargs={"pk": site.session_id})

    page = client_for(people["trainee taking part"]).get(url)

    state = page.context["panel"]["state"]
    assert [poll["id"] for poll in state["polls"]] == [launched.pk]
    assert "Câu hỏi còn nháp?" not in page.content.decode()


MANAGE_PAGE = {
    "anonymous": "login",
    "trainee taking part": 403,
    "trainee not taking part": 403,
    "coordinator of a site": 403,
    "coordinator of another site of the session": 403,
    "coordinator outside the session": 403,
    "lecturer": 403,
    "presenter": 200,
    "organiser": 200,
}


@pytest.mark.parametrize("role", MANAGE_PAGE)
def test_the_moderators_page_opens_for_the_presenter_and_organisers(
    site, people, client_for, role
):
    url = reverse("polls:manage", kwargs={"pk": site.session_id})

    assert status_for(client_for, people, role, "get", url) == MANAGE_PAGE[role]


@pytest.mark.parametrize("role", MANAGE_PAGE)
def test_only_moderators_launch_an_improvised_poll(site, people, client_for, role):
    url = reverse("polls:manage", kwargs={"pk": site.session_id})
    data = {"question": "Đã sẵn sàng?", "kind": "single", "choices": "Có\nChưa"}

    answer = status_for(client_for, people, role, "post", url, {**data, "launch": "1"})

    expected = 302 if MANAGE_PAGE[role] == 200 else MANAGE_PAGE[role]
    assert answer == expected
    launched = Poll.objects.filter(state=Poll.State.OPEN).exists()
    assert launched == (expected == 302)


def test_a_poll_with_one_choice_is_refused_with_a_vietnamese_message(
    site, organiser, client_for
):
    url = reverse("polls:manage", kwargs={"pk": site.session_id})
    data = {"question": "Đã sẵn sàng?", "kind": "single", "choices": "Có"}

    response = client_for(organiser).post(url, data)

    assert response.status_code == 400
    assert "Cần ít nhất 2 phương án" in response.content.decode()
    assert not Poll.objects.exists()


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [
        ("launch", "state", Poll.State.OPEN),
        ("show", "results_visible", True),
    ],
)
def test_the_moderator_s_buttons_act_on_a_draft(
    site, organiser, client_for, action, field, value
):
    poll = DraftPollFactory(session=site.session)
    url = reverse("polls:manage", kwargs={"pk": site.session_id})

    client_for(organiser).post(url, {"action": action, "poll": poll.pk})

    poll.refresh_from_db()
    assert getattr(poll, field) == value


def test_closing_from_the_moderators_page_closes_the_poll(poll, organiser, client_for):
    url = reverse("polls:manage", kwargs={"pk": poll.session_id})

    response = client_for(organiser).post(url, {"action": "close", "poll": poll.pk})

    poll.refresh_from_db()
    assert response.status_code == 302
    assert poll.state == Poll.State.CLOSED


def test_a_poll_of_another_session_is_not_found_from_this_one(
    site, organiser, client_for
):
    foreign = PollFactory()
    url = reverse("polls:manage", kwargs={"pk": site.session_id})

    response = client_for(organiser).post(url, {"action": "close", "poll": foreign.pk})

    assert response.status_code == 404


ANSWER = {
    "anonymous": "login",
    "trainee taking part": 200,
    "trainee not taking part": 403,
    "coordinator of a site": 200,
    "coordinator of another site of the session": 200,
    "coordinator outside the session": 403,
    "lecturer": 403,
    "presenter": 403,
    "organiser": 403,
}


def answer_url(poll: Poll) -> str:
    return reverse("polls:answer", kwargs={"pk": poll.session_id, "poll_id": poll.pk})


@pytest.mark.parametrize("role", ANSWER)
def test_participants_answer_and_nobody_else(poll, people, client_for, role):
    choice = poll.choices.first()

    answer = status_for(
        client_for, people, role, "post", answer_url(poll), {"choice": choice.pk}
    )

    assert answer == ANSWER[role]
    assert Answer.objects.filter(poll=poll).count() == (1 if answer == 200 else 0)


def test_an_answer_returns_the_choices_counted(poll, participant, client_for):
    choice = poll.choices.first()

    response = client_for(participant).post(answer_url(poll), {"choice": choice.pk})

    assert response.json() == {"answered": [choice.pk]}


def test_a_second_answer_is_refused_with_409_in_vietnamese(
    poll, participant, client_for
):
    client = client_for(participant)
    first, second = poll.choices.all()
    client.post(answer_url(poll), {"choice": first.pk})

    response = client.post(answer_url(poll), {"choice": second.pk})

    assert response.status_code == 409
    assert response.json()["error"] == "Bạn đã trả lời thăm dò này rồi."


def test_an_answer_without_a_choice_is_refused_in_vietnamese(
    poll, participant, client_for
):
    response = client_for(participant).post(answer_url(poll), {})

    assert response.status_code == 400
    assert response.json()["error"] == "Hãy chọn đúng một phương án."


def test_an_answer_to_a_closed_poll_is_refused(site, participant, client_for):
    poll = PollFactory(session=site.session, state=Poll.State.CLOSED)

    response = client_for(participant).post(
        answer_url(poll), {"choice": poll.choices.first().pk}
    )

    assert response.status_code == 400


def test_an_answer_to_a_poll_of_another_session_is_not_found(
    site, participant, client_for
):
    foreign = PollFactory()
    url = reverse("polls:answer", kwargs={"pk": site.session_id, "poll_id": foreign.pk})

    response = client_for(participant).post(url, {"choice": 1})

    assert response.status_code == 404


@pytest.mark.parametrize("role", MANAGE_PAGE)
def test_the_export_is_for_the_presenter_and_organisers(site, people, client_for, role):
    url = reverse("polls:export", kwargs={"pk": site.session_id})

    assert status_for(client_for, people, role, "get", url) == MANAGE_PAGE[role]
