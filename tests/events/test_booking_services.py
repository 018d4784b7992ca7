"""Booking rules: seats, waiting list, promotion, and every bad input."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from events import selectors, services
from events.models import Booking
from events.services import BookingError
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_booking_confirms_while_seats_are_free(make_event, contact_person):
    event = make_event(capacity=2)
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    assert booking.status == Booking.Status.CONFIRMED
    assert ModelLogEntry.objects.filter(
        action="events.booking_create", user=contact_person
    ).exists()


def test_full_event_puts_people_on_the_waiting_list_in_order(make_event):
    event = make_event(capacity=1)
    people = UserFactory.create_batch(3)
    bookings = [services.booking_create(event=event, user=p, actor=p) for p in people]
    assert [b.status for b in bookings] == ["confirmed", "waiting", "waiting"]
    assert selectors.waiting_position(bookings[1]) == 1
    assert selectors.waiting_position(bookings[2]) == 2


def test_unlimited_capacity_always_confirms(make_event):
    event = make_event(capacity=None)
    for person in UserFactory.create_batch(5):
        booking = services.booking_create(event=event, user=person, actor=person)
        assert booking.is_confirmed


def test_full_without_waiting_list_says_so(make_event, contact_person, other_person):
    event = make_event(capacity=1, waiting_list_enabled=False)
    services.booking_create(event=event, user=other_person, actor=other_person)
    with pytest.raises(BookingError) as error:
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert error.value.message == "Die Schulung ist leider ausgebucht."
    assert Booking.objects.filter(user=contact_person).count() == 0


def test_second_booking_is_refused(make_event, contact_person):
    event = make_event()
    services.booking_create(event=event, user=contact_person, actor=contact_person)
    with pytest.raises(BookingError) as error:
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert "bereits gebucht" in error.value.message
    assert Booking.objects.filter(user=contact_person).count() == 1


def test_second_booking_on_waiting_list_names_the_position(
    make_event, contact_person, other_person
):
    event = make_event(capacity=1)
    services.booking_create(event=event, user=other_person, actor=other_person)
    services.booking_create(event=event, user=contact_person, actor=contact_person)
    with pytest.raises(BookingError) as error:
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert "Warteliste (Platz 1)" in error.value.message


def test_database_refuses_two_active_bookings(make_event, contact_person):
    event = make_event()
    Booking.objects.create(event=event, user=contact_person, status="confirmed")
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(event=event, user=contact_person, status="waiting")
    # A cancelled booking does not block booking again.
    Booking.objects.filter(user=contact_person).update(status="cancelled")
    Booking.objects.create(event=event, user=contact_person, status="confirmed")


def test_booking_again_after_cancelling(make_event, contact_person):
    event = make_event()
    first = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    services.booking_cancel(booking=first, actor=contact_person)
    again = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    assert again.is_confirmed


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({"live": False}, "nicht veröffentlicht"),
        ({"is_cancelled": True}, "wurde abgesagt"),
        ({"start": timezone.now() - timedelta(days=2)}, "bereits stattgefunden"),
        (
            {"start": timezone.now() - timedelta(hours=1), "hours": 3},
            "bereits begonnen",
        ),
        (
            {"booking_opens_at": timezone.now() + timedelta(days=1)},
            "erst ab",
        ),
        (
            {"booking_closes_at": timezone.now() - timedelta(hours=1)},
            "nicht mehr möglich",
        ),
    ],
)
def test_unbookable_events_say_why_and_change_nothing(
    make_event, contact_person, setup, expected
):
    event = make_event(**setup)
    with pytest.raises(BookingError) as error:
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert expected in error.value.message
    assert not Booking.objects.exists()


def test_cancel_promotes_the_first_waiting_person(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    first, second, third = UserFactory.create_batch(3)
    seat = services.booking_create(event=event, user=first, actor=first)
    waiting = services.booking_create(event=event, user=second, actor=second)
    services.booking_create(event=event, user=third, actor=third)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.booking_cancel(booking=seat, actor=first)
    assert [b.pk for b in promoted] == [waiting.pk]
    waiting.refresh_from_db()
    assert waiting.is_confirmed
    assert services.confirmed_count(event) == 1
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert "Sie haben einen Platz" in subjects[second.email]
    assert "Buchung abgesagt" in subjects[first.email]
    assert ModelLogEntry.objects.filter(action="events.booking_promote").count() == 1


def test_cancelling_a_waiting_place_promotes_nobody(make_event):
    event = make_event(capacity=1)
    first, second, third = UserFactory.create_batch(3)
    services.booking_create(event=event, user=first, actor=first)
    waiting = services.booking_create(event=event, user=second, actor=second)
    services.booking_create(event=event, user=third, actor=third)
    assert services.booking_cancel(booking=waiting, actor=second) == []
    assert Booking.objects.filter(status="waiting").count() == 1


def test_raising_the_capacity_promotes_as_many_as_fit(
    make_event, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    people = UserFactory.create_batch(5)
    for person in people:
        services.booking_create(event=event, user=person, actor=person)
    event.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    confirmed = Booking.objects.filter(event=event, status="confirmed")
    assert set(confirmed.values_list("user", flat=True)) == {p.pk for p in people[:3]}
    assert Booking.objects.filter(event=event, status="waiting").count() == 2


def test_cancelling_twice_is_refused(make_event, contact_person):
    event = make_event()
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    services.booking_cancel(booking=booking, actor=contact_person)
    with pytest.raises(BookingError) as error:
        services.booking_cancel(booking=booking, actor=contact_person)
    assert "bereits abgesagt" in error.value.message


def test_cancellation_deadline_applies_to_participants(make_event, contact_person):
    event = make_event(cancellation_deadline=timezone.now() + timedelta(minutes=1))
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    with pytest.raises(BookingError) as error:
        services.booking_cancel(
            booking=booking,
            actor=contact_person,
            now=timezone.now() + timedelta(hours=1),
        )
    assert "nur bis" in error.value.message
    booking.refresh_from_db()
    assert booking.is_confirmed


def test_someone_else_cannot_cancel_a_booking(make_event, contact_person, other_person):
    event = make_event()
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    with pytest.raises(BookingError) as error:
        services.booking_cancel(booking=booking, actor=other_person)
    assert error.value.code == "not_allowed"
    booking.refresh_from_db()
    assert booking.is_confirmed


def test_organiser_adds_and_removes_people(make_event, trainer, contact_person):
    event = make_event(trainers=[trainer], booking_closes_at=timezone.now())
    booking = services.booking_create(event=event, user=contact_person, actor=trainer)
    assert booking.is_confirmed
    services.booking_cancel(booking=booking, actor=trainer)
    booking.refresh_from_db()
    assert booking.cancelled_by_organiser
    entry = ModelLogEntry.objects.filter(action="events.booking_cancel").get()
    assert entry.user == trainer


def test_trainer_of_another_event_cannot_add_people(
    make_event, trainer, other_trainer, contact_person
):
    event = make_event(trainers=[trainer])
    with pytest.raises(BookingError):
        services.booking_create(event=event, user=contact_person, actor=other_trainer)
    assert not Booking.objects.exists()


def test_move_up_puts_a_waiting_person_first(make_event, coordinator):
    event = make_event(capacity=1)
    people = UserFactory.create_batch(4)
    bookings = [services.booking_create(event=event, user=p, actor=p) for p in people]
    services.booking_move_up(booking=bookings[3], actor=coordinator)
    bookings[3].refresh_from_db()
    assert selectors.waiting_position(bookings[3]) == 1
    services.booking_cancel(booking=bookings[0], actor=people[0])
    bookings[3].refresh_from_db()
    assert bookings[3].is_confirmed


@pytest.mark.django_db(transaction=True)
def test_booking_and_its_mail_row_commit_together(make_event, contact_person):
    """A booking whose mail cannot be queued is not kept (no booking without mail)."""
    from unittest import mock

    from cms.models import Outbox

    event = make_event(capacity=2)
    with (
        mock.patch.object(
            Outbox.objects, "create", side_effect=IntegrityError("outbox down")
        ),
        pytest.raises(IntegrityError),
    ):
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert not Booking.objects.filter(user=contact_person).exists()
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    assert Outbox.objects.filter(payload__args=[booking.pk]).count() == 1
