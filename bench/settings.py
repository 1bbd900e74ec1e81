"""Settings for benchmarks: the test settings (fast hasher, no MFA) with a bench-only
URL conf that adds a bare view, on the DATABASE_URL/REDIS_URL given."""

from config.settings.test import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
