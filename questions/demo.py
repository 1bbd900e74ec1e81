"""A few questions on the demo conference, as the district rooms asked them: votes,
one answered, one pinned, one anonymous."""

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from accounts.seeding import seeder

#: (asking site's code, text, anonymous, voters' site codes); the voters are the
#: sites' coordinators. Cao Lộc's coordinator (the demo login) neither asks nor votes,
#: so the demo can show a vote moving the queue.
QUESTIONS = [
    (
        "tp-lang-son",
        "Khi phóng viên hỏi về vụ việc đang được cơ quan chức năng điều tra, người "
        "phát ngôn nên trả lời thế nào để vừa cung cấp thông tin vừa đúng quy định?",
        False,
        ["loc-binh", "dinh-lap", "chi-lang", "huu-lung"],
    ),
    (
        "loc-binh",
        "Thời hạn cung cấp thông tin cho báo chí khi có sự cố bất thường ở địa "
        "phương là bao lâu?",
        False,
        ["tp-lang-son", "bac-son"],
    ),
    (
        "bac-son",
        "Huyện chưa có người phát ngôn chuyên trách thì ai được trả lời phỏng vấn?",
        False,
        ["van-quan"],
    ),
    (
        "van-lang",
        "Nếu thông tin sai sự thật lan truyền trên mạng xã hội vào ban đêm, ai chịu "
        "trách nhiệm đính chính trước?",
        True,
        ["trang-dinh"],
    ),
    (
        "huu-lung",
        "Thông tin đối ngoại về cửa khẩu có cần xin ý kiến Sở trước khi cung cấp cho "
        "báo chí nước ngoài không?",
        False,
        ["tp-lang-son", "loc-binh", "bac-son", "van-lang", "binh-gia"],
    ),
]
PINNED, ANSWERED = 1, 4


@seeder(order=60)
@transaction.atomic
def seed_questions(log: Callable[[str], None]) -> None:
    from sessions.demo import SEED_SESSION_TITLE
    from sessions.models import Endpoint, LiveSession

    from .models import Question, QuestionSettings, Vote

    session = LiveSession.objects.filter(title=SEED_SESSION_TITLE).first()
    if session is None or session.questions.exists():
        return
    QuestionSettings.objects.update_or_create(
        session=session, defaults={"allow_anonymous": True}
    )
    users = get_user_model().objects

    def coordinator(code: str):
        return users.get(email=f"dieuphoi.{code}@demo.local")

    asked_at = max(session.starts_at, timezone.now() - timedelta(minutes=20))
    for position, (code, text, anonymous, voters) in enumerate(QUESTIONS):
        question = Question(
            session=session,
            author=coordinator(code),
            endpoint=Endpoint.objects.get(code=code),
            for_room=True,
            text=text,
            anonymous=anonymous,
            pinned=position == PINNED,
            answered_at=(
                asked_at + timedelta(minutes=10) if position == ANSWERED else None
            ),
        )
        question.full_clean()
        question.save()
        Question.objects.filter(pk=question.pk).update(
            created_at=asked_at + timedelta(minutes=2 * position)
        )
        Vote.objects.bulk_create(
            Vote(question=question, user=coordinator(voter)) for voter in voters
        )
    log(f"Questions to the presenter: {len(QUESTIONS)} on {session.title}.")
