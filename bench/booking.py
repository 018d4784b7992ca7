"""Booking benchmark on PostgreSQL: concurrent clients booking one training.

Run: .venv/bin/python bench/booking.py [--clients 20] [--bookings 400]

Uses DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/),
creates a throwaway database, migrates it, measures and drops it again.
Every booking runs the real service: row lock on the training, capacity
check, audit entry and the confirmation email (Celery eager, mail in memory).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _server_url() -> str:
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    if not url.startswith("postgres"):
        sys.exit("bench/booking.py braucht PostgreSQL (DATABASE_URL=postgres://…).")
    return url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(sql)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--bookings", type=int, default=400)
    parser.add_argument("--capacity", type=int, default=100)
    args = parser.parse_args()

    server = _server_url()
    name = f"gs_bench_booking_{os.getpid()}"
    _admin(server, f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = _with_database(server, name)
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    try:
        run(args)
    finally:
        from django.db import connections

        connections.close_all()
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(args) -> None:
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connections
    from django.utils import timezone

    from cms import roles
    from cms.models import User
    from demo.pages import ensure_home_page
    from events.models import Booking, EventIndexPage, EventPage, EventSession

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    roles.ensure_roles()
    home = ensure_home_page()
    calendar = home.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    start = timezone.now() + timedelta(days=7)
    event = EventPage(title="Benchmark", slug="benchmark", capacity=args.capacity)
    event.sessions = [EventSession(start=start, end=start + timedelta(hours=2))]
    calendar.add_child(instance=event)
    event.save_revision().publish()
    User.objects.bulk_create(
        User(email=f"bench{n}@example.org", display_name=f"Person {n}")
        for n in range(args.bookings)
    )
    people = list(User.objects.filter(email__startswith="bench"))
    print(f"Vorbereitung (migrate, Daten): {time.perf_counter() - started:.1f} s")

    # Separate processes, not threads: each client has its own connection
    # and its own interpreter, as gunicorn workers would.
    connections.close_all()
    chunks = [people[n :: args.clients] for n in range(args.clients)]
    context = multiprocessing.get_context("fork")
    # Every client connects and loads its people first, then all start
    # together, so the figures hold bookings only, not process start-up.
    _START[0] = context.Barrier(args.clients)
    with context.Pool(args.clients) as pool:
        results = pool.map(
            _book_all, [(event.pk, [p.pk for p in c]) for c in chunks], chunksize=1
        )
    wall = max(r[2] for r in results) - min(r[1] for r in results)
    latencies = sorted(value for result in results for value in result[0])

    confirmed = Booking.objects.filter(event=event, status="confirmed").count()
    waiting = Booking.objects.filter(event=event, status="waiting").count()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"Datenbank: PostgreSQL ({connections['default'].pg_version})")
    print(f"Gleichzeitige Clients: {args.clients}")
    print(f"Buchungen: {len(latencies)} in {wall:.2f} s")
    print(f"Buchungen pro Sekunde: {len(latencies) / wall:.0f}")
    print(f"Latenz p50: {statistics.median(latencies) * 1000:.1f} ms")
    print(f"Latenz p99: {p99 * 1000:.1f} ms")
    print(f"Bestätigt: {confirmed} (Plätze {args.capacity}), Warteliste: {waiting}")
    if confirmed != min(args.capacity, args.bookings):
        sys.exit("FEHLER: mehr oder weniger Plätze bestätigt als vorhanden.")


# The start barrier, created before the clients are forked.
_START: list = [None]


def _book_all(job) -> tuple[list[float], float, float]:
    """Book every given person in turn; return latencies, start and end."""
    from django.db import connections

    from cms.models import User
    from events import services
    from events.models import EventPage

    connections.close_all()
    event_id, person_ids = job
    event = EventPage.objects.get(pk=event_id)
    people = list(User.objects.filter(pk__in=person_ids))
    _START[0].wait()
    started = time.time()
    latencies = []
    for person in people:
        begin = time.perf_counter()
        services.booking_create(event=event, user=person, actor=person)
        latencies.append(time.perf_counter() - begin)
    finished = time.time()
    connections.close_all()
    return latencies, started, finished


if __name__ == "__main__":
    main()
