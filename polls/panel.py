"""The polls panel: what the session's live page (and the polls page) render."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from sessions.participation import Participation

from .selectors import answered_choices, for_participants, session_polls


def labels() -> dict[str, str]:
    """The panel script's words, in the request's language."""
    return {
        "none": _("No poll yet. When the presenter launches one, it appears here."),
        "single": _("Choose one answer."),
        "multiple": _("Choose one or more answers."),
        "open": pgettext("poll state", "Open"),
        "closed": pgettext("poll state", "Closed"),
        "draft": pgettext("poll state", "Draft"),
        "opened_at": _("opened at %(time)s"),
        "submit": _("Send my answer"),
        "sending": _("Sending…"),
        "thanks": _("Thank you: your answer is counted."),
        "your_answer": _("Your answer: %(choices)s"),
        "already": _("You have already answered this poll."),
        "missed": _("This poll closed before you answered."),
        "choose": _("Choose an answer first."),
        "failed": _(
            "Your answer could not be sent. Check the connection and try again."
        ),
        "results": _("Results"),
        "hidden": _("The results are kept for the organisers."),
        "respondents": _("%(count)s answered"),
        "chart": _("Results of the poll “%(question)s”"),
        "value": _("%(count)s (%(percent)s %%)"),
        "remote": _("Remote"),
        "all_sites": _("All endpoints"),
        "site_column": _("Endpoint"),
        "answered_column": _("People who answered"),
        "site": _("Results shown for"),
        "live": _("Live: updates as they happen"),
        "offline": _("Reconnecting…"),
        "changed": _("A poll changed. Reload the page to act on it."),
    }


def panel_context(request: HttpRequest, session, participation: Participation) -> dict:
    polls = session_polls(session_id=session.pk)
    answered = answered_choices(session_id=session.pk, user=request.user)
    return {
        "session_id": session.pk,
        "moderates": participation.moderates,
        "endpoint_name": participation.endpoint_name,
        "state": {
            "polls": polls if participation.moderates else for_participants(polls),
            "answered": {str(pk): choices for pk, choices in answered.items()},
        },
        "labels": labels(),
        "answer_url": reverse("polls:answer", kwargs={"pk": session.pk, "poll_id": 0}),
        "manage_url": reverse("polls:manage", kwargs={"pk": session.pk}),
    }
