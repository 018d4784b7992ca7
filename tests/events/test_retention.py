"""Participant lists are anonymised a year after a training; unused links go."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.retention import retention_apply
from cms.routing import route_url
from events import selectors, services
from events.models import (
    Attendance,
    Booking,
    CalendarFeed,
    ParticipationSummary,
    TrainerMessage,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


@pytest.fixture
def old_training(make_event, trainer):
    """A training that ended 400 days ago, with every kind of booking."""
    start = timezone.now() - 400 * DAY
    event = make_event(
        title="Alte Schulung",
        sessions=[(start, start + timedelta(hours=2))],
        trainers=[trainer],
    )
    people = {
        name: UserFactory(display_name=name)
        for name in ("Clara Confirmed", "Willi Waiting", "Conny Cancelled")
    }
    confirmed = Booking.objects.create(
        event=event, user=people["Clara Confirmed"], status=Booking.Status.CONFIRMED
    )
    Booking.objects.create(
        event=event, user=people["Willi Waiting"], status=Booking.Status.WAITING
    )
    Booking.objects.create(
        event=event, user=people["Conny Cancelled"], status=Booking.Status.CANCELLED
    )
    Attendance.objects.create(
        booking=confirmed,
        session=event.sessions.get(),
        state=Attendance.State.ATTENDED,
        recorded_by=trainer,
    )
    TrainerMessage.objects.create(
        event=event, author=trainer, subject="Bitte mitbringen", body="Clara: Brille"
    )
    return event, people


def test_a_year_after_a_training_only_counts_remain(client, old_training, trainer):
    event, people = old_training
    clara = people["Clara Confirmed"]
    before = selectors.attended_trainings_per_dimension(clara)

    counts = retention_apply()
    assert counts["events-participants"] == 1
    summary = ParticipationSummary.objects.get(event=event)
    assert (
        summary.confirmed,
        summary.attended,
        summary.waiting,
        summary.cancelled,
    ) == (
        1,
        1,
        1,
        1,
    )
    assert list(Booking.objects.filter(event=event).values_list("user", flat=True)) == [
        clara.pk
    ]
    assert not TrainerMessage.objects.filter(event=event).exists()
    assert Attendance.objects.get().recorded_by is None
    # The participant's own history and profile stay.
    assert selectors.attended_trainings_per_dimension(clara) == before

    client.force_login(trainer)
    page = client.get(route_url(event, "participants")).content.decode()
    assert "anonymisiert" in page
    for name in people:
        assert name not in page

    # A second run finds nothing to do.
    assert retention_apply()["events-participants"] == 0


def test_recent_trainings_keep_their_lists(make_event):
    start = timezone.now() - 300 * DAY
    event = make_event(sessions=[(start, start + timedelta(hours=2))])
    Booking.objects.create(
        event=event, user=UserFactory(), status=Booking.Status.WAITING
    )
    assert retention_apply()["events-participants"] == 0
    assert Booking.objects.filter(event=event).count() == 1


def test_calendar_links_unused_for_a_year_and_revoked_ones_go(contact_person):
    now = timezone.now()
    used, unused, never, revoked = (
        CalendarFeed.objects.create(user=contact_person, name=name, token_hash=name * 8)
        for name in ("used", "unused", "never", "revoked")
    )
    CalendarFeed.objects.filter(pk=used.pk).update(last_used_at=now - 10 * DAY)
    CalendarFeed.objects.filter(pk=unused.pk).update(last_used_at=now - 400 * DAY)
    CalendarFeed.objects.filter(pk=never.pk).update(created_at=now - 400 * DAY)
    CalendarFeed.objects.filter(pk=revoked.pk).update(revoked_at=now - 31 * DAY)
    assert retention_apply(now=now)["events-feeds"] == 3
    assert list(CalendarFeed.objects.values_list("name", flat=True)) == ["used"]


def test_fetching_a_feed_marks_it_used_once_a_day(client, contact_person):
    token = services.calendar_feed_create(user=contact_person, name="Handy")[1]
    feed = CalendarFeed.objects.get()
    url = reverse("events:personal_feed", args=[token])
    assert client.get(url).status_code == 200
    feed.refresh_from_db()
    first = feed.last_used_at
    assert first is not None
    client.get(url)
    feed.refresh_from_db()
    assert feed.last_used_at == first
