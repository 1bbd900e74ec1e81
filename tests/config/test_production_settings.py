import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3Jx9-vQ2mPzR7tYwL0aN5sD8fG1hJ4kL6zX2cV9bN3mQ7wE5rT8yU1iO0pA6sD"


def env_example_value(name: str) -> str:
    """A value of the deploy kit's env.example, as an operator would copy it."""
    for line in (ROOT / "platform" / "deploy" / "env.example").read_text().splitlines():
        if line.startswith(f"{name}="):
            return line.removeprefix(f"{name}=")
    raise LookupError(name)


PLACEHOLDER_KEY = env_example_value("DJANGO_SECRET_KEY")


def run_production(*args: str, **env: str) -> subprocess.CompletedProcess:
    return run_manage(*args, DJANGO_SETTINGS_MODULE="config.settings.production", **env)


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret",
    [
        "",
        "django-insecure-dev-only-not-secret",
        "short",
        "a" * 60,
        PLACEHOLDER_KEY,
        "abc123" * 10,
        "our-training-platform-secret-key-for-the-lang-son-conference-2026",
    ],
    ids=[
        "missing",
        "development default",
        "too short",
        "not random",
        "env.example placeholder",
        "repeated pattern",
        "hand-typed phrase",
    ],
)
def test_production_refuses_to_start_without_a_real_secret(secret):
    result = run_production("check", DJANGO_SECRET_KEY=secret, DJANGO_ALLOWED_HOSTS="x")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checks_without_warnings():
    result = run_production(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="taphuan.example.vn",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deployment_checks_fail_with_the_placeholder_key():
    """Settings that do not refuse the key themselves still fail ``check --deploy``."""
    result = run_manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DJANGO_SECRET_KEY=PLACEHOLDER_KEY,
    )

    assert result.returncode != 0
    assert "platform.E001" in result.stderr


def test_production_refuses_to_seed_the_demo_and_its_published_password():
    result = run_production(
        "seed_demo", DJANGO_SECRET_KEY=STRONG_KEY, DJANGO_ALLOWED_HOSTS="x"
    )

    assert result.returncode != 0
    assert "Refusing to load the demo data" in result.stderr


def test_production_queues_background_work_for_the_worker():
    result = run_production(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="x",
    )

    assert result.stdout.splitlines()[-1] == "django_tasks_db.DatabaseBackend", (
        result.stderr
    )


@pytest.mark.parametrize(
    "unit",
    ["taphuan-worker.service", "taphuan-periodic.service", "taphuan-periodic.timer"],
)
def test_the_deploy_kit_ships_the_worker_and_the_timer(unit):
    text = (ROOT / "platform" / "deploy" / unit).read_text()
    command = {
        "taphuan-worker.service": "manage.py db_worker",
        "taphuan-periodic.service": "manage.py periodic",
        "taphuan-periodic.timer": "OnCalendar=*-*-* *:*:00",
    }[unit]

    assert command in text
    assert unit in (ROOT / "platform" / "deploy" / "platform.md").read_text()
