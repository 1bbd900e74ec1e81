"""Importing question banks from Moodle (GIFT, Moodle XML) and exporting them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from assessments.interchange import InterchangeError
from assessments.interchange.categories import category_name
from assessments.interchange.embedded import rewrite_references, store_embedded_file
from assessments.interchange.files import (
    Parsed,
    read_gift,
    read_moodle_xml,
    write_gift,
    write_moodle_xml,
)
from assessments.models import Question, QuestionCategory
from assessments.selectors import choices_by_question

#: Largest bank file accepted (bytes); embedded images count.
DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024
#: Most questions one file may hold: an import runs in the request, at roughly
#: 20 ms a question on a busy two-core server (1,000 in about 18 s).
DEFAULT_MAX_IMPORT_QUESTIONS = 1000


def max_import_bytes() -> int:
    return getattr(settings, "QUESTION_IMPORT_MAX_BYTES", DEFAULT_MAX_IMPORT_BYTES)


def max_import_questions() -> int:
    return getattr(
        settings, "QUESTION_IMPORT_MAX_QUESTIONS", DEFAULT_MAX_IMPORT_QUESTIONS
    )


def import_too_large_message() -> str:
    return _(
        "The file is larger than %(limit)s; split the bank into smaller files."
    ) % {"limit": filesizeformat(max_import_bytes())}


@dataclass
class ImportReport:
    #: (where, title, category name)
    imported: list[tuple[str, str, str]] = field(default_factory=list)
    #: (where, title, category name): the same question is already there.
    existing: list[tuple[str, str, str]] = field(default_factory=list)
    #: (where, title, why)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    error: str = ""


def _import_key(item: Parsed) -> str:
    """What makes two file items the same question: type, texts, answers."""
    question = item.question
    data = [
        type(question).__name__,
        question.title,
        question.text,
        question.explanation,
        str(question.points),
        sorted((c.text, str(c.fraction), c.position) for c in item.choices or []),
    ]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


class _Categories:
    """The category each item goes to: the file's path in the chosen category's
    course (created when missing), or the chosen category."""

    def __init__(self, chosen: QuestionCategory, use_file: bool):
        self.chosen, self.use_file = chosen, use_file
        self.cache: dict[str, QuestionCategory] = {}

    def of(self, path: str | None) -> QuestionCategory:
        name = category_name(path or "") if self.use_file else ""
        if not name:
            return self.chosen
        if name not in self.cache:
            self.cache[name], _created = QuestionCategory.objects.get_or_create(
                course_id=self.chosen.course_id, name=name
            )
        return self.cache[name]


def _save(item: Parsed, category: QuestionCategory, key: str) -> Question:
    question = item.question
    question.category = category
    question.import_key = key
    urls = {}
    for file in item.files:
        url = store_embedded_file(file)
        if url:
            urls[file.name] = url
    rewrite_references([question, *(item.choices or [])], urls)
    try:
        question.full_clean()
        question.save()
        for choice in item.choices or []:
            choice.question = question
            choice.full_clean()
        question.choices.model.objects.bulk_create(item.choices or [])
    except ValidationError as error:
        raise InterchangeError("; ".join(error.messages), where=item.where) from error
    return question


def _parse(content: bytes, fmt: str) -> list[Parsed]:
    if fmt != "gift":
        return read_moodle_xml(content)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InterchangeError(
            _("The file is not UTF-8 text."),
            where=_("byte %(n)s") % {"n": error.start},
        ) from error
    return read_gift(text)


@transaction.atomic
def questions_import(
    *,
    category: QuestionCategory,
    content: bytes,
    fmt: str,
    use_file_categories: bool = True,
) -> ImportReport:
    """Import every question, or nothing when the file is malformed.

    Questions go to the categories the file names (in the chosen category's
    course) unless ``use_file_categories`` is off; a question already imported
    into its category is reported as existing, not added again.
    """
    if len(content) > max_import_bytes():
        return ImportReport(error=import_too_large_message())
    report = ImportReport()
    categories = _Categories(category, use_file_categories)
    try:
        parsed = _parse(content, fmt)
        count = sum(1 for item in parsed if item.question is not None)
        if count > max_import_questions():
            return ImportReport(
                error=_(
                    "The file holds %(count)s questions; at most %(max)s are "
                    "imported at once. Split the bank into smaller files."
                )
                % {"count": count, "max": max_import_questions()}
            )
        with transaction.atomic():
            for item in parsed:
                if item.question is None:
                    report.skipped.append((item.where, item.title, item.skipped_reason))
                    continue
                target = categories.of(item.category)
                key = _import_key(item)
                row = (item.where, item.title or str(item.question), target.name)
                if Question.objects.filter(category=target, import_key=key).exists():
                    report.existing.append(row)
                    continue
                _save(item, target, key)
                report.imported.append(row)
    except InterchangeError as error:
        return ImportReport(error=f"{error.where}: {error.message}")
    return report


def questions_export(*, category: QuestionCategory, fmt: str) -> tuple[str, list]:
    """The category's questions as a GIFT or Moodle XML file, and (question, what
    the format cannot hold) for each loss."""
    questions = list(Question.objects.filter(category=category).order_by("pk"))
    choices = choices_by_question([q.pk for q in questions])
    if fmt == "gift":
        return write_gift(questions, choices)
    return write_moodle_xml(questions, choices, category.name), []
