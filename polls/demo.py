"""The demo conference's closed poll, answered from several sites."""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.seeding import seeder

QUESTION = (
    "Khi thông tin sai lệch về địa phương lan truyền trên mạng xã hội, người phát "
    "ngôn nên làm gì trước tiên?"
)
CHOICES = [
    "Xác minh thông tin và báo cáo lãnh đạo",
    "Cung cấp thông tin chính thức cho báo chí ngay trong ngày",
    "Chờ ý kiến chỉ đạo của cấp trên",
    "Không bình luận",
]
#: Who answered (each site's coordinator, for their room) and which choice.
ANSWERS = {
    "coordinator@demo.local": 1,
    "dieuphoi.so-tttt@demo.local": 1,
    "dieuphoi.tp-lang-son@demo.local": 0,
    "dieuphoi.loc-binh@demo.local": 1,
    "dieuphoi.dinh-lap@demo.local": 0,
    "dieuphoi.chi-lang@demo.local": 2,
    "dieuphoi.huu-lung@demo.local": 1,
    "dieuphoi.bac-son@demo.local": 0,
    "dieuphoi.van-lang@demo.local": 1,
}


@seeder(order=70)
@transaction.atomic
def seed_closed_poll(log: Callable[[str], None]) -> None:
    from sessions.demo import SEED_SESSION_TITLE
    from sessions.models import LiveSession

    from .models import Poll
    from .services import poll_answer, poll_close, poll_create

    session = LiveSession.objects.filter(title=SEED_SESSION_TITLE).first()
    if (
        session is None
        or Poll.objects.filter(session=session, question=QUESTION).exists()
    ):
        return
    users = get_user_model().objects
    organiser = users.get(email="organiser@demo.local")
    poll = poll_create(
        session=session,
        by=organiser,
        question=QUESTION,
        kind=Poll.Kind.SINGLE,
        choices=CHOICES,
        results_visible=True,
        launch=True,
    )
    choice_ids = list(poll.choices.values_list("pk", flat=True))
    for email, index in ANSWERS.items():
        poll_answer(
            poll=poll, user=users.get(email=email), choice_ids=[choice_ids[index]]
        )
    poll_close(poll=poll, by=organiser)
    log(f"Poll: one closed poll with {len(ANSWERS)} answers from as many sites")
