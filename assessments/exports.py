"""Quiz results as CSV (UTF-8 with BOM, so Excel reads Vietnamese) and XLSX."""

from __future__ import annotations

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook


def _rows(*, quiz, stats) -> list[list]:
    header = [
        _("Trainee"),
        _("Email"),
        _("Agency"),
        _("Attempt"),
        _("Submitted at"),
        _("Score"),
        _("Maximum"),
        _("Percent"),
        _("Passed"),
        _("Final"),
    ]
    rows = [header]
    for a in stats.attempts:
        rows.append(
            [
                a.user.full_name,
                a.user.email,
                a.user.agency,
                a.number,
                timezone.localtime(a.submitted_at).strftime("%Y-%m-%d %H:%M"),
                float(a.score or 0),
                float(a.max_score),
                float(a.score_percent) if a.score_percent is not None else "",
                _("yes") if a.passed else _("no"),
                _("yes") if a.is_final else _("no"),
            ]
        )
    return rows


def results_csv(*, quiz, stats) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(_rows(quiz=quiz, stats=stats))
    return buffer.getvalue()


def results_xlsx(*, quiz, stats) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Results")[:31]
    for row in _rows(quiz=quiz, stats=stats):
        sheet.append(row)
    questions = workbook.create_sheet(_("Questions")[:31])
    questions.append(
        [
            _("Question"),
            _("Answered"),
            _("Fully right"),
            _("Average score"),
            _("Most picked wrong choice"),
            _("Times picked"),
        ]
    )
    for q in stats.questions:
        questions.append(
            [
                str(q.question),
                q.answered,
                q.fully_right,
                float(q.average_score) if q.average_score is not None else "",
                q.most_picked_wrong,
                q.most_picked_wrong_count,
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
