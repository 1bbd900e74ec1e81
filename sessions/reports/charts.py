"""Horizontal bar charts as server-rendered SVG, readable without colour: every bar
carries its label and its value as text, and a dashed line marks the target."""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ROW = 36
LABEL_WIDTH = 210
#: How many characters of a label fit on one line beside the bar (13 px type in
#: 210 px less the gap), and on how many lines; longer labels end in "…" and keep
#: their full text in a <title>, so nothing is cut mid-word.
LABEL_CHARS = 28
LABEL_LINES = 2
BAR_WIDTH = 300
VALUE_WIDTH = 90


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    #: What the value means, written next to the bar (e.g. "82.5 % (33/40)").
    text: str


def label_lines(
    label: str, width: int = LABEL_CHARS, lines: int = LABEL_LINES
) -> list[str]:
    """Wrap a label at word boundaries into at most ``lines`` lines of ``width``
    characters. What does not fit is dropped whole words at a time and marked
    with "…"; only a single word longer than a line is cut."""
    wrapped = [
        _fit(line, width)
        for line in textwrap.wrap(label, width=width, break_long_words=False)
    ] or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept = wrapped[:lines]
    last = kept[-1]
    while len(last) + 1 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    kept[-1] = _fit(last + "…", width)
    return kept


def _fit(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def _label_svg(label: str, y: int) -> str:
    lines = label_lines(label)
    first_baseline = y + 17 if len(lines) == 1 else y + 10
    spans = "".join(
        f'<tspan x="{LABEL_WIDTH - 8}" y="{first_baseline + 15 * index}">'
        f"{escape(line)}</tspan>"
        for index, line in enumerate(lines)
    )
    return f'<text text-anchor="end"><title>{escape(label)}</title>{spans}</text>'


def bar_chart_svg(
    *, bars: list[Bar], title: str, maximum: float = 100.0, target: float | None = None
) -> SafeString:
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW * len(bars) + 16
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-family="system-ui, sans-serif" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    for index, bar in enumerate(bars):
        y = index * ROW + 4 + (ROW - 28) // 2
        length = 0 if maximum <= 0 else max(0.0, min(bar.value / maximum, 1.0))
        parts.append(
            _label_svg(bar.label, y)
            + f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{BAR_WIDTH}" height="18" '
            f'fill="#ffffff" stroke="#5b6573"/>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{BAR_WIDTH * length:.1f}" '
            f'height="18" fill="#1c2330"/>'
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 6}" y="{y + 17}">'
            f"{escape(bar.text)}</text>"
        )
    if target is not None and maximum > 0:
        x = LABEL_WIDTH + BAR_WIDTH * min(target / maximum, 1.0)
        parts.append(
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" '
            f'stroke="#a4161a" stroke-width="2" stroke-dasharray="4 3"/>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
