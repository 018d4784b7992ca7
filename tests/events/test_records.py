"""Trainings keep their records: bookings and attendance never vanish by accident.

Deleting a training with bookings or attendance, or dropping a session with
attendance (inline in the editor, by reverting to an older revision, by
publishing such a revision from code) is refused with a message that names
the right action; the refusal changes nothing and never answers 500.
Unpublishing a training tells the people booked on it, like a cancellation.
"""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events import services
from events.models import Attendance, Booking, EventPage, EventSession

pytestmark = pytest.mark.django_db


def _book(event, person):
    return services.booking_create(event=event, user=person, actor=person)


def _attend(session, booking, actor):
    return services.attendance_record(
        session=session,
        booking=booking,
        state="teilgenommen",
        actor=actor,
        now=session.start,
    )


def _two_day_training(make_event, trainer):
    start = timezone.now() + timedelta(days=3)
    return make_event(
        trainers=[trainer],
        sessions=[
            (start, start + timedelta(hours=2)),
            (start + timedelta(days=1), start + timedelta(days=1, hours=2)),
        ],
    )


def _counts():
    return (
        EventPage.objects.count(),
        EventSession.objects.count(),
        Booking.objects.count(),
        Attendance.objects.count(),
    )


# Deleting a training


def test_admin_refuses_to_delete_a_training_with_bookings(
    client, make_event, coordinator, contact_person
):
    event = make_event()
    _book(event, contact_person)
    before = _counts()
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:delete", args=[event.pk])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "wagtailadmin_pages:edit", args=[event.pk]
        )
    html = client.get(response["Location"]).content.decode()
    assert "kann nicht gelöscht werden" in html
    assert "Sagen Sie die Schulung stattdessen ab" in html
    assert _counts() == before


def test_a_cancelled_booking_is_a_record_too(
    client, make_event, coordinator, contact_person
):
    event = make_event()
    booking = _book(event, contact_person)
    services.booking_cancel(booking=booking, actor=contact_person)
    client.force_login(coordinator)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[event.pk]))
    assert response.status_code == 302
    assert EventPage.objects.filter(pk=event.pk).exists()


def test_refusal_speaks_english_when_chosen(
    client, make_event, coordinator, contact_person
):
    event = make_event()
    _book(event, contact_person)
    from wagtail.users.models import UserProfile

    # The admin speaks the language of the person's admin profile.
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:delete", args=[event.pk]), follow=True
    )
    assert response.status_code == 200
    assert "cannot be deleted" in response.content.decode()
    assert EventPage.objects.filter(pk=event.pk).exists()


def test_a_training_without_bookings_can_be_deleted(client, make_event, coordinator):
    event = make_event()
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:delete", args=[event.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not EventPage.objects.filter(pk=event.pk).exists()


def test_deleting_the_calendar_above_a_booked_training_is_refused(
    client, make_event, calendar_page, coordinator, contact_person
):
    _book(make_event(), contact_person)
    before = _counts()
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:delete", args=[calendar_page.pk])
    )
    assert response.status_code == 302
    assert _counts() == before


def test_bulk_delete_is_refused(
    client, make_event, calendar_page, coordinator, contact_person
):
    booked, empty = make_event(), make_event(title="Leer")
    _book(booked, contact_person)
    before = _counts()
    client.force_login(coordinator)
    listing = reverse("wagtailadmin_explore", args=[calendar_page.pk])
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={booked.pk}&id={empty.pk}&next={listing}"
    )
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == listing
    assert _counts() == before
    messages = client.get(listing).content.decode()
    assert "kann nicht gelöscht werden" in messages


def test_code_cannot_cascade_bookings_or_attendance(
    make_event, trainer, contact_person
):
    event = make_event(trainers=[trainer])
    session = event.sessions.get()
    _attend(session, _book(event, contact_person), trainer)
    before = _counts()
    with pytest.raises(ProtectedError):
        event.delete()
    with pytest.raises(ProtectedError):
        EventSession.objects.filter(pk=session.pk).delete()
    assert _counts() == before


# Removing a session


def _edit_data(event, sessions, **extra):
    return nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "summary": event.summary,
            "description": streamfield([]),
            "format": event.format,
            "capacity": event.capacity or "",
            "sessions": inline_formset(sessions, initial=len(sessions)),
            "standard_questions": "auto",
            "questions": inline_formset([]),
            "waiting_list_enabled": "on",
            **extra,
        }
    )


def _session_row(session, **extra):
    local = timezone.localtime
    return {
        "id": session.pk,
        "start": local(session.start).strftime("%Y-%m-%d %H:%M"),
        "end": local(session.end).strftime("%Y-%m-%d %H:%M"),
        "all_day": "",
        **extra,
    }


@pytest.mark.parametrize("action", [{}, {"action-publish": "action-publish"}])
def test_editor_refuses_to_remove_a_session_with_attendance(
    client, make_event, coordinator, trainer, contact_person, action
):
    event = _two_day_training(make_event, trainer)
    first, second = event.sessions.order_by("start")
    _attend(first, _book(event, contact_person), trainer)
    before = _counts()
    revisions = event.revisions.count()
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        _edit_data(
            event, [_session_row(first, DELETE="on"), _session_row(second)], **action
        ),
    )
    assert response.status_code == 200
    assert "kann nicht entfernt werden" in response.content.decode()
    assert _counts() == before
    assert event.revisions.count() == revisions, "not even a draft was saved"


def test_editor_may_remove_a_session_without_attendance(
    client, make_event, coordinator, trainer, contact_person
):
    event = _two_day_training(make_event, trainer)
    first, second = event.sessions.order_by("start")
    _attend(first, _book(event, contact_person), trainer)
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        _edit_data(
            event,
            [_session_row(first), _session_row(second, DELETE="on")],
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(EventSession.objects.filter(event=event)) == [first]
    assert Attendance.objects.count() == 1


def _older_revision_without_an_attended_session(make_event, trainer, person):
    event = make_event(trainers=[trainer])
    old = event.latest_revision
    first = event.sessions.get()
    later = first.start + timedelta(days=1)
    event.sessions.add(EventSession(start=later, end=later + timedelta(hours=2)))
    event.save_revision().publish()
    second = EventSession.objects.get(event=event, start=later)
    _attend(second, _book(event, person), trainer)
    return event, old, first, second


def test_reverting_to_a_revision_without_the_session_keeps_it(
    client, make_event, coordinator, trainer, contact_person
):
    event, old, first, second = _older_revision_without_an_attended_session(
        make_event, trainer, contact_person
    )
    before = _counts()
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[event.pk, old.pk])
    form = client.get(url)
    assert form.status_code == 200
    # The form of the old revision still shows the session with attendance.
    assert f'value="{second.pk}"' in form.content.decode()
    # Posting it without that session is refused with the message.
    response = client.post(
        url,
        _edit_data(
            event, [_session_row(first)], **{"action-publish": "action-publish"}
        ),
    )
    assert response.status_code == 200
    assert "kann nicht entfernt werden" in response.content.decode()
    assert _counts() == before


def test_publishing_an_older_revision_keeps_the_attended_session(
    make_event, trainer, contact_person
):
    """Workflow approval, scheduled publishing and code publish revisions directly."""
    event, old, first, second = _older_revision_without_an_attended_session(
        make_event, trainer, contact_person
    )
    before = _counts()
    old.publish()
    assert _counts() == before
    assert set(EventSession.objects.filter(event=event)) == {first, second}
    assert Attendance.objects.get().session == second


def test_code_that_drops_an_attended_session_is_refused(
    make_event, trainer, contact_person
):
    event, _old, first, _second = _older_revision_without_an_attended_session(
        make_event, trainer, contact_person
    )
    before = _counts()
    page = EventPage.objects.get(pk=event.pk)
    page.sessions = [first]
    with pytest.raises(ValidationError):
        page.save()
    with pytest.raises(ProtectedError):
        page.save(clean=False)
    assert _counts() == before


# Unpublishing


def test_unpublishing_tells_the_booked_people_like_a_cancellation(
    client,
    make_event,
    coordinator,
    contact_person,
    other_person,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    event = make_event(capacity=1)
    _book(event, contact_person)
    _book(event, other_person)
    mailoutbox.clear()
    sequence = event.sequence
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[event.pk]))
    assert response.status_code == 302
    assert {m.to[0] for m in mailoutbox} == {contact_person.email, other_person.email}
    assert all(m.subject.endswith(f"Abgesagt: {event.title}") for m in mailoutbox)
    confirmed = next(m for m in mailoutbox if m.to == [contact_person.email])
    ics = next(part for part in confirmed.attachments if "calendar" in str(part))
    assert "METHOD:CANCEL" in ics.get_payload(decode=True).decode()
    event.refresh_from_db()
    assert event.sequence == sequence + 1
    assert Booking.objects.filter(event=event).count() == 2, "records stay"
    # A retried task sends nothing twice.
    from events.tasks import event_changed_task

    mailoutbox.clear()
    event_changed_task(event.pk, ["unpublished"])
    assert mailoutbox == []
    event.refresh_from_db()
    assert event.sequence == sequence + 1


def test_unpublishing_a_cancelled_or_past_training_sends_nothing_more(
    make_event, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    cancelled = make_event(title="Abgesagt")
    _book(cancelled, contact_person)
    cancelled.is_cancelled = True
    cancelled.save_revision().publish()
    start = timezone.now() - timedelta(days=2)
    past = make_event(title="Vorbei", start=start + timedelta(days=20))
    _book(past, contact_person)
    past.sessions = [EventSession(start=start, end=start + timedelta(hours=2))]
    past.save_revision().publish()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=cancelled.pk).unpublish()
        EventPage.objects.get(pk=past.pk).unpublish()
    assert mailoutbox == []
