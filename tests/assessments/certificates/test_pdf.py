"""The PDF: Vietnamese text, the code, and a QR code that reads as the verify URL."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from assessments.certificates.pdf import qr_code, verify_url
from assessments.certificates.tasks import render_certificate

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def rendered(certificate) -> bytes:
    render_certificate.enqueue(certificate.pk)
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as f:
        return f.read()


@pytest.mark.django_db
def test_pdf_text_contains_the_exact_vietnamese_name_and_the_code(certificate):
    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    assert "Nguyễn Thị Hồng Nhung" in text
    assert certificate.code in text


@pytest.mark.django_db
def test_pdf_is_one_a4_landscape_page(certificate):
    reader = PdfReader(io.BytesIO(rendered(certificate)))

    width, height = landscape(A4)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (
        round(width),
        round(height),
    )


@pytest.mark.django_db
def test_pdf_embeds_a_font_covering_vietnamese(certificate):
    reader = PdfReader(io.BytesIO(rendered(certificate)))

    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"] for f in fonts.values()]
    assert all("/FontFile2" in d for d in descriptors)


@pytest.mark.django_db
def test_pdf_prints_agency_position_course_and_signatory(certificate):
    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    assert "UBND huyện Cao Lộc" in text
    assert "Chánh Văn phòng" in text
    assert certificate.course_title in text
    assert "Hoàng Văn Bình" in text
    assert "Đã tham dự 3 phiên trực tuyến (4,5 giờ)" in text


@pytest.mark.django_db
def test_qr_link_in_the_pdf_is_the_verify_url(certificate, settings):
    page = PdfReader(io.BytesIO(rendered(certificate))).pages[0]

    uris = [a.get_object()["/A"]["/URI"] for a in page["/Annots"]]
    assert uris == [f"{settings.SITE_URL}/verify/{certificate.code}/"]


@pytest.mark.django_db
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")
def test_qr_drawn_in_the_pdf_reads_as_the_verify_url(certificate, tmp_path):
    """Render the page, read each module of the printed QR symbol back from the
    pixels, and compare with the symbol of the verify URL."""
    (tmp_path / "c.pdf").write_bytes(rendered(certificate))
    dpi = 200
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "c.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "page.png", ARTIFACTS / "certificate_page.png")
    image = Image.open(tmp_path / "page.png").convert("L")

    expected = [list(row) for row in qr_code(verify_url(certificate.code)).matrix]
    width, height = landscape(A4)
    scale = dpi / 72
    size, border = 32 * mm, 2
    cell = size / (len(expected) + 2 * border)
    left = (width / 2 - size / 2) * scale
    top = (height - 24 * mm - size) * scale
    read = [
        [
            image.getpixel(
                (
                    int(left + (c + border + 0.5) * cell * scale),
                    int(top + (r + border + 0.5) * cell * scale),
                )
            )
            < 128
            for c in range(len(expected))
        ]
        for r in range(len(expected))
    ]
    assert read == [[bool(v) for v in row] for row in expected]
