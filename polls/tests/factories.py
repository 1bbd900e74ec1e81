import factory
from django.utils import timezone

from polls.models import Answer, AnswerChoice, Choice, Poll
from sessions.models import Attendance
from sessions.tests.factories import OngoingSessionFactory


class PollFactory(factory.django.DjangoModelFactory):
    """An open poll of a live session, with two choices (``choices=[...]`` for
    others)."""

    class Meta:
        model = Poll
        skip_postgeneration_save = True

    session = factory.SubFactory(OngoingSessionFactory)
    question = factory.Sequence(lambda n: f"Câu hỏi thăm dò số {n}?")
    kind = Poll.Kind.SINGLE
    state = Poll.State.OPEN
    opened_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def choices(self, create, extracted, **kwargs):
        if create:
            for order, text in enumerate(extracted or ["Đồng ý", "Không đồng ý"]):
                Choice.objects.create(poll=self, text=text, order=order)


class DraftPollFactory(PollFactory):
    state = Poll.State.DRAFT
    opened_at = None


def checked_in(user, session, endpoint=None) -> Attendance:
    """``user`` takes part in ``session`` from ``endpoint`` (None: remote)."""
    return Attendance.objects.create(
        session=session,
        user=user,
        endpoint=endpoint,
        recorded_via="checkin",
        checked_in_at=timezone.now(),
    )


def answered(poll: Poll, user, choices, endpoint=None) -> Answer:
    """An answer stored as it is (no rules): data for reads."""
    answer = Answer.objects.create(poll=poll, user=user, endpoint=endpoint)
    AnswerChoice.objects.bulk_create(
        AnswerChoice(answer=answer, choice=choice) for choice in choices
    )
    return answer
