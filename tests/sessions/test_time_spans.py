"""A session's time span is read in Vietnam time, with both dates when it crosses
midnight there (the report header used to show only the end's date)."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from sessions.tests.factories import OngoingSessionFactory
from sessions.timespans import time_span


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def test_span_within_one_vietnam_day_names_the_date_once():
    # 01:30–04:30 UTC is 08:30–11:30 in Vietnam, 30/11.
    assert time_span(utc(30, 1, 30), utc(30, 4, 30)) == "08:30–11:30, 30/11/2026"


def test_span_crossing_midnight_in_vietnam_names_both_dates():
    # 15:00–18:00 UTC on 29/11 is 22:00 on 29/11 to 01:00 on 30/11 in Vietnam.
    assert (
        time_span(utc(29, 15), utc(29, 18)) == "22:00, 29/11/2026 – 01:00, 30/11/2026"
    )


def test_span_is_in_vietnam_time_whatever_the_utc_date():
    # 18:00 UTC on 29/11 is already 30/11 in Vietnam: one Vietnamese date.
    assert time_span(utc(29, 18), utc(29, 20)) == "01:00–03:00, 30/11/2026"


@pytest.mark.django_db
def test_report_header_of_a_session_crossing_midnight_shows_its_start_date(
    client_for, organiser
):
    session = OngoingSessionFactory(starts_at=utc(29, 15), ends_at=utc(29, 18))

    response = client_for(organiser).get(
        reverse("attendance-session-report", kwargs={"session_id": session.pk})
    )

    assert "22:00, 29/11/2026 – 01:00, 30/11/2026" in response.text
