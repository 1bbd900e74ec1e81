"""Asking, voting and moderating questions. Every change is broadcast after its
commit (``broadcast.py``); these functions never talk to the channel layer."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.ratelimit import Limit
from sessions.models import LiveSession
from sessions.participation import Participation, session_participation

from .broadcast import broadcaster
from .models import QUESTION_MAX_LENGTH, Question, QuestionSettings, Vote
from .selectors import allows_anonymous

#: Questions one person may ask per minute.
ASK_LIMIT = Limit("questions-ask", limit=5, window_seconds=60)
#: Votes (and withdrawn votes) one person may cast per minute.
VOTE_LIMIT = Limit("questions-vote", limit=60, window_seconds=60)


class QuestionRefused(Exception):
    """The request breaks a rule; ``message`` says which, in the user's language."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _participation(*, user, session: LiveSession) -> Participation:
    participation = session_participation(user, session)
    if participation is None:
        raise PermissionDenied
    return participation


def _moderator(*, user, session: LiveSession) -> Participation:
    participation = _participation(user=user, session=session)
    if not participation.moderates:
        raise PermissionDenied
    return participation


def is_moderator(*, user, session: LiveSession) -> bool:
    participation = session_participation(user, session)
    return participation is not None and participation.moderates


def _must_be_live(session: LiveSession) -> None:
    if session.status != LiveSession.Status.LIVE:
        raise QuestionRefused(
            _("Questions can be asked and supported only while the session is live."),
            status=409,
        )


def _changed(session_id: int) -> None:
    transaction.on_commit(lambda: broadcaster.session_changed(session_id))


@transaction.atomic
def question_ask(
    *, session: LiveSession, user, text: str, anonymous: bool = False
) -> Question:
    """A participant asks a question, attributed to the site they take part from."""
    participation = _participation(user=user, session=session)
    _must_be_live(session)
    text = (text or "").strip()
    if not text:
        raise QuestionRefused(_("Write your question first."))
    if len(text) > QUESTION_MAX_LENGTH:
        raise QuestionRefused(
            _("A question may have at most %(limit)d characters.")
            % {"limit": QUESTION_MAX_LENGTH}
        )
    if anonymous and not allows_anonymous(session_id=session.pk):
        raise QuestionRefused(_("This session does not take anonymous questions."))
    if ASK_LIMIT.count(str(user.pk)) > ASK_LIMIT.limit:
        raise QuestionRefused(
            _("You have asked many questions in a short time; wait a minute."),
            status=429,
        )
    question = Question(
        session=session,
        author=user,
        endpoint_id=participation.endpoint_id,
        for_room=participation.coordinator,
        text=text,
        anonymous=anonymous,
    )
    question.full_clean()
    question.save()
    _changed(session.pk)
    return question


def question_vote(*, question: Question, user, supports: bool) -> bool:
    """Support a question (or withdraw support); the wanted state, not a toggle, so
    a double click changes nothing. Nobody supports their own question. Returns
    whether ``user`` supports it now."""
    session = question.session
    _participation(user=user, session=session)
    _must_be_live(session)
    if question.author_id == user.pk:
        raise QuestionRefused(_("You cannot vote for your own question."))
    if question.hidden_at is not None:
        raise QuestionRefused(_("This question was hidden by the moderators."))
    if VOTE_LIMIT.count(str(user.pk)) > VOTE_LIMIT.limit:
        raise QuestionRefused(
            _("You have voted many times in a short time; wait a minute."),
            status=429,
        )
    with transaction.atomic():
        if supports:
            try:
                with transaction.atomic():
                    _vote, changed = Vote.objects.get_or_create(
                        question=question, user=user
                    )
            except IntegrityError:  # the other click of a double click won
                changed = False
        else:
            deleted, _kinds = Vote.objects.filter(question=question, user=user).delete()
            changed = bool(deleted)
        if changed:
            _changed(session.pk)
    return supports


@transaction.atomic
def question_answered_set(*, question: Question, by, answered: bool) -> Question:
    """Mark answered (which also unpins it: the presenter is done with it) or not."""
    _moderator(user=by, session=question.session)
    if answered:
        question.answered_at = question.answered_at or timezone.now()
    else:
        question.answered_at = None
    if answered:
        question.pinned = False
    question.full_clean()
    question.save(update_fields=["answered_at", "pinned"])
    _changed(question.session_id)
    return question


@transaction.atomic
def question_pin(*, question: Question, by, pinned: bool) -> Question:
    """Pin a question (the session's previous pin is released) or unpin it."""
    _moderator(user=by, session=question.session)
    if pinned and question.hidden_at is not None:
        raise QuestionRefused(_("A hidden question cannot be pinned."))
    if pinned:
        # One pin at a time per session: two moderators pinning at once queue here
        # instead of colliding on the one-pin constraint.
        LiveSession.objects.select_for_update().filter(pk=question.session_id).first()
        Question.objects.filter(session_id=question.session_id, pinned=True).exclude(
            pk=question.pk
        ).update(pinned=False)
    question.pinned = pinned
    question.full_clean()
    question.save(update_fields=["pinned"])
    _changed(question.session_id)
    return question


@transaction.atomic
def question_hide(*, question: Question, by, hidden: bool) -> Question:
    """Hide an abusive question from participants (kept, with who hid it) or show it
    again."""
    _moderator(user=by, session=question.session)
    if hidden:
        question.hidden_at = question.hidden_at or timezone.now()
        question.hidden_by = question.hidden_by or by
        question.pinned = False
    else:
        question.hidden_at = question.hidden_by = None
    question.full_clean()
    question.save(update_fields=["hidden_at", "hidden_by", "pinned"])
    _changed(question.session_id)
    return question


@transaction.atomic
def question_settings_update(
    *, session: LiveSession, by, allow_anonymous: bool
) -> QuestionSettings:
    _moderator(user=by, session=session)
    settings, _created = QuestionSettings.objects.update_or_create(
        session=session, defaults={"allow_anonymous": allow_anonymous}
    )
    _changed(session.pk)
    return settings
