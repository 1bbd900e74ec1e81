"""Local development and the demo: debug on, SQLite and in-memory layers by default."""

from config.lan import local_host_names

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
#: Loopback and this machine's LAN address and names: a phone on the same network
#: reaches the demo (``manage.py demo --lan``).
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS",
    default=["127.0.0.1", "localhost", "[::1]", *local_host_names()],
)
#: Links, QR codes and emails follow the address the browser used (config.site_url).
SITE_URL_FOLLOWS_REQUEST = env.bool("SITE_URL_FOLLOWS_REQUEST", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
#: The dev server and ``simulate_session --url`` share it: the demo's webhooks work.
JITSI_WEBHOOK_SECRET = env("JITSI_WEBHOOK_SECRET", default="dev-only-webhook-secret")
