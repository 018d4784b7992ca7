"""The production WSGI application with the bare view of ``bench.support.urls``.

Everything else is ``cms.wsgi``: same settings, same middleware; only the URL
configuration gains ``/bench-bare/``.
"""

from django.conf import settings

from cms.wsgi import application

settings.ROOT_URLCONF = "bench.support.urls"

__all__ = ["application"]
