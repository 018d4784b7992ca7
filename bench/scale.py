"""Scale benchmark: every page at demo scale and at city scale, beside a bare view.

Builds a throwaway SQLite database with the demo, copies it and adds the
city-sized dataset (``seed_city``) to the copy. Then each page is measured on
both, in turn, several rounds (server CPU per request in this process through
the whole middleware stack, and the SQL queries of one request). The machine
is shared and its speed drifts by a third within a minute; measured side by
side and taking each page's best round, the ratio city/demo says what the
data costs, not what the neighbours did. A page that stays flat has the same
queries and a ratio close to 1.

BENCH_CITY_SCALE (default 1: 5,000 people, 4,000 sessions, 100,000 posts,
about half a minute to build) sets the city's size; BENCH_SCALE_REQUESTS the
requests per page and round (default 20), BENCH_SCALE_ROUNDS the rounds
(default 5).
"""

import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FOLDER = Path(tempfile.mkdtemp())
DB = FOLDER / "demo.sqlite3"
CITY_DB = FOLDER / "city.sqlite3"
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
ROUNDS = int(os.environ.get("BENCH_SCALE_ROUNDS", "5"))
CITY_SCALE = float(os.environ.get("BENCH_CITY_SCALE", "1"))
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
    from events.models import Booking, EventIndexPage, EventPage
    from exchange.models import ExchangeIndexPage, Forum, Thread
    from learning.models import CoursePage, LessonPage
    from network.models import DirectoryEntry, NetworkIndexPage, ReportPage

    course = CoursePage.objects.live().get(slug="krisen-verstehen")
    lesson = LessonPage.objects.live().descendant_of(course).first()
    calendar = EventIndexPage.objects.live().first()
    # The busiest training the person has booked, at both scales: a booked
    # person's page also shows their answers, so the two compare like with like.
    booked = Booking.objects.filter(
        user__email=PERSON, status__in=Booking.ACTIVE
    ).values("event_id")
    trainings = EventPage.objects.live().annotate(n=Count("bookings"))
    training = (
        trainings.filter(pk__in=booked).order_by("-n", "pk").first()
        or trainings.order_by("-n", "pk").first()
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
    # A browser holds the CSRF cookie from the first page with a form (every
    # logged-in page has one: the logout button); kept sections with forms
    # are kept per that cookie (cms.memo).
    csrf = f"{settings.CSRF_COOKIE_NAME}={'k' * 32}"
    return f"{name}={client.cookies[name].value}; {csrf}"


def use(database: Path) -> None:
    """Serve from ``database`` from now on, with caches as a fresh process has."""
    connection.close()
    settings.DATABASES["default"]["NAME"] = str(database)
    connection.settings_dict["NAME"] = str(database)
    cache.clear()


def measure_cold(handler, cookie: str) -> dict[str, tuple]:
    """Logged-in pages on a first visit: the cache cleared before every request."""
    return {
        label: measure(handler, url, cookie=cookie, cached=False)
        for label, url, logged_in in pages()
        if logged_in
    }


def measure_side_by_side(handler, cookie: str) -> dict[str, tuple]:
    """Each page on the demo and on the city, in turn, ``ROUNDS`` times.

    Anonymous visitors get whatever the public page cache gives them; a person
    coming back finds the menus and their own sections kept (``cms.memo``).
    Returns label → ((demo ms, queries), (city ms, queries)), each the best round.
    """
    use(DB)
    demo_pages = pages()
    use(CITY_DB)
    city_pages = {label: url for label, url, _logged_in in pages()}
    results = {}
    for label, demo_url, logged_in in demo_pages:
        best = {}
        for _round in range(ROUNDS):
            for database, url in ((DB, demo_url), (CITY_DB, city_pages[label])):
                use(database)
                ms, queries = measure(
                    handler, url, cookie=cookie if logged_in else "", cached=True
                )
                if ms is None:
                    best[database] = (None, queries)
                elif best.get(database, (None,))[0] is None or ms < best[database][0]:
                    best[database] = (ms, queries)
        results[label] = (best[DB], best[CITY_DB])
    return results


def book_person() -> None:
    """Book the measured person onto the demo's busiest training, so that the
    training compared at both scales is one they booked (see ``pages``)."""
    from django.db.models import Count

    from cms.models import User
    from events.models import Booking, EventPage

    training = (
        EventPage.objects.live().annotate(n=Count("bookings")).order_by("-n", "pk")
    ).first()
    Booking.objects.get_or_create(
        event=training,
        user=User.objects.get(email=PERSON),
        defaults={"status": Booking.Status.CONFIRMED},
    )


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


def bare_ms(handler) -> float:
    return min(measure(handler, "/bench-bare/", cached=True)[0] for _ in range(3))


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    settings.ROOT_URLCONF = __name__
    settings.PUBLIC_PAGE_CACHE = True
    settings.MEMO_FRAGMENTS = True
    handler = WSGIHandler()
    book_person()
    # One session for both: the city is a copy of the demo with more data.
    cookie = session_cookie()
    demo_cold = measure_cold(handler, cookie)
    demo_feed = feed_figures(handler)
    print(f"== city scale {CITY_SCALE} (BENCH_CITY_SCALE); building ...", flush=True)
    started = time.perf_counter()
    connection.close()
    shutil.copyfile(DB, CITY_DB)
    use(CITY_DB)
    call_command("seed_city", scale=CITY_SCALE, stdout=open(os.devnull, "w"))
    grow_person()
    print(f"   built in {time.perf_counter() - started:.0f} s", flush=True)
    city_feed = feed_figures(handler)
    print(
        f"   each page on both, in turn, {ROUNDS} rounds of {REQUESTS} requests; "
        "the best round of each",
        flush=True,
    )
    print(
        "   in this process, on SQLite, without an HTTP server: × bare is against "
        "the bare view measured here\n"
        "   (the figures of served requests, against both bare views in the same "
        "gunicorn worker, are bench/mixed_load.py's)",
        flush=True,
    )
    use(DB)
    demo_bare = bare_ms(handler)
    use(CITY_DB)
    city_bare = bare_ms(handler)
    both = measure_side_by_side(handler, cookie)
    head = (
        f"{'page':<32}{'demo ms':>9}{'× bare':>8}{'q':>5}"
        f"{'city ms':>9}{'× bare':>8}{'q':>5}{'city/demo':>11}"
    )
    print(head)
    print(
        f"{'bare Django view':<32}{demo_bare:>9.2f}{1:>8.1f}{0:>5}"
        f"{city_bare:>9.2f}{1:>8.1f}{0:>5}{city_bare / demo_bare:>11.2f}"
    )
    for label, ((d_ms, d_q), (c_ms, c_q)) in both.items():
        if d_ms is None or c_ms is None:
            print(f"{label:<32} not 200: {d_q} / {c_q}")
            continue
        flag = "" if d_q == c_q else "  queries grow!"
        print(
            f"{label:<32}{d_ms:>9.2f}{d_ms / demo_bare:>8.1f}{d_q:>5}"
            f"{c_ms:>9.2f}{c_ms / city_bare:>8.1f}{c_q:>5}{c_ms / d_ms:>11.2f}{flag}"
        )
    print("logged in, first visit (cache cleared before every request), demo:")
    for label, (ms, queries) in demo_cold.items():
        if ms is not None:
            print(f"{label:<32}{ms:>9.2f}{ms / demo_bare:>8.1f}{queries:>5}")
    print("demo:", demo_feed)
    print("city:", city_feed)


if __name__ == "__main__":
    main()
