"""Copying a training to a new date for the people on its waiting list."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.rich_text import RichText

from cms.models import SentMail, Topic
from events import selectors, services, tasks
from events.models import Booking, EventPage
from events.services import BookingError
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded(make_event, venue, trainer):
    """A training with two seats, both taken, and four people waiting."""
    event = make_event(
        title="Deeskalation im Alltag",
        summary="Ruhig bleiben, wenn es laut wird.",
        description=[("paragraph", RichText("<p>Wir üben Gespräche.</p>"))],
        capacity=2,
        venue=venue,
        trainers=[trainer],
        dimension="handhabbarkeit",
        target_group="Fachkräfte",
    )
    topic = Topic.objects.create(name="Konflikte", slug="konflikte")
    event.topics.add(topic)
    event.save()
    people = UserFactory.create_batch(6)
    for person in people:
        services.booking_create(event=event, user=person, actor=person)
    event.refresh_from_db()
    return event, people[2:]


def _new_dates(days: int = 30, count: int = 1):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    return [
        (start + timedelta(days=n), start + timedelta(days=n, hours=3))
        for n in range(count)
    ]


def test_copy_publishes_a_sibling_with_new_sessions(crowded, coordinator):
    event, _waiting = crowded
    sessions = _new_dates(count=2)
    copy = services.event_copy_for_waiting_list(
        event=event, sessions=sessions, actor=coordinator
    )
    assert copy.pk != event.pk and copy.live
    assert copy.get_parent().pk == event.get_parent().pk
    assert copy.title == event.title and copy.slug != event.slug
    assert copy.summary == event.summary
    assert "Wir üben Gespräche." in str(copy.description)
    assert (copy.venue_id, copy.capacity, copy.format) == (
        event.venue_id,
        event.capacity,
        event.format,
    )
    assert (copy.dimension, copy.target_group) == ("handhabbarkeit", "Fachkräfte")
    assert list(copy.trainers.all()) == list(event.trainers.all())
    assert list(copy.topics.all()) == list(event.topics.all())
    assert [(s.start, s.end) for s in copy.sessions.order_by("start")] == sessions
    assert copy.starts_at == sessions[0][0]
    # A copy made by an editor shows in the new training's page history.
    assert PageLogEntry.objects.filter(
        action="events.event_copy", user=coordinator, page=copy
    ).exists()


def test_copy_gives_seats_to_the_waiting_list_in_order(crowded, coordinator):
    event, waiting = crowded
    copy = services.event_copy_for_waiting_list(
        event=event, sessions=_new_dates(), actor=coordinator
    )
    moved = list(copy.bookings.order_by("queued_at", "pk"))
    assert [b.user for b in moved] == waiting
    assert [b.status for b in moved] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert selectors.waiting_position(moved[2]) == 1
    old = Booking.objects.filter(event=event)
    assert not old.filter(status=Booking.Status.WAITING).exists()
    assert old.filter(status=Booking.Status.CONFIRMED).count() == 2
    reasons = ModelLogEntry.objects.filter(
        action="events.booking_cancel", user=coordinator
    ).values_list("data__reason", flat=True)
    assert list(reasons) == ["moved_to_new_date"] * 4


def test_everyone_is_told_once_after_commit(
    crowded, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    event, waiting = crowded
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        copy = services.event_copy_for_waiting_list(
            event=event, sessions=_new_dates(), actor=coordinator
        )
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p.email for p in waiting)
    seated = [m for m in mailoutbox if "Sie haben einen Platz" in m.subject]
    assert len(seated) == 2
    assert all(
        any(a.get_content_type() == "text/calendar" for a in m.attachments)
        for m in seated
    )
    for booking in copy.bookings.all():
        assert not tasks.booking_moved_send_task(booking.pk)
    assert len(mailoutbox) == 4
    assert SentMail.objects.filter(kind="events.booking_moved").count() == 4


def test_unlimited_copy_seats_everyone(make_event, coordinator):
    event = make_event(capacity=1)
    for person in UserFactory.create_batch(3):
        services.booking_create(event=event, user=person, actor=person)
    EventPage.objects.filter(pk=event.pk).update(capacity=None)
    copy = services.event_copy_for_waiting_list(
        event=event, sessions=_new_dates(), actor=coordinator
    )
    assert copy.capacity is None
    assert list(copy.bookings.values_list("status", flat=True)) == ["confirmed"] * 2


@pytest.mark.parametrize(
    ("sessions", "message"),
    [
        ([], "mindestens einen Termin"),
        ("end_before_start", "Ende nach dem Beginn"),
        ("past", "in der Zukunft"),
    ],
)
def test_bad_dates_change_nothing(crowded, coordinator, sessions, message):
    event, _waiting = crowded
    start = timezone.now() + timedelta(days=10)
    if sessions == "end_before_start":
        sessions = [(start, start - timedelta(hours=1))]
    elif sessions == "past":
        sessions = [(start - timedelta(days=20), start - timedelta(days=19))]
    pages = EventPage.objects.count()
    with pytest.raises(BookingError) as error:
        services.event_copy_for_waiting_list(
            event=event, sessions=sessions, actor=coordinator
        )
    assert message in error.value.message
    assert EventPage.objects.count() == pages
    assert Booking.objects.filter(event=event, status="waiting").count() == 4


def test_event_without_waiting_list_is_refused(make_event, coordinator):
    event = make_event(capacity=5)
    pages = EventPage.objects.count()
    with pytest.raises(BookingError) as error:
        services.event_copy_for_waiting_list(
            event=event, sessions=_new_dates(), actor=coordinator
        )
    assert "Warteliste" in error.value.message
    assert EventPage.objects.count() == pages


def test_unknown_training_is_refused(coordinator, home_page):
    with pytest.raises(BookingError) as error:
        services.event_copy_for_waiting_list(
            event=EventPage(pk=987654), sessions=_new_dates(), actor=coordinator
        )
    assert error.value.message == "Diese Schulung gibt es nicht."


def test_only_coordinators_copy(crowded, trainer, contact_person):
    event, _waiting = crowded
    for actor in (trainer, contact_person, None):
        with pytest.raises(BookingError) as error:
            services.event_copy_for_waiting_list(
                event=event, sessions=_new_dates(), actor=actor
            )
        assert error.value.code == "not_allowed"
    assert Booking.objects.filter(event=event, status="waiting").count() == 4


def _form(sessions) -> dict:
    data = {
        "termine-TOTAL_FORMS": "3",
        "termine-INITIAL_FORMS": "0",
        "termine-MIN_NUM_FORMS": "0",
        "termine-MAX_NUM_FORMS": "3",
    }
    for number, (start, end) in enumerate(sessions):
        data[f"termine-{number}-start"] = start
        data[f"termine-{number}-end"] = end
    return data


def _local(value) -> str:
    return f"{timezone.localtime(value):%Y-%m-%dT%H:%M}"


def test_admin_form_copies_and_leads_to_the_participants(client, crowded, coordinator):
    event, _waiting = crowded
    client.force_login(coordinator)
    url = reverse("events_admin_event_copy", args=[event.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "4 Personen stehen auf der Warteliste" in page.content.decode()
    start, end = _new_dates()[0]
    response = client.post(url, _form([(_local(start), _local(end))]))
    copy = EventPage.objects.exclude(pk=event.pk).get(title=event.title)
    assert response.status_code == 302
    assert response.url == reverse("events_admin_participants", args=[copy.pk])
    assert copy.bookings.count() == 4


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "Bitte geben Sie mindestens einen Termin an."),
        ([("2030-05-06T12:00", "2030-05-06T10:00")], "Ende muss nach dem Beginn"),
        ([("2030-05-06T12:00", "")], "Bitte geben Sie auch das Ende an."),
        ([("gestern", "2030-05-06T10:00")], "Datum"),
        ([("2020-05-06T10:00", "2020-05-06T12:00")], "in der Zukunft"),
    ],
)
def test_admin_form_explains_bad_input(client, crowded, coordinator, rows, message):
    event, _waiting = crowded
    client.force_login(coordinator)
    pages = EventPage.objects.count()
    response = client.post(
        reverse("events_admin_event_copy", args=[event.pk]), _form(rows)
    )
    assert response.status_code in (200, 400)
    assert message in response.content.decode()
    assert EventPage.objects.count() == pages


def test_admin_form_is_hidden_from_others(client, crowded, trainer, contact_person):
    event, _waiting = crowded
    pages = EventPage.objects.count()
    url = reverse("events_admin_event_copy", args=[event.pk])
    start, end = _new_dates()[0]
    valid = _form([(_local(start), _local(end))])
    client.force_login(trainer)
    assert client.get(url).status_code == 404
    assert client.post(url, valid).status_code == 404
    client.force_login(contact_person)
    assert client.get(url).status_code in (302, 403, 404)
    assert client.post(url, valid).status_code in (302, 403, 404)
    assert EventPage.objects.count() == pages
    assert Booking.objects.filter(event=event, status="waiting").count() == 4


def test_admin_form_for_an_unknown_training_is_not_found(
    client, calendar_page, coordinator
):
    client.force_login(coordinator)
    for pk in (987654, calendar_page.pk):
        url = reverse("events_admin_event_copy", args=[pk])
        assert client.get(url).status_code == 404
        assert client.post(url, _form([])).status_code == 404


def test_email_goes_out_in_the_persons_language(
    make_event, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    first, second = UserFactory(), UserFactory(preferred_language="en")
    for person in (first, second):
        services.booking_create(event=event, user=person, actor=person)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.event_copy_for_waiting_list(
            event=event, sessions=_new_dates(), actor=coordinator
        )
    (message,) = mailoutbox
    assert message.to == [second.email]
    assert "New date: you have a place" in message.subject


def test_participants_page_offers_the_copy_to_coordinators(
    client, crowded, coordinator, trainer
):
    event, _waiting = crowded
    copy_url = reverse("events_admin_event_copy", args=[event.pk])
    page = reverse("events_admin_participants", args=[event.pk])
    client.force_login(coordinator)
    assert copy_url in client.get(page).content.decode()
    client.force_login(trainer)
    response = client.get(page)
    assert response.status_code == 200 and copy_url not in response.content.decode()


def test_copies_on_the_same_day_get_their_own_slugs(make_event, coordinator):
    event = make_event(capacity=1)
    EventPage.objects.filter(pk=event.pk).update(slug="s" * 255)
    event.refresh_from_db()
    sessions = _new_dates()
    slugs = []
    for _round in range(2):
        for person in UserFactory.create_batch(2):
            services.booking_create(event=event, user=person, actor=person)
        slugs.append(
            services.event_copy_for_waiting_list(
                event=event, sessions=sessions, actor=coordinator
            ).slug
        )
    day = f"{timezone.localtime(sessions[0][0]):%Y-%m-%d}"
    assert slugs == ["s" * 240 + f"-{day}", "s" * 240 + f"-{day}-2"]
