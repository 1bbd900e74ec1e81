from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from questions.models import Question
from questions.selectors import (
    MODERATORS,
    PARTICIPANTS,
    personal_state,
    question_export_rows,
    question_feeds,
)
from questions.tests.factories import (
    QuestionFactory,
    QuestionSettingsFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db


def asked(room, minutes_ago: int, votes: int = 0, **fields) -> Question:
    question = QuestionFactory(
        session=room.session, author=room.trainee, endpoint=room.site.endpoint, **fields
    )
    Question.objects.filter(pk=question.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    VoteFactory.create_batch(votes, question=question)
    return question


def ids(feed: dict) -> list[int]:
    return [item["id"] for item in feed["questions"]]


def test_the_queue_puts_more_votes_first(room):
    few, many = asked(room, 9, votes=1), asked(room, 5, votes=3)

    feed = question_feeds(session_id=room.session.pk)[MODERATORS]

    assert ids(feed) == [many.pk, few.pk]


def test_equal_votes_go_oldest_first(room):
    older, newer = asked(room, 9, votes=2), asked(room, 5, votes=2)

    feed = question_feeds(session_id=room.session.pk)[MODERATORS]

    assert ids(feed) == [older.pk, newer.pk]


def test_the_pinned_question_comes_first(room):
    popular, pinned = asked(room, 9, votes=5), asked(room, 5, pinned=True)

    feed = question_feeds(session_id=room.session.pk)[MODERATORS]

    assert ids(feed) == [pinned.pk, popular.pk]


def test_answered_questions_go_after_the_open_ones(room):
    answered = asked(room, 9, votes=5, answered_at=timezone.now())
    open_ = asked(room, 5)

    feed = question_feeds(session_id=room.session.pk)[MODERATORS]

    assert ids(feed) == [open_.pk, answered.pk]


def test_participants_do_not_see_hidden_questions(room):
    hidden = asked(room, 9, hidden_at=timezone.now())
    shown = asked(room, 5)

    feeds = question_feeds(session_id=room.session.pk)

    assert ids(feeds[PARTICIPANTS]) == [shown.pk]
    assert hidden.pk in ids(feeds[MODERATORS])


def test_participants_do_not_see_the_author_of_an_anonymous_question(room):
    asked(room, 5, anonymous=True)

    [item] = question_feeds(session_id=room.session.pk)[PARTICIPANTS]["questions"]

    assert item["author"] == ""
    assert item["site"] == "Huyện Cao Lộc"


def test_moderators_see_the_author_of_an_anonymous_question(room):
    asked(room, 5, anonymous=True)

    [item] = question_feeds(session_id=room.session.pk)[MODERATORS]["questions"]

    assert item["author"] == room.trainee.full_name


def test_participants_see_the_author_of_a_question_that_is_not_anonymous(room):
    asked(room, 5)

    [item] = question_feeds(session_id=room.session.pk)[PARTICIPANTS]["questions"]

    assert item["author"] == room.trainee.full_name


def test_a_remote_question_says_it_is_remote(room):
    QuestionFactory(session=room.session, author=room.remote, endpoint=None)

    [item] = question_feeds(session_id=room.session.pk)[PARTICIPANTS]["questions"]

    assert item["site"] == "Trực tuyến từ xa"


def test_the_feed_shows_the_time_in_hanoi(room):
    question = asked(room, 0)
    Question.objects.filter(pk=question.pk).update(
        created_at=datetime(2026, 11, 30, 2, 5, tzinfo=UTC)
    )

    [item] = question_feeds(session_id=room.session.pk)[PARTICIPANTS]["questions"]

    assert item["time"] == "09:05"


def test_the_feed_says_whether_anonymous_questions_are_allowed(room):
    QuestionSettingsFactory(session=room.session)

    assert question_feeds(session_id=room.session.pk)[PARTICIPANTS]["allow_anonymous"]


def test_a_person_sees_which_questions_are_theirs_and_which_they_voted_for(room):
    theirs = asked(room, 5)
    other = QuestionFactory(session=room.session, author=room.neighbour)
    VoteFactory(question=other, user=room.trainee)

    state = personal_state(session_id=room.session.pk, user=room.trainee)

    assert state == {"mine": [theirs.pk], "voted": [other.pk]}


def test_the_moderators_export_names_anonymous_authors_and_lists_hidden_ones(room):
    asked(room, 9, anonymous=True)
    asked(room, 5, hidden_at=timezone.now())

    rows = question_export_rows(session_id=room.session.pk, with_authors=True)

    assert [row[2] for row in rows] == [room.trainee.full_name] * 2
    assert rows[1][-1] != ""


def test_the_participants_export_leaves_out_hidden_questions_and_anonymous_names(
    room,
):
    asked(room, 9, anonymous=True)
    asked(room, 5, hidden_at=timezone.now())

    rows = question_export_rows(session_id=room.session.pk, with_authors=False)

    assert len(rows) == 1
    assert rows[0][2] == ""


def test_the_export_reads_the_questions_once(room, django_assert_num_queries):
    asked(room, 9, votes=2)
    asked(room, 5, hidden_at=timezone.now())

    with django_assert_num_queries(1):
        rows = question_export_rows(session_id=room.session.pk, with_authors=True)

    assert len(rows) == 2
