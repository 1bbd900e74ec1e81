"""Importing a list of emails: each bad row reported by line; all or nothing."""

import io

import pytest
from openpyxl import Workbook

from accounts.tests.factories import UserFactory
from courses.models import Enrolment
from courses.services import ImportFileError, enrolments_import, import_rows_read

pytestmark = pytest.mark.django_db


def csv_rows(text: str) -> list[list[str]]:
    return import_rows_read(filename="ds.csv", data=text.encode("utf-8-sig"))


def test_a_clean_csv_enrols_everyone(course, organiser):
    UserFactory(email="a@example.vn")
    UserFactory(email="b@example.vn")

    result = enrolments_import(
        course=course,
        rows=csv_rows("email,họ tên\na@example.vn,An\nB@Example.vn,Bình\n"),
        enrolled_by=organiser,
    )

    assert result.ok
    assert result.enrolled == 2
    assert Enrolment.objects.filter(source="import").count() == 2


def test_bad_rows_are_reported_by_line_and_nobody_is_enrolled(course, organiser):
    UserFactory(email="a@example.vn")
    text = (
        "email\n"  # line 1: header
        "a@example.vn\n"  # 2: fine
        "khong-phai-email\n"  # 3: malformed
        "\n"  # 4: blank, skipped
        "ai-do@example.vn\n"  # 5: unknown
        ",Nguyễn Văn A\n"  # 6: email missing
        "a@example.vn\n"  # 7: repeated
    )

    result = enrolments_import(
        course=course, rows=csv_rows(text), enrolled_by=organiser
    )

    assert [error.line for error in result.errors] == [3, 5, 6, 7]
    assert "2" in result.errors[3].message  # points at the first occurrence
    assert not Enrolment.objects.exists()


def test_an_xlsx_list_is_read_like_a_csv(course, organiser):
    UserFactory(email="a@example.vn")
    workbook = Workbook()
    workbook.active.append(["Email"])
    workbook.active.append(["a@example.vn"])
    workbook.active.append(["sai@"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    rows = import_rows_read(filename="ds.xlsx", data=buffer.getvalue())
    result = enrolments_import(course=course, rows=rows, enrolled_by=organiser)

    assert [(error.line, error.value) for error in result.errors] == [(3, "sai@")]
    assert not Enrolment.objects.exists()


def test_already_enrolled_trainees_are_counted_not_duplicated(
    course, organiser, trainee
):
    Enrolment.objects.create(user=trainee, course=course)

    result = enrolments_import(
        course=course, rows=[[trainee.email]], enrolled_by=organiser
    )

    assert (result.enrolled, result.already_enrolled) == (0, 1)
    assert Enrolment.objects.count() == 1


def test_an_empty_file_is_an_error(course, organiser):
    result = enrolments_import(course=course, rows=[["email"]], enrolled_by=organiser)

    assert not result.ok


def test_a_file_that_is_not_utf8_is_refused():
    with pytest.raises(ImportFileError):
        import_rows_read(filename="ds.csv", data="a@ví.vn".encode("cp1258"))


def test_other_file_types_are_refused():
    with pytest.raises(ImportFileError):
        import_rows_read(filename="ds.pdf", data=b"%PDF")
