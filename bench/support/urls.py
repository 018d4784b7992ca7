"""The site's routes plus a bare view, to compare against in the same server.

``bench-bare-default/`` is served behind Django's default middleware
(bench/support/wsgi.py).
"""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench-bare/", bare),
    path("bench-bare-default/", bare),
    path("", include("cms.urls")),
]
