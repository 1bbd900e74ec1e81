from .attempts import Attempt, AttemptQuestion
from .certificate_templates import CertificateTemplate
from .certificates import (
    Certificate,
    CertificateArchive,
    CertificateEvent,
    CertificateQuerySet,
    CertificationRule,
)
from .questions import (
    QUESTION_TYPES,
    Choice,
    EssayQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    QuestionCategory,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .quizzes import Quiz, QuizSlot

__all__ = [
    "QUESTION_TYPES",
    "Attempt",
    "AttemptQuestion",
    "Certificate",
    "CertificateArchive",
    "CertificateEvent",
    "CertificateQuerySet",
    "CertificateTemplate",
    "CertificationRule",
    "Choice",
    "EssayQuestion",
    "MultipleChoiceQuestion",
    "OrderingQuestion",
    "Question",
    "QuestionCategory",
    "Quiz",
    "QuizSlot",
    "ShortAnswerQuestion",
    "SingleChoiceQuestion",
    "TrueFalseQuestion",
]
