"""A question or choice named in a listing is shortened at a word boundary, never
cut mid-word."""

from assessments.models.questions import shorten_at_word

TEXT = (
    "Theo Nghị định 09/2017/NĐ-CP, ai là người đứng đầu chịu trách nhiệm phát ngôn "
    "và cung cấp thông tin cho báo chí của Ủy ban nhân dân cấp huyện?"
)


def test_short_text_is_kept_whole():
    assert shorten_at_word("Chủ tịch Ủy ban nhân dân huyện", 80) == (
        "Chủ tịch Ủy ban nhân dân huyện"
    )


def test_long_text_ends_on_a_whole_word_marked_with_an_ellipsis():
    shortened = shorten_at_word(TEXT, 80)

    assert len(shortened) <= 80
    assert shortened.endswith(" …")
    assert TEXT.split()[: len(shortened.split()) - 1] == shortened.split()[:-1]


def test_a_single_overlong_word_is_cut_with_an_ellipsis():
    assert shorten_at_word("x" * 100, 80) == "x" * 79 + "…"
