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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from config.site_url import absolute_url

DEFAULT_FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REGULAR = "CertSans"
BOLD = "CertSans-Bold"
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


def verify_url(code: str) -> str:
    """The public address that checks ``code``; the QR code encodes exactly this."""
    return absolute_url(reverse("certificates:verify", kwargs={"code": code}))


def qr_code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error="m")


@cache
def register_fonts() -> None:
    folder = Path(getattr(settings, "CERTIFICATE_FONT_DIR", DEFAULT_FONT_DIR))
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def local_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return timezone.localtime(moment).strftime("%d/%m/%Y")


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

    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 13)
    canvas.drawCentredString(centre, height - 30 * mm, content.issuing_body.upper())
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 34)
    canvas.drawCentredString(centre, height - 50 * mm, _("CERTIFICATE"))
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, 13)
    canvas.drawCentredString(centre, height - 62 * mm, _("This certifies that"))

    name_size = fit_font_size(content.full_name, BOLD, 30, width - 60 * mm)
    canvas.setFont(BOLD, name_size)
    canvas.drawCentredString(centre, height - 78 * mm, content.full_name)

    canvas.setFont(REGULAR, 12)
    details = " · ".join(p for p in (content.position, content.agency) if p)
    if details:
        canvas.drawCentredString(centre, height - 88 * mm, details)
    canvas.drawCentredString(
        centre, height - 100 * mm, _("has completed the training course")
    )
    course_size = fit_font_size(content.course_title, BOLD, 18, width - 60 * mm)
    canvas.setFont(BOLD, course_size)
    canvas.drawCentredString(centre, height - 111 * mm, content.course_title)
    canvas.setFont(REGULAR, 12)
    if content.attendance_line:
        canvas.drawCentredString(centre, height - 122 * mm, content.attendance_line)

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

    sign_x = width - 75 * mm
    if content.signatory_title:
        title = content.signatory_title.upper()
        canvas.setFont(BOLD, fit_font_size(title, BOLD, 11, 110 * mm))
        canvas.drawCentredString(sign_x, 58 * mm, title)
    canvas.setFont(BOLD, 13)
    if content.signatory_name:
        canvas.drawCentredString(sign_x, 32 * mm, content.signatory_name)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
