import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from polls import services
from polls.models import Answer, Poll
from polls.tests.factories import DraftPollFactory, PollFactory, checked_in

pytestmark = pytest.mark.django_db


def choice_ids(poll: Poll) -> list[int]:
    return list(poll.choices.values_list("pk", flat=True))


def test_an_answer_counts_for_the_site_the_participant_checked_in_at(
    poll, participant, site
):
    answer = services.poll_answer(
        poll=poll, user=participant, choice_ids=choice_ids(poll)[:1]
    )

    assert answer.endpoint_id == site.endpoint_id
    assert list(answer.choices.values_list("pk", flat=True)) == choice_ids(poll)[:1]


def test_a_remote_participant_answers_from_no_site(poll, trainee):
    checked_in(trainee, poll.session, endpoint=None)

    answer = services.poll_answer(
        poll=poll, user=trainee, choice_ids=choice_ids(poll)[:1]
    )

    assert answer.endpoint_id is None


def test_a_coordinator_answers_for_their_room(poll, site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    site.endpoint.coordinators.add(coordinator)

    answer = services.poll_answer(
        poll=poll, user=coordinator, choice_ids=choice_ids(poll)[:1]
    )

    assert answer.endpoint_id == site.endpoint_id


def test_a_second_answer_is_refused_in_vietnamese(poll, participant):
    services.poll_answer(poll=poll, user=participant, choice_ids=choice_ids(poll)[:1])

    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        services.poll_answer(
            poll=poll, user=participant, choice_ids=choice_ids(poll)[1:]
        )

    assert refused.value.code == "already_answered"
    assert "đã trả lời" in refused.value.messages[0]
    assert Answer.objects.filter(poll=poll).count() == 1


def test_two_submits_racing_past_the_check_make_one_answer(
    poll, participant, monkeypatch
):
    """The second submit passed the check before the first was stored: the unique
    constraint refuses it, with the same message."""
    services.poll_answer(poll=poll, user=participant, choice_ids=choice_ids(poll)[:1])
    monkeypatch.setattr(services, "_already_answered", lambda poll, user: False)

    with pytest.raises(ValidationError) as refused:
        services.poll_answer(
            poll=poll, user=participant, choice_ids=choice_ids(poll)[1:]
        )

    assert refused.value.code == "already_answered"
    assert Answer.objects.filter(poll=poll).count() == 1


def test_someone_not_taking_part_cannot_answer(poll, trainee):
    with pytest.raises(PermissionDenied):
        services.poll_answer(poll=poll, user=trainee, choice_ids=choice_ids(poll)[:1])


def test_a_moderator_does_not_answer(poll, organiser):
    with pytest.raises(PermissionDenied):
        services.poll_answer(poll=poll, user=organiser, choice_ids=choice_ids(poll)[:1])


@pytest.mark.parametrize("state", [Poll.State.DRAFT, Poll.State.CLOSED])
def test_only_an_open_poll_takes_answers(site, participant, state):
    poll = (DraftPollFactory if state == Poll.State.DRAFT else PollFactory)(
        session=site.session, state=state
    )

    with pytest.raises(ValidationError) as refused:
        services.poll_answer(
            poll=poll, user=participant, choice_ids=choice_ids(poll)[:1]
        )

    assert refused.value.code == "closed"


def test_a_single_choice_poll_takes_exactly_one_choice(poll, participant):
    with pytest.raises(ValidationError) as refused:
        services.poll_answer(poll=poll, user=participant, choice_ids=choice_ids(poll))

    assert refused.value.code == "one_choice"


def test_a_single_choice_poll_refuses_an_empty_answer(poll, participant):
    with pytest.raises(ValidationError) as refused:
        services.poll_answer(poll=poll, user=participant, choice_ids=[])

    assert refused.value.code == "one_choice"


def test_a_multiple_choice_poll_takes_several_choices(site, participant):
    poll = PollFactory(
        session=site.session, kind=Poll.Kind.MULTIPLE, choices=["A", "B", "C"]
    )

    answer = services.poll_answer(
        poll=poll, user=participant, choice_ids=choice_ids(poll)[:2]
    )

    assert answer.choices.count() == 2


def test_a_multiple_choice_poll_needs_at_least_one_choice(site, participant):
    poll = PollFactory(session=site.session, kind=Poll.Kind.MULTIPLE)

    with pytest.raises(ValidationError) as refused:
        services.poll_answer(poll=poll, user=participant, choice_ids=[])

    assert refused.value.code == "no_choice"


def test_a_choice_of_another_poll_is_refused(poll, participant, site):
    other = PollFactory(session=site.session)

    with pytest.raises(ValidationError) as refused:
        services.poll_answer(
            poll=poll, user=participant, choice_ids=choice_ids(other)[:1]
        )

    assert refused.value.code == "foreign_choice"
    assert not Answer.objects.exists()
