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


# The department's template: national lines, issuing body, place and date, signature


NEW_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "UBND TỈNH LẠNG SƠN",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "GIÁM ĐỐC",
    "Hoàng Văn Bình",
]
DPI = 150


def signature_image(colour=(200, 0, 0, 255)):
    """A Wagtail image: a red stroke on a transparent background."""
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image as WagtailImage

    picture = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    for x in range(20, 280):
        for y in range(50, 70):
            picture.putpixel((x, y), colour)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return WagtailImage.objects.create(
        title="Chữ ký Giám đốc",
        file=ImageFile(io.BytesIO(buffer.getvalue()), name="chu-ky.png"),
    )


def page_png(certificate, tmp_path) -> Image.Image:
    (tmp_path / "c.pdf").write_bytes(rendered(certificate))
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile"]
        + ["c.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "page.png", ARTIFACTS / "certificate_template_page.png")
    return Image.open(tmp_path / "page.png").convert("RGB")


def px(points: float) -> int:
    return round(points * DPI / 72)


@pytest.mark.django_db
def test_pdf_text_layer_has_the_motto_lines_issuing_body_and_signatory(certificate):
    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    for line in NEW_LINES:
        assert line in text


@pytest.mark.django_db
def test_pdf_prints_the_place_and_date_line_of_the_issue_date(certificate):
    from django.utils import timezone

    issued = timezone.localtime(certificate.issued_at)

    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    month = f"{issued.month:02d}" if issued.month < 3 else str(issued.month)
    assert f"Lạng Sơn, ngày {issued.day:02d} tháng {month} năm {issued.year}" in text


@pytest.mark.django_db
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")
def test_first_page_renders_with_the_motto_underlined(certificate, tmp_path):
    """Rendered to PNG: a dark rule runs under the motto, as wide as the motto."""
    from reportlab.pdfbase import pdfmetrics

    from assessments.certificates.pdf import BOLD, register_fonts

    register_fonts()
    image = page_png(certificate, tmp_path)
    width, height = landscape(A4)
    centre_x = width - 85 * mm
    half = pdfmetrics.stringWidth("Độc lập - Tự do - Hạnh phúc", BOLD, 12) / 2
    rule_y = px(28 * mm + 5.5 * mm + 2 * mm)

    def darkest(x: int) -> int:
        return min(
            sum(image.getpixel((x, y))) // 3 for y in range(rule_y - 2, rule_y + 3)
        )

    under = [
        darkest(x) for x in range(px(centre_x - half) + 2, px(centre_x + half) - 2)
    ]
    beside = [
        darkest(x) for x in range(px(centre_x + half) + 6, px(centre_x + half) + 30)
    ]
    assert max(under) < 160
    assert min(beside) > 200


@pytest.mark.django_db
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")
def test_first_page_renders_the_signature_image_above_the_name(certificate, tmp_path):
    template = certificate.course.certification_rule.template
    template.signature_image = signature_image()
    template.save()

    image = page_png(certificate, tmp_path)

    width, height = landscape(A4)
    box = (
        px(width - 75 * mm - 28 * mm),
        px(height - 58 * mm),
        px(width - 75 * mm + 28 * mm),
        px(height - 32 * mm),
    )
    reds = [
        (x, y)
        for x in range(box[0], box[2], 3)
        for y in range(box[1], box[3], 3)
        if image.getpixel((x, y))[0] > 150 and image.getpixel((x, y))[1] < 80
    ]
    assert len(reds) > 50
    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()
    assert "Hoàng Văn Bình" in text


@pytest.mark.django_db
def test_a_lost_signature_file_prints_the_certificate_unsigned(certificate):
    template = certificate.course.certification_rule.template
    template.signature_image = signature_image()
    template.save()
    template.signature_image.file.storage.delete(template.signature_image.file.name)

    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    assert "Hoàng Văn Bình" in text


@pytest.mark.django_db
def test_template_without_national_lines_omits_them(certificate):
    template = certificate.course.certification_rule.template
    template.national_name = template.national_motto = ""
    template.save()

    text = PdfReader(io.BytesIO(rendered(certificate))).pages[0].extract_text()

    assert "CỘNG HÒA" not in text
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text


@pytest.mark.parametrize(
    "moment,line",
    [
        ((2019, 10, 17), "Lạng Sơn, ngày 17 tháng 10 năm 2019"),
        ((2020, 2, 5), "Lạng Sơn, ngày 05 tháng 02 năm 2020"),
        ((2021, 11, 30), "Lạng Sơn, ngày 30 tháng 11 năm 2021"),
    ],
)
def test_place_and_date_line_pads_days_below_ten_and_months_one_and_two(moment, line):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import translation

    from assessments.certificates.pdf import place_date_line

    at = datetime(*moment, 10, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    with translation.override("vi"):
        assert place_date_line("Lạng Sơn", at) == line
