"""iCal benchmark: the public feed with 5,000 sessions, and its 304 path.

Run: .venv/bin/python bench/ical.py [--events 500] [--sessions 10]

Builds a throwaway SQLite database in a temporary folder (the feed is read
once per build, so the database engine matters little), then prints:
the median time to build the feed, its size, the ratio to formatting the same
events with plain strings in the same run, and requests per second for a
conditional GET answered 304 beside a bare Django view, both in this process
through the full middleware stack.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

urlpatterns: list = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
        run(args)


def run(args) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.http import HttpResponse
    from django.test import Client
    from django.urls import path

    from events import ical, selectors

    def bare(request):
        return HttpResponse("ok", content_type="text/plain")

    from cms import urls as project_urls

    # The feed is a route of the calendar page: serve it as the site does.
    urlpatterns[:] = [path("bare/", bare), *project_urls.urlpatterns]
    settings.ROOT_URLCONF = __name__

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    _create(args.events, args.sessions)
    print(f"Vorbereitung (migrate, Daten): {time.perf_counter() - started:.1f} s")

    filters = selectors.CalendarFilters()
    builds, plains, size = [], [], 0
    for _ in range(args.runs):
        begin = time.perf_counter()
        entries = selectors.public_feed_entries(filters)
        body = ical.build_calendar(
            entries, name="Schulungen", description="Alle", url=settings.SITE_URL
        )
        builds.append(time.perf_counter() - begin)
        size = len(body)
        begin = time.perf_counter()
        entries = selectors.public_feed_entries(filters)
        _plain(entries)
        plains.append(time.perf_counter() - begin)
    build, plain = statistics.median(builds), statistics.median(plains)
    print(f"Termine im Feed: {len(entries)}")
    print(f"Feed bauen (Median aus {args.runs}): {build * 1000:.0f} ms")
    print(f"Größe: {size:,} Bytes".replace(",", "."))
    print(f"Nur Zeichenketten formatieren (Median): {plain * 1000:.0f} ms")
    print(f"Verhältnis icalendar / Zeichenketten: {build / plain:.1f}")

    client = Client()
    etag = client.get("/termine/kalender.ics")["ETag"]
    assert (
        client.get("/termine/kalender.ics", HTTP_IF_NONE_MATCH=etag).status_code == 304
    )
    # Alternate the two in several rounds and keep each one's best: the
    # machine is shared, so a single round says more about the neighbours.
    bare_rates, feed_rates = [], []
    for _round in range(5):
        bare_rates.append(_rate(client, "/bare/", {}, args.requests))
        feed_rates.append(
            _rate(
                client,
                "/termine/kalender.ics",
                {"HTTP_IF_NONE_MATCH": etag},
                args.requests,
            )
        )
    bare_rate, feed_rate = max(bare_rates), max(feed_rates)
    print(f"Leere Django-Ansicht (beste von 5 Runden): {bare_rate:.0f} Anfragen/s")
    print(f"Feed mit 304 (beste von 5 Runden): {feed_rate:.0f} Anfragen/s")
    print(f"Verhältnis 304 / leere Ansicht: {feed_rate / bare_rate:.2f}")


def _rate(client, url: str, headers: dict, count: int) -> float:
    for _ in range(50):
        client.get(url, **headers)
    begin = time.perf_counter()
    for _ in range(count):
        client.get(url, **headers)
    return count / (time.perf_counter() - begin)


def _create(events: int, sessions: int) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from cms import roles
    from demo.pages import ensure_home_page
    from events.models import EventIndexPage, EventPage, EventSession, Venue

    roles.ensure_roles()
    home = ensure_home_page()
    calendar = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    venue = Venue.objects.create(
        name="Stadtteilzentrum, Saal; Erdgeschoss",
        street="Brunnenplatzweg 3",
        postcode="45476",
        room="Großer Saal",
    )
    now = timezone.now()
    for number in range(events):
        start = now + timedelta(days=1 + number % 200, hours=number % 8)
        event = EventPage(
            title=f"Schulung {number}: Zuhören, Fragen; Weiterhelfen",
            slug=f"schulung-{number}",
            summary="Was tun, wenn ein Mensch in einer Krise steckt?\nGrundkurs.",
            format=("praesenz", "online", "hybrid")[number % 3],
            dimension="handhabbarkeit",
            venue=venue,
        )
        event.sessions = [
            EventSession(
                start=start + timedelta(days=7 * n),
                end=start + timedelta(days=7 * n, hours=2),
            )
            for n in range(sessions)
        ]
        calendar.add_child(instance=event)


def _plain(entries) -> str:
    """Format the same events by hand: no escaping, folding or time zones."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//DE"]
    for entry in entries:
        event, session = entry.event, entry.session
        lines += [
            "BEGIN:VEVENT",
            f"UID:{session.pk}@bench",
            f"DTSTART:{session.start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{session.end:%Y%m%dT%H%M%SZ}",
            f"SUMMARY:{event.title}",
            f"DESCRIPTION:{event.summary}",
            f"LOCATION:{event.venue.full_address if event.venue else entry.url}",
            f"URL:{entry.url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines)


if __name__ == "__main__":
    main()
