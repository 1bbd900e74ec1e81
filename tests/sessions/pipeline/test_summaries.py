"""The summaries folded event by event equal a computation from scratch, whatever
the order and grouping in which the events arrive; what a dead worker left pending
the periodic repair folds."""

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.periodic import periodic_run
from accounts.tests.factories import UserFactory
from sessions.models import ConnectionEvent, PresenceSummary
from sessions.pipeline import summaries
from sessions.tests.factories import OngoingSessionEndpointFactory
from sessions.tests.reference_presence import intervals_from_rows, session_presence

pytestmark = pytest.mark.django_db

event = st.tuples(
    st.sampled_from(["site-a", "site-b", "person"]),  # whose
    st.sampled_from(["joined", "left"]),
    st.integers(0, 2),  # which connection of theirs
    st.integers(0, 120),  # minute
    st.sampled_from(["prosody", "iframe"]),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(stream=st.lists(event, max_size=30), cuts=st.lists(st.integers(0, 30)))
def test_summaries_folded_in_any_batches_equal_the_whole_computation(stream, cuts):
    a = OngoingSessionEndpointFactory()
    b = OngoingSessionEndpointFactory(session=a.session)
    person = UserFactory()
    session = a.session
    owners = {
        "site-a": {"endpoint": a.endpoint},
        "site-b": {"endpoint": b.endpoint},
        "person": {"user": person},
    }
    rows = [
        ConnectionEvent(
            session=session,
            room_name=session.room_name,
            kind=kind,
            source=source,
            idempotency_key=f"h-{session.pk}-{n}",
            participant_key=f"{whose}-{key}",
            occurred_at=session.starts_at + timedelta(minutes=minute),
            **owners[whose],
        )
        for n, (whose, kind, key, minute, source) in enumerate(stream)
    ]
    start = 0
    for cut in sorted(set(cuts)) + [len(rows)]:
        ConnectionEvent.objects.bulk_create(rows[start:cut])
        summaries.pending_apply_all()
        start = max(start, cut)

    assert summaries.session_presence(session_id=session.pk) == session_presence(
        session_id=session.pk
    )


def test_events_no_worker_was_told_of_are_folded_by_the_periodic_repair():
    link = OngoingSessionEndpointFactory()
    session = link.session
    ConnectionEvent.objects.create(  # stored, then the process died
        session=session,
        room_name=session.room_name,
        kind="joined",
        source="prosody",
        idempotency_key="orphan",
        participant_key="room@meet",
        endpoint=link.endpoint,
        occurred_at=session.starts_at,
    )

    [outcome] = periodic_run(only={"presence_pending"})

    assert (outcome.ok, outcome.result) == (True, 1)
    summary = PresenceSummary.objects.get(endpoint=link.endpoint)
    assert summary.intervals == [[session.starts_at.isoformat(), None]]


def test_a_destroyed_room_refreshes_every_identity_of_the_session(monkeypatch):
    a = OngoingSessionEndpointFactory()
    b = OngoingSessionEndpointFactory(session=a.session)
    session = a.session
    for n, link in enumerate((a, b)):
        ConnectionEvent.objects.create(
            session=session,
            room_name=session.room_name,
            kind="joined",
            source="prosody",
            idempotency_key=f"join-{n}",
            participant_key=f"p{n}@meet",
            endpoint=link.endpoint,
            occurred_at=session.starts_at,
        )
    summaries.pending_apply_all()
    refreshed = []
    real = summaries.identities_refresh
    monkeypatch.setattr(
        summaries,
        "identities_refresh",
        lambda identities, **kwargs: (
            refreshed.extend(identities) or real(identities, **kwargs)
        ),
    )
    ConnectionEvent.objects.create(
        session=session,
        room_name=session.room_name,
        kind="room_destroyed",
        source="prosody",
        idempotency_key="destroyed",
        occurred_at=session.starts_at + timedelta(minutes=50),
    )

    summaries.pending_apply_all()

    assert {i.endpoint_id for i in refreshed} == {a.endpoint_id, b.endpoint_id}


def test_presence_of_rows_matches_the_attendance_rule_for_advisory_only_sessions():
    link = OngoingSessionEndpointFactory()
    session = link.session
    ConnectionEvent.objects.create(
        session=session,
        room_name=session.room_name,
        kind="joined",
        source="iframe",
        idempotency_key="advisory",
        participant_key="page@meet",
        endpoint=link.endpoint,
        occurred_at=session.starts_at,
    )
    expected = intervals_from_rows(
        [("iframe", "joined", "page@meet", link.endpoint_id, None, session.starts_at)]
    )

    assert summaries.session_presence(session_id=session.pk) == expected


def test_a_fold_for_the_dashboards_leaves_peoples_own_events_for_later():
    link = OngoingSessionEndpointFactory()
    session = link.session
    person = UserFactory()
    for key, owner in (
        ("room", {"endpoint": link.endpoint}),
        ("own", {"user": person}),
    ):
        ConnectionEvent.objects.create(
            session=session,
            room_name=session.room_name,
            kind="joined",
            source="prosody",
            idempotency_key=key,
            participant_key=f"{key}@meet",
            occurred_at=session.starts_at,
            **owner,
        )

    rooms_only = summaries.pending_apply(people=False)
    later = summaries.pending_apply()

    assert {i.endpoint_id for i in rooms_only.identities} == {link.endpoint_id}
    assert {i.user_id for i in later.identities} == {person.pk}
