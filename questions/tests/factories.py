import factory

from accounts.tests.factories import UserFactory
from sessions.tests.factories import OngoingSessionFactory

from ..models import Question, QuestionSettings, Vote


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    session = factory.SubFactory(OngoingSessionFactory)
    author = factory.SubFactory(UserFactory)
    text = factory.Sequence(lambda n: f"Câu hỏi số {n} về kỹ năng phát ngôn?")


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vote

    question = factory.SubFactory(QuestionFactory)
    user = factory.SubFactory(UserFactory)


class QuestionSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionSettings

    allow_anonymous = True
