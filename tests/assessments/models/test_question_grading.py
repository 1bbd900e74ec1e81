import random
import unicodedata
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.choice_keys import ChoiceKeys
from assessments.models import (
    Choice,
    MultipleChoiceQuestion,
    Question,
    ShortAnswerQuestion,
)
from assessments.models.questions import normalise_text
from assessments.selectors import choices_by_question
from assessments.tests.factories import (
    EssayFactory,
    MultipleChoiceFactory,
    OrderingFactory,
    ShortAnswerFactory,
    SingleChoiceFactory,
    TrueFalseFactory,
)

pytestmark = pytest.mark.django_db


def real(question):
    q = Question.objects.get(pk=question.pk)
    return q, choices_by_question([q.pk])[q.pk]


def ids(choices, *texts):
    return [c.pk for c in choices if c.text in texts]


def keys_for(choices) -> ChoiceKeys:
    return ChoiceKeys.fresh([c.pk for c in choices], random.Random(7))


def test_single_choice_right_answer_earns_the_points():
    q, choices = real(SingleChoiceFactory(points=Decimal("2")))
    assert q.grade(ids(choices, "Đúng")[0], choices) == Decimal("2")


def test_single_choice_empty_answer_scores_zero():
    q, choices = real(SingleChoiceFactory())
    assert q.grade(None, choices) == 0


def test_single_choice_refuses_a_choice_of_another_question():
    q, choices = real(SingleChoiceFactory())
    _other, other_choices = real(SingleChoiceFactory())
    with pytest.raises(ValidationError):
        q.parse_response(
            {"q": str(other_choices[0].pk)}, "q", choices, keys_for(other_choices)
        )


def test_single_choice_refuses_a_bare_choice_id():
    q, choices = real(SingleChoiceFactory())
    with pytest.raises(ValidationError):
        q.parse_response({"q": str(choices[0].pk)}, "q", choices, keys_for(choices))


def test_single_choice_reads_the_attempts_token():
    q, choices = real(SingleChoiceFactory())
    keys = keys_for(choices)
    right = ids(choices, "Đúng")[0]
    assert q.parse_response({"q": keys.token(right)}, "q", choices, keys) == right


#: Moodle's multiple-answer grading: the picked choices' fractions add up and the
#: total is kept in [0, 1] (weights as a Moodle bank stores them).
MOODLE_WEIGHTS = [("A", 0.5), ("B", 0.5), ("C", -1), ("D", -1)]


@pytest.mark.parametrize(
    ("picked", "score"),
    [
        (("A", "B"), Decimal("1")),
        (("A",), Decimal("0.5")),
        (("B",), Decimal("0.5")),
        (("A", "B", "C"), Decimal("0")),  # 0.50 under the old fixed penalty
        (("A", "C"), Decimal("0")),
        (("C",), Decimal("0")),
        (("A", "B", "C", "D"), Decimal("0")),
        ((), Decimal("0")),
    ],
)
def test_multiple_choice_grades_the_sum_of_the_moodle_weights(picked, score):
    q, choices = real(MultipleChoiceFactory(with_choices=MOODLE_WEIGHTS))
    assert q.grade(ids(choices, *picked), choices) == score


@pytest.mark.parametrize(
    ("picked", "score"),
    [
        (("A", "B", "C"), Decimal("1")),
        (("A", "B"), Decimal("0.67")),
        (("A", "D"), Decimal("0")),
        (("A", "B", "C", "D"), Decimal("0")),
    ],
)
def test_multiple_choice_thirds_and_a_full_penalty(picked, score):
    thirds = [("A", 0.3333), ("B", 0.3333), ("C", 0.3333), ("D", -1)]
    q, choices = real(MultipleChoiceFactory(with_choices=thirds))
    assert q.grade(ids(choices, *picked), choices) == score


def test_multiple_choice_sum_is_capped_at_the_points():
    generous = [("A", 1), ("B", 1), ("C", 0)]
    q, choices = real(MultipleChoiceFactory(with_choices=generous, points=2))
    assert q.grade(ids(choices, "A", "B"), choices) == Decimal("2")


def test_multiple_choice_all_or_nothing_needs_exactly_the_right_set():
    q, choices = real(
        MultipleChoiceFactory(scoring=MultipleChoiceQuestion.Scoring.ALL_OR_NOTHING)
    )
    assert q.grade(ids(choices, "Đúng 1"), choices) == 0
    assert q.grade(ids(choices, "Đúng 1", "Đúng 2"), choices) == 1


def test_multiple_choice_empty_answer_scores_zero():
    q, choices = real(MultipleChoiceFactory())
    assert q.grade([], choices) == 0


def test_true_false_grades_the_truth():
    q, choices = real(TrueFalseFactory(correct_answer=False))
    assert q.grade(False, choices) == 1
    assert q.grade(True, choices) == 0
    assert q.grade(None, choices) == 0


@pytest.mark.parametrize(
    ("accepted", "given"),
    [
        ("Hòa Bình", "Hoà Bình"),
        ("Hoà Bình", "Hòa Bình"),
        ("thủy điện", "thuỷ điện"),
        ("khỏe mạnh", "khoẻ mạnh"),
        ("òa khóc", "oà khóc"),
        ("Ủy ban", "Uỷ ban"),
        ("tùy ý", "tuỳ ý"),
        ("lòe loẹt", "loè loẹt"),
        ("Hòa Bình", unicodedata.normalize("NFD", "HOÀ BÌNH")),
    ],
)
def test_short_answer_accepts_old_and_new_tone_placement(accepted, given):
    q, choices = real(
        ShortAnswerFactory(ignore_diacritics=False, with_choices=[(accepted, 1)])
    )
    assert q.grade(given, choices) == 1


@pytest.mark.parametrize(
    ("accepted", "given"),
    [("hòa", "hóa"), ("hòa", "hoa"), ("thủy", "thùy"), ("khỏe", "khoe")],
)
def test_short_answer_still_tells_different_tones_apart(accepted, given):
    q, choices = real(
        ShortAnswerFactory(ignore_diacritics=False, with_choices=[(accepted, 1)])
    )
    assert q.grade(given, choices) == 0


def test_tone_placement_has_one_normal_form():
    spellings = {"hoà", "hòa", unicodedata.normalize("NFD", "hoà")}
    assert len({normalise_text(s, ignore_diacritics=False) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ("cầu nối", Decimal("1")),
        ("  CẦU   Nối ", Decimal("1")),
        ("cau noi", Decimal("1")),
        ("bắc cầu", Decimal("0.5")),
        ("", Decimal("0")),
        ("cầu treo", Decimal("0")),
    ],
)
def test_short_answer_ignores_case_spacing_and_diacritics_when_allowed(answer, score):
    q, choices = real(ShortAnswerFactory(ignore_diacritics=True))
    assert q.grade(answer, choices) == score


def test_short_answer_keeps_diacritics_when_not_allowed():
    q, choices = real(ShortAnswerFactory(ignore_diacritics=False))
    assert q.grade("cau noi", choices) == 0
    assert q.grade("Cầu Nối", choices) == 1


def test_short_answer_maps_d_with_stroke():
    q, choices = real(
        ShortAnswerFactory(ignore_diacritics=True, with_choices=[("Đình Lập", 1)])
    )
    assert q.grade("dinh lap", choices) == 1


def test_ordering_in_the_right_order_earns_all_points():
    q, choices = real(OrderingFactory())
    assert q.grade([c.pk for c in choices], choices) == Decimal("2")


def test_ordering_reversed_earns_nothing():
    q, choices = real(OrderingFactory())
    assert q.grade([c.pk for c in reversed(choices)], choices) == 0


def test_ordering_partial_credit_by_relative_positions():
    q, choices = real(OrderingFactory())
    a, b, c, d = (x.pk for x in choices)
    # one swapped pair out of six
    assert q.grade([b, a, c, d], choices) == Decimal("1.67")


def test_ordering_duplicate_ids_in_the_answer_score_zero():
    q, choices = real(OrderingFactory())
    a, b, c, _d = (x.pk for x in choices)
    assert q.grade([a, a, b, c], choices) == 0


def test_ordering_items_with_the_same_text_are_interchangeable():
    q, choices = real(
        OrderingFactory(with_choices=[("Mở", 0), ("Kiểm tra", 0), ("Kiểm tra", 0)])
    )
    a, b, c = (x.pk for x in choices)
    assert q.grade([a, c, b], choices) == Decimal("2")


def test_ordering_empty_answer_scores_zero():
    q, choices = real(OrderingFactory())
    assert q.grade([], choices) == 0


def _positions(keys, placed):
    return {f"q_{keys.token(choice_id)}": str(pos) for choice_id, pos in placed}


def test_ordering_parses_positions_from_the_form():
    q, choices = real(OrderingFactory())
    keys = keys_for(choices)
    a, b, c, d = (x.pk for x in choices)
    data = _positions(keys, [(a, 2), (b, 1), (c, 3), (d, 4)])
    assert q.parse_response(data, "q", choices, keys) == [b, a, c, d]


def test_ordering_refuses_every_item_at_position_one():
    """The exploit: ties used to fall back to id order, which is the right order."""
    q, choices = real(OrderingFactory())
    keys = keys_for(choices)
    data = _positions(keys, [(c.pk, 1) for c in choices])
    with pytest.raises(ValidationError):
        q.parse_response(data, "q", choices, keys)


@pytest.mark.parametrize(
    "positions",
    [[1, 1, 2, 3], [1, 2, 3, 3], [1, 2, 3, 5], [0, 1, 2, 3], [1, 2, 3, None]],
)
def test_ordering_refuses_duplicate_or_missing_positions(positions):
    q, choices = real(OrderingFactory())
    keys = keys_for(choices)
    placed = [(c.pk, p) for c, p in zip(choices, positions, strict=True) if p]
    with pytest.raises(ValidationError):
        q.parse_response(_positions(keys, placed), "q", choices, keys)


def test_ordering_left_blank_is_an_empty_answer():
    q, choices = real(OrderingFactory())
    assert q.parse_response({}, "q", choices, keys_for(choices)) == []


def test_ordering_refuses_positions_named_by_choice_ids():
    q, choices = real(OrderingFactory())
    data = {f"q_{c.pk}": str(i) for i, c in enumerate(choices, start=1)}
    with pytest.raises(ValidationError):
        q.parse_response(data, "q", choices, keys_for(choices))


def test_ordering_is_never_shown_in_its_right_order():
    q, choices = real(OrderingFactory())
    right = [c.pk for c in choices]
    for seed in range(30):
        order = q.display_order(right, random.Random(seed), quiz_shuffles=False)
        assert sorted(order) == sorted(right) and order != right


def test_essay_waits_for_a_lecturer():
    q, choices = real(EssayFactory())
    assert q.grade("Bài viết", choices) is None


def _question_factories():
    return [
        SingleChoiceFactory,
        MultipleChoiceFactory,
        TrueFalseFactory,
        ShortAnswerFactory,
        OrderingFactory,
    ]


posted = st.dictionaries(
    st.sampled_from(["q", "q_1", "q_2", "q_999", "x"]),
    st.lists(
        st.one_of(
            st.integers(-5, 10**6).map(str), st.text(max_size=20), st.just("true")
        ),
        max_size=4,
    ),
    max_size=4,
)
raw_responses = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**6),
    st.text(max_size=30),
    st.lists(st.integers(-10, 10**6), max_size=8),
)


@pytest.mark.parametrize("factory", _question_factories())
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=posted, raw=raw_responses)
def test_score_stays_within_zero_and_points_whatever_is_posted(factory, data, raw):
    q, choices = _cached(factory)
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    try:
        response = q.parse_response(query, "q", choices, keys_for(choices))
    except ValidationError:
        response = raw
    for candidate in (response, raw, [c.pk for c in choices] * 2):
        score = q.grade(candidate, choices)
        assert Decimal("0") <= score <= q.points


_cache: dict = {}


def _cached(factory):
    if (
        factory not in _cache
        or not Question.objects.filter(pk=_cache[factory][0].pk).exists()
    ):
        _cache[factory] = real(factory(points=Decimal("3")))
    return _cache[factory]


@pytest.mark.parametrize(
    ("accepted", "given", "right"),
    [
        ("Hữu Nghị*", "Hữu Nghị", True),
        ("*Hữu Nghị*", "cửa khẩu quốc tế Hữu Nghị", True),
        ("*Hữu Nghị*", "Chi Lăng", False),
        ("Hòa *", "Hoà Bình", True),
    ],
)
def test_short_answer_wildcard_matches_as_moodle_does(accepted, given, right):
    question = ShortAnswerQuestion(points=Decimal("1"))
    choices = [Choice(text=accepted, fraction=Decimal("1"))]

    assert (question.grade(given, choices) == Decimal("1")) is right
