"""What each audience sees of a session's questions.

Participants see the questions nobody hid, with the author's name only when the
question is not anonymous; moderators (the presenter, organisers) see everything,
authors always. Both lists are in the queue's order: the pinned question, then the
unanswered ones before the answered, most votes first, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.models import LiveSession

from .models import Question, QuestionSettings, Vote

MODERATORS, PARTICIPANTS = "moderators", "participants"


@dataclass(frozen=True)
class QuestionRow:
    id: int
    text: str
    site: str
    author_name: str
    for_room: bool
    anonymous: bool
    votes: int
    created_at: datetime
    answered_at: datetime | None
    pinned: bool
    hidden_at: datetime | None

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def hidden(self) -> bool:
        return self.hidden_at is not None


def _queue_key(row: QuestionRow):
    return (not row.pinned, row.hidden, row.answered, -row.votes, row.created_at)


def question_rows(*, session_id: int) -> list[QuestionRow]:
    """Every question of the session (hidden ones too), in the queue's order."""
    questions = (
        Question.objects.of_session(session_id)
        .select_related("author", "endpoint")
        .annotate(vote_total=Count("votes"))
    )
    rows = [
        QuestionRow(
            id=question.pk,
            text=question.text,
            site=question.endpoint.name if question.endpoint else _("Remote"),
            author_name=(
                (question.author.full_name or question.author.email)
                if question.author
                else ""
            ),
            for_room=question.for_room,
            anonymous=question.anonymous,
            votes=question.vote_total,
            created_at=question.created_at,
            answered_at=question.answered_at,
            pinned=question.pinned,
            hidden_at=question.hidden_at,
        )
        for question in questions
    ]
    return sorted(rows, key=_queue_key)


def allows_anonymous(*, session_id: int) -> bool:
    return QuestionSettings.objects.filter(
        session_id=session_id, allow_anonymous=True
    ).exists()


def _item(row: QuestionRow, audience: str) -> dict:
    item = {
        "id": row.id,
        "text": row.text,
        "site": row.site,
        "for_room": row.for_room,
        "anonymous": row.anonymous,
        "author": row.author_name,
        "votes": row.votes,
        "time": timezone.localtime(row.created_at).strftime("%H:%M"),
        "answered": row.answered,
        "pinned": row.pinned,
    }
    if audience == MODERATORS:
        item["hidden"] = row.hidden
    elif row.anonymous:
        item["author"] = ""
    return item


def feed_from_rows(
    rows: list[QuestionRow], *, audience: str, accepting: bool, anonymous_ok: bool
) -> dict:
    """The ready message one audience gets: everything its page shows."""
    shown = rows if audience == MODERATORS else [r for r in rows if not r.hidden]
    return {
        "questions": [_item(row, audience) for row in shown],
        "accepting": accepting,
        "allow_anonymous": anonymous_ok,
    }


def question_feeds(
    *, session_id: int, audiences: tuple[str, ...] = (MODERATORS, PARTICIPANTS)
) -> dict[str, dict]:
    """These audiences' feeds, from one read of the session's questions."""
    session = LiveSession.objects.filter(pk=session_id).only("status").first()
    accepting = session is not None and session.status == LiveSession.Status.LIVE
    rows = question_rows(session_id=session_id)
    anonymous_ok = allows_anonymous(session_id=session_id)
    return {
        audience: feed_from_rows(
            rows, audience=audience, accepting=accepting, anonymous_ok=anonymous_ok
        )
        for audience in audiences
    }


def question_feed(*, session_id: int, audience: str) -> dict:
    return question_feeds(session_id=session_id, audiences=(audience,))[audience]


def personal_state(*, session_id: int, user) -> dict:
    """What only this person's page marks: the questions they asked and voted for."""
    return {
        "mine": list(
            Question.objects.of_session(session_id)
            .filter(author=user)
            .values_list("pk", flat=True)
        ),
        "voted": list(
            Vote.objects.filter(question__session_id=session_id, user=user).values_list(
                "question_id", flat=True
            )
        ),
    }


def question_export_rows(*, session_id: int, with_authors: bool) -> list[list]:
    """The questions for the session report's download: every question with its
    author for moderators; what participants see otherwise."""
    rows = question_rows(session_id=session_id)
    if not with_authors:
        rows = [row for row in rows if not row.hidden]
    out = []
    for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
        author = row.author_name if with_authors or not row.anonymous else ""
        line = [
            row.created_at,
            row.site,
            author,
            _("Yes") if row.anonymous else _("No"),
            row.text,
            row.votes,
            row.answered_at or "",
        ]
        if with_authors:
            line.append(row.hidden_at or "")
        out.append(line)
    return out
