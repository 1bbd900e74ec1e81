"""Every format renders as safe HTML; nothing a file carries can run."""

from html.parser import HTMLParser

import pytest

from assessments.text_formats import render_text, sanitise_html, to_plain

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)>",
]


class _Active(HTMLParser):
    """Collects what a browser would act on: tags that run or embed, handlers,
    script addresses, styles."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "svg", "object", "embed", "style"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(name)
            if "javascript:" in (value or "").lower():
                self.found.append(value)


@pytest.mark.parametrize("fmt", ["html", "moodle", "markdown", "plain"])
@pytest.mark.parametrize("payload", HOSTILE)
def test_no_format_lets_a_script_through(fmt, payload):
    parser = _Active()
    parser.feed(str(render_text(payload, fmt)))
    assert parser.found == []


def test_html_renders_as_html():
    assert str(render_text("<p>Câu <b>một</b></p>", "html")) == "<p>Câu <b>một</b></p>"


def test_plain_text_is_escaped_with_its_paragraphs():
    assert str(render_text("a < b\n\nc", "plain")) == "<p>a &lt; b</p>\n\n<p>c</p>"


def test_moodle_auto_format_keeps_line_breaks_and_allows_html():
    assert str(render_text("a\n<b>b</b>", "moodle")) == "a<br>\n<b>b</b>"


def test_markdown_renders():
    assert str(render_text("**đậm**", "markdown")) == "<p><strong>đậm</strong></p>"


def test_sanitising_keeps_images_with_relative_addresses():
    html = sanitise_html('<img src="/media/original_images/a.png" alt="Sơ đồ">')
    assert 'src="/media/original_images/a.png"' in html and 'alt="Sơ đồ"' in html


def test_html_to_plain_drops_tags_and_decodes_entities():
    assert to_plain("<p>Sở TT&amp;TT <b>Lạng Sơn</b></p>", "html") == (
        "Sở TT&TT Lạng Sơn"
    )
