"""The webhook answers right after its INSERT; the derived work happens later, in
the worker, and is bounded by the identity's own events."""

import asyncio
import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sessions.jitsi import payloads
from sessions.models import ConnectionEvent, PresenceSummary
from sessions.pipeline import summaries
from sessions.pipeline.worker import pipeline
from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db
SECRET = "request-path-secret"


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.JITSI_WEBHOOK_SECRET = SECRET


@pytest.fixture
def idle_worker():
    """A worker attached to an event loop that is not running: what a request tells
    it stays queued, as in a server where the flush comes ~100 ms later."""
    loop = asyncio.new_event_loop()
    pipeline.attach(loop)
    yield pipeline
    pipeline.detach()
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()


def history(link, count: int, *, start: int = 0) -> None:
    """``count`` events of the endpoint already stored and folded."""
    session = link.session
    ConnectionEvent.objects.bulk_create(
        ConnectionEvent(
            session=session,
            room_name=session.room_name,
            kind="joined" if n % 2 == 0 else "left",
            source="prosody",
            idempotency_key=f"history-{link.endpoint_id}-{n}",
            participant_key=f"p{n // 2}@meet.jitsi/{link.endpoint_id}",
            endpoint=link.endpoint,
            occurred_at=session.starts_at + timedelta(seconds=n),
        )
        for n in range(start, start + count)
    )
    summaries.pending_apply_all()


def post_join(link, n: int):
    occupant = payloads.occupant(
        jid=f"new-{n}@meet.jitsi/x",
        joined_at=link.session.starts_at + timedelta(minutes=30, seconds=n),
        identity=f"endpoint:{link.endpoint.code}",
    )
    body = payloads.event_sync_occupant(
        path="occupant/joined",
        room=link.session.room_name,
        muc_domain="muc.meet.jitsi",
        occupant=occupant,
        active=1,
    )
    headers = payloads.event_sync_headers(SECRET)
    headers.pop("Content-Type", None)
    return Client().post(
        "/jitsi/events/occupant/joined",
        json.dumps(body),
        content_type="application/json",
        headers=headers,
    )


def test_webhook_queries_stay_the_same_as_the_session_history_grows(
    idle_worker, django_capture_on_commit_callbacks
):
    link = OngoingSessionEndpointFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post_join(link, 0)  # lookups cached, and the session known to be live
    sql_per_size = {}
    for n, size in enumerate((0, 3000), start=1):
        history(link, size, start=10_000 * n)
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks(execute=True),
        ):
            response = post_join(link, n)
        assert response.status_code == 204
        sql_per_size[size] = [q["sql"].split()[0] for q in queries]

    assert sql_per_size[0] == sql_per_size[3000]
    assert sql_per_size[3000].count("INSERT") == 1
    # The INSERT alone (a replay is ignored by it, no savepoint needed): nothing
    # reads the history, and a join of a session known to be live has nothing to start.
    assert sql_per_size[3000] == ["INSERT"]


def test_webhook_leaves_the_summary_to_the_worker(
    idle_worker, django_capture_on_commit_callbacks
):
    link = OngoingSessionEndpointFactory()

    with django_capture_on_commit_callbacks(execute=True):
        post_join(link, 0)
    pending = ConnectionEvent.objects.filter(presence_applied=False).count()
    idle_worker.flush_inline()

    assert pending == 1
    assert not ConnectionEvent.objects.filter(presence_applied=False).exists()
    summary = PresenceSummary.objects.get(endpoint=link.endpoint)
    assert summary.authoritative_events == 1
    assert summary.intervals[0][1] is None  # connected


@pytest.fixture
def whole_folds(monkeypatch) -> list[int]:
    """How many events each whole recomputation of an identity read."""
    seen: list[int] = []
    real = summaries.fold_whole

    def spy(*, identity, events, room_events):
        seen.append(len(events))
        return real(identity=identity, events=events, room_events=room_events)

    monkeypatch.setattr(summaries, "fold_whole", spy)
    return seen


def test_folding_a_later_event_reads_none_of_the_identitys_earlier_events(
    whole_folds,
):
    link = OngoingSessionEndpointFactory()
    history(link, 2000)
    whole_folds.clear()

    history(link, 1, start=2000)  # the next event in time

    assert whole_folds == []
    assert PresenceSummary.objects.get(endpoint=link.endpoint).authoritative_events == (
        2001
    )


def test_a_fold_gone_on_equals_the_identitys_whole_recomputation():
    link = OngoingSessionEndpointFactory()
    history(link, 40)
    history(link, 3, start=40)
    summary = PresenceSummary.objects.get(endpoint=link.endpoint)
    went_on = (summary.intervals, summary.repairs, summary.authoritative_events)

    PresenceSummary.objects.update(fold=None)
    ConnectionEvent.objects.filter(
        endpoint=link.endpoint, idempotency_key=f"history-{link.endpoint_id}-42"
    ).update(presence_applied=False)
    summaries.pending_apply_all()
    summary.refresh_from_db()

    assert (summary.intervals, summary.repairs, summary.authoritative_events) == went_on


def test_an_event_older_than_the_fold_recomputes_only_its_identity(whole_folds):
    quiet = OngoingSessionEndpointFactory()
    busy = OngoingSessionEndpointFactory(session=quiet.session)
    history(quiet, 4, start=10)
    history(busy, 200)
    whole_folds.clear()

    history(quiet, 1, start=3)  # stamped before what was folded

    assert whole_folds == [5, 0]  # its five events (authoritative), no advisory


def test_folding_costs_the_same_queries_whatever_the_other_identities_hold():
    counts = []
    for others in (0, 2000):
        link = OngoingSessionEndpointFactory()
        busy = OngoingSessionEndpointFactory(session=link.session)
        history(busy, others)
        history(link, 2)
        history(link, 1, start=2)
        ConnectionEvent.objects.filter(endpoint=link.endpoint).update(
            presence_applied=False
        )
        with CaptureQueriesContext(connection) as queries:
            summaries.pending_apply()
        counts.append(len(queries))

    assert counts[0] == counts[1]


def test_the_first_events_of_an_identity_are_folded_from_nothing(whole_folds):
    link = OngoingSessionEndpointFactory()
    start = link.session.starts_at

    history(link, 3)  # joined, left, joined again

    summary = PresenceSummary.objects.get(endpoint=link.endpoint)
    assert whole_folds == []
    assert summary.intervals == [
        [start.isoformat(), (start + timedelta(seconds=1)).isoformat()],
        [(start + timedelta(seconds=2)).isoformat(), None],
    ]


def test_a_new_identity_after_the_room_ended_is_computed_whole(whole_folds):
    early = OngoingSessionEndpointFactory()
    late = OngoingSessionEndpointFactory(session=early.session)
    history(early, 2)
    ConnectionEvent.objects.create(
        session=early.session,
        room_name=early.session.room_name,
        kind="room_destroyed",
        source="prosody",
        idempotency_key="room-ended",
        occurred_at=early.session.starts_at + timedelta(minutes=5),
    )
    summaries.pending_apply_all()
    whole_folds.clear()

    history(late, 1, start=600)

    assert whole_folds == [1, 0]


def test_a_first_summary_is_inserted_computed_without_an_update():
    link = OngoingSessionEndpointFactory()

    with CaptureQueriesContext(connection) as queries:
        history(link, 2)

    on_summaries = [
        q["sql"].split(" ")
        for q in queries.captured_queries
        if '"live_sessions_presencesummary"' in q["sql"]
    ]
    assert [words[0] for words in on_summaries] == ["SELECT", "INSERT"]
    assert PresenceSummary.objects.get(endpoint=link.endpoint).authoritative_events == 2


def test_a_summary_another_process_created_meanwhile_is_computed_whole(
    monkeypatch,
):
    link = OngoingSessionEndpointFactory()
    history(link, 4)
    expected = PresenceSummary.objects.get(endpoint=link.endpoint).intervals
    PresenceSummary.objects.update(intervals=[], fold=None, authoritative_events=0)
    ConnectionEvent.objects.update(presence_applied=False)
    locked = summaries._locked
    calls = []

    def not_there_yet(*args):
        calls.append(args)
        return [] if len(calls) == 1 else locked(*args)

    monkeypatch.setattr(summaries, "_locked", not_there_yet)

    summaries.pending_apply_all()

    summary = PresenceSummary.objects.get(endpoint=link.endpoint)
    assert (summary.intervals, summary.authoritative_events) == (expected, 4)
