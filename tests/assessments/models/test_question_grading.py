from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import MultipleChoiceQuestion, Question
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
        q.parse_response({"q": str(other_choices[0].pk)}, "q", choices)


def test_multiple_choice_all_ticked_loses_to_the_penalty():
    q, choices = real(MultipleChoiceFactory())
    assert q.grade([c.pk for c in choices], choices) == 0


def test_multiple_choice_partial_credit_for_one_right_pick():
    q, choices = real(MultipleChoiceFactory())
    assert q.grade(ids(choices, "Đúng 1"), choices) == Decimal("0.50")


def test_multiple_choice_penalty_for_a_wrong_pick():
    q, choices = real(MultipleChoiceFactory(wrong_pick_penalty=Decimal("0.25")))
    assert q.grade(ids(choices, "Đúng 1", "Đúng 2", "Sai 1"), choices) == Decimal(
        "0.75"
    )


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


def test_ordering_parses_positions_from_the_form():
    q, choices = real(OrderingFactory())
    a, b, c, d = (x.pk for x in choices)
    data = {f"q_{a}": "2", f"q_{b}": "1", f"q_{c}": "3", f"q_{d}": "4"}
    assert q.parse_response(data, "q", choices) == [b, a, c, d]


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
        response = q.parse_response(query, "q", choices)
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
