"""Fixtures for the trainings tests: a calendar page, venues, trainings."""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import (
    BookingQuestion,
    EventIndexPage,
    EventPage,
    EventSession,
    Venue,
)

_numbers = itertools.count(1)


@pytest.fixture
def calendar_page(home_page):
    page = EventIndexPage(title="Schulungen", slug="termine")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def venue(db):
    from tests.factories import DistrictFactory

    return Venue.objects.create(
        name="Stadtteilzentrum Styrum",
        street="Brunnenplatzweg 3",
        postcode="45476",
        district=DistrictFactory(name="Styrum"),
        room="Großer Saal",
        step_free=True,
        accessible_toilet=True,
        latitude="51.451200",
        longitude="6.853100",
    )


def build_event(
    calendar,
    *,
    title: str = "Psychosoziale Erste Hilfe",
    start=None,
    hours: float = 2,
    sessions=None,
    live: bool = True,
    trainers=(),
    **fields,
) -> EventPage:
    """Create a training below the calendar with one session (or the given ones)."""
    start = start or timezone.now() + timedelta(days=7)
    if sessions is None:
        sessions = [(start, start + timedelta(hours=hours))]
    fields.setdefault("capacity", 10)
    event = EventPage(
        title=title, slug=f"schulung-{next(_numbers)}", live=live, **fields
    )
    event.sessions = [EventSession(start=s, end=e) for s, e in sessions]
    calendar.add_child(instance=event)
    if trainers:
        event.trainers.set(trainers)
        event.save()
    if live:
        event.save_revision().publish()
    event.refresh_from_db()
    return event


@pytest.fixture
def make_event(calendar_page):
    def _make(**kwargs) -> EventPage:
        return build_event(calendar_page, **kwargs)

    return _make


def with_question(event, **fields) -> BookingQuestion:
    """Add a booking question to ``event`` and publish it; return the question."""
    fields.setdefault("label", "Bringen Sie ein eigenes Handy mit?")
    event.questions.add(BookingQuestion(**fields))
    event.save_revision().publish()
    return BookingQuestion.objects.get(event=event, label=fields["label"])
