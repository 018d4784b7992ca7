"""The production WSGI application with the bare views of ``bench.support.urls``.

Everything else is ``cms.wsgi``: same settings, same middleware; only the URL
configuration gains ``/bench-bare/``. ``/bench-bare-default/`` is the same
bare view behind Django's default middleware (what ``startproject`` writes),
served by the same gunicorn worker: the yardstick of a plain Django site.
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.test.utils import override_settings

from cms.wsgi import application as site

settings.ROOT_URLCONF = "bench.support.urls"

DJANGO_DEFAULT_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
DEFAULT_PATH = "/bench-bare-default/"

with override_settings(MIDDLEWARE=DJANGO_DEFAULT_MIDDLEWARE):
    plain = WSGIHandler()


def application(environ, start_response):
    if environ.get("PATH_INFO") == DEFAULT_PATH:
        return plain(environ, start_response)
    return site(environ, start_response)


__all__ = ["application"]
