"""The attempt page names and values its inputs without database ids."""

import re

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt, Choice
from assessments.tests.factories import (
    OrderingFactory,
    SingleChoiceFactory,
    all_types_quiz,
    quiz_with,
)

pytestmark = pytest.mark.django_db


def _page(client, attempt: Attempt) -> str:
    """The attempt's form (the rest of the page is the site's layout)."""
    body = client.get(reverse("assessments:attempt", args=[attempt.pk])).content
    html = body.decode()
    start = html.index('<form id="attempt-form"')
    return html[start : html.index("</form>", start)]


def _tags(body: str, *kinds: str) -> list[str]:
    return re.findall(rf"<(?:{'|'.join(kinds)})\b[^>]*>", body)


def _attribute(tag: str, name: str) -> str | None:
    found = re.search(rf'\b{name}="([^"]*)"', tag)
    return found.group(1) if found else None


def test_choices_are_valued_by_the_attempts_tokens_only(trainee, client_for):
    """The exploit: values were choice ids, and sorting ids gave the key."""
    quiz = all_types_quiz()
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    body = _page(client_for(trainee), attempt)
    tokens = {t for item in attempt.items.all() for t in item.choice_tokens}
    values = [
        _attribute(tag, "value")
        for tag in _tags(body, "input")
        if _attribute(tag, "type") in ("radio", "checkbox")
    ]
    assert values
    assert set(values) <= tokens | {"true", "false"}
    choice_ids = {str(pk) for pk in Choice.objects.values_list("pk", flat=True)}
    assert not set(values) & choice_ids


def test_inputs_are_named_by_place_and_token_only(trainee, client_for):
    quiz = all_types_quiz()
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    body = _page(client_for(trainee), attempt)
    allowed = set()
    for item in attempt.items.all():
        allowed.add(item.prefix)
        allowed |= {f"{item.prefix}_{t}" for t in item.choice_tokens}
    names = {
        _attribute(tag, "name")
        for tag in _tags(body, "input", "select", "textarea")
        if _attribute(tag, "type") != "hidden"
    }
    assert names and names <= allowed


def test_no_input_or_fieldset_is_named_by_a_question_id(trainee, client_for):
    SingleChoiceFactory.create_batch(2)  # the quiz's question has an id other than 1
    question = SingleChoiceFactory()
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    body = _page(client_for(trainee), attempt)
    assert question.pk != 1
    assert f'name="q{question.pk}"' not in body
    assert f'data-question="{question.pk}"' not in body
    assert 'name="q1"' in body and 'data-question="1"' in body


def test_ordering_items_carry_tokens_that_do_not_follow_the_right_order(
    trainee, client_for
):
    question = OrderingFactory(
        with_choices=[(f"Bước {i}", 0) for i in range(1, 7)], points=6
    )
    quiz = quiz_with([question], attempts_allowed=0)
    client = client_for(trainee)
    seen_orders = set()
    for _ in range(4):
        attempt = services.attempt_start(quiz=quiz, user=trainee)
        item = attempt.items.get()
        body = _page(client, attempt)
        tokens = re.findall(r'name="q1_([0-9a-f]+)"', body)
        right = [c.pk for c in question.choices.order_by("position")]
        assert sorted(tokens) == sorted(item.token_for(pk) for pk in right)
        shown = [item.keys.choice_id(t) for t in tokens]
        assert shown == item.choice_order != right
        seen_orders.add(tuple(sorted(tokens)))
        services.attempt_submit(attempt=attempt, user=trainee, data={})
    assert len(seen_orders) == 4  # fresh tokens per attempt


def test_every_item_at_position_one_is_refused_not_graded(trainee):
    """The exploit: positions all 1 used to score full marks."""
    question = OrderingFactory()
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    data = {f"{item.prefix}_{t}": "1" for t in item.choice_tokens}
    with pytest.raises(services.AttemptRefused) as refused:
        services.attempt_submit(attempt=attempt, user=trainee, data=data)
    assert refused.value.code == "invalid"
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.score is None


def test_an_ordering_answered_by_tokens_scores_full_marks(trainee):
    question = OrderingFactory()
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    right = [c.pk for c in question.choices.order_by("position")]
    data = {
        f"{item.prefix}_{item.token_for(pk)}": str(n)
        for n, pk in enumerate(right, start=1)
    }
    attempt = services.attempt_submit(attempt=attempt, user=trainee, data=data)
    assert attempt.score == question.points
