"""Tests: fast hashing, memory cache and mail, eager Celery; honours DATABASE_URL."""

import os

from .base import *  # noqa: F403
from .base import cache_from_url

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production"
ALLOWED_HOSTS = ["*"]
# The German demo content and `seed_demo`; production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Local memory unless CACHE_URL names a Redis (as in CI on the services machine).
CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL"))}
# Parallel test workers (pytest-xdist) share that Redis: each keeps its own keys.
if os.environ.get("PYTEST_XDIST_WORKER") and "LOCATION" in CACHES["default"]:
    CACHES["default"].update(
        BACKEND="tests.redis_cache.WorkerRedisCache",
        KEY_PREFIX=f"gs-{os.environ['PYTEST_XDIST_WORKER']}",
    )
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True


WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}
}
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "private" / "test"  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Serve static files straight from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Query budgets measure the real work; tests of the page cache switch it on.
PUBLIC_PAGE_CACHE = False
# The same for fragments kept across requests (cms.memo): the budgets of the
# first visit hold without them; tests of the fragments switch them on.
MEMO_FRAGMENTS = False
