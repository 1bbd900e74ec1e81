"""Reads of polls: a session's polls with their results, overall and per site.

``session_polls`` reads a whole session in a fixed number of queries however many
answers there are: the counts are grouped by the database, never counted row by row.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count
from django.utils import timezone

from sessions.models import Endpoint

from .models import Answer, AnswerChoice, Poll


def _local_time(value) -> str:
    return timezone.localtime(value).strftime("%H:%M") if value else ""


def _site_names(endpoint_ids: set[int]) -> list[tuple[int, str]]:
    """The sites that answered, the hub first, then by name."""
    if not endpoint_ids:
        return []
    rows = Endpoint.objects.filter(pk__in=endpoint_ids).values_list(
        "pk", "name", "kind"
    )
    return [
        (pk, name)
        for pk, name, _kind in sorted(
            rows, key=lambda row: (row[2] != Endpoint.Kind.HUB, row[1])
        )
    ]


def session_polls(*, session_id: int) -> list[dict]:
    """Every poll of the session (drafts too) with its results overall and per site
    (``endpoint_id`` ``None``: remote participants): what moderators see."""
    polls = list(Poll.objects.of_session(session_id).prefetch_related("choices"))
    picked = (
        AnswerChoice.objects.filter(answer__poll__session_id=session_id)
        .values_list("answer__poll_id", "choice_id", "answer__endpoint_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    respondents = (
        Answer.objects.filter(poll__session_id=session_id)
        .values_list("poll_id", "endpoint_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_choice: dict[tuple[int, int, int | None], int] = {}
    for poll_id, choice_id, endpoint_id, n in picked:
        by_choice[poll_id, choice_id, endpoint_id] = n
    people: dict[int, dict[int | None, int]] = defaultdict(dict)
    for poll_id, endpoint_id, n in respondents:
        people[poll_id][endpoint_id] = n
    sites = _site_names(
        {pk for by_site in people.values() for pk in by_site if pk is not None}
    )
    return [_poll_dict(poll, by_choice, people[poll.pk], sites) for poll in polls]


def _poll_dict(poll: Poll, by_choice, people: dict, sites) -> dict:
    choices = list(poll.choices.all())

    def counts(endpoint_ids) -> list[int]:
        return [
            sum(by_choice.get((poll.pk, choice.pk, pk), 0) for pk in endpoint_ids)
            for choice in choices
        ]

    answered_from = list(people)
    per_site = [
        {
            "endpoint_id": pk,
            "name": name,
            "respondents": people[pk],
            "counts": counts([pk]),
        }
        for pk, name in sites
        if pk in people
    ]
    if None in people:
        per_site.append(
            {
                "endpoint_id": None,
                "name": "",
                "respondents": people[None],
                "counts": counts([None]),
            }
        )
    return {
        "id": poll.pk,
        "question": poll.question,
        "kind": poll.kind,
        "state": poll.state,
        "results_visible": poll.results_visible,
        "opened_at": _local_time(poll.opened_at),
        "closed_at": _local_time(poll.closed_at),
        "choices": [{"id": choice.pk, "text": choice.text} for choice in choices],
        "results": {
            "respondents": sum(people.values()),
            "counts": counts(answered_from),
            "sites": per_site,
        },
    }


def for_participants(polls: list[dict]) -> list[dict]:
    """What participants see of ``session_polls``: launched polls only, with the
    overall results of those whose results are shown, and no per-site detail."""
    shown = []
    for poll in polls:
        if poll["state"] == Poll.State.DRAFT:
            continue
        results = poll["results"] if poll["results_visible"] else None
        if results is not None:
            results = {**results, "sites": []}
        shown.append({**poll, "results": results})
    return shown


def answered_choices(*, session_id: int, user) -> dict[int, list[int]]:
    """The choices ``user`` picked, by poll, in this session's polls."""
    answered: dict[int, list[int]] = {}
    rows = AnswerChoice.objects.filter(
        answer__poll__session_id=session_id, answer__user=user
    ).values_list("answer__poll_id", "choice_id")
    for poll_id, choice_id in rows:
        answered.setdefault(poll_id, []).append(choice_id)
    return answered


def session_answers(*, session_id: int):
    """Every answer of the session with its person, site and choices (the export)."""
    return (
        Answer.objects.filter(poll__session_id=session_id)
        .select_related("poll", "user", "endpoint")
        .prefetch_related("choices")
        .order_by("poll__created_at", "poll_id", "created_at", "pk")
    )
