"""Any uploaded roster, CSV or XLSX, is read or refused with a message: never a
server error, through the service and through the organiser's page."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from courses.services import ImportFileError, enrolments_import, import_rows_read

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
cells = st.text(max_size=30) | st.sampled_from(
    ["email", "a@example.vn", "=1+2", "\x00", ";", '"', "\ufeff", ""]
)
tables = st.lists(st.lists(cells, max_size=5), max_size=12)


def csv_bytes(rows, delimiter: str) -> bytes:
    return "\n".join(delimiter.join(row) for row in rows).encode("utf-8", "replace")


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_noise(data: bytes, position: int, junk: bytes) -> bytes:
    position %= max(len(data), 1)
    return data[:position] + junk + data[position + len(junk) :]


uploads = st.one_of(
    st.tuples(st.just("ds.csv"), st.binary(max_size=400)),
    st.tuples(
        st.just("ds.csv"),
        st.builds(csv_bytes, tables, st.sampled_from([",", ";", "\t"])),
    ),
    st.tuples(st.just("ds.xlsx"), st.binary(max_size=400)),
    st.tuples(st.just("ds.xlsx"), st.builds(xlsx_bytes, tables)),
    st.tuples(
        st.just("ds.xlsx"),
        st.builds(
            zip_noise,
            st.builds(xlsx_bytes, tables),
            st.integers(min_value=0),
            st.binary(min_size=1, max_size=8),
        ),
    ),
    st.tuples(st.sampled_from(["ds.pdf", "ds", ".xlsx"]), st.binary(max_size=20)),
)


@FUZZ
@given(upload=uploads)
def test_any_roster_file_is_read_or_refused_with_a_message(course, organiser, upload):
    filename, data = upload
    try:
        rows = import_rows_read(filename=filename, data=data)
    except ImportFileError as refusal:
        assert str(refusal)
        return

    result = enrolments_import(course=course, rows=rows, enrolled_by=organiser)

    assert result.ok or all(error.message for error in result.errors)


@FUZZ
@given(upload=uploads)
def test_the_enrol_page_never_fails_on_an_upload(course, organiser, upload):
    filename, data = upload
    client = Client(raise_request_exception=False)
    client.force_login(organiser)

    response = client.post(
        course.url + course.reverse_subpage("enrol_trainees"),
        {"file": SimpleUploadedFile(filename, data)},
    )

    assert response.status_code < 500
