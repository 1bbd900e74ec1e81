import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from polls import services
from polls.models import Poll
from polls.tests.factories import DraftPollFactory
from sessions.models import LiveSession
from sessions.tests.factories import EndedSessionFactory, LiveSessionFactory

pytestmark = pytest.mark.django_db


def create(session, by, **overrides) -> Poll:
    fields = {
        "question": "Bạn đã từng trả lời phỏng vấn báo chí chưa?",
        "kind": Poll.Kind.SINGLE,
        "choices": ["Đã từng", "Chưa", ""],
    }
    return services.poll_create(session=session, by=by, **{**fields, **overrides})


def test_a_prepared_poll_is_a_draft_with_its_choices_in_order(site, organiser):
    poll = create(site.session, organiser)

    assert poll.state == Poll.State.DRAFT
    assert list(poll.choices.values_list("text", flat=True)) == ["Đã từng", "Chưa"]
    assert poll.created_by == organiser


def test_a_poll_can_be_prepared_before_the_session_starts(organiser):
    poll = create(LiveSessionFactory(), organiser)

    assert poll.state == Poll.State.DRAFT


def test_an_improvised_poll_is_launched_at_once(site, organiser):
    poll = create(site.session, organiser, launch=True)

    assert poll.state == Poll.State.OPEN
    assert poll.opened_at is not None


def test_the_presenter_runs_polls(site, lecturer):
    site.session.presenter = lecturer
    site.session.save(update_fields=["presenter"])

    assert create(site.session, lecturer, launch=True).state == Poll.State.OPEN


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_only_moderators_create_polls(site, who, request):
    user = request.getfixturevalue(who)
    if who == "coordinator":
        site.endpoint.coordinators.add(user)

    with pytest.raises(PermissionDenied):
        create(site.session, user)


def test_a_poll_needs_two_choices(site, organiser):
    with pytest.raises(ValidationError) as refused:
        create(site.session, organiser, choices=["Chỉ một", "  "])

    assert refused.value.code == "too_few_choices"


def test_a_poll_refuses_two_choices_with_the_same_text(site, organiser):
    with pytest.raises(ValidationError) as refused:
        create(site.session, organiser, choices=["Có", "có"])

    assert refused.value.code == "duplicate"


def test_an_ended_session_takes_no_new_poll(organiser):
    with pytest.raises(ValidationError) as refused:
        create(EndedSessionFactory(), organiser)

    assert refused.value.code == "ended"


def test_a_draft_is_launched_while_the_session_is_live(site, organiser):
    poll = DraftPollFactory(session=site.session)

    services.poll_launch(poll=poll, by=organiser)

    poll.refresh_from_db()
    assert poll.state == Poll.State.OPEN
    assert poll.opened_at is not None


@pytest.mark.parametrize(
    "status", [LiveSession.Status.SCHEDULED, LiveSession.Status.ENDED]
)
def test_a_draft_cannot_be_launched_unless_the_session_is_live(organiser, status):
    poll = DraftPollFactory(session=LiveSessionFactory(status=status))

    with pytest.raises(ValidationError) as refused:
        services.poll_launch(poll=poll, by=organiser)

    assert refused.value.code == "not_live"


def test_a_launched_poll_is_not_launched_again(poll, organiser):
    with pytest.raises(ValidationError) as refused:
        services.poll_launch(poll=poll, by=organiser)

    assert refused.value.code == "state"


def test_closing_a_poll_stops_it_for_good(poll, organiser):
    services.poll_close(poll=poll, by=organiser)

    poll.refresh_from_db()
    assert poll.state == Poll.State.CLOSED
    assert poll.closed_at is not None


def test_a_draft_cannot_be_closed(site, organiser):
    with pytest.raises(ValidationError):
        services.poll_close(poll=DraftPollFactory(session=site.session), by=organiser)


def test_a_trainee_cannot_close_a_poll(poll, participant):
    with pytest.raises(PermissionDenied):
        services.poll_close(poll=poll, by=participant)


def test_results_can_be_shown_to_participants_and_hidden_again(poll, organiser):
    services.poll_results_show(poll=poll, by=organiser, visible=True)
    poll.refresh_from_db()
    assert poll.results_visible

    services.poll_results_show(poll=poll, by=organiser, visible=False)
    poll.refresh_from_db()
    assert not poll.results_visible
