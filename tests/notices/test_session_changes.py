"""A session moved or cancelled: its people get a notice with the calendar updated."""

from datetime import timedelta

from icalendar import Calendar

from notices.models import NoticePreference, SessionAnnouncement
from sessions.models import LiveSession
from sessions.scheduling import live_session_cancel
from sessions.tests.factories import HubFactory

from .mailbox import calendar_attachment, ict, parts, subject


def _move(session, capture, *, hours: int) -> None:
    with capture(execute=True):
        session.starts_at += timedelta(hours=hours)
        session.ends_at += timedelta(hours=hours)
        session.save()


def test_moving_a_session_tells_each_expected_person_the_new_local_time(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    _move(expected["session"], django_capture_on_commit_callbacks, hours=6)

    assert sorted(m["X-Envelope-To"] for m in smtp_inbox.messages) == [
        "dieu.phoi@example.vn",
        "giang.vien@example.vn",
        "hoc.vien@example.vn",
    ]
    (message,) = smtp_inbox.to("hoc.vien@example.vn")
    assert subject(message) == "Thay đổi: “Chuyển đổi số cấp xã”"
    text, html = parts(message)
    for part in (text, html):
        assert "01/12/2026" in part and "14:00" in part and "16:00" in part
        assert "07:00" not in part  # 14:00 ICT is 07:00 UTC


def test_the_moved_sessions_calendar_is_an_update_of_the_same_entry(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    _move(session, django_capture_on_commit_callbacks, hours=6)
    _move(session, django_capture_on_commit_callbacks, hours=1)

    first, second = smtp_inbox.to("hoc.vien@example.vn")
    calendars = [Calendar.from_ical(calendar_attachment(m)) for m in (first, second)]
    events = [c.walk("VEVENT")[0] for c in calendars]
    assert [str(c["METHOD"]) for c in calendars] == ["REQUEST", "REQUEST"]
    assert [int(e["SEQUENCE"]) for e in events] == [1, 2]
    assert events[0]["UID"] == events[1]["UID"]
    assert events[1].decoded("DTSTART") == ict(2026, 12, 1, 15, 0)


def test_cancelling_a_session_sends_a_calendar_cancellation(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        live_session_cancel(session=expected["session"])

    (message,) = smtp_inbox.to("hoc.vien@example.vn")
    assert subject(message) == "Đã hủy: “Chuyển đổi số cấp xã”"
    text, _ = parts(message)
    assert "08:00" in text
    calendar = Calendar.from_ical(calendar_attachment(message))
    event = calendar.walk("VEVENT")[0]
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1


def test_moving_the_session_to_another_hub_is_announced(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    with django_capture_on_commit_callbacks(execute=True):
        session.hub = HubFactory(name="Hội trường UBND tỉnh")
        session.save()

    text, html = parts(smtp_inbox.to("hoc.vien@example.vn")[0])
    assert "Hội trường UBND tỉnh" in text and "Hội trường UBND tỉnh" in html


def test_saving_a_session_without_changing_time_or_room_sends_nothing(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    with django_capture_on_commit_callbacks(execute=True):
        session.description = "Thêm tài liệu đọc trước."
        session.save()

    assert smtp_inbox.messages == []


def test_a_running_session_extended_sends_nothing(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    LiveSession.objects.filter(pk=session.pk).update(status=LiveSession.Status.LIVE)
    session.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        session.ends_at += timedelta(minutes=30)
        session.save()

    assert smtp_inbox.messages == []
    assert SessionAnnouncement.objects.get(session=session).ends_at == session.ends_at


def test_a_person_who_turned_change_notices_off_gets_none(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    NoticePreference.objects.create(user=expected["trainee"], session_change=False)

    _move(expected["session"], django_capture_on_commit_callbacks, hours=6)

    assert smtp_inbox.to("hoc.vien@example.vn") == []
    assert len(smtp_inbox.messages) == 2
