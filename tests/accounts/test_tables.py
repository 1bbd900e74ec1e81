"""Uploaded tables are read within bounds: an XLSX bomb is refused quickly and
cheaply, whatever it declares."""

import io
import time
import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from accounts.tables import (
    MAX_COLUMNS,
    MAX_UNCOMPRESSED_BYTES,
    Bounds,
    TableFileError,
    table_rows_read,
)

BOUNDS = Bounds(max_rows=5000)
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_from_sheet_xml(sheet_xml: bytes) -> bytes:
    """A minimal workbook around one worksheet's XML, as Excel would zip it."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
            "application/vnd.openxmlformats-officedocument.spreadsheetml."
            'worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.'
            "openxmlformats.org/officeDocument/2006/relationships/officeDocument"
            '" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" '
            f'xmlns:r="{REL}"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.'
            "openxmlformats.org/officeDocument/2006/relationships/worksheet"
            '" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


def dimension_bomb(empty_rows: int = 20_000) -> bytes:
    """The file from the review: it declares A1:XFD1048576 (16,384 columns) and has
    a header and thousands of empty rows, about 50 KB zipped."""
    rows = "".join(f'<row r="{n}"/>' for n in range(2, empty_rows + 2))
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'
        '<dimension ref="A1:XFD1048576"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'
        f"{rows}</sheetData></worksheet>"
    )
    return xlsx_from_sheet_xml(xml.encode())


def measured(read):
    """Run ``read``; its exception, seconds taken and peak traced memory in bytes."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        read()
    except TableFileError as error:
        refusal = error
    else:
        refusal = None
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return refusal, seconds, peak


def test_a_dimension_bomb_is_refused_quickly_with_bounded_memory():
    data = dimension_bomb()
    assert len(data) < 100_000

    refusal, seconds, peak = measured(
        lambda: table_rows_read(filename="ds.xlsx", data=data, bounds=BOUNDS)
    )

    assert refusal is not None and "5000" in str(refusal)
    assert seconds < 5
    assert peak < 40 * 1024 * 1024


def test_a_workbook_that_inflates_past_the_cap_is_refused_before_parsing():
    padding = b" " * (MAX_UNCOMPRESSED_BYTES + 1)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'
        "<sheetData></sheetData></worksheet>"
    ).encode()
    data = xlsx_from_sheet_xml(xml + padding)
    assert len(data) < 200_000

    refusal, seconds, peak = measured(
        lambda: table_rows_read(filename="ds.xlsx", data=data, bounds=BOUNDS)
    )

    assert refusal is not None and "MB" in str(refusal)
    assert peak < 5 * 1024 * 1024


def test_columns_beyond_the_cap_are_ignored():
    workbook = Workbook()
    workbook.active.append([f"c{n}" for n in range(200)])
    buffer = io.BytesIO()
    workbook.save(buffer)

    rows = table_rows_read(filename="ds.xlsx", data=buffer.getvalue(), bounds=BOUNDS)

    assert len(rows[0]) == MAX_COLUMNS


def test_blank_rows_after_the_list_are_not_counted():
    text = "email\n" + "a@example.vn\n" * 10 + ",\n" * 25

    rows = table_rows_read(
        filename="ds.csv", data=text.encode(), bounds=Bounds(max_rows=20)
    )

    assert len(rows) == 11


def test_a_csv_of_a_million_line_breaks_is_refused_without_reading_it_all():
    data = b"\n" * 4_000_000

    refusal, seconds, peak = measured(
        lambda: table_rows_read(filename="ds.csv", data=data, bounds=BOUNDS)
    )

    assert refusal is not None
    assert peak < 60 * 1024 * 1024


def test_a_field_larger_than_csv_allows_is_a_message_not_a_crash():
    data = b'"' + b"x" * 200_000 + b'"\n'

    with pytest.raises(TableFileError):
        table_rows_read(filename="ds.csv", data=data, bounds=BOUNDS)


def test_a_file_larger_than_the_upload_cap_is_refused_unread():
    with pytest.raises(TableFileError, match="MB"):
        table_rows_read(filename="ds.csv", data=b"a" * (6 * 1024 * 1024), bounds=BOUNDS)


def test_a_zip_declaring_an_unsupported_version_is_a_message_not_a_crash():
    """Found by fuzzing: zipfile raises NotImplementedError for a central directory
    entry that claims a newer ZIP version."""
    data = bytearray(dimension_bomb(10))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 6] = 69  # "version needed to extract": 6.9

    with pytest.raises(TableFileError):
        table_rows_read(filename="ds.xlsx", data=bytes(data), bounds=BOUNDS)
