import pytest
from django.core.management import call_command

from accounts import periodic


@pytest.fixture
def isolated_jobs(monkeypatch):
    monkeypatch.setattr(periodic, "_jobs", {})
    return periodic


def test_every_app_registers_its_periodic_work():
    names = {job.name for job in periodic.registered_jobs()}

    assert {
        "publish_scheduled",
        "reconcile_presence",
        "close_overdue_attempts",
    } <= names


def test_a_failing_job_does_not_stop_the_others(isolated_jobs):
    ran = []

    def broken():
        raise RuntimeError("Jitsi unreachable")

    isolated_jobs.register("first", broken, order=1)
    isolated_jobs.register("second", lambda: ran.append("second") or 1, order=2)

    outcomes = isolated_jobs.periodic_run()

    assert [(o.name, o.ok) for o in outcomes] == [("first", False), ("second", True)]
    assert ran == ["second"]


@pytest.mark.django_db
def test_periodic_command_runs_the_registered_jobs(capsys):
    call_command("periodic")

    out = capsys.readouterr().out
    assert "close_overdue_attempts: ok" in out
    assert "publish_scheduled: ok" in out
