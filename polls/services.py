"""Writes of polls: preparing, launching, closing, showing results, answering.

Every write tells the live notifier after its commit (``live.notifier``), which
coalesces the changes and pushes ready messages to the session's pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.models import LiveSession
from sessions.participation import session_participation

from .live import notifier
from .models import Answer, AnswerChoice, Choice, Poll

#: How many choices a poll offers, at least and at most.
MIN_CHOICES = 2
MAX_CHOICES = 10


def _moderator_required(user, session: LiveSession) -> None:
    taking_part = session_participation(user, session)
    if taking_part is None or not taking_part.moderates:
        raise PermissionDenied(
            _("Only the presenter and organisers run this session's polls.")
        )


def _changed(session_id: int) -> None:
    transaction.on_commit(lambda: notifier.session_changed(session_id))


def _clean_choices(texts: Iterable[str]) -> list[str]:
    cleaned = [" ".join(text.split()) for text in texts]
    cleaned = [text for text in cleaned if text]
    if len(cleaned) < MIN_CHOICES:
        raise ValidationError(
            _("Give at least %(count)d choices.") % {"count": MIN_CHOICES},
            code="too_few_choices",
        )
    if len(cleaned) > MAX_CHOICES:
        raise ValidationError(
            _("Give at most %(count)d choices.") % {"count": MAX_CHOICES},
            code="too_many_choices",
        )
    if len({text.casefold() for text in cleaned}) != len(cleaned):
        raise ValidationError(_("Two choices have the same text."), code="duplicate")
    return cleaned


@transaction.atomic
def poll_create(
    *,
    session: LiveSession,
    by,
    question: str,
    kind: str,
    choices: Sequence[str],
    results_visible: bool = False,
    launch: bool = False,
) -> Poll:
    """A prepared poll (a draft), or an improvised one launched at once."""
    _moderator_required(by, session)
    if session.status not in (LiveSession.Status.SCHEDULED, LiveSession.Status.LIVE):
        raise ValidationError(
            _("This session has ended: it takes no new polls."), code="ended"
        )
    poll = Poll(
        session=session,
        question=" ".join(question.split()),
        kind=kind,
        results_visible=results_visible,
        created_by=by,
    )
    texts = _clean_choices(choices)
    poll.full_clean()
    poll.save()
    for order, text in enumerate(texts):
        choice = Choice(poll=poll, text=text, order=order)
        choice.full_clean()
        choice.save()
    if launch:
        poll = poll_launch(poll=poll, by=by)
    _changed(session.pk)
    return poll


def _locked(poll: Poll) -> Poll:
    return Poll.objects.select_for_update().select_related("session").get(pk=poll.pk)


@transaction.atomic
def poll_launch(*, poll: Poll, by) -> Poll:
    """Open a draft to participants; only while the session is live."""
    poll = _locked(poll)
    _moderator_required(by, poll.session)
    if poll.state != Poll.State.DRAFT:
        raise ValidationError(_("This poll has already been launched."), code="state")
    if poll.session.status != LiveSession.Status.LIVE:
        raise ValidationError(
            _("A poll can be launched only while the session is live."),
            code="not_live",
        )
    poll.state = Poll.State.OPEN
    poll.opened_at = timezone.now()
    poll.full_clean()
    poll.save(update_fields=["state", "opened_at"])
    _changed(poll.session_id)
    return poll


@transaction.atomic
def poll_close(*, poll: Poll, by) -> Poll:
    """Stop taking answers, for good."""
    poll = _locked(poll)
    _moderator_required(by, poll.session)
    if poll.state != Poll.State.OPEN:
        raise ValidationError(_("Only an open poll can be closed."), code="state")
    poll.state = Poll.State.CLOSED
    poll.closed_at = timezone.now()
    poll.full_clean()
    poll.save(update_fields=["state", "closed_at"])
    _changed(poll.session_id)
    return poll


@transaction.atomic
def poll_results_show(*, poll: Poll, by, visible: bool) -> Poll:
    """Show the results to participants, or keep them for the moderators."""
    poll = _locked(poll)
    _moderator_required(by, poll.session)
    poll.results_visible = visible
    poll.save(update_fields=["results_visible"])
    _changed(poll.session_id)
    return poll


def _already_answered(poll: Poll, user) -> bool:
    return Answer.objects.filter(poll=poll, user=user).exists()


def _already_answered_error() -> ValidationError:
    return ValidationError(
        _("You have already answered this poll."), code="already_answered"
    )


@transaction.atomic
def poll_answer(*, poll: Poll, user, choice_ids: Sequence[int]) -> Answer:
    """``user``'s one answer to an open poll, counted for the site they take part
    from. The unique constraint, not the check before it, makes it once only: of
    two submits at the same moment one is refused."""
    poll = _locked(poll)
    taking_part = session_participation(user, poll.session)
    if taking_part is None or taking_part.moderates:
        raise PermissionDenied(_("Only participants of this session answer its polls."))
    if poll.state != Poll.State.OPEN:
        raise ValidationError(_("This poll is not open for answers."), code="closed")
    wanted = set(choice_ids)
    choices = list(Choice.objects.filter(poll=poll, pk__in=wanted))
    if len(choices) != len(wanted):
        raise ValidationError(
            _("Choose among this poll's choices."), code="foreign_choice"
        )
    if poll.kind == Poll.Kind.SINGLE and len(choices) != 1:
        raise ValidationError(_("Choose exactly one answer."), code="one_choice")
    if not choices:
        raise ValidationError(_("Choose at least one answer."), code="no_choice")
    if _already_answered(poll, user):
        raise _already_answered_error()
    answer = Answer(poll=poll, user=user, endpoint_id=taking_part.endpoint_id)
    # Uniqueness is the database's to enforce, at the insert (no race).
    answer.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            answer.save()
    except IntegrityError as error:
        raise _already_answered_error() from error
    AnswerChoice.objects.bulk_create(
        AnswerChoice(answer=answer, choice=choice) for choice in choices
    )
    _changed(poll.session_id)
    return answer
