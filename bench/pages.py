"""Page benchmark: server CPU per request of our pages beside a bare Django view.

Runs in one process against a throwaway SQLite database with the demo content,
so the figures compare as ratios measured in the same run.
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ.update(
    DJANGO_SETTINGS_MODULE="cms.settings.test", DATABASE_URL=f"sqlite:///{DB}"
)
os.environ.pop("CACHE_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import include, path  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench-bare/", bare), path("", include("cms.urls"))]


def measure(handler, url: str, *, cached: bool) -> tuple[float, int]:
    """Return CPU milliseconds per request and SQL queries of one request."""
    path_info, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }

    def one():
        if not cached:
            cache.clear()
        chunks = handler(dict(environ), lambda status, headers: None)
        assert b"".join(chunks)

    one()
    settings.DEBUG = True
    reset_queries()
    one()
    queries = len(connection.queries)
    settings.DEBUG = False
    start = time.process_time()
    for _ in range(REQUESTS):
        one()
    return (time.process_time() - start) * 1000 / REQUESTS, queries


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    settings.ROOT_URLCONF = __name__
    # The test settings switch the whole-page cache off; this run compares both.
    settings.PUBLIC_PAGE_CACHE = True
    handler = WSGIHandler()
    # The first rounds warm the interpreter; the best of three is the baseline.
    bare_ms = min(measure(handler, "/bench-bare/", cached=True)[0] for _ in range(3))
    print(f"{'page':<38}{'CPU ms/req':>12}{'queries':>9}{'× bare':>9}")
    print(f"{'bare Django view':<38}{bare_ms:>12.2f}{0:>9}{1:>9.1f}")
    for label, url, cached in [
        ("home, anonymous, cached", "/", True),
        ("home, anonymous, uncached", "/", False),
        ("content page, anonymous, cached", "/ueber-das-netzwerk/", True),
        ("content page, anonymous, uncached", "/ueber-das-netzwerk/", False),
        ("calendar, anonymous, cached", "/termine/", True),
        ("calendar, anonymous, uncached", "/termine/", False),
        ("course page, anonymous, cached", "/kurse/krisen-verstehen/", True),
        ("course page, anonymous, uncached", "/kurse/krisen-verstehen/", False),
        ("search (never cached)", "/suche/?q=Netzwerk", True),
    ]:
        ms, queries = measure(handler, url, cached=cached)
        print(f"{label:<38}{ms:>12.2f}{queries:>9}{ms / bare_ms:>9.1f}")


if __name__ == "__main__":
    main()
