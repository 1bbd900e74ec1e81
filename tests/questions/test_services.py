import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from questions import services
from questions.models import Question, QuestionSettings, Vote
from questions.services import QuestionRefused
from questions.tests.factories import QuestionFactory
from sessions.models import LiveSession

pytestmark = pytest.mark.django_db


def ask(room, user=None, text="Xin hỏi về thời hạn trả lời báo chí?", **kwargs):
    return services.question_ask(
        session=room.session, user=user or room.trainee, text=text, **kwargs
    )


# -- asking --------------------------------------------------------------------


def test_a_trainee_at_a_site_asks_a_question_attributed_to_that_site(room):
    question = ask(room)

    assert question.endpoint_id == room.site.endpoint_id
    assert question.author == room.trainee
    assert not question.for_room


def test_a_remote_trainee_asks_from_no_site(room):
    assert ask(room, room.remote).endpoint_id is None


def test_a_coordinator_asks_on_behalf_of_their_room(room):
    question = ask(room, room.coordinator)

    assert question.for_room
    assert question.endpoint_id == room.site.endpoint_id


def test_the_question_text_is_stripped(room):
    assert ask(room, text="  Câu hỏi?  \n").text == "Câu hỏi?"


def test_an_empty_question_is_refused(room):
    with pytest.raises(QuestionRefused):
        ask(room, text="   ")


def test_a_question_longer_than_the_limit_is_refused(room):
    with pytest.raises(QuestionRefused):
        ask(room, text="a" * 501)


def test_a_question_of_exactly_the_limit_is_taken(room):
    assert len(ask(room, text="a" * 500).text) == 500


def test_someone_who_does_not_take_part_cannot_ask(room):
    with pytest.raises(PermissionDenied):
        ask(room, UserFactory(role=Role.TRAINEE))


@pytest.mark.parametrize(
    "status", [LiveSession.Status.SCHEDULED, LiveSession.Status.ENDED]
)
def test_questions_are_taken_only_while_the_session_is_live(room, status):
    room.session.status = status
    room.session.save(update_fields=["status"])

    with pytest.raises(QuestionRefused) as refusal:
        ask(room)

    assert refusal.value.status == 409


def test_an_anonymous_question_is_refused_unless_the_session_allows_it(room):
    with pytest.raises(QuestionRefused):
        ask(room, anonymous=True)


def test_an_anonymous_question_is_taken_when_the_session_allows_it(room):
    QuestionSettings.objects.create(session=room.session, allow_anonymous=True)

    assert ask(room, anonymous=True).anonymous


def test_a_sixth_question_within_a_minute_is_refused(room):
    for n in range(5):
        ask(room, text=f"Câu hỏi {n}")

    with pytest.raises(QuestionRefused) as refusal:
        ask(room, text="Câu hỏi thứ sáu")

    assert refusal.value.status == 429
    assert Question.objects.count() == 5


def test_the_limit_is_per_person(room):
    for n in range(5):
        ask(room, text=f"Câu hỏi {n}")

    assert ask(room, room.neighbour).pk


# -- voting ----------------------------------------------------------------------


def test_a_participant_votes_for_someone_elses_question(room):
    question = ask(room)

    services.question_vote(question=question, user=room.neighbour, supports=True)

    assert question.votes.count() == 1


def test_voting_twice_counts_once(room):
    question = ask(room)

    services.question_vote(question=question, user=room.neighbour, supports=True)
    services.question_vote(question=question, user=room.neighbour, supports=True)

    assert question.votes.count() == 1


def test_the_database_refuses_a_second_vote_by_the_same_person(room):
    question = ask(room)
    Vote.objects.create(question=question, user=room.neighbour)

    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(question=question, user=room.neighbour)


def test_a_vote_is_withdrawn(room):
    question = ask(room)
    services.question_vote(question=question, user=room.neighbour, supports=True)

    services.question_vote(question=question, user=room.neighbour, supports=False)

    assert question.votes.count() == 0


def test_nobody_votes_for_their_own_question(room):
    question = ask(room)

    with pytest.raises(QuestionRefused):
        services.question_vote(question=question, user=room.trainee, supports=True)


def test_someone_who_does_not_take_part_cannot_vote(room):
    question = ask(room)

    with pytest.raises(PermissionDenied):
        services.question_vote(
            question=question, user=UserFactory(role=Role.TRAINEE), supports=True
        )


def test_a_hidden_question_takes_no_votes(room):
    question = ask(room)
    services.question_hide(question=question, by=room.presenter, hidden=True)

    with pytest.raises(QuestionRefused):
        services.question_vote(question=question, user=room.neighbour, supports=True)


def test_votes_close_when_the_session_ends(room):
    question = ask(room)
    room.session.status = LiveSession.Status.ENDED
    room.session.save(update_fields=["status"])

    with pytest.raises(QuestionRefused):
        services.question_vote(question=question, user=room.neighbour, supports=True)


# -- moderating ------------------------------------------------------------------


def test_the_presenter_marks_a_question_answered(room):
    question = ask(room)

    services.question_answered_set(question=question, by=room.presenter, answered=True)

    question.refresh_from_db()
    assert question.answered_at is not None


def test_answering_the_pinned_question_unpins_it(room):
    question = ask(room)
    services.question_pin(question=question, by=room.presenter, pinned=True)

    services.question_answered_set(question=question, by=room.presenter, answered=True)

    question.refresh_from_db()
    assert not question.pinned


def test_a_question_marked_not_answered_is_open_again(room):
    question = ask(room)
    services.question_answered_set(question=question, by=room.presenter, answered=True)

    services.question_answered_set(question=question, by=room.presenter, answered=False)

    question.refresh_from_db()
    assert question.answered_at is None


def test_pinning_a_question_unpins_the_previous_one(room):
    first, second = ask(room, text="Một?"), ask(room, text="Hai?")
    services.question_pin(question=first, by=room.presenter, pinned=True)

    services.question_pin(question=second, by=room.presenter, pinned=True)

    pinned = list(Question.objects.filter(pinned=True).values_list("pk", flat=True))
    assert pinned == [second.pk]


def test_the_database_holds_at_most_one_pinned_question_per_session(room):
    QuestionFactory(session=room.session, pinned=True)

    with pytest.raises(IntegrityError), transaction.atomic():
        QuestionFactory(session=room.session, pinned=True)


def test_hiding_keeps_the_question_with_who_hid_it(room):
    question = ask(room)

    services.question_hide(question=question, by=room.presenter, hidden=True)

    question.refresh_from_db()
    assert question.hidden_at is not None
    assert question.hidden_by == room.presenter


def test_hiding_the_pinned_question_unpins_it(room):
    question = ask(room)
    services.question_pin(question=question, by=room.presenter, pinned=True)

    services.question_hide(question=question, by=room.presenter, hidden=True)

    question.refresh_from_db()
    assert not question.pinned


def test_a_hidden_question_cannot_be_pinned(room):
    question = ask(room)
    services.question_hide(question=question, by=room.presenter, hidden=True)

    with pytest.raises(QuestionRefused):
        services.question_pin(question=question, by=room.presenter, pinned=True)


def test_showing_a_hidden_question_again_clears_the_record(room):
    question = ask(room)
    services.question_hide(question=question, by=room.presenter, hidden=True)

    services.question_hide(question=question, by=room.presenter, hidden=False)

    question.refresh_from_db()
    assert (question.hidden_at, question.hidden_by) == (None, None)


def test_an_organiser_moderates(room):
    question = ask(room)

    services.question_hide(
        question=question, by=UserFactory(role=Role.ORGANISER), hidden=True
    )

    question.refresh_from_db()
    assert question.hidden_at is not None


@pytest.mark.parametrize("who", ["trainee", "coordinator"])
def test_participants_do_not_moderate(room, who):
    question = ask(room, room.neighbour)

    with pytest.raises(PermissionDenied):
        services.question_hide(question=question, by=getattr(room, who), hidden=True)


def test_moderators_allow_anonymous_questions(room):
    services.question_settings_update(
        session=room.session, by=room.presenter, allow_anonymous=True
    )

    assert QuestionSettings.objects.get(session=room.session).allow_anonymous


def test_participants_cannot_change_the_settings(room):
    with pytest.raises(PermissionDenied):
        services.question_settings_update(
            session=room.session, by=room.coordinator, allow_anonymous=True
        )
