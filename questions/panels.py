"""What the questions app contributes to other pages: its panel on the session's
live page and its section of the session report."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from sessions.participation import Participation

from .access import export_audience
from .forms import AskForm, QuestionSettingsForm
from .models import QUESTION_MAX_LENGTH, Question
from .selectors import MODERATORS, PARTICIPANTS, personal_state, question_feed


def _labels() -> dict:
    return {
        "votes_one": _("%(count)s vote"),
        "votes_many": _("%(count)s votes"),
        "vote": _("Vote"),
        "unvote": _("Withdraw vote"),
        "answered": _("Answered"),
        "pinned": _("Pinned"),
        "hidden": _("Hidden"),
        "anonymous": _("Anonymous"),
        "anonymous_to_others": _("anonymous to participants"),
        "for_room": _("for the room"),
        "yours": _("Your question"),
        "answer": _("Mark answered"),
        "unanswer": _("Not answered"),
        "pin": _("Pin"),
        "unpin": _("Unpin"),
        "hide": _("Hide"),
        "unhide": _("Show again"),
        "empty": _("No questions yet."),
        "live": _("Live: questions update as they are asked"),
        "offline": _("Reconnecting…"),
        "closed": _("The session is not live: questions are closed."),
        "sent": _("Your question has been sent."),
        "failed": _("Could not send; check the connection and try again."),
        "chars_left": _("%(count)s characters left"),
    }


def live_panel_context(
    request: HttpRequest, session, participation: Participation
) -> dict:
    audience = MODERATORS if participation.moderates else PARTICIPANTS
    feed = question_feed(session_id=session.pk, audience=audience)
    mine = personal_state(session_id=session.pk, user=request.user)
    return {
        "feed": feed,
        "moderates": participation.moderates,
        "ask_form": AskForm(),
        "settings_form": QuestionSettingsForm(
            initial={"allow_anonymous": feed["allow_anonymous"]}
        ),
        "mine": set(mine["mine"]),
        "voted": set(mine["voted"]),
        "max_length": QUESTION_MAX_LENGTH,
        "script_data": {
            "session": session.pk,
            "audience": audience,
            "feed": feed,
            "mine": mine["mine"],
            "voted": mine["voted"],
            "max_length": QUESTION_MAX_LENGTH,
            "urls": {
                "vote": reverse("questions:vote", args=[0]),
                "moderate": reverse("questions:moderate", args=[0]),
                "ask": reverse("questions:ask", args=[session.pk]),
            },
            "labels": _labels(),
        },
    }


def report_section_context(request: HttpRequest, session) -> dict | None:
    audience = export_audience(request.user, session)
    if audience is None:
        return None
    questions = Question.objects.of_session(session.pk)
    if audience != MODERATORS:
        questions = questions.visible()
    return {
        "count": questions.count(),
        "export_url": reverse("questions:export", args=[session.pk]),
        "with_authors": audience == MODERATORS,
    }
