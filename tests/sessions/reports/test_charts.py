"""Chart labels are wrapped at word boundaries, never cut mid-word, and keep their
full text for a tooltip and assistive technology."""

from xml.etree import ElementTree

from sessions.reports.charts import (
    LABEL_CHARS,
    LABEL_LINES,
    Bar,
    bar_chart_svg,
    label_lines,
)

SVG = "{http://www.w3.org/2000/svg}"
LONG = "Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn và các xã biên giới phía bắc"


def test_short_label_stays_on_one_line():
    assert label_lines("Cao Lộc") == ["Cao Lộc"]


def test_long_label_wraps_at_word_boundaries():
    lines = label_lines("Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn")

    assert len(lines) == 2
    assert " ".join(lines) == "Ủy ban nhân dân huyện Cao Lộc, tỉnh Lạng Sơn"
    assert all(len(line) <= LABEL_CHARS for line in lines)


def test_label_too_long_for_two_lines_drops_whole_words_and_says_so():
    lines = label_lines(LONG)

    assert len(lines) == LABEL_LINES
    assert lines[-1].endswith("…")
    shown_words = " ".join(lines).removesuffix("…").split()
    assert shown_words == LONG.split()[: len(shown_words)]


def test_svg_label_keeps_its_full_text_as_title():
    svg = bar_chart_svg(bars=[Bar(label=LONG, value=50, text="50 %")], title="Chart")

    root = ElementTree.fromstring(str(svg))
    label = root.find(f"{SVG}text")
    assert label.find(f"{SVG}title").text == LONG
    assert [span.text for span in label.findall(f"{SVG}tspan")] == label_lines(LONG)
