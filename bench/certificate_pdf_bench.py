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


def content(i: int) -> CertificateContent:
    code = new_code()
    return CertificateContent(
        full_name=NAMES[i % len(NAMES)],
        agency="UBND huyện Tràng Định",
        position="Chánh Văn phòng HĐND và UBND",
        course_title="Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        attendance_line="Đã tham dự 4 phiên trực tuyến (6,0 giờ)",
        issued_on="17/10/2019",
        valid_until="",
        issuing_body="Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
        signatory_name="Hoàng Văn Bình",
        signatory_title="Giám đốc",
        code=code,
        verify_url=verify_url(code),
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
