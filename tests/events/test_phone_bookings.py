"""Bookings on someone's behalf: by phone, for an account or a contact."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cms.routing import route_url
from events import services
from events.models import Attendance, Booking, BookingContact
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW = {
    "action": "new",
    "name": "Erika Mustermann",
    "phone": "0208 12345",
    "email": "",
    "consent_note": "Am Telefon zugestimmt.",
}


def _contact(actor, **fields) -> BookingContact:
    data = {**NEW, **fields}
    data.pop("action")
    return services.booking_contact_create(actor=actor, **data)


def test_coordinator_books_a_contact_by_phone_and_prints_the_confirmation(
    client, make_event, venue, coordinator, mailoutbox
):
    event = make_event(title="Erste Hilfe für die Seele", venue=venue)
    client.force_login(coordinator)
    response = client.post(route_url(event, "phone_booking"), NEW)
    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(route_url(event, "confirmation", booking.pk))
    contact = booking.contact
    assert booking.user is None and booking.is_confirmed
    assert contact.consent_recorded_by == coordinator
    assert contact.consent_note == "Am Telefon zugestimmt."
    assert ModelLogEntry.objects.filter(action="events.contact_create").exists()
    assert ModelLogEntry.objects.filter(action="events.booking_create").exists()
    page = client.get(response["Location"]).content.decode()
    assert "Buchungsbestätigung" in page and "Erika Mustermann" in page
    assert "Erste Hilfe für die Seele" in page and "Brunnenplatzweg 3" in page
    assert "Die Person hat keine E-Mail-Adresse angegeben" in page
    assert "Wenn Sie nicht kommen können" in page
    assert mailoutbox == []
    listing = client.get(route_url(event, "participants")).content.decode()
    assert "Erika Mustermann" in listing and "telefonisch, ohne Konto" in listing


def test_a_contact_with_an_address_gets_the_confirmation_by_mail(
    client, make_event, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event()
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            route_url(event, "phone_booking"), {**NEW, "email": "erika@example.org"}
        )
    (message,) = mailoutbox
    assert message.to == ["erika@example.org"]
    assert "Guten Tag Erika Mustermann" in message.body


def test_trainer_books_an_existing_account_found_by_search(
    client, make_event, trainer, contact_person
):
    event = make_event(trainers=[trainer])
    client.force_login(trainer)
    page = client.get(route_url(event, "phone_booking"), {"suche": "Anna"})
    assert contact_person.email in page.content.decode()
    client.post(
        route_url(event, "phone_booking"),
        {"action": "account", "person": contact_person.pk},
    )
    booking = Booking.objects.get()
    assert booking.user == contact_person and booking.contact is None


def test_other_trainers_and_contact_persons_get_404(
    client, make_event, other_trainer, contact_person
):
    event = make_event()
    for person in (other_trainer, contact_person):
        client.force_login(person)
        assert client.get(route_url(event, "phone_booking")).status_code == 404
        response = client.post(route_url(event, "phone_booking"), NEW)
        assert response.status_code == 404
    assert not BookingContact.objects.exists()


def test_waiting_list_promotion_reaches_a_phone_booking(
    make_event, coordinator, contact_person, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    event = make_event(capacity=1)
    first = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    contact = _contact(coordinator, email="erika@example.org")
    waiting = services.booking_create(event=event, contact=contact, actor=coordinator)
    assert waiting.is_waiting
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.booking_cancel(booking=first, actor=contact_person)
    assert promoted == [waiting]
    waiting.refresh_from_db()
    assert waiting.is_confirmed
    assert "erika@example.org" in [m.to[0] for m in mailoutbox]


@pytest.mark.parametrize("who", ["account", "contact"])
def test_someone_already_there_is_named_to_the_organiser(
    client, make_event, coordinator, other_person, who
):
    """A second booking of the same person tells the coordinator about that
    person, not "Sie haben …" as if the coordinator had booked for themselves."""
    from django.contrib.messages import get_messages

    event = make_event(capacity=1)
    if who == "account":
        person = UserFactory(display_name="Karla K.")
        seated = services.booking_create(event=event, user=person, actor=person)
        waiting = services.booking_create(
            event=event, user=other_person, actor=other_person
        )
        posts = {seated: person.pk, waiting: other_person.pk}
    else:
        person = _contact(coordinator, name="Karla K.")
        other = _contact(coordinator, name="Bernd Beispiel", phone="0208 999")
        seated = services.booking_create(event=event, contact=person, actor=coordinator)
        waiting = services.booking_create(event=event, contact=other, actor=coordinator)
        posts = {seated: person.pk, waiting: other.pk}
    assert seated.is_confirmed and waiting.is_waiting
    client.force_login(coordinator)
    url = route_url(event, "phone_booking")
    for booking, expected in (
        (waiting, "Bernd Beispiel steht bereits auf der Warteliste."),
        (seated, "Karla K. hat bereits einen Platz."),
    ):
        response = client.post(url, {"action": who, "person": posts[booking]})
        assert response.status_code == 200
        text = [str(m) for m in get_messages(response.wsgi_request)]
        assert text == [expected]
        assert expected in response.content.decode()
    assert Booking.objects.filter(event=event).count() == 2
    client.cookies["django_language"] = "en"
    coordinator.preferred_language = "en"
    coordinator.save()
    response = client.post(
        url, {"action": who, "person": posts[seated]}, HTTP_ACCEPT_LANGUAGE="en"
    )
    text = [str(m) for m in get_messages(response.wsgi_request)]
    assert text == ["Karla K. already has a place."]


def test_full_training_without_waiting_list_creates_no_contact(
    client, make_event, coordinator, contact_person
):
    event = make_event(capacity=1, waiting_list_enabled=False)
    services.booking_create(event=event, user=contact_person, actor=contact_person)
    client.force_login(coordinator)
    page = client.get(route_url(event, "phone_booking")).content.decode()
    assert "keine Warteliste" in page
    response = client.post(route_url(event, "phone_booking"), NEW)
    assert response.status_code == 400
    assert "ausgebucht" in response.content.decode()
    assert not BookingContact.objects.exists()
    assert Booking.objects.count() == 1


def test_full_training_with_waiting_list_says_so(client, make_event, coordinator):
    event = make_event(capacity=0)
    client.force_login(coordinator)
    assert (
        "kommt auf die Warteliste"
        in client.get(route_url(event, "phone_booking")).content.decode()
    )
    response = client.post(route_url(event, "phone_booking"), NEW, follow=True)
    assert "Platz 1 der Warteliste" in response.content.decode()
    assert Booking.objects.get().is_waiting


def test_past_training_is_refused(client, make_event, coordinator):
    start = timezone.now() - timedelta(days=2)
    event = make_event(sessions=[(start, start + timedelta(hours=2))])
    client.force_login(coordinator)
    assert "vorbei" in client.get(route_url(event, "phone_booking")).content.decode()
    response = client.post(route_url(event, "phone_booking"), NEW)
    assert "bereits stattgefunden" in response.content.decode()
    assert not BookingContact.objects.exists() and not Booking.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"phone": "+49 208 12345"}, "schon als Kontakt erfasst"),
        ({"phone": "", "email": ""}, "Telefonnummer oder eine E-Mail-Adresse"),
        ({"consent_note": ""}, "Dieses Feld muss ausgefüllt werden"),
    ],
)
def test_bad_contacts_are_refused_with_a_clear_message(
    client, make_event, coordinator, fields, message
):
    _contact(coordinator)
    event = make_event()
    client.force_login(coordinator)
    response = client.post(route_url(event, "phone_booking"), {**NEW, **fields})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert BookingContact.objects.count() == 1 and not Booking.objects.exists()


def test_an_address_with_an_account_books_the_account(coordinator, contact_person):
    with pytest.raises(services.BookingError) as refused:
        _contact(coordinator, email=contact_person.email.upper())
    assert refused.value.code == "contact_has_account"


def test_a_confirmed_address_claims_the_contacts_bookings(make_event, coordinator):
    event = make_event()
    contact = _contact(coordinator, email="erika@example.org")
    booking = services.booking_create(event=event, contact=contact, actor=coordinator)
    # Someone else, with another address, claims nothing.
    stranger = UserFactory(email="fremd@example.org")
    assert (
        services.contact_bookings_claim(user=stranger, email="erika@example.org") == []
    )
    erika = UserFactory(email="erika@example.org")
    address = EmailAddress.objects.get(user=erika)
    address.verified = False
    address.save()
    # An unconfirmed address claims nothing; the confirmation does.
    booking.refresh_from_db()
    assert booking.contact_id == contact.pk
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    booking.refresh_from_db()
    assert booking.user == erika and booking.contact is None
    assert not BookingContact.objects.exists()
    assert ModelLogEntry.objects.filter(action="events.booking_claim").exists()


def test_attendance_of_a_contact_is_recorded(make_event, coordinator):
    start = timezone.now() + timedelta(minutes=5)
    event = make_event(start=start)
    contact = _contact(coordinator)
    booking = services.booking_create(event=event, contact=contact, actor=coordinator)
    services.attendance_record(
        session=event.sessions.get(),
        booking=booking,
        state=Attendance.State.ATTENDED,
        actor=coordinator,
    )
    assert Attendance.objects.get().state == Attendance.State.ATTENDED


def test_contacts_are_anonymised_a_year_after_their_last_training(
    make_event, coordinator
):
    start = timezone.now() - timedelta(days=400)
    event = make_event(sessions=[(start, start + timedelta(hours=2))])
    contact = _contact(coordinator, email="erika@example.org")
    BookingContact.objects.filter(pk=contact.pk).update(consent_recorded_at=start)
    Booking.objects.create(event=event, contact=contact, status="confirmed")
    assert services.contacts_anonymise(now=timezone.now()) == 1
    contact.refresh_from_db()
    assert (contact.name, contact.phone, contact.email) == ("Gelöschte Person", "", "")
    assert services.contacts_anonymise(now=timezone.now()) == 0


def test_phone_booking_search_budget_does_not_grow(client, make_event, coordinator):
    event = make_event()
    client.force_login(coordinator)
    url = route_url(event, "phone_booking")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, {"suche": "Such"}).status_code == 200
        return len(queries)

    UserFactory(display_name="Such 0")
    _contact(coordinator, name="Such K0", phone="1")
    client.get(url)
    few = count()
    for number in range(1, 8):
        UserFactory(display_name=f"Such {number}")
        _contact(coordinator, name=f"Such K{number}", phone=str(number + 100))
    assert count() == few
