import pytest
from django.core.management import call_command

from questions.models import Question, QuestionSettings, Vote
from questions.selectors import MODERATORS, question_feeds

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("seed_demo", verbosity=0)
    return Question.objects.get(pinned=True).session


def test_the_demo_conference_has_questions_with_votes(seeded):
    assert seeded.questions.count() == 5
    assert Vote.objects.filter(question__session=seeded).count() >= 5


def test_the_demo_has_one_answered_and_one_pinned_question(seeded):
    assert seeded.questions.filter(answered_at__isnull=False).count() == 1
    assert seeded.questions.filter(pinned=True).count() == 1


def test_the_demo_allows_anonymous_questions_and_has_one(seeded):
    assert QuestionSettings.objects.get(session=seeded).allow_anonymous
    assert seeded.questions.filter(anonymous=True).count() == 1


def test_the_demo_queue_leaves_room_for_one_vote_to_reorder_it(seeded):
    """Two open questions with one vote each, so the browser test's vote moves the
    later one up."""
    votes = [
        q["votes"]
        for q in question_feeds(session_id=seeded.pk)[MODERATORS]["questions"]
    ]

    assert votes[2:4] == [1, 1]


def test_loading_the_demo_again_adds_no_question(seeded):
    call_command("seed_demo", verbosity=0)

    assert Question.objects.count() == 5
