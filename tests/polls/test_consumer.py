import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from config.asgi import application
from polls import live, services
from polls.models import Poll
from polls.tests.factories import DraftPollFactory, PollFactory, checked_in
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def notifier_detached():
    """Each test's event loop ends with it: later changes flush inline."""
    yield
    live.notifier.detach()


def headers(cookie: str | None = None) -> list[tuple[bytes, bytes]]:
    items = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        items.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    return items


@sync_to_async
def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@sync_to_async
def a_live_site():
    site = OngoingSessionEndpointFactory()
    participant = UserFactory(role=Role.TRAINEE)
    checked_in(participant, site.session, site.endpoint)
    return site, participant, UserFactory(role=Role.ORGANISER)


async def connect(session_id: int, user=None):
    cookie = await cookie_for(user) if user is not None else None
    communicator = WebsocketCommunicator(
        application, f"/ws/polls/{session_id}/", headers=headers(cookie)
    )
    connected, code = await communicator.connect()
    return communicator, connected, code


async def test_a_signed_out_visitor_is_refused():
    site, _, _ = await a_live_site()

    _, connected, code = await connect(site.session_id)

    assert not connected
    assert code == 4401


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.LECTURER, Role.SITE_COORDINATOR])
async def test_someone_not_taking_part_is_refused(role):
    site, _, _ = await a_live_site()
    outsider = await sync_to_async(UserFactory)(role=role)
    if role == Role.SITE_COORDINATOR:
        await sync_to_async(EndpointFactory)(coordinators=[outsider])

    _, connected, code = await connect(site.session_id, outsider)

    assert not connected
    assert code == 4403


async def test_a_participant_s_snapshot_has_launched_polls_and_their_own_answer():
    site, participant, _ = await a_live_site()
    poll = await sync_to_async(PollFactory)(session=site.session)
    await sync_to_async(DraftPollFactory)(session=site.session)
    choice = await sync_to_async(poll.choices.first)()
    await sync_to_async(services.poll_answer)(
        poll=poll, user=participant, choice_ids=[choice.pk]
    )

    communicator, connected, _ = await connect(site.session_id, participant)
    snapshot = await communicator.receive_json_from()
    await communicator.disconnect()

    assert connected
    assert [p["id"] for p in snapshot["polls"]] == [poll.pk]
    assert snapshot["polls"][0]["results"] is None
    assert snapshot["answered"] == {str(poll.pk): [choice.pk]}


async def test_a_moderator_s_snapshot_has_drafts_and_results():
    site, _, organiser = await a_live_site()
    draft = await sync_to_async(DraftPollFactory)(session=site.session)

    communicator, connected, _ = await connect(site.session_id, organiser)
    snapshot = await communicator.receive_json_from()
    await communicator.disconnect()

    assert [p["id"] for p in snapshot["polls"]] == [draft.pk]
    assert snapshot["polls"][0]["results"]["respondents"] == 0


async def test_a_launched_poll_reaches_participants_without_asking():
    site, participant, organiser = await a_live_site()
    draft = await sync_to_async(DraftPollFactory)(session=site.session)
    communicator, _, _ = await connect(site.session_id, participant)
    before = await communicator.receive_json_from()

    await sync_to_async(services.poll_launch)(poll=draft, by=organiser)
    after = await communicator.receive_json_from(timeout=3)
    await communicator.disconnect()

    assert before["polls"] == []
    assert [(p["id"], p["state"]) for p in after["polls"]] == [(draft.pk, "open")]


async def test_answers_arriving_together_reach_moderators_as_one_message(
    monkeypatch,
):
    monkeypatch.setattr(live, "WINDOW", 1.0)
    site, _, organiser = await a_live_site()
    poll = await sync_to_async(PollFactory)(session=site.session)
    communicator, _, _ = await connect(site.session_id, organiser)
    await communicator.receive_json_from()

    @sync_to_async
    def three_answer():
        choice = poll.choices.first()
        for _ in range(3):
            person = UserFactory()
            checked_in(person, site.session, site.endpoint)
            services.poll_answer(poll=poll, user=person, choice_ids=[choice.pk])

    await three_answer()
    update = await communicator.receive_json_from(timeout=5)
    nothing_more = await communicator.receive_nothing(timeout=1.5)
    await communicator.disconnect()

    [results] = [p["results"] for p in update["polls"]]
    assert results["counts"] == [3, 0]
    assert results["sites"][0]["endpoint_id"] == site.endpoint_id
    assert nothing_more


async def test_participants_get_results_only_once_they_are_shown():
    site, participant, organiser = await a_live_site()
    poll = await sync_to_async(PollFactory)(session=site.session)
    communicator, _, _ = await connect(site.session_id, participant)
    await communicator.receive_json_from()

    await sync_to_async(services.poll_close)(poll=poll, by=organiser)
    closed = await communicator.receive_json_from(timeout=3)
    await sync_to_async(services.poll_results_show)(
        poll=poll, by=organiser, visible=True
    )
    shown = await communicator.receive_json_from(timeout=3)
    await communicator.disconnect()

    assert closed["polls"][0]["state"] == Poll.State.CLOSED
    assert closed["polls"][0]["results"] is None
    assert shown["polls"][0]["results"]["counts"] == [0, 0]


async def test_a_page_open_when_its_person_is_excused_is_closed():
    site, participant, organiser = await a_live_site()
    communicator, _, _ = await connect(site.session_id, participant)
    await communicator.receive_json_from()

    @sync_to_async
    def excuse():
        from sessions.attendance.services import attendance_mark
        from sessions.models import Attendance

        attendance = Attendance.objects.get(session=site.session, user=participant)
        attendance_mark(
            by=organiser, attendance=attendance, status=Attendance.Status.EXCUSED
        )

    await excuse()
    closed = await communicator.receive_output(timeout=3)

    assert closed == {"type": "websocket.close", "code": 4403}
