"""Settings shared by every environment; each value that varies comes from ``env``."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PLATFORM_DIR = BASE_DIR / "platform"

env = environ.Env()
env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-dev-only-not-secret")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
#: The address people reach the platform at; used in emails, QR codes and calendars.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
#: Development and the demo: absolute links follow the address the browser used
#: (a phone on the LAN scans a QR code that reaches this machine). See config.site_url.
SITE_URL_FOLLOWS_REQUEST = env.bool("SITE_URL_FOLLOWS_REQUEST", default=False)

INSTALLED_APPS = [
    "daphne",
    "accounts",
    "courses",
    "sessions",
    "assessments",
    "notices",
    "recordings",
    "questions",
    "polls",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "channels",
    "polymorphic",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "accounts.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "config.site_url.RequestOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireStaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PLATFORM_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.navigation.navigation",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # Short timeouts: with Redis unreachable a request falls back to the database
    # (cache) or skips the broadcast within a second instead of hanging.
    CACHES = {
        "default": {
            "BACKEND": "config.redis_cache.SharedPoolRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_connect_timeout": 1}]},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# django-allauth: email is the login; verification is mandatory; rate limits stay on.
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupDetailsForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Tập huấn trực tuyến")
#: Organisers and Lecturers must set up TOTP before they can do anything else.
PLATFORM_REQUIRE_STAFF_MFA = env.bool("PLATFORM_REQUIRE_STAFF_MFA", default=False)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Tập huấn trực tuyến <no-reply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [
    PLATFORM_DIR / "locale",
    PLATFORM_DIR / "locale_overrides" / "allauth",
    PLATFORM_DIR / "locale_overrides" / "wagtail",
    PLATFORM_DIR / "locale_overrides" / "django",
]
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PLATFORM_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
#: Generated files only views may serve (certificate PDFs and ZIPs): outside
#: MEDIA_ROOT so that neither a proxy's /media/ nor Django's dev server exposes them.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")

WAGTAIL_SITE_NAME = "Tập huấn trực tuyến"
#: ASCII slugs ("chuyen-de", as the seed's): Unicode ones show percent-encoded in
#: links people copy. "đ" is handled by courses.slugs.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
#: No Gravatar: no third-party requests from the admin (privacy; closed networks).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
#: Nor a release check from the admin's browser (the admin's CSP would refuse it).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "pptx", "ppt", "xlsx", "odt", "txt"]

# Attendance becomes final by itself this many minutes after a session ends (a session
# may set its own).
ATTENDANCE_FINALISE_GRACE_MINUTES = env.int(
    "ATTENDANCE_FINALISE_GRACE_MINUTES", default=30
)

# Jitsi Meet: empty means "video not configured"; everything else keeps working.
JITSI_DOMAIN = env("JITSI_DOMAIN", default="")
JITSI_FLAVOUR = env("JITSI_FLAVOUR", default="self-hosted")  # or "jaas"
JITSI_APP_ID = env("JITSI_APP_ID", default="")
JITSI_APP_SECRET = env("JITSI_APP_SECRET", default="")
JITSI_KID = env("JITSI_KID", default="")
JITSI_PRIVATE_KEY = env("JITSI_PRIVATE_KEY", default="")
JITSI_PROSODY_URL = env("JITSI_PROSODY_URL", default="")
JITSI_WEBHOOK_SECRET = env("JITSI_WEBHOOK_SECRET", default="")
#: The XMPP domain (docker-jitsi-meet XMPP_DOMAIN): the tokens' ``sub`` and the
#: ``domain`` of room-size queries.
JITSI_XMPP_DOMAIN = env("JITSI_XMPP_DOMAIN", default="meet.jitsi")
#: Self-hosted tokens' audience (Prosody accepts any by default).
JITSI_TOKEN_AUDIENCE = env("JITSI_TOKEN_AUDIENCE", default="")
JITSI_TOKEN_TTL_SECONDS = env.int("JITSI_TOKEN_TTL_SECONDS", default=30 * 60)
#: JaaS webhook endpoint secret, including its ``whsec_`` prefix.
JITSI_JAAS_WEBHOOK_SECRET = env("JITSI_JAAS_WEBHOOK_SECRET", default="")
JITSI_WEBHOOK_TOLERANCE_SECONDS = env.int(
    "JITSI_WEBHOOK_TOLERANCE_SECONDS", default=300
)
JITSI_JVB_URL = env("JITSI_JVB_URL", default="")
JITSI_JICOFO_URL = env("JITSI_JICOFO_URL", default="")
JITSI_JIBRI_URL = env("JITSI_JIBRI_URL", default="")
JITSI_HTTP_TIMEOUT_SECONDS = env.float("JITSI_HTTP_TIMEOUT_SECONDS", default=3.0)
#: Jibri's recorder login (startService's callLoginParams; docker-jitsi-meet
#: XMPP_RECORDER_DOMAIN, JIBRI_RECORDER_USER, JIBRI_RECORDER_PASSWORD). With
#: JITSI_JIBRI_URL, organisers start and stop recording from the session page.
JITSI_JIBRI_RECORDER_DOMAIN = env("JITSI_JIBRI_RECORDER_DOMAIN", default="")
JITSI_JIBRI_RECORDER_USER = env("JITSI_JIBRI_RECORDER_USER", default="recorder")
JITSI_JIBRI_RECORDER_PASSWORD = env("JITSI_JIBRI_RECORDER_PASSWORD", default="")
#: Recordings uploaded by hand (or copied from JaaS): the largest file accepted.
RECORDING_UPLOAD_MAX_MB = env.int("RECORDING_UPLOAD_MAX_MB", default=1024)
#: JaaS's recording links expire after 24 hours: copy the files into private storage
#: (a background task).
RECORDING_COPY_JAAS_FILES = env.bool("RECORDING_COPY_JAAS_FILES", default=True)

# Content-Security-Policy and Permissions-Policy: built per response by
# config.security from JITSI_DOMAIN (the IFrame API's script and frame) and these.
#: Video players that course modules embed (EmbedBlock): the frames they may show.
PLATFORM_CSP_EMBED_FRAME_SOURCES = env.list(
    "PLATFORM_CSP_EMBED_FRAME_SOURCES",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)

#: Where background work (certificate PDFs and emails, ZIP archives, evaluation after a
#: session) runs. "immediate": inside the request that enqueues it (development, tests).
#: "database": queued in PostgreSQL for ``manage.py db_worker`` (production; see
#: platform/deploy/taphuan-worker.service).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env("TASKS_BACKEND", default="immediate")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
#: Finished background tasks' results are kept this long, then pruned (periodic).
TASK_RESULTS_KEEP_DAYS = env.int("TASK_RESULTS_KEEP_DAYS", default=14)

#: One console handler, reached once per record: Django's own "django" and
#: "django.server" handlers are replaced (they printed every request a second time
#: through the root logger), and a 403 is logged without its traceback.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "omit_permission_denied_traceback": {
            "()": "config.log_filters.OmitPermissionDeniedTraceback"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["omit_permission_denied_traceback"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
        "django_tasks": {"level": env("TASKS_LOG_LEVEL", default="WARNING")},
    },
}
