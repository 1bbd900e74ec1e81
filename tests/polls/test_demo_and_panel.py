import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory

from polls.models import Answer, Poll
from sessions.live_panels import live_panels
from sessions.participation import session_participation

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> None:
    call_command("seed_demo", verbosity=0)


def test_the_demo_conference_has_one_closed_poll_answered_from_several_sites(seeded):
    poll = Poll.objects.get()

    sites = set(Answer.objects.filter(poll=poll).values_list("endpoint", flat=True))
    assert poll.state == Poll.State.CLOSED
    assert poll.results_visible
    assert len(sites) >= 5
    assert None not in sites


def test_seeding_twice_keeps_one_poll(seeded):
    call_command("seed_demo", verbosity=0)

    assert Poll.objects.count() == 1


def test_the_live_page_gets_a_polls_panel_that_renders_on_its_own(poll, participant):
    request = RequestFactory().get("/")
    request.user = participant
    request.csp_nonce = "n"
    taking_part = session_participation(participant, poll.session)

    [(panel, context)] = [
        item
        for item in live_panels(request, poll.session, taking_part)
        if item[0].name == "polls"
    ]
    html = render_to_string(panel.template, {"panel": context}, request=request)

    assert f'data-polls data-session="{poll.session_id}"' in html
    assert "polls/panel.js" in html
    assert context["state"]["polls"][0]["id"] == poll.pk
