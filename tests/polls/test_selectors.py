import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from polls.models import Poll
from polls.selectors import answered_choices, for_participants, session_polls
from polls.tests.factories import DraftPollFactory, PollFactory, answered
from sessions.tests.factories import SessionEndpointFactory

pytestmark = pytest.mark.django_db


def answers(poll, site, picks: list[int], endpoint="site") -> None:
    """One new person per pick, answering that choice (by index)."""
    choices = list(poll.choices.all())
    where = site.endpoint if endpoint == "site" else endpoint
    for index in picks:
        answered(poll, UserFactory(), [choices[index]], endpoint=where)


def only(polls: list[dict], poll: Poll) -> dict:
    return next(item for item in polls if item["id"] == poll.pk)


def test_results_count_each_choice_overall(poll, site):
    answers(poll, site, [0, 0, 1])

    results = only(session_polls(session_id=poll.session_id), poll)["results"]

    assert results["counts"] == [2, 1]
    assert results["respondents"] == 3


def test_results_count_each_choice_per_site_and_remote(poll, site):
    other = SessionEndpointFactory(session=site.session)
    answers(poll, site, [0, 1])
    answers(poll, other, [1])
    answers(poll, site, [0], endpoint=None)

    sites = only(session_polls(session_id=poll.session_id), poll)["results"]["sites"]

    by_site = {s["endpoint_id"]: (s["counts"], s["respondents"]) for s in sites}
    assert by_site == {
        site.endpoint_id: ([1, 1], 2),
        other.endpoint_id: ([0, 1], 1),
        None: ([1, 0], 1),
    }


def test_a_multiple_choice_answer_counts_for_each_choice_picked_and_once_as_a_person(
    site,
):
    poll = PollFactory(session=site.session, kind="multiple", choices=["A", "B", "C"])
    answered(poll, UserFactory(), list(poll.choices.all())[:2], site.endpoint)

    results = only(session_polls(session_id=poll.session_id), poll)["results"]

    assert results["counts"] == [1, 1, 0]
    assert results["respondents"] == 1


def _queries(session_id: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        session_polls(session_id=session_id)
    return len(captured)


def test_reading_the_results_takes_as_many_queries_for_many_answers_as_for_few(
    site,
):
    few = PollFactory(session=site.session)
    answers(few, site, [0])
    small = _queries(site.session_id)

    for _ in range(3):
        poll = PollFactory(session=site.session, choices=["A", "B", "C", "D"])
        for _ in range(4):
            answers(poll, SessionEndpointFactory(session=site.session), [0, 1, 2])
        answers(poll, site, [3, 3], endpoint=None)

    assert _queries(site.session_id) == small


def test_participants_see_launched_polls_only(site):
    draft = DraftPollFactory(session=site.session)
    launched = PollFactory(session=site.session)

    shown = for_participants(session_polls(session_id=site.session_id))

    assert [poll["id"] for poll in shown] == [launched.pk]
    assert draft.pk not in [poll["id"] for poll in shown]


def test_participants_get_no_results_while_they_are_kept_for_organisers(poll, site):
    answers(poll, site, [0])

    shown = for_participants(session_polls(session_id=site.session_id))

    assert shown[0]["results"] is None


def test_participants_get_the_overall_results_once_they_are_shown(poll, site):
    poll.results_visible = True
    poll.save()
    answers(poll, site, [0])

    shown = for_participants(session_polls(session_id=site.session_id))

    assert shown[0]["results"]["counts"] == [1, 0]
    assert shown[0]["results"]["sites"] == []


def test_a_person_s_own_choices_are_read_back_by_poll(poll, site, trainee):
    choice = poll.choices.first()
    answered(poll, trainee, [choice], site.endpoint)
    answers(poll, site, [1])

    assert answered_choices(session_id=site.session_id, user=trainee) == {
        poll.pk: [choice.pk]
    }


def test_sites_are_listed_hub_first_then_by_name(poll, site):
    hub = site.session.hub
    zeta = SessionEndpointFactory(session=site.session, endpoint__name="Zeta")
    alpha = SessionEndpointFactory(session=site.session, endpoint__name="Alpha")
    for where in (zeta.endpoint, hub, alpha.endpoint):
        answers(poll, site, [0], endpoint=where)

    sites = only(session_polls(session_id=poll.session_id), poll)["results"]["sites"]

    assert [s["name"] for s in sites] == [hub.name, "Alpha", "Zeta"]
