from .attempts import Attempt, AttemptQuestion
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
