"""Importing question banks from Moodle (GIFT, Moodle XML) and exporting them."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.interchange import InterchangeError
from assessments.interchange.files import (
    read_gift,
    read_moodle_xml,
    write_gift,
    write_moodle_xml,
)
from assessments.models import Question, QuestionCategory
from assessments.selectors import choices_by_question


@dataclass
class ImportReport:
    imported: list[tuple[str, str]] = field(default_factory=list)
    #: (where, title, why)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    error: str = ""


@transaction.atomic
def questions_import(
    *, category: QuestionCategory, content: bytes, fmt: str
) -> ImportReport:
    """Import every question, or nothing when the file is malformed."""
    report = ImportReport()
    try:
        if fmt == "gift":
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError as error:
                raise InterchangeError(
                    _("The file is not UTF-8 text."),
                    where=_("byte %(n)s") % {"n": error.start},
                ) from error
            parsed = read_gift(text)
        else:
            parsed = read_moodle_xml(content)
        with transaction.atomic():
            for item in parsed:
                if item.question is None:
                    report.skipped.append((item.where, item.title, item.skipped_reason))
                    continue
                question = item.question
                question.category = category
                try:
                    question.full_clean()
                    question.save()
                    for choice in item.choices or []:
                        choice.question = question
                        choice.full_clean()
                    question.choices.model.objects.bulk_create(item.choices or [])
                except ValidationError as error:
                    raise InterchangeError(
                        "; ".join(error.messages), where=item.where
                    ) from error
                report.imported.append((item.where, str(question)))
    except InterchangeError as error:
        return ImportReport(error=f"{error.where}: {error.message}")
    return report


def questions_export(*, category: QuestionCategory, fmt: str) -> tuple[str, list]:
    """The category's questions as a GIFT or Moodle XML file, and what was left out."""
    questions = list(Question.objects.filter(category=category).order_by("pk"))
    choices = choices_by_question([q.pk for q in questions])
    if fmt == "gift":
        return write_gift(questions, choices)
    return write_moodle_xml(questions, choices, category.name), []
