"""Benchmark settings: production-like (pooled PostgreSQL, Redis cache and channel
layer when REDIS_URL is set, DEBUG off) without HTTPS redirects, plus floor views
beside the real URLs."""

from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES, REDIS_URL, env

DEBUG = False
ROOT_URLCONF = "bench.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
JITSI_WEBHOOK_SECRET = "bench-webhook-secret"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN", default=4),
        "max_size": env.int("DB_POOL_MAX", default=16),
        "timeout": 10,
    }
if not REDIS_URL:  # else the cache and channel layer are Redis, as in production
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
