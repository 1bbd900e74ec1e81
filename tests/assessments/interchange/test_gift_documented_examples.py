"""GIFT inputs from Moodle's GIFT format documentation, with the question Moodle
makes of each (docs.moodle.org/en/GIFT_format: symbols table and examples)."""

from decimal import Decimal

import pytest

from assessments.interchange import InterchangeError
from assessments.interchange.files import read_gift

D = Decimal
#: (GIFT input, kind, title, text, text format, [(answer, fraction, feedback)])
DOCUMENTED = [
    (
        "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
        "single_choice",
        "",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("Grant", D(0), ""), ("Jefferson", D(0), ""), ("no one", D(1), "")],
    ),
    (
        "Grant is {~buried =entombed ~living} in Grant's tomb.",
        "single_choice",
        "",
        "Grant is _____ in Grant's tomb.",
        "moodle",
        [("buried", D(0), ""), ("entombed", D(1), ""), ("living", D(0), "")],
    ),
    (
        "Who's buried in Grant's tomb?{=no one =nobody}",
        "short_answer",
        "",
        "Who's buried in Grant's tomb?",
        "moodle",
        [("no one", D(1), ""), ("nobody", D(1), "")],
    ),
    (
        "::Q3:: Two plus {=two =2} equals four.",
        "short_answer",
        "Q3",
        "Two plus _____ equals four.",
        "moodle",
        [("two", D(1), ""), ("2", D(1), "")],
    ),
    (
        "::Q2:: What's between orange and green in the spectrum?\n"
        "{ =yellow # right; good! ~red # wrong, it's yellow "
        "~blue # wrong, it's yellow }",
        "single_choice",
        "Q2",
        "What's between orange and green in the spectrum?",
        "moodle",
        [
            ("yellow", D(1), "right; good!"),
            ("red", D(0), "wrong, it's yellow"),
            ("blue", D(0), "wrong, it's yellow"),
        ],
    ),
    (
        "What two people are entombed in Grant's tomb? {~%-100%No one "
        "~%50%Grant ~%50%Grant's wife ~%-100%Grant's father }",
        "multiple_choice",
        "",
        "What two people are entombed in Grant's tomb?",
        "moodle",
        [
            ("No one", D(-1), ""),
            ("Grant", D("0.5"), ""),
            ("Grant's wife", D("0.5"), ""),
            ("Grant's father", D(-1), ""),
        ],
    ),
    (
        "Difficult question.{~wrong answer ~%50%half credit answer "
        "=full credit answer}",
        "single_choice",
        "",
        "Difficult question.",
        "moodle",
        [
            ("wrong answer", D(0), ""),
            ("half credit answer", D("0.5"), ""),
            ("full credit answer", D(1), ""),
        ],
    ),
    (
        "::Jesus' hometown::Jesus Christ was from {\n"
        "=Nazareth#Yes! That's right!\n"
        "=%75%Nazereth#Right, but misspelled.\n"
        "=%25%Bethlehem#He was born here, but not raised here.\n}",
        "short_answer",
        "Jesus' hometown",
        "Jesus Christ was from",
        "moodle",
        [
            ("Nazareth", D(1), "Yes! That's right!"),
            ("Nazereth", D("0.75"), "Right, but misspelled."),
            ("Bethlehem", D("0.25"), "He was born here, but not raised here."),
        ],
    ),
    (
        "Which answer equals 5? {\n~ \\= 2 + 2\n= \\= 2 + 3\n~ \\= 2 + 4\n}",
        "single_choice",
        "",
        "Which answer equals 5?",
        "moodle",
        [("= 2 + 2", D(0), ""), ("= 2 + 3", D(1), ""), ("= 2 + 4", D(0), "")],
    ),
    (
        "::Q1:: 1+1\\=2 {T}",
        "true_false",
        "Q1",
        "1+1=2",
        "moodle",
        [],
    ),
    # "[format]": the question text's marker is the default of every other part.
    (
        "[html]<p>Which <b>colour</b>?</p>{=<i>yellow</i>#<b>right</b> ~red}",
        "single_choice",
        "",
        "<p>Which <b>colour</b>?</p>",
        "html",
        [("yellow", D(1), "<b>right</b>"), ("red", D(0), "")],
    ),
    (
        "[plain]a < b?{T}",
        "true_false",
        "",
        "a < b?",
        "plain",
        [],
    ),
    (
        "[markdown]Is **this** bold?{=yes ~no}",
        "single_choice",
        "",
        "Is **this** bold?",
        "markdown",
        [("yes", D(1), ""), ("no", D(0), "")],
    ),
]


@pytest.mark.parametrize(
    ("gift", "kind", "title", "text", "fmt", "answers"),
    DOCUMENTED,
    ids=[row[0][:40] for row in DOCUMENTED],
)
def test_a_documented_gift_example_gives_moodles_question(
    gift, kind, title, text, fmt, answers
):
    (parsed,) = read_gift(gift)
    question = parsed.question
    assert question.kind == kind
    assert (question.title, question.text, question.text_format) == (title, text, fmt)
    assert [(c.text, c.fraction, c.feedback) for c in parsed.choices] == answers


def test_general_feedback_after_four_hashes_is_the_explanation():
    (parsed,) = read_gift("Which one? {=a ~b ####Because a.}")
    assert parsed.question.explanation == "Because a."


def test_format_markers_on_answers_and_feedback_are_not_kept_as_text():
    (parsed,) = read_gift("Pick {=[plain]a#[moodle]fine ~[html]<b>b</b>}")
    choices = [(c.text, c.feedback) for c in parsed.choices]
    assert choices == [("a", "fine"), ("b", "")]


def test_mixed_formats_are_all_kept_as_html():
    (parsed,) = read_gift("[plain]a < b?{=yes#[html]<b>right</b> ~no}")
    assert parsed.question.text_format == "html"
    assert parsed.question.text == "<p>a &lt; b?</p>"
    assert parsed.choices[0].feedback == "<b>right</b>"


def test_true_false_feedback_goes_wrong_then_right():
    (parsed,) = read_gift("The sun rises in the East.{T#No, it does.#Yes.}")
    question = parsed.question
    assert question.correct_answer is True
    assert (question.feedback_true, question.feedback_false) == ("Yes.", "No, it does.")


def test_an_unknown_bracket_is_part_of_the_text():
    (parsed,) = read_gift("[Tên] là gì?{=a ~b}")
    assert parsed.question.text == "[Tên] là gì?"


@pytest.mark.parametrize("weight", ["33", "33.3", "45", "-35"])
def test_a_grade_moodle_refuses_is_refused_with_a_clear_message(weight):
    with pytest.raises(InterchangeError) as error:
        read_gift(f"Q {{~%{weight}%a ~%{weight}%b ~c}}")
    assert weight in error.value.message and "33.33333" in error.value.message


@pytest.mark.parametrize(
    ("weight", "stored"),
    [
        ("33.33333", D("0.3333")),
        ("33.333", D("0.3333")),
        ("66.66667", D("0.6667")),
        ("14.28571", D("0.1429")),
        ("12.5", D("0.125")),
        ("-83.33333", D("-0.8333")),
    ],
)
def test_grades_moodle_accepts_are_stored_to_four_decimals(weight, stored):
    (parsed,) = read_gift(f"Q {{~%{weight}%a ~b}}")
    assert parsed.choices[0].fraction == stored


def test_categories_apply_to_the_questions_after_them():
    first, second = read_gift(
        "Q1 {T}\n\n$CATEGORY: $course$/top/Phát ngôn/Khủng hoảng\n\nQ2 {F}"
    )
    assert first.category is None
    assert second.category == "$course$/top/Phát ngôn/Khủng hoảng"
