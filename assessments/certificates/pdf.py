"""The certificate as a PDF: A4 landscape, drawn with ReportLab.

ReportLab draws straight onto a canvas (bench/certificate_pdf_bench.py: about 21 ms
per certificate on the 2-core build machine, well under the 150 ms aim), embeds a
subset of the TrueType font, and the QR code is drawn as vector squares from segno's
matrix. The font is DejaVu Sans
(Debian's ``fonts-dejavu-core``), which covers Vietnamese; ``CERTIFICATE_FONT_DIR``
points elsewhere if needed.
"""

import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from config.site_url import absolute_url

DEFAULT_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REGULAR = "CertSans"
BOLD = "CertSans-Bold"
ITALIC = "CertSans-Oblique"
INK = colors.HexColor("#1d3557")
ACCENT = colors.HexColor("#b5121b")


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on a certificate, already in the words to print."""

    full_name: str
    agency: str
    position: str
    course_title: str
    attendance_line: str
    issued_on: str
    valid_until: str
    issuing_body: str
    signatory_name: str
    signatory_title: str
    code: str
    verify_url: str
    #: The header's right column: Quốc hiệu and the underlined Tiêu ngữ.
    national_name: str = ""
    national_motto: str = ""
    #: The header's left column, above the (underlined) issuing body.
    parent_body: str = ""
    #: "Lạng Sơn, ngày 17 tháng 10 năm 2019", above the signature block.
    place_date: str = ""
    #: A scanned signature and seal (PNG or JPEG bytes), printed above the name.
    signature_image: bytes | None = None


def verify_url(code: str) -> str:
    """The public address that checks ``code``; the QR code encodes exactly this."""
    return absolute_url(reverse("certificates:verify", kwargs={"code": code}))


def qr_code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error="m")


@cache
def register_fonts() -> None:
    """Regular and bold are required; italic (for the place-and-date line) is used
    when the font is installed (Debian's ``fonts-dejavu-extra``), else regular."""
    folder = Path(getattr(settings, "CERTIFICATE_FONT_DIR", DEFAULT_FONT_DIR))
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    oblique = folder / "DejaVuSans-Oblique.ttf"
    pdfmetrics.registerFont(
        TTFont(ITALIC, str(oblique if oblique.exists() else folder / "DejaVuSans.ttf"))
    )


def local_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return timezone.localtime(moment).strftime("%d/%m/%Y")


def place_date_line(place: str, moment: datetime | None) -> str:
    """“Lạng Sơn, ngày 17 tháng 10 năm 2019”: days below 10 and the months 1 and 2
    take a leading zero, as administrative documents write them."""
    if not place or moment is None:
        return ""
    local = timezone.localtime(moment)
    month = f"{local.month:02d}" if local.month < 3 else str(local.month)
    return _("%(place)s, on %(day)s/%(month)s/%(year)s") % {
        "place": place,
        "day": f"{local.day:02d}",
        "month": month,
        "year": local.year,
    }


def draw_qr(canvas: Canvas, qr: segno.QRCode, x: float, y: float, size: float):
    matrix = [list(row) for row in qr.matrix]
    border = 2
    cells = len(matrix) + 2 * border
    cell = size / cells
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                path.rect(
                    x + (c + border) * cell,
                    y + size - (r + 1 + border) * cell,
                    cell,
                    cell,
                )
    canvas.drawPath(path, stroke=0, fill=1)


def fit_font_size(text: str, font: str, size: float, width: float) -> float:
    while size > 7 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    return size


def draw_header(canvas: Canvas, content: CertificateContent, width, height) -> None:
    """The two columns every administrative document opens with: the issuing body
    (under its parent) on the left, the national name and motto on the right, each
    body line underlined as customary."""
    top = height - 28 * mm
    left_x, right_x = 85 * mm, width - 85 * mm
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    y = top
    if content.parent_body:
        canvas.setFont(REGULAR, 11)
        canvas.drawCentredString(left_x, y, content.parent_body.upper())
        y -= 5.5 * mm
    body = content.issuing_body.upper()
    size = fit_font_size(body, BOLD, 11, 110 * mm)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(left_x, y, body)
    rule = pdfmetrics.stringWidth(body, BOLD, size) / 3
    canvas.line(left_x - rule / 2, y - 2 * mm, left_x + rule / 2, y - 2 * mm)
    if content.national_name:
        canvas.setFont(BOLD, 11)
        canvas.drawCentredString(right_x, top, content.national_name)
    if content.national_motto:
        canvas.setFont(BOLD, 12)
        y = top - 5.5 * mm
        canvas.drawCentredString(right_x, y, content.national_motto)
        half = pdfmetrics.stringWidth(content.national_motto, BOLD, 12) / 2
        canvas.line(right_x - half, y - 2 * mm, right_x + half, y - 2 * mm)


def draw_signature(canvas: Canvas, content: CertificateContent, x: float) -> None:
    """Place and date, the signatory's title, the signature and seal, the name."""
    canvas.setFillColor(INK)
    if content.place_date:
        canvas.setFont(ITALIC, 11)
        canvas.drawCentredString(x, 74 * mm, content.place_date)
    y = 67 * mm
    for line in content.signatory_title.splitlines():
        if not line.strip():
            continue
        title = line.strip().upper()
        canvas.setFont(BOLD, fit_font_size(title, BOLD, 11, 100 * mm))
        canvas.drawCentredString(x, y, title)
        y -= 5 * mm
    if content.signature_image:
        box_w, box_h = 56 * mm, 26 * mm
        canvas.drawImage(
            ImageReader(io.BytesIO(content.signature_image)),
            x - box_w / 2,
            32 * mm,
            width=box_w,
            height=box_h,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
    if content.signatory_name:
        canvas.setFont(BOLD, 13)
        canvas.drawCentredString(x, 25 * mm, content.signatory_name)


def render_pdf(content: CertificateContent) -> bytes:
    """One A4 landscape page; text is real text, so it can be searched and copied."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(
        buffer, pagesize=(width, height), pageCompression=1, initialFontName=REGULAR
    )
    canvas.setTitle(f"{_('Certificate')} {content.code}")
    canvas.setAuthor(content.issuing_body)
    centre = width / 2

    canvas.setStrokeColor(INK)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)

    draw_header(canvas, content, width, height)
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 30)
    canvas.drawCentredString(centre, height - 55 * mm, _("CERTIFICATE"))
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 13)
    canvas.drawCentredString(centre, height - 65 * mm, _("This certifies that"))

    name_size = fit_font_size(content.full_name, BOLD, 28, width - 60 * mm)
    canvas.setFont(BOLD, name_size)
    canvas.drawCentredString(centre, height - 78 * mm, content.full_name)

    canvas.setFont(REGULAR, 12)
    details = " · ".join(p for p in (content.position, content.agency) if p)
    if details:
        canvas.drawCentredString(centre, height - 87 * mm, details)
    canvas.drawCentredString(
        centre, height - 97 * mm, _("has completed the training course")
    )
    course_size = fit_font_size(content.course_title, BOLD, 17, width - 60 * mm)
    canvas.setFont(BOLD, course_size)
    canvas.drawCentredString(centre, height - 107 * mm, content.course_title)
    canvas.setFont(REGULAR, 12)
    if content.attendance_line:
        canvas.drawCentredString(centre, height - 116 * mm, content.attendance_line)

    left = 30 * mm
    canvas.setFont(REGULAR, 11)
    canvas.drawString(
        left, 52 * mm, _("Issued on %(date)s") % {"date": content.issued_on}
    )
    if content.valid_until:
        canvas.drawString(
            left, 46 * mm, _("Valid until %(date)s") % {"date": content.valid_until}
        )
    canvas.drawString(
        left, 36 * mm, _("Verification code: %(code)s") % {"code": content.code}
    )
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left, 30 * mm, content.verify_url)

    qr_size = 32 * mm
    qr_x, qr_y = centre - qr_size / 2, 24 * mm
    draw_qr(canvas, qr_code(content.verify_url), qr_x, qr_y, qr_size)
    canvas.linkURL(
        content.verify_url, (qr_x, qr_y, qr_x + qr_size, qr_y + qr_size), relative=0
    )

    draw_signature(canvas, content, width - 75 * mm)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
