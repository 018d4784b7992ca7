"""Concurrent bookings and cancellations on PostgreSQL, from separate connections.

SQLite serialises every write anyway, so these tests only prove something on
PostgreSQL and are skipped elsewhere.
"""

from concurrent.futures import ThreadPoolExecutor
from threading import Event

import pytest
from django.db import connection, connections
from wagtail.models import ModelLogEntry

from events import selectors, services
from events.models import Booking
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Nebenläufigkeitstests brauchen PostgreSQL (DATABASE_URL); "
        "SQLite serialisiert Schreibzugriffe ohnehin.",
    ),
]

# PostgreSQL allows 100 connections here; 40 threads leave room for others.
WORKERS = 40


def _run_concurrently(function, items) -> list:
    """Run function over items in WORKERS threads, all released at once."""
    start = Event()

    def work(item):
        start.wait()
        try:
            return function(item)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(work, item) for item in items]
        start.set()
        return [future.result() for future in futures]


def _users(count: int):
    return [UserFactory() for _ in range(count)]


def test_200_concurrent_bookings_for_20_seats(make_event):
    event = make_event(capacity=20)
    people = _users(200)

    def book(person):
        return services.booking_create(event=event, user=person, actor=person)

    results = _run_concurrently(book, people)
    assert all(isinstance(r, Booking) for r in results)
    assert Booking.objects.filter(event=event, status="confirmed").count() == 20
    waiting = list(
        Booking.objects.filter(event=event, status="waiting").order_by(
            "queued_at", "pk"
        )
    )
    assert len(waiting) == 180
    # Arrival order at the lock: queue order and insertion order agree, and
    # every confirmed seat went to someone who arrived before the waiting list.
    assert [b.pk for b in waiting] == sorted(b.pk for b in waiting)
    last_confirmed = Booking.objects.filter(event=event, status="confirmed").latest(
        "pk"
    )
    assert last_confirmed.pk < waiting[0].pk
    positions = [selectors.waiting_position(b) for b in waiting[:3]]
    assert positions == [1, 2, 3]


def test_50_concurrent_cancellations_promote_exactly_50(make_event):
    event = make_event(capacity=50)
    people = _users(150)
    bookings = [services.booking_create(event=event, user=p, actor=p) for p in people]
    confirmed, waiting = bookings[:50], bookings[50:]
    assert all(b.is_confirmed for b in confirmed)

    def cancel(booking):
        return services.booking_cancel(booking=booking, actor=booking.user)

    promoted = [b.pk for batch in _run_concurrently(cancel, confirmed) for b in batch]
    assert len(promoted) == 50
    assert len(set(promoted)) == 50
    assert set(promoted) == {b.pk for b in waiting[:50]}
    assert Booking.objects.filter(event=event, status="confirmed").count() == 50
    assert Booking.objects.filter(event=event, status="waiting").count() == 50
    assert ModelLogEntry.objects.filter(action="events.booking_promote").count() == 50
