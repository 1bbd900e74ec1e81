from pathlib import Path

from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]


def test_platform_folder_is_not_a_python_package():
    assert not (ROOT / "platform" / "__init__.py").exists()


def test_live_sessions_app_does_not_take_the_sessions_label():
    assert apps.get_app_config("live_sessions").name == "sessions"
    assert apps.get_app_config("sessions").name == "django.contrib.sessions"


def test_every_platform_app_declares_its_label():
    for name in ("accounts", "courses", "sessions", "assessments"):
        config = next(c for c in apps.get_app_configs() if c.name == name)
        assert "label" in type(config).__dict__, name


def test_lock_file_is_ignored():
    assert "uv.lock" in (ROOT / ".gitignore").read_text().split()
