import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3Jx9-vQ2mPzR7tYwL0aN5sD8fG1hJ4kL6zX2cV9bN3mQ7wE5rT8yU1iO0pA6sD"


def run_production(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    environment.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env})
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
    ["", "django-insecure-dev-only-not-secret", "short", "a" * 60],
    ids=["missing", "development default", "too short", "not random"],
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
