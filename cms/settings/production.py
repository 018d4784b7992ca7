"""Production: every value from the environment; refuses to start without a secret."""

import os

from django.core.exceptions import ImproperlyConfigured

from cms.observability import json_logging

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-", "django-insecure")):  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters "
        "in production (python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", default=True)
# Only for the production check on one machine (deploy/prod_check.py): plain
# HTTP on 127.0.0.1, no HSTS, no Secure cookies. Never set on a real server.
PLAIN_HTTP_FOR_LOCAL_CHECK = env_bool("PLAIN_HTTP_FOR_LOCAL_CHECK", default=False)
_HTTPS = not PLAIN_HTTP_FOR_LOCAL_CHECK
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=_HTTPS)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = (
    int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))) if _HTTPS else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
LANGUAGE_COOKIE_SECURE = _HTTPS
CSRF_TRUSTED_ORIGINS = [SITE_URL]  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# JSON lines with the request id, scrubbed of addresses, tokens and secrets.
LOGGING = json_logging(os.environ.get("LOG_LEVEL", "INFO"))
# Keep connections for a minute (checked before use: CONN_HEALTH_CHECKS).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
# The worker logs through the same JSON handler instead of Celery's own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
