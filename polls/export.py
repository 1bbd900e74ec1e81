"""A session's polls as spreadsheet rows: results overall and per site, and (for
organisers) who answered what. ``accounts.spreadsheets`` makes every cell inert."""

from __future__ import annotations

from django.utils.translation import gettext as _

from accounts.spreadsheets import Sheet
from sessions.models import LiveSession

from .models import Poll
from .selectors import session_answers, session_polls


def _sites(session: LiveSession) -> list[tuple[int, str]]:
    links = session.session_endpoints.select_related("endpoint").order_by(
        "sort_order", "pk"
    )
    sites = [(link.endpoint_id, link.endpoint.name) for link in links]
    if session.hub_id and session.hub_id not in {pk for pk, _name in sites}:
        sites.insert(0, (session.hub_id, session.hub.name))
    return sites


def results_sheet(session: LiveSession) -> Sheet:
    sites = _sites(session)
    kinds, states = dict(Poll.Kind.choices), dict(Poll.State.choices)
    header = [
        _("Poll"),
        _("Kind"),
        _("State"),
        _("Opened at"),
        _("Closed at"),
        _("Choice"),
        _("All endpoints"),
        *[name for _pk, name in sites],
        _("Remote"),
    ]
    rows = []
    for poll in session_polls(session_id=session.pk):
        by_site = {site["endpoint_id"]: site for site in poll["results"]["sites"]}
        start = [
            poll["question"],
            str(kinds[poll["kind"]]),
            str(states[poll["state"]]),
            poll["opened_at"],
            poll["closed_at"],
        ]
        for index, choice in enumerate(poll["choices"]):
            rows.append(
                [
                    *start,
                    choice["text"],
                    poll["results"]["counts"][index],
                    *[
                        by_site[pk]["counts"][index] if pk in by_site else 0
                        for pk in [*(pk for pk, _name in sites), None]
                    ],
                ]
            )
        rows.append(
            [
                *start,
                _("People who answered"),
                poll["results"]["respondents"],
                *[
                    by_site[pk]["respondents"] if pk in by_site else 0
                    for pk in [*(pk for pk, _name in sites), None]
                ],
            ]
        )
    return Sheet(
        title=_("Poll results"), header=header, rows=rows, heading=session.title
    )


def answers_sheet(session: LiveSession) -> Sheet:
    header = [
        _("Poll"),
        _("Full name"),
        _("Email"),
        _("Agency"),
        _("Endpoint"),
        _("Answered at"),
        _("Choices"),
    ]
    rows = [
        [
            answer.poll.question,
            answer.user.full_name,
            answer.user.email,
            answer.user.agency,
            answer.endpoint.name if answer.endpoint else _("Remote"),
            answer.created_at,
            "; ".join(choice.text for choice in answer.choices.all()),
        ]
        for answer in session_answers(session_id=session.pk)
    ]
    return Sheet(title=_("Answers"), header=header, rows=rows, heading=session.title)
