"""Reminders a day and an hour before a session, received by a real SMTP server."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from notices.models import NoticePreference, SentReminder
from notices.reminders import reminder_claim, reminders_send
from sessions.models import LiveSession
from sessions.tests.factories import LiveSessionFactory

from .mailbox import ict, parts, subject


def _run(capture, *, now) -> int:
    with capture(execute=True):
        return reminders_send(now=now)


def test_the_day_before_each_expected_person_gets_a_reminder(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    queued = _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))

    assert queued == 3
    assert sorted(m["X-Envelope-To"] for m in smtp_inbox.messages) == [
        "dieu.phoi@example.vn",
        "giang.vien@example.vn",
        "hoc.vien@example.vn",
    ]
    assert smtp_inbox.to("khac@example.vn") == []


def test_a_reminder_shows_the_session_in_vietnam_time_in_both_parts(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))

    (message,) = smtp_inbox.to("hoc.vien@example.vn")
    text, html = parts(message)
    assert subject(message) == "Ngày mai: “Chuyển đổi số cấp xã”"
    for part in (text, html):
        assert "01/12/2026" in part
        assert "08:00" in part and "10:00" in part
        assert "01:00" not in part and "03:00" not in part
    assert text.index("sẽ diễn ra vào ngày mai") < text.index("-- English --")
    assert "Thứ 3, 01/12/2026" in text  # 1 December 2026 is a Tuesday
    assert "/profile/notices/" in text and "/profile/notices/" in html
    assert message["List-Unsubscribe"].endswith("/profile/notices/>")


def test_an_hour_before_a_second_reminder_is_sent(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))
    _run(django_capture_on_commit_callbacks, now=ict(2026, 12, 1, 7, 10))

    subjects = [subject(m) for m in smtp_inbox.to("hoc.vien@example.vn")]
    assert subjects == [
        "Ngày mai: “Chuyển đổi số cấp xã”",
        "Một giờ nữa: “Chuyển đổi số cấp xã”",
    ]


def test_running_the_periodic_command_twice_sends_each_reminder_once(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    session.starts_at = timezone.now() + timedelta(hours=23)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    smtp_inbox.messages.clear()  # the notice that the session moved

    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("periodic", only=["session_reminders"])

    assert len(smtp_inbox.messages) == 3
    assert SentReminder.objects.filter(session=session).count() == 3


def test_a_reminder_another_run_already_claimed_is_not_sent_again(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session, trainee = expected["session"], expected["trainee"]
    kind = SentReminder.Kind.DAY_BEFORE
    assert reminder_claim(user=trainee, session=session, kind=kind) is not None

    assert reminder_claim(user=trainee, session=session, kind=kind) is None
    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))
    assert smtp_inbox.to("hoc.vien@example.vn") == []
    assert len(smtp_inbox.messages) == 2


def test_a_session_moved_after_its_reminder_is_reminded_of_again(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    session = expected["session"]
    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))
    with django_capture_on_commit_callbacks(execute=True):
        session.starts_at = ict(2026, 12, 3, 14, 0)
        session.ends_at = ict(2026, 12, 3, 16, 0)
        session.save()

    _run(django_capture_on_commit_callbacks, now=ict(2026, 12, 2, 15, 0))

    reminders = [
        m
        for m in smtp_inbox.to("hoc.vien@example.vn")
        if subject(m).startswith("Ngày mai")
    ]
    assert len(reminders) == 2
    text, _ = parts(reminders[1])
    assert "03/12/2026" in text and "14:00" in text


def test_a_person_who_turned_reminders_off_gets_none(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    NoticePreference.objects.create(user=expected["trainee"], session_reminder=False)

    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))

    assert smtp_inbox.to("hoc.vien@example.vn") == []
    assert len(smtp_inbox.to("dieu.phoi@example.vn")) == 1


def test_a_cancelled_session_is_not_reminded_of(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    LiveSession.objects.filter(pk=expected["session"].pk).update(
        status=LiveSession.Status.CANCELLED
    )

    assert _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0)) == 0
    assert smtp_inbox.messages == []


def test_no_reminder_more_than_a_day_ahead(
    expected, smtp_inbox, django_capture_on_commit_callbacks
):
    assert _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 7, 59)) == 0


def test_a_session_without_a_course_reminds_its_presenter_and_sites(
    db, smtp_inbox, django_capture_on_commit_callbacks, lecturer
):
    LiveSessionFactory(
        presenter=lecturer,
        starts_at=ict(2026, 12, 1, 8, 0),
        ends_at=ict(2026, 12, 1, 9, 0),
    )

    _run(django_capture_on_commit_callbacks, now=ict(2026, 11, 30, 9, 0))

    assert [m["X-Envelope-To"] for m in smtp_inbox.messages] == [lecturer.email]
