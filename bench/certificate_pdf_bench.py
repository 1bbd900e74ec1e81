"""Render 200 certificates and print the time per PDF (aim: under 150 ms each).

    uv run python bench/certificate_pdf_bench.py [count]

Measures the rendering itself (ReportLab + segno, fonts registered once per process),
which is what the background task spends its time on; storing the file is extra.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import translation  # noqa: E402

from assessments.certificates.codes import new_code  # noqa: E402
from assessments.certificates.pdf import (  # noqa: E402
    CertificateContent,
    register_fonts,
    render_pdf,
    verify_url,
)

NAMES = [
    "Nguyễn Thị Hồng Nhung",
    "Lương Thị Hồng Nhung",
    "Hoàng Văn Thụ",
    "Nông Thị Thuỳ Dương",
    "Đinh Quốc Hưng",
]


def signature_png() -> bytes:
    """A 600×240 transparent PNG with a stroke, like a scanned signature."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line(
        [(40, 180), (200, 60), (380, 170), (560, 50)], fill=(20, 40, 160, 255), width=9
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


SIGNATURE = signature_png()


def content(i: int) -> CertificateContent:
    code = new_code()
    return CertificateContent(
        full_name=NAMES[i % len(NAMES)],
        agency="UBND xã Tràng Định",
        position="Chánh Văn phòng HĐND và UBND",
        course_title="Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        attendance_line="Đã tham dự 4 phiên trực tuyến (6,0 giờ)",
        issued_on="17/10/2019",
        valid_until="",
        issuing_body="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        signatory_name="Hoàng Văn Bình",
        signatory_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        code=code,
        verify_url=verify_url(code),
        national_name="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        national_motto="Độc lập - Tự do - Hạnh phúc",
        parent_body="UBND TỈNH LẠNG SƠN",
        place_date="Lạng Sơn, ngày 17 tháng 10 năm 2019",
        signature_image=SIGNATURE,
    )


def main(count: int = 200) -> None:
    translation.activate("vi")
    started = time.perf_counter()
    register_fonts()
    first = time.perf_counter() - started
    contents = [content(i) for i in range(count)]
    sizes = []
    started = time.perf_counter()
    for item in contents:
        sizes.append(len(render_pdf(item)))
    elapsed = time.perf_counter() - started
    print(f"font registration (once per process): {first * 1000:.1f} ms")
    print(f"{count} certificates in {elapsed:.2f} s")
    print(f"{elapsed / count * 1000:.1f} ms per PDF (target < 150 ms)")
    print(f"average size {sum(sizes) / len(sizes) / 1024:.1f} KiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
