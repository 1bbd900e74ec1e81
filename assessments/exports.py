"""Quiz results as CSV (UTF-8 with BOM, so Excel reads Vietnamese) and XLSX."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.spreadsheets import Sheet, csv_response, xlsx_response


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


def results_download(*, quiz, stats, fmt: str) -> HttpResponse:
    """Attempts (and, in XLSX, the per-question analysis) as CSV or XLSX."""
    header, *rows = _rows(quiz=quiz, stats=stats)
    filename = f"quiz-{quiz.pk}"
    if fmt == "csv":
        return csv_response(filename=filename, header=header, rows=rows)
    if fmt != "xlsx":
        raise Http404
    questions = Sheet(
        _("Questions"),
        [
            _("Question"),
            _("Answered (attempts)"),
            _("Fully right (attempts)"),
            _("Average score (points)"),
            _("Facility index (%)"),
            _("Discrimination index (%)"),
            _("Most picked wrong choice"),
            _("Times picked"),
        ],
        [
            [
                str(q.question),
                q.answered,
                q.fully_right,
                float(q.average_score) if q.average_score is not None else "",
                q.facility_index if q.facility_index is not None else "",
                q.discrimination_index if q.discrimination_index is not None else "",
                q.most_picked_wrong,
                q.most_picked_wrong_count,
            ]
            for q in stats.questions
        ],
    )
    return xlsx_response(
        filename=filename, sheets=[Sheet(_("Results"), header, rows), questions]
    )
