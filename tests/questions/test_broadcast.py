"""Without a server loop, a change is sent inline after its commit: one ready message
per audience."""

import pytest
from channels.layers import InMemoryChannelLayer

from questions import broadcast, services
from questions.groups import feed_group

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def layer_log(monkeypatch) -> list[tuple[str, dict]]:
    sent = []

    async def record(layer, outgoing):
        sent.extend(outgoing)

    broadcast.broadcaster.detach()
    monkeypatch.setattr(broadcast.broadcaster, "send", record)
    return sent


def test_a_question_asked_outside_a_server_is_sent_once_per_audience(room, layer_log):
    services.question_ask(session=room.session, user=room.trainee, text="Hỏi?")

    assert [group for group, _message in layer_log] == [
        feed_group(room.session.pk, "moderators"),
        feed_group(room.session.pk, "participants"),
    ]


def test_each_message_is_ready_for_the_consumer(room, layer_log):
    services.question_ask(session=room.session, user=room.trainee, text="Hỏi?")

    _group, message = layer_log[0]
    assert message["type"] == broadcast.MESSAGE_TYPE
    assert message["accepting"] is True
    assert [q["text"] for q in message["questions"]] == ["Hỏi?"]


def test_nothing_is_sent_before_the_commit(room, layer_log):
    from django.db import transaction

    with transaction.atomic():
        services.question_ask(session=room.session, user=room.trainee, text="Hỏi?")
        assert layer_log == []

    assert len(layer_log) == 2


def test_a_group_name_is_one_the_channel_layer_accepts(room):
    layer = InMemoryChannelLayer()  # the same rule as every Channels layer

    assert layer.require_valid_group_name(feed_group(room.session.pk, "participants"))
