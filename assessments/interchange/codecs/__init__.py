"""One codec per question type: how the type reads and writes GIFT and Moodle XML.

Each module registers its codec for its question type (``@registers``); the file
readers and writers in ``assessments.interchange.files`` ask the registry, so nothing
switches on the type and the question models know nothing of file formats.
"""

from . import choices, essay, ordering, shortanswer, truefalse  # noqa: F401 (register)
from .base import QuestionCodec, codec_for, codecs

__all__ = ["QuestionCodec", "codec_for", "codecs"]
