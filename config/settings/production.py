"""Production: every secret from the environment, HTTPS only, pooled PostgreSQL."""

from django.core.exceptions import ImproperlyConfigured

from config.secret_key import REFUSAL, secret_key_problem

from .base import *  # noqa: F403
from .base import DATABASES, TASK_BACKENDS, env

DEBUG = False

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if (_problem := secret_key_problem(SECRET_KEY)) is not None:
    raise ImproperlyConfigured(f"{REFUSAL}; the one given is refused: {_problem}.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

#: Background work leaves the request: ``manage.py db_worker`` runs it
#: (platform/deploy/taphuan-worker.service).
TASKS_BACKEND = env("TASKS_BACKEND", default="database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Under ASGI each request thread would hold its own connection; a pool keeps the
    # server within max_connections (see DESIGN.md, "PostgreSQL under ASGI").
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN", default=2),
        "max_size": env.int("DB_POOL_MAX", default=10),
        "timeout": env.int("DB_POOL_TIMEOUT", default=10),
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
PLATFORM_REQUIRE_STAFF_MFA = env.bool("PLATFORM_REQUIRE_STAFF_MFA", default=True)
