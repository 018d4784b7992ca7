"""Bookings show in Wagtail's site history, for coordinators only."""

from wagtail.models import ModelLogEntry

from events import services


def test_a_booking_is_logged_with_actor_target_and_data(make_event, contact_person):
    event = make_event()
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    entry = ModelLogEntry.objects.get(action="events.booking_create")
    assert entry.user == contact_person
    assert entry.object_id == str(booking.pk)
    assert entry.data == {
        "event": event.pk,
        "user": contact_person.pk,
        "status": "confirmed",
    }
    assert entry.message == "Gebucht"


def test_coordinators_read_the_log_in_the_site_history(
    client, make_event, contact_person, coordinator, trainer
):
    services.booking_create(
        event=make_event(), user=contact_person, actor=contact_person
    )
    client.force_login(coordinator)
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Gebucht" in html
    assert "Anna Ansprech" in html
    # Trainers hold no permission on bookings: who booked what stays hidden.
    client.force_login(trainer)
    response = client.get("/admin/reports/site-history/")
    assert "Anna Ansprech" not in response.content.decode()
