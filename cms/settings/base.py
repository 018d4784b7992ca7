"""Settings shared by every environment; values come from environment variables."""

import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from cms.env import cache_from_url, env_bool, env_list, load_email_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "cms",
    "learning",
    "events",
    "exchange",
    "network",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: every log line of a request carries its id; metrics time it all.
    "cms.observability.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise, which serves static files compressed ahead of time.
    # Django's GZip pads each response with random bytes against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "cms.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.ExplicitLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.middleware.UserLanguageMiddleware",
    "cms.cache.PublicPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.middleware.StaffAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.admin_errors.IncompleteAdminFormMiddleware",
    # A view failing on an unreachable database answers 503 (cms.observability).
    "cms.observability.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
# A connection kept across requests is checked first, so the first request
# after a database restart gets a fresh one instead of an error.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "cms.User"

# Whole public pages for anonymous visitors (cms/cache.py).
PUBLIC_PAGE_CACHE = env_bool("PUBLIC_PAGE_CACHE", default=True)
# Menus, footer, settings and the sections of Mein Bereich and the home page are
# kept across requests until a table they read is written to (cms.memo).
MEMO_FRAGMENTS = env_bool("MEMO_FRAGMENTS", default=True)
CACHES = {
    "default": cache_from_url(
        os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
    )
}

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {
        "NAME": f"{_VALIDATORS}.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"

# django-allauth: email is the login, verified before the account can be used.
ACCOUNT_ADAPTER = "cms.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "cms.forms.SignupProfileForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Gemeinsam Stark] "
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_SESSION_REMEMBER = None
# Per account and per address: allauth keys "login_failed" by both IP and email.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "request_login_code": "20/m/ip,3/m/key",
}
# Our own rate limits, per action (cms.ratelimit), written as allauth's above.
RATE_LIMITS = {
    # A few posts a minute and person stop a runaway script or a flood.
    "exchange.post": "5/m",
    # Anonymous report subscriptions per address: enough for a household, too
    # few to mail-bomb strangers through the form.
    "network.report_subscribe": "5/h",
    # Messages to ambassadors, per sender (a person, or a visitor's address on
    # the web): a few an hour is plenty for someone looking for help.
    "network.message": "5/h,20/d",
    # Volunteers answer in their spare time: beyond this many messages a day
    # from everyone together, new ones wait until tomorrow.
    "network.message_received": "15/d",
    # Confirmation mails to one visitor's address: too few to mail-bomb
    # strangers through the form.
    "network.message_confirm": "3/h,5/d",
    # Reports of a barrier from the accessibility statement, per visitor.
    "cms.accessibility_feedback": "5/h,20/d",
}
# Behind a reverse proxy every request comes from the proxy: the number of our
# own proxies in front of the app says which X-Forwarded-For entry is the
# client's (1 = nginx alone; 2 = a TLS proxy in front of nginx). Whatever a
# client writes into the header further left is ignored. cms.ratelimit reads
# the same address.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Digits are easier to type on a phone than letters: 1234-5678.
ALLAUTH_USER_CODE_FORMAT = {"numeric": True, "length": 8, "dashed": True}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Gemeinsam Stark"
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", default=False)
# Sessions of people with admin access end after this long without a request,
# and this long after the login (cms.middleware.StaffAccessMiddleware).
STAFF_SESSION_IDLE_TIMEOUT = int(os.environ.get("STAFF_SESSION_IDLE_TIMEOUT", 30 * 60))
STAFF_SESSION_MAX_AGE = int(os.environ.get("STAFF_SESSION_MAX_AGE", 12 * 60 * 60))

LANGUAGE_CODE = "de"
# German and English have a complete interface (locale/). A city adds a language
# for its content (Arabic, Turkish, Ukrainian, Russian …) by naming it here, e.g.
# SITE_EXTRA_LANGUAGES=ar,tr, and translating pages in the admin. The interface
# stays German (and says so in its lang attributes) until a catalogue of its
# words is added as locale/<code>/LC_MESSAGES/django.mo, here or in the folder
# SITE_LOCALE_DIR; then the whole page speaks the language and turns
# right-to-left where the language needs it (cms/i18n.py).
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))] + [
    (code, LANG_INFO[code]["name_local"])
    for code in env_list("SITE_EXTRA_LANGUAGES", default=[])
    if code in LANG_INFO and code not in {"de", "en"}
]
# Dates and times read as each language writes them (cms/formats).
FORMAT_MODULE_PATH = ["cms.formats"]
# locale_allauth holds formal German ("Sie") for the account pages.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_allauth"] + [
    Path(folder) for folder in env_list("SITE_LOCALE_DIR", default=[])
]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
# Pages are translated with wagtail-localize (in the admin or through PO files).
# Addresses stay the same in every language: the language is the visitor's
# choice (cookie or profile), and cms.i18n serves the German page with the
# translation's text, or the German text with a notice (see cms/i18n.py).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files only their owner may download through a view (data exports): never
# under MEDIA_URL, so no web server serves them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

load_email_settings(globals())
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Gemeinsam Stark <no-reply@gemeinsam-stark.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery: without a broker every task runs at once in the calling process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A task is acknowledged after it ran and given back when its worker dies; a
# worker takes one message at a time, so a crash strands no prefetched ones.
# Side effects go through the outbox (cms.outbox), which makes a second run
# harmless and re-sends what a lost message never ran.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis gives an unacknowledged message to another worker after this long:
# longer than any task runs (the outbox sweep covers the gap meanwhile).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
}
# A broker that is down must not hold up the page that caused a task: give up
# publishing quickly; the outbox row stays and the sweep sends it later.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# Seconds a claimed outbox row or mail belongs to its worker; a claim that is
# older was lost with its worker and is run again. Longer than a send takes.
OUTBOX_CLAIM_TIMEOUT = int(os.environ.get("OUTBOX_CLAIM_TIMEOUT", "300"))
# Seconds a new row is left to the broker before the sweep dispatches it again.
OUTBOX_SWEEP_GRACE = int(os.environ.get("OUTBOX_SWEEP_GRACE", "60"))
# Periodic tasks for `celery -A cms beat`; each is idempotent.
CELERY_BEAT_SCHEDULE = {
    # Reminders go out 24 hours ahead; the task is idempotent, so running it
    # every quarter of an hour only fills gaps.
    "events-reminders": {
        "task": "events.tasks.reminders_send_task",
        "schedule": 15 * 60,
    },
    # After a training's last session its participants are asked, once.
    "events-evaluations": {
        "task": "events.tasks.evaluations_open_task",
        "schedule": 60 * 60,
    },
    # Runs again what the outbox holds due and not sent (cms.outbox).
    "cms-outbox-sweep": {
        "task": "cms.tasks.outbox_sweep_task",
        "schedule": int(os.environ.get("OUTBOX_SWEEP_SECONDS", "60")),
    },
    # Deletes and anonymises what is kept no longer (cms.retention), at night.
    "retention": {
        "task": "cms.tasks.retention_apply_task",
        "schedule": crontab(hour=3, minute=15),
    },
    "exchange-daily-digest": {
        "task": "exchange.tasks.digest_send_all_task",
        "schedule": crontab(hour=7, minute=0),
    },
    "network-report-digests": {
        "task": "network.tasks.report_digests_send_task",
        "schedule": crontab(hour=7, minute=30),
    },
    # Shows /healthz that a worker runs (cms.observability.heartbeat_age).
    "cms-worker-heartbeat": {
        "task": "cms.tasks.worker_heartbeat_task",
        "schedule": 30,
    },
    # Data exports are downloadable for 24 hours; then the file goes.
    "cms-data-exports-cleanup": {
        "task": "cms.tasks.data_exports_cleanup_task",
        "schedule": 60 * 60,
    },
}

WAGTAIL_SITE_NAME = "Gemeinsam Stark"
# The day the accessibility statement (cms.accessibility) was last checked against
# the platform. Review it at least once a year: a test fails when it is older.
ACCESSIBILITY_REVIEWED_ON = "2026-12-02"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Autosave off. Wagtail 8 saves the page form every half second: merely opening
# "Lerneinheit hinzufügen" created a draft page, and reopening the form then
# said the slug was taken and that a newer version was saved "in another
# window". Our editors are volunteers who save on purpose ("Entwurf
# speichern"); an unsaved form still warns before it is left.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# One login for everyone: allauth (with its rate limits and TOTP) also guards the admin.
WAGTAILADMIN_LOGIN_URL = "/konto/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# An approval publishes only what the editor's "Veröffentlichen" would (cms.workflows).
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.workflows.finish_workflow"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Every uploaded image is decoded and encoded again (cms.validators.reencode_image).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.CleanImageForm"
# mp4/webm: lesson videos uploaded to our own server instead of a third party.
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "mp4", "odt", "pdf", "pptx", "rtf", "txt", "webm", "xlsx",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILEMBEDS_FINDERS: list = []

# Security headers that hold in every environment; production adds HSTS and
# Secure cookies.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "cms.views.csrf_failure"

# Attendance can be recorded from shortly before a session starts until a
# few days after it ends; earlier or later it cannot be true or checked.
ATTENDANCE_OPENS_MINUTES_BEFORE = 30
ATTENDANCE_CLOSES_DAYS_AFTER = 7

# Health: /healthz answers 503 when no worker ran the heartbeat for this long.
WORKER_HEARTBEAT_MAX_AGE = int(os.environ.get("WORKER_HEARTBEAT_MAX_AGE", "180"))
# Prometheus metrics: readable with "Authorization: Bearer <METRICS_TOKEN>" or
# from the listed addresses/networks; nobody else (403).
METRICS_PATH = os.environ.get("METRICS_PATH", "/metrics")
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", default=[])
# Error reports to a (self-hosted) Sentry-compatible server: off unless set.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from cms.observability import sentry_init

    sentry_init(SENTRY_DSN, os.environ.get("SENTRY_ENVIRONMENT", "production"))
# Backups (manage.py backup / restore): where, and how long they are kept.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
BACKUP_RETENTION_DAYS = int(os.environ.get("BACKUP_RETENTION_DAYS", "30"))
