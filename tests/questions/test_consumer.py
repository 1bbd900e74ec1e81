"""The questions socket: the list on connect, then ready lists after changes, each
audience its own; refused to who does not take part."""

import pytest
from allauth.mfa.models import Authenticator
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from config.asgi import application
from questions import broadcast, services
from questions.tests.factories import QuestionSettingsFactory
from sessions.models import Attendance
from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@sync_to_async
def live_room() -> dict:
    presenter = UserFactory(role=Role.LECTURER)
    site = OngoingSessionEndpointFactory(
        endpoint__name="Huyện Lộc Bình", session__presenter=presenter
    )
    QuestionSettingsFactory(session=site.session)
    people = {"presenter": presenter, "site": site}
    for name in ("asker", "voter", "watcher"):
        people[name] = UserFactory(role=Role.TRAINEE, full_name=f"Học viên {name}")
        Attendance.objects.create(
            session=site.session,
            user=people[name],
            endpoint=site.endpoint,
            recorded_via=Attendance.RecordedVia.CHECKIN,
        )
    people["outsider"] = UserFactory(role=Role.TRAINEE)
    people["cookies"] = {
        name: cookie_for(people[name])
        for name in ("presenter", "asker", "voter", "watcher", "outsider")
    }
    return people


async def connect(session_id: int, cookie: str | None):
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    communicator = WebsocketCommunicator(
        application, f"/ws/questions/{session_id}/", headers=headers
    )
    connected, code = await communicator.connect()
    return communicator, connected, code


@sync_to_async
def ask(room, text="Xin hỏi?", anonymous=False):
    return services.question_ask(
        session=room["site"].session, user=room["asker"], text=text, anonymous=anonymous
    )


@sync_to_async
def vote(room, question):
    services.question_vote(question=question, user=room["voter"], supports=True)


async def test_a_participant_gets_the_list_on_connect():
    room = await live_room()
    await ask(room)

    socket, connected, _ = await connect(
        room["site"].session_id, room["cookies"]["watcher"]
    )
    snapshot = await socket.receive_json_from()
    await socket.disconnect()

    assert connected
    assert snapshot["type"] == "feed"
    assert [q["text"] for q in snapshot["questions"]] == ["Xin hỏi?"]


async def test_a_new_question_reaches_an_open_page_without_reload():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["presenter"])
    await socket.receive_json_from()

    await ask(room, "Câu hỏi mới?")
    update = await socket.receive_json_from(timeout=3)
    await socket.disconnect()

    assert [q["text"] for q in update["questions"]] == ["Câu hỏi mới?"]
    assert update["questions"][0]["site"] == "Huyện Lộc Bình"


async def test_changes_arriving_together_are_sent_as_one_list():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()

    question = await ask(room, "Một?")
    await vote(room, question)
    update = await socket.receive_json_from(timeout=3)
    nothing_more = await socket.receive_nothing(timeout=broadcast.WINDOW * 5)
    await socket.disconnect()

    assert update["questions"][0]["votes"] == 1
    assert nothing_more


async def test_a_vote_reorders_the_list():
    room = await live_room()
    first = await ask(room, "Một?")
    second = await ask(room, "Hai?")
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["presenter"])
    before = await socket.receive_json_from()

    await vote(room, second)
    after = await socket.receive_json_from(timeout=3)
    await socket.disconnect()

    assert [q["id"] for q in before["questions"]] == [first.pk, second.pk]
    assert [q["id"] for q in after["questions"]] == [second.pk, first.pk]


async def test_participants_do_not_get_the_name_of_an_anonymous_author():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()

    await ask(room, anonymous=True)
    update = await socket.receive_json_from(timeout=3)
    await socket.disconnect()

    assert update["questions"][0]["author"] == ""
    assert "Học viên asker" not in str(update)


async def test_moderators_get_the_name_of_an_anonymous_author():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["presenter"])
    await socket.receive_json_from()

    await ask(room, anonymous=True)
    update = await socket.receive_json_from(timeout=3)
    await socket.disconnect()

    assert update["questions"][0]["author"] == "Học viên asker"


async def test_a_hidden_question_leaves_the_participants_list():
    room = await live_room()
    question = await ask(room)
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()

    await sync_to_async(services.question_hide)(
        question=question, by=room["presenter"], hidden=True
    )
    update = await socket.receive_json_from(timeout=3)
    await socket.disconnect()

    assert update["questions"] == []


async def test_someone_who_does_not_take_part_is_refused():
    room = await live_room()

    _, connected, code = await connect(
        room["site"].session_id, room["cookies"]["outsider"]
    )

    assert (connected, code) == (False, 4403)


async def test_an_anonymous_visitor_is_refused():
    room = await live_room()

    _, connected, code = await connect(room["site"].session_id, None)

    assert (connected, code) == (False, 4401)


async def test_a_presenter_without_totp_is_refused_when_staff_need_it(settings):
    settings.PLATFORM_REQUIRE_STAFF_MFA = True
    room = await live_room()

    _, connected, code = await connect(
        room["site"].session_id, room["cookies"]["presenter"]
    )

    assert (connected, code) == (False, 4403)


async def test_a_presenter_with_totp_connects_when_staff_need_it(settings):
    settings.PLATFORM_REQUIRE_STAFF_MFA = True
    room = await live_room()
    await sync_to_async(Authenticator.objects.create)(
        user=room["presenter"], type=Authenticator.Type.TOTP, data={}
    )

    socket, connected, _ = await connect(
        room["site"].session_id, room["cookies"]["presenter"]
    )
    await socket.disconnect()

    assert connected


async def test_a_burst_of_refreshes_is_answered_once():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()  # the list on connect

    for _ in range(10):
        await socket.send_json_to({"type": "refresh"})
    answered = await socket.receive_json_from()
    nothing_more = await socket.receive_nothing(timeout=0.5)
    await socket.disconnect()

    assert answered["type"] == "feed"
    assert nothing_more


@sync_to_async
def mark(room, name: str, status: str) -> None:
    from sessions.attendance.services import attendance_mark

    organiser = UserFactory(role=Role.ORGANISER)
    attendance = Attendance.objects.get(session=room["site"].session, user=room[name])
    attendance_mark(by=organiser, attendance=attendance, status=status)


async def test_a_page_open_when_its_person_is_marked_absent_is_closed():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()

    await mark(room, "watcher", Attendance.Status.ABSENT)
    closed = await socket.receive_output(timeout=3)

    assert closed == {"type": "websocket.close", "code": 4403}


async def test_a_page_open_when_its_person_is_marked_late_stays_open():
    room = await live_room()
    socket, _, _ = await connect(room["site"].session_id, room["cookies"]["watcher"])
    await socket.receive_json_from()

    await mark(room, "watcher", Attendance.Status.LATE)
    nothing = await socket.receive_nothing(timeout=1)
    await socket.disconnect()

    assert nothing
