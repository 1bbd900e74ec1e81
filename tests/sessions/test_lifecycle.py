"""A session's lifecycle runs by itself: live, ended, attendance final; an organiser
may only end it early (after confirming) or extend it, and may not finalise early."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from accounts import periodic
from sessions.attendance.services import (
    attendance_check_in,
    attendance_finalise,
    attendance_reopen,
)
from sessions.checkin_codes import current_code
from sessions.jitsi import payloads
from sessions.lifecycle import (
    session_end_early,
    session_extend,
    sessions_lifecycle_advance,
)
from sessions.models import (
    AttendanceFinalisation,
    ConnectionEvent,
    LiveSession,
    SessionEndChange,
)
from sessions.selectors import attendance_records_for
from sessions.tests.factories import (
    EndedSessionFactory,
    LiveSessionFactory,
    OngoingSessionFactory,
    SessionEndpointFactory,
)

pytestmark = pytest.mark.django_db
SECRET = "lifecycle-secret"
Status = LiveSession.Status


def reload(session: LiveSession) -> LiveSession:
    return LiveSession.objects.get(pk=session.pk)


def scheduled(start_in: timedelta, length=timedelta(hours=1)) -> LiveSession:
    starts_at = timezone.now().replace(microsecond=0) + start_in
    return LiveSessionFactory(starts_at=starts_at, ends_at=starts_at + length)


# --- by itself: the periodic job ---------------------------------------------------


def test_the_lifecycle_job_is_registered_to_run_before_reconciliation():
    order = [job.name for job in periodic.registered_jobs()]

    assert order.index("session_lifecycle") < order.index("reconcile_presence")


def test_the_job_brings_a_session_live_at_its_start():
    session = scheduled(-timedelta(minutes=1))

    sessions_lifecycle_advance()

    session = reload(session)
    assert (session.status, session.went_live_at) == (Status.LIVE, session.starts_at)


def test_the_job_leaves_a_session_scheduled_before_its_start():
    session = scheduled(timedelta(minutes=5))

    sessions_lifecycle_advance()

    assert reload(session).status == Status.SCHEDULED


def test_the_job_ends_a_session_at_its_scheduled_end():
    session = OngoingSessionFactory()

    sessions_lifecycle_advance(now=session.ends_at)

    session = reload(session)
    assert (session.status, session.ended_at) == (Status.ENDED, session.ends_at)
    assert session.attendance_finalised_at is None


def test_attendance_becomes_final_by_itself_after_the_grace_period(settings):
    settings.ATTENDANCE_FINALISE_GRACE_MINUTES = 30
    session = OngoingSessionFactory()
    sessions_lifecycle_advance(now=session.ends_at)

    sessions_lifecycle_advance(now=session.ends_at + timedelta(minutes=29))
    assert reload(session).attendance_finalised_at is None
    sessions_lifecycle_advance(now=session.ends_at + timedelta(minutes=30))

    finalisation = AttendanceFinalisation.objects.get(session=session)
    assert reload(session).attendance_finalised_at is not None
    assert finalisation.by is None  # by the platform, not by a person


def test_a_session_may_set_its_own_grace_period():
    session = OngoingSessionFactory(finalise_grace_minutes=0)

    sessions_lifecycle_advance(now=session.ends_at)
    sessions_lifecycle_advance(now=session.ends_at)

    assert reload(session).attendance_finalised_at is not None


def test_the_job_does_not_finalise_again_what_an_organiser_reopened(organiser):
    session = EndedSessionFactory(finalise_grace_minutes=0)
    attendance_finalise(session=session, by=organiser)
    attendance_reopen(session=session, by=organiser, reason="Thiếu người")

    sessions_lifecycle_advance(now=session.ends_at + timedelta(hours=2))

    assert reload(session).attendance_finalised_at is None


def test_the_job_leaves_cancelled_sessions_alone():
    session = OngoingSessionFactory(status=Status.CANCELLED)

    sessions_lifecycle_advance(now=session.ends_at + timedelta(hours=2))

    assert reload(session).status == Status.CANCELLED


def test_the_periodic_command_drives_the_lifecycle():
    from django.core.management import call_command

    session = scheduled(-timedelta(minutes=1))

    call_command("periodic", "--only", "session_lifecycle", verbosity=0)

    assert reload(session).status == Status.LIVE


# --- by itself: the room's first join ------------------------------------------------


def post_join(settings, session, source_path="occupant/joined"):
    settings.JITSI_WEBHOOK_SECRET = SECRET
    occupant = payloads.occupant(jid="a@meet.jitsi/x", joined_at=timezone.now())
    payload = payloads.event_sync_occupant(
        path=source_path,
        room=session.room_name,
        muc_domain="muc.meet.jitsi",
        occupant=occupant,
        active=1,
    )
    return Client().post(
        f"/jitsi/events/{source_path}",
        json.dumps(payload),
        content_type="application/json",
        headers={"Authorization": f"Bearer {SECRET}"},
    )


def test_the_first_join_of_its_room_brings_a_session_live_before_its_start(
    settings, django_capture_on_commit_callbacks
):
    session = scheduled(timedelta(minutes=10))

    with django_capture_on_commit_callbacks(execute=True):
        assert post_join(settings, session).status_code == 204

    session = reload(session)
    assert session.status == Status.LIVE
    assert session.went_live_at < session.starts_at


def test_the_room_pages_own_reports_do_not_bring_a_session_live():
    from sessions.lifecycle import connection_events_recorded

    session = scheduled(timedelta(minutes=10))
    event = ConnectionEvent(
        session=session, kind="joined", source="iframe", occurred_at=timezone.now()
    )

    connection_events_recorded(None, session_id=session.pk, events=[event])

    assert reload(session).status == Status.SCHEDULED


# --- finalising: never before the end ---------------------------------------------


def test_finalising_a_running_session_is_refused_in_vietnamese():
    session = OngoingSessionFactory()

    with override("vi"), pytest.raises(ValidationError) as refused:
        attendance_finalise(session=session)

    assert "chưa kết thúc" in refused.value.messages[0]
    assert reload(session).attendance_finalised_at is None


def test_the_finalise_button_refuses_a_running_session_and_says_why(
    client_for, organiser
):
    session = OngoingSessionFactory()
    url = reverse(
        "attendance-finalise", kwargs={"session_id": session.pk, "action": "finalise"}
    )

    response = client_for(organiser).post(url, follow=True)

    assert response.status_code == 200
    assert "chưa kết thúc" in response.text
    assert reload(session).attendance_finalised_at is None


def test_the_demo_trainee_checked_in_an_hour_in_never_holds_more_than_happened(
    trainee,
):
    """The issue's scenario: a 4-hour conference; a trainee checks in one hour in,
    the organiser clicks "finalise" a minute later."""
    now = timezone.now().replace(microsecond=0)
    session = OngoingSessionFactory(
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=3)
    )
    link = SessionEndpointFactory(session=session)
    attendance_check_in(
        user=trainee, code=current_code(link.checkin_secret, now), at=now
    )

    with pytest.raises(ValidationError):
        attendance_finalise(session=session, at=now + timedelta(minutes=1))
    [record] = attendance_records_for(user=trainee)

    elapsed = (timezone.now() - now).total_seconds() / 60
    assert record.minutes_present <= elapsed
    assert record.minutes_present + record.excused_minutes <= 60 + elapsed
    assert record.is_final is False


# --- an organiser ends early or extends -------------------------------------------


def test_an_organiser_ends_a_running_session_early_and_it_is_recorded(organiser):
    session = OngoingSessionFactory()
    old_end = session.ends_at

    session = session_end_early(session=session, by=organiser)

    change = SessionEndChange.objects.get(session=session)
    assert session.status == Status.ENDED
    assert session.ends_at == session.ended_at <= timezone.now()
    assert (change.kind, change.by, change.old_ends_at) == (
        "ended_early",
        organiser,
        old_end,
    )
    attendance_finalise(session=session)  # now allowed: the session is over


def test_only_an_organiser_may_end_a_session(coordinator):
    with pytest.raises(PermissionDenied):
        session_end_early(session=OngoingSessionFactory(), by=coordinator)


def test_a_session_that_has_not_started_cannot_be_ended(organiser):
    with pytest.raises(ValidationError):
        session_end_early(session=scheduled(timedelta(minutes=10)), by=organiser)


def test_an_organiser_extends_a_running_session_and_it_is_recorded(organiser):
    session = OngoingSessionFactory()
    old_end = session.ends_at

    session_extend(
        session=session, by=organiser, new_ends_at=old_end + timedelta(minutes=30)
    )

    change = SessionEndChange.objects.get(session=session)
    assert reload(session).ends_at == old_end + timedelta(minutes=30)
    assert (change.kind, change.by, change.old_ends_at, change.new_ends_at) == (
        "extended",
        organiser,
        old_end,
        old_end + timedelta(minutes=30),
    )
    sessions_lifecycle_advance(now=old_end)
    assert reload(session).status == Status.LIVE  # not ended at the old end


def test_an_extension_must_move_the_end_later(organiser):
    session = OngoingSessionFactory()

    with pytest.raises(ValidationError):
        session_extend(
            session=session,
            by=organiser,
            new_ends_at=session.ends_at - timedelta(minutes=1),
        )
    assert not SessionEndChange.objects.exists()


def test_an_ended_session_cannot_be_extended(organiser):
    session = EndedSessionFactory()

    with pytest.raises(ValidationError):
        session_extend(
            session=session,
            by=organiser,
            new_ends_at=timezone.now() + timedelta(hours=1),
        )


# --- the pages ------------------------------------------------------------------


@pytest.mark.parametrize("who", [None, "trainee", "coordinator", "lecturer"])
def test_end_and_extend_pages_are_for_organisers_only(client_for, request, who):
    user = request.getfixturevalue(who) if who else None
    session = OngoingSessionFactory()
    for name in ("attendance-session-end", "attendance-session-extend"):
        url = reverse(name, kwargs={"session_id": session.pk})

        response = client_for(user).post(url)

        assert response.status_code == (302 if user is None else 403)
    assert reload(session).status == Status.LIVE


def test_the_end_page_asks_for_confirmation_before_ending(client_for, organiser):
    session = OngoingSessionFactory()
    url = reverse("attendance-session-end", kwargs={"session_id": session.pk})

    page = client_for(organiser).get(url)
    assert page.status_code == 200 and "Kết thúc phiên ngay" in page.text
    assert reload(session).status == Status.LIVE
    response = client_for(organiser).post(url)

    assert response.status_code == 302
    assert reload(session).status == Status.ENDED


def test_the_extend_page_records_a_new_end(client_for, organiser):
    session = OngoingSessionFactory()
    new_end = timezone.localtime(session.ends_at + timedelta(minutes=45))
    url = reverse("attendance-session-extend", kwargs={"session_id": session.pk})

    response = client_for(organiser).post(
        url, {"new_ends_at": new_end.strftime("%Y-%m-%dT%H:%M")}
    )

    assert response.status_code == 302
    assert reload(session).ends_at == new_end.replace(second=0)


@pytest.mark.parametrize("value", ["", "ngày mai", "2019-10-17T08:00"])
def test_the_extend_page_explains_a_bad_end_without_changing_anything(
    client_for, organiser, value
):
    session = OngoingSessionFactory()
    url = reverse("attendance-session-extend", kwargs={"session_id": session.pk})

    response = client_for(organiser).post(url, {"new_ends_at": value})

    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert reload(session).ends_at == session.ends_at


def test_the_demo_session_stays_live_when_the_job_runs():
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0)
    sessions_lifecycle_advance()

    [session] = LiveSession.objects.all()
    assert session.status == Status.LIVE
    assert session.attendance_finalised_at is None


def test_seeding_the_demo_on_a_later_day_brings_the_conference_back_live():
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0)
    [session] = LiveSession.objects.all()
    yesterday = timedelta(days=1)
    LiveSession.objects.filter(pk=session.pk).update(
        starts_at=session.starts_at - yesterday, ends_at=session.ends_at - yesterday
    )
    sessions_lifecycle_advance(now=timezone.now() + timedelta(hours=1))
    assert reload(session).attendance_finalised_at is not None

    call_command("seed_demo", verbosity=0)
    sessions_lifecycle_advance()

    session = reload(session)
    assert session.status == Status.LIVE
    assert session.attendance_finalised_at is None
    assert session.ends_at > timezone.now()


def test_the_report_offers_to_finalise_only_once_the_session_has_ended(
    client_for, organiser
):
    running, ended = OngoingSessionFactory(), EndedSessionFactory()

    def page(session):
        url = reverse("attendance-session-report", kwargs={"session_id": session.pk})
        return client_for(organiser).get(url).text

    finalise = 'action="/attendance/sessions/{}/finalise/"'
    assert finalise.format(running.pk) not in page(running)
    assert "data-final-after" in page(running)
    assert finalise.format(ended.pk) in page(ended)
