"""The dashboard's feed (issue 14, group 5): each line says what happened (an
endpoint connected or lost the connection, never "connection changed"), times are
Vietnam time, a reload keeps the last lines (read back from the stored facts with a
fixed number of queries), and the header of a session crossing midnight shows its
start date."""

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions import checkin_codes
from sessions.attendance.merging import attendance_merge_undo, attendance_walkin_merge
from sessions.attendance.services import (
    attendance_check_in,
    attendance_walkin_add,
    headcount_record,
)
from sessions.dashboard import feed
from sessions.dashboard.state import dashboard_state
from sessions.models import AttendanceChange, ConnectionEvent
from sessions.pipeline import summaries
from sessions.pipeline.worker import flush_compute, pipeline
from sessions.tests.factories import (
    AttendanceFactory,
    EndpointFactory,
    OngoingSessionEndpointFactory,
    OngoingSessionFactory,
)
from sessions.timespans import VIETNAM

pytestmark = pytest.mark.django_db
_keys = count()


def hanoi(at: datetime) -> str:
    return at.astimezone(VIETNAM).strftime("%H:%M")


def event(link, kind: str, at: datetime, source: str = "prosody") -> None:
    ConnectionEvent.objects.create(
        session=link.session,
        room_name=link.session.room_name,
        kind=kind,
        source=source,
        idempotency_key=f"feed-{next(_keys)}",
        participant_key=f"{link.endpoint.code}@meet",
        endpoint=link.endpoint,
        occurred_at=at,
    )


def dashboard_page(client, session) -> str:
    response = client.get(
        reverse("attendance-dashboard", kwargs={"session_id": session.pk})
    )
    assert response.status_code == 200
    return unicodedata.normalize("NFC", response.content.decode())


def feed_of(page: str) -> str:
    start = page.index("<ol data-feed")
    return page[start : page.index("</ol>", start)]


# -- connected or dropped ------------------------------------------------------


def test_the_pipeline_says_an_endpoint_connected_then_lost_the_connection():
    link = OngoingSessionEndpointFactory()
    joined = link.session.starts_at + timedelta(minutes=1, seconds=7)
    left = joined + timedelta(minutes=20)

    event(link, "joined", joined)
    [first], _ = flush_compute({})
    event(link, "left", left)
    [second], _ = flush_compute({})

    [connected] = first.changes
    [dropped] = second.changes
    assert (connected["kind"], connected["at"]) == ("connected", joined.timestamp())
    assert (dropped["kind"], dropped["at"]) == ("dropped", left.timestamp())
    assert dropped["time"] == hanoi(left)
    assert dropped["where"] == link.endpoint.name
    assert second.rows[0]["connection"] == "dropped"


def test_a_fold_that_moves_no_edge_says_nothing_happened():
    link = OngoingSessionEndpointFactory()
    joined = link.session.starts_at + timedelta(minutes=1)
    event(link, "joined", joined)
    flush_compute({})

    # The same endpoint's second device joins: still connected since ``joined``.
    ConnectionEvent.objects.create(
        session=link.session,
        room_name=link.session.room_name,
        kind="joined",
        source="prosody",
        idempotency_key="second-device",
        participant_key="other@meet",
        endpoint=link.endpoint,
        occurred_at=joined + timedelta(minutes=2),
    )
    [batch], _ = flush_compute({})

    assert batch.rows[0]["connection"] == "connected"
    assert batch.changes == []


def test_a_reader_that_folds_first_still_has_the_direction_sent():
    """A snapshot may fold pending events before the worker does: the edge it moved
    reaches the dashboards through the worker as a line saying what happened."""
    link = OngoingSessionEndpointFactory()
    left = link.session.starts_at + timedelta(minutes=30)
    event(link, "joined", link.session.starts_at)
    flush_compute({})
    event(link, "left", left)

    applied = summaries.pending_apply_all(session_ids=[link.session_id])
    [edge] = applied.edges
    told = {link.session_id: {link.endpoint_id: [{"kind": "connection", "edge": edge}]}}
    [batch], _ = flush_compute(told)

    assert [(c["kind"], c["at"]) for c in batch.changes] == [
        ("dropped", left.timestamp())
    ]


def test_advisory_events_of_a_session_with_a_video_server_make_no_line():
    link = OngoingSessionEndpointFactory()
    event(link, "joined", link.session.starts_at)
    flush_compute({})

    event(link, "left", link.session.starts_at + timedelta(minutes=3), "iframe")
    [batch], _ = flush_compute({})

    assert batch.rows[0]["connection"] == "connected"
    assert batch.changes == []


def test_the_page_says_connected_and_lost_the_connection_never_changed(
    client_for, organiser
):
    link = OngoingSessionEndpointFactory()
    joined = link.session.starts_at + timedelta(minutes=1)
    left = joined + timedelta(minutes=9)
    event(link, "joined", joined)
    event(link, "left", left)

    lines = feed_of(dashboard_page(client_for(organiser), link.session))

    assert f"{hanoi(left)} · {link.endpoint.name} · mất kết nối" in lines
    assert f"{hanoi(joined)} · {link.endpoint.name} · đã kết nối" in lines
    assert lines.index("mất kết nối") < lines.index("đã kết nối")  # newest first
    assert "kết nối thay đổi" not in lines


def test_the_feed_labels_say_what_happened(client_for, organiser):
    page = dashboard_page(
        client_for(organiser), OngoingSessionEndpointFactory().session
    )

    labels = json.loads(
        re.search(r'id="dashboard-labels"[^>]*>([^<]*)</script>', page).group(1)
    )
    assert labels["feed"]["dropped"] == "mất kết nối"
    assert labels["feed"]["connected"] == "đã kết nối"
    assert "kết nối thay đổi" not in json.dumps(labels, ensure_ascii=False)


# -- a reload keeps the feed ---------------------------------------------------


def test_a_reload_shows_what_happened_from_the_stored_facts(client_for, organiser):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    link = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )
    trainee = UserFactory(full_name="Lương Thị Hồng Nhung")
    attendance = attendance_check_in(
        user=trainee, code=checkin_codes.current_code(link.checkin_secret)
    )
    walkin = attendance_walkin_add(
        by=coordinator, session_endpoint=link, full_name="Hoàng Văn Nam"
    )
    headcount = headcount_record(by=coordinator, session_endpoint=link, count=18)
    change = AttendanceChange.objects.get(attendance=walkin)

    lines = feed_of(dashboard_page(client_for(organiser), link.session))

    where = link.endpoint.name
    at = hanoi(attendance.checked_in_at)
    assert f"{at} · {where} · Lương Thị Hồng Nhung: đã điểm danh" in lines
    assert (
        f"{hanoi(change.changed_at)} · {where} · Hoàng Văn Nam: "
        "đã thêm người đến trực tiếp" in lines
    )
    assert f"{hanoi(headcount.recorded_at)} · {where} · đã ghi số người có mặt: 18" in (
        lines
    )


def test_a_live_line_and_the_same_line_read_back_are_one_line(
    organiser, monkeypatch, django_capture_on_commit_callbacks
):
    """The snapshot's lines are the lines the pipeline sent, with the same keys, so
    the page shows a fact once, whichever way it arrived first."""
    link = OngoingSessionEndpointFactory()
    event(link, "joined", link.session.starts_at)
    [connected], _ = flush_compute({})
    pipeline._take()
    monkeypatch.setattr(pipeline, "_poke", lambda: None)  # flushed by hand below
    with django_capture_on_commit_callbacks(execute=True):
        attendance_check_in(
            user=UserFactory(), code=checkin_codes.current_code(link.checkin_secret)
        )
    with django_capture_on_commit_callbacks(execute=True):
        headcount_record(by=organiser, session_endpoint=link, count=7)
    with django_capture_on_commit_callbacks(execute=True):
        attendance_walkin_add(
            by=organiser, session_endpoint=link, full_name="Nguyễn Văn An"
        )

    [batch], _ = flush_compute(pipeline._take())
    sent = connected.changes + batch.changes
    state = dashboard_state(session=link.session, user=organiser)

    def lines(items):
        return {
            (c["key"], c["kind"], c["time"], c["where"], c["name"], c.get("count"))
            for c in items
        }

    assert sorted(c["kind"] for c in sent) == [
        "checkin",
        "connected",
        "headcount",
        "walkin",
    ]
    assert lines(sent) == lines(state["feed"])


def test_an_undone_merge_reads_as_undone_not_as_a_merge(organiser):
    link = OngoingSessionEndpointFactory()
    account = UserFactory(email="an@example.com", full_name="Nguyễn Văn An")
    walkin = attendance_walkin_add(
        by=organiser, session_endpoint=link, full_name="Nguyễn Văn An"
    )
    merged = attendance_walkin_merge(
        by=organiser, attendance=walkin, email=account.email
    )
    merge = AttendanceChange.objects.get(attendance=merged, kind="merge")
    attendance_merge_undo(by=organiser, change=merge)

    state = dashboard_state(session=link.session, user=organiser)

    assert [line["kind"] for line in state["feed"]] == ["unmerge", "merge", "walkin"]


def test_a_coordinator_reads_back_only_their_endpoints_lines(client_for):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    mine = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )
    theirs = OngoingSessionEndpointFactory(session=mine.session)
    for link, name in ((mine, "Người của tôi"), (theirs, "Người nơi khác")):
        AttendanceFactory(
            session=link.session, endpoint=link.endpoint, user__full_name=name
        )
        event(link, "joined", link.session.starts_at)

    state = dashboard_state(session=mine.session, user=coordinator)

    assert {line["endpoint_id"] for line in state["feed"]} == {mine.endpoint_id}
    assert [line["name"] for line in state["feed"] if line["name"]] == ["Người của tôi"]


def a_session_with_history(endpoints: int, per_endpoint: int):
    organiser = UserFactory(role=Role.ORGANISER)
    session = OngoingSessionFactory()
    for _ in range(endpoints):
        link = OngoingSessionEndpointFactory(session=session)
        for n in range(per_endpoint):
            at = session.starts_at + timedelta(minutes=n)
            AttendanceFactory(session=session, endpoint=link.endpoint, checked_in_at=at)
            attendance_walkin_add(
                by=organiser, session_endpoint=link, full_name=f"Khách {n}"
            )
            headcount_record(by=organiser, session_endpoint=link, count=n)
            event(link, "joined", at)
            event(link, "left", at + timedelta(seconds=30))
    summaries.pending_apply_all()
    return session, organiser


def snapshot_queries(session, user) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        state = dashboard_state(session=session, user=user)
    return len(queries), state


def test_the_snapshot_reads_the_feed_with_the_same_queries_whatever_the_history():
    small, organiser = a_session_with_history(endpoints=1, per_endpoint=1)
    large, _ = a_session_with_history(endpoints=6, per_endpoint=15)

    small_queries, small_state = snapshot_queries(small, organiser)
    large_queries, large_state = snapshot_queries(large, organiser)

    assert small_queries == large_queries <= 9
    assert len(small_state["feed"]) == 5  # check-in, walk-in, headcount, in, out
    assert len(large_state["feed"]) == feed.FEED_SIZE
    times = [line["at"] for line in large_state["feed"]]
    assert times == sorted(times, reverse=True)


# -- a session crossing midnight -------------------------------------------------


def test_the_dashboard_header_of_a_session_crossing_midnight_shows_its_start_date(
    client_for, organiser
):
    # 15:00–18:00 UTC on 29/11 is 22:00 on 29/11 to 01:00 on 30/11 in Vietnam.
    session = OngoingSessionFactory(
        starts_at=datetime(2026, 11, 29, 15, tzinfo=UTC),
        ends_at=datetime(2026, 11, 29, 18, tzinfo=UTC),
    )
    OngoingSessionEndpointFactory(session=session)

    page = dashboard_page(client_for(organiser), session)

    assert "22:00, 29/11/2026 – 01:00, 30/11/2026" in page
    assert "22:00–01:00, 30/11/2026" not in page
