"""Scale benchmark: every page at demo scale and at city scale, beside a bare view.

Builds a throwaway SQLite database with the demo, measures each page (server
CPU per request in this process through the whole middleware stack, and SQL
queries of one request), then adds the city-sized dataset (``seed_city``) and
measures again. A page that stays flat has the same queries and a CPU ratio
city/demo close to 1.

BENCH_CITY_SCALE (default 0.1) sets the city's size so that ``make bench``
stays bounded on a busy machine; 1 builds the whole city (5,000 people,
4,000 sessions, 100,000 posts, several minutes). BENCH_SCALE_REQUESTS sets
the requests per page (default 20).
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "scale.sqlite3"
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
from django.test import Client  # noqa: E402
from django.urls import include, path  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_SCALE_REQUESTS", "20"))
CITY_SCALE = float(os.environ.get("BENCH_CITY_SCALE", "0.1"))
PERSON = "lernende@example.org"


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench-bare/", bare), path("", include("cms.urls"))]


def measure(handler, url: str, *, cookie: str = "", cached: bool = False):
    """Return CPU milliseconds per request and SQL queries of one request."""
    path_info, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "HTTP_COOKIE": cookie,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    statuses = []

    def one():
        if not cached:
            cache.clear()
        chunks = handler(dict(environ), lambda status, headers: statuses.append(status))
        b"".join(chunks)

    one()
    settings.DEBUG = True
    reset_queries()
    one()
    queries = len(connection.queries)
    settings.DEBUG = False
    start = time.process_time()
    for _ in range(REQUESTS):
        one()
    ms = (time.process_time() - start) * 1000 / REQUESTS
    if not statuses[-1].startswith("200"):
        return None, statuses[-1]
    return ms, queries


def pages() -> list[tuple[str, str, bool]]:
    """Return (label, url, logged in) of every page, its largest instance."""
    from django.db.models import Count
    from django.urls import reverse

    from cms.i18n import in_default_locale
    from cms.routing import route_url
    from events.models import EventIndexPage, EventPage
    from exchange.models import ExchangeIndexPage, Forum, Thread
    from learning.models import CoursePage, LessonPage
    from network.models import DirectoryEntry, NetworkIndexPage, ReportPage

    course = CoursePage.objects.live().get(slug="krisen-verstehen")
    lesson = LessonPage.objects.live().descendant_of(course).first()
    calendar = EventIndexPage.objects.live().first()
    training = (
        EventPage.objects.live()
        .annotate(n=Count("bookings"))
        .order_by("-n", "pk")
        .first()
    )
    exchange = ExchangeIndexPage.objects.live().first()
    forum = Forum.objects.filter(kind="group").order_by("-thread_count", "pk").first()
    thread = Thread.objects.filter(forum=forum).order_by("-reply_count", "pk").first()
    network = NetworkIndexPage.objects.live().first()
    entry = in_default_locale(DirectoryEntry.objects).order_by("pk").first()
    report = ReportPage.objects.live().first()
    rows = [
        ("home, anonymous", "/", False),
        ("calendar, anonymous", calendar.url, False),
        ("directory, anonymous", route_url(network, "directory_list"), False),
        ("directory entry, anonymous", entry.get_absolute_url(), False),
        ("training requests, anonymous", route_url(network, "request_list"), False),
        ("ambassadors, anonymous", route_url(network, "ambassador_list"), False),
        ("report page, anonymous", report.url if report else "/", False),
        ("Mein Bereich", reverse("dashboard"), True),
        ("home", "/", True),
        ("course", course.url, True),
        ("lesson", lesson.url, True),
        ("calendar", calendar.url, True),
        ("training", training.url, True),
        ("exchange overview", exchange.url, True),
        ("forum", route_url(exchange, "forum", slug=forum.slug), True),
        ("thread", route_url(exchange, "thread", pk=thread.pk), True),
        ("notifications", route_url(exchange, "notifications"), True),
        ("training requests", route_url(network, "request_list"), True),
        ("directory", route_url(network, "directory_list"), True),
    ]
    return rows


def session_cookie() -> str:
    from cms.models import User

    client = Client()
    client.force_login(User.objects.get(email=PERSON))
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def measure_all(handler, *, cold: bool = False) -> dict[str, tuple]:
    """Measure every page with the caches as visitors find them.

    Anonymous visitors get whatever the public page cache gives them; a person
    coming back finds the menus and their own sections kept (``cms.memo``).
    ``cold`` clears the cache before every request: a first visit.
    """
    cookie = session_cookie()
    results = {}
    for label, url, logged_in in pages():
        if cold and not logged_in:
            continue
        results[label] = measure(
            handler, url, cookie=cookie if logged_in else "", cached=not cold
        )
    return results


def grow_person() -> None:
    """Give the measured person city-sized rows of their own."""
    from cms.models import User
    from events.models import Booking, EventPage
    from learning.models import CoursePage, Enrolment

    person = User.objects.get(email=PERSON)
    courses = CoursePage.objects.filter(slug__startswith="stadt-kurs-")[:20]
    Enrolment.objects.bulk_create(
        [Enrolment(user=person, course=course) for course in courses],
        ignore_conflicts=True,
    )
    trainings = EventPage.objects.filter(slug__startswith="stadt-schulung-")
    Booking.objects.bulk_create(
        [
            Booking(event=event, user=person, status=Booking.Status.CONFIRMED)
            for event in trainings.order_by("-starts_at")[:30]
        ],
        ignore_conflicts=True,
    )


def feed_figures(handler) -> str:
    from events.models import EventIndexPage, EventSession

    calendar = EventIndexPage.objects.live().first()
    url = calendar.url + "kalender.ics"
    client = Client()
    cache.clear()
    # Wall time and this process's CPU: on a shared machine the CPU figure
    # says what the build costs, the wall time what the neighbours left.
    start, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
    etag = response.get("ETag", "")
    start = time.perf_counter()
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    conditional = (time.perf_counter() - start) * 1000
    sessions = EventSession.objects.count()
    return (
        f"public feed over {sessions} sessions: built cold in {cold:.2f} s "
        f"({cold_cpu:.2f} s CPU; {len(response.content) // 1024} KiB), "
        "conditional request "
        f"{again.status_code} in {conditional:.1f} ms"
    )


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    settings.ROOT_URLCONF = __name__
    settings.PUBLIC_PAGE_CACHE = True
    settings.MEMO_FRAGMENTS = True
    handler = WSGIHandler()
    bare_ms = min(measure(handler, "/bench-bare/", cached=True)[0] for _ in range(3))
    demo = measure_all(handler)
    demo_cold = measure_all(handler, cold=True)
    demo_feed = feed_figures(handler)
    print(f"== city scale {CITY_SCALE} (BENCH_CITY_SCALE); building ...", flush=True)
    started = time.perf_counter()
    call_command("seed_city", scale=CITY_SCALE, stdout=open(os.devnull, "w"))
    grow_person()
    print(f"   built in {time.perf_counter() - started:.0f} s", flush=True)
    city_bare = min(measure(handler, "/bench-bare/", cached=True)[0] for _ in range(3))
    city = measure_all(handler)
    city_feed = feed_figures(handler)
    head = (
        f"{'page':<32}{'demo ms':>9}{'× bare':>8}{'q':>5}"
        f"{'city ms':>9}{'× bare':>8}{'q':>5}{'city/demo':>11}"
    )
    print(head)
    print(
        f"{'bare Django view':<32}{bare_ms:>9.2f}{1:>8.1f}{0:>5}"
        f"{city_bare:>9.2f}{1:>8.1f}{0:>5}{city_bare / bare_ms:>11.2f}"
    )
    for label in demo:
        (d_ms, d_q), (c_ms, c_q) = demo[label], city[label]
        if d_ms is None or c_ms is None:
            print(f"{label:<32} not 200: {d_q} / {c_q}")
            continue
        flag = "" if d_q == c_q else "  queries grow!"
        print(
            f"{label:<32}{d_ms:>9.2f}{d_ms / bare_ms:>8.1f}{d_q:>5}"
            f"{c_ms:>9.2f}{c_ms / city_bare:>8.1f}{c_q:>5}{c_ms / d_ms:>11.2f}{flag}"
        )
    print("logged in, first visit (cache cleared before every request), demo:")
    for label, (ms, queries) in demo_cold.items():
        if ms is not None:
            print(f"{label:<32}{ms:>9.2f}{ms / bare_ms:>8.1f}{queries:>5}")
    print("demo:", demo_feed)
    print("city:", city_feed)


if __name__ == "__main__":
    main()
