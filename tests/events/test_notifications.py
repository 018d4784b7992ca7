"""Emails: sent after commit, once only, in German, with the right .ics."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from cms.models import SentMail
from events import notifications, services, tasks
from events.models import EventPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MEETING = "https://meet.example.org/geheim-123"


@pytest.fixture
def online_event(make_event):
    return make_event(
        title="Online: Selbstfürsorge",
        format=EventPage.Format.ONLINE,
        meeting_url=MEETING,
        dial_in="Telefon 0208 000, PIN 4711",
        capacity=1,
    )


def _ics(message) -> tuple[str, Calendar]:
    for attachment in message.attachments:
        if attachment.get_content_type() == "text/calendar":
            return attachment["Content-Type"], Calendar.from_ical(
                attachment.get_payload(decode=True)
            )
    raise AssertionError("no calendar attachment")


def test_nothing_is_sent_before_commit(online_event, contact_person, mailoutbox):
    services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    assert mailoutbox == []


def test_confirmation_carries_the_link_and_an_invitation(
    online_event, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(
            event=online_event, user=contact_person, actor=contact_person
        )
    (message,) = mailoutbox
    assert message.subject.startswith("[Gemeinsam Stark] Buchung bestätigt")
    assert MEETING in message.body
    html = message.alternatives[0][0]
    assert MEETING in html and "<p>Guten Tag" in html
    content_type, calendar = _ics(message)
    assert "method=REQUEST" in content_type
    assert calendar["METHOD"] == "REQUEST"
    (vevent,) = calendar.walk("VEVENT")
    assert "ORGANIZER" in vevent and "ATTENDEE" in vevent
    assert MEETING in str(vevent["DESCRIPTION"])


def test_waiting_list_email_has_position_but_no_link(
    online_event, contact_person, other_person, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    services.booking_create(event=online_event, user=other_person, actor=other_person)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(
            event=online_event, user=contact_person, actor=contact_person
        )
    (message,) = mailoutbox
    assert "Platz 1 der Warteliste" in message.body
    assert MEETING not in message.body
    assert MEETING not in message.alternatives[0][0]
    assert not message.attachments


def test_a_retried_task_sends_nothing_twice(online_event, contact_person, mailoutbox):
    booking = services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    assert tasks.booking_confirmation_send_task(booking.pk) is True
    assert tasks.booking_confirmation_send_task(booking.pk) is False
    assert len(mailoutbox) == 1
    assert SentMail.objects.count() == 1


def test_cancellation_carries_method_cancel_with_higher_sequence(
    online_event, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.booking_create(
            event=online_event, user=contact_person, actor=contact_person
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking, actor=contact_person)
    request, cancel = mailoutbox
    _ct, invitation = _ics(request)
    content_type, cancellation = _ics(cancel)
    assert "method=CANCEL" in content_type
    (first,), (second,) = invitation.walk("VEVENT"), cancellation.walk("VEVENT")
    assert first["UID"] == second["UID"]
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert second["STATUS"] == "CANCELLED"


def test_english_speakers_get_english_text_where_translated(online_event, mailoutbox):
    person = UserFactory(preferred_language="en")
    booking = services.booking_create(event=online_event, user=person, actor=person)
    notifications.booking_confirmation_send(booking=booking)
    assert mailoutbox[0].to == [person.email]
    assert "Booking confirmed: Online: Selbstfürsorge" in mailoutbox[0].subject
    assert "Hello " in mailoutbox[0].body
    assert "Zugang" not in mailoutbox[0].body
    assert '<html lang="en">' in mailoutbox[0].alternatives[0][0]


def test_changed_time_tells_participants_once(
    make_event, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=5)
    services.booking_create(event=event, user=contact_person, actor=contact_person)
    sequence = event.sequence
    session = event.sessions.first()
    session.start += timedelta(hours=1)
    session.end += timedelta(hours=1)
    event.sessions = [session]
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == sequence + 1
    (message,) = mailoutbox
    assert message.subject.endswith(f"Geändert: {event.title}")
    _ct, calendar = _ics(message)
    assert int(calendar.walk("VEVENT")[0]["SEQUENCE"]) == event.sequence
    services.event_changed(event_id=event.pk, changes=["time"])
    assert len(mailoutbox) == 1


def test_organiser_cancelling_the_event_tells_everyone(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    first, second = UserFactory.create_batch(2)
    services.booking_create(event=event, user=first, actor=first)
    services.booking_create(event=event, user=second, actor=second)
    event.is_cancelled = True
    event.cancelled_reason = "Die Referentin ist erkrankt."
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert sorted(m.to[0] for m in mailoutbox) == sorted([first.email, second.email])
    assert all("Abgesagt" in m.subject for m in mailoutbox)
    assert all("erkrankt" in m.body for m in mailoutbox)


def test_reminder_goes_out_once_24_hours_ahead(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    soon = make_event(start=timezone.now() + timedelta(hours=20))
    later = make_event(start=timezone.now() + timedelta(days=3))
    person = UserFactory()
    services.booking_create(event=soon, user=person, actor=person)
    services.booking_create(event=later, user=person, actor=person)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 0
    (message,) = mailoutbox
    assert "Erinnerung" in message.subject and soon.title in message.subject


def test_each_reminder_is_an_outbox_row_retried_on_its_own(
    make_event, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    from smtplib import SMTPException

    from celery import current_app
    from django.core.mail import EmailMultiAlternatives

    from cms import outbox
    from cms.models import Outbox

    soon = make_event(start=timezone.now() + timedelta(hours=20))
    first, second, third = UserFactory.create_batch(3)
    for person in (first, second, third):
        services.booking_create(event=soon, user=person, actor=person)
    mailoutbox.clear()
    original = EmailMultiAlternatives.send

    def fail_for_second(self, *args, **kwargs):
        if self.to == [second.email]:
            raise SMTPException("Postfach voll")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", fail_for_second)
    # As on a real worker: one failed row does not stop the others.
    monkeypatch.setitem(current_app.conf, "task_eager_propagates", False)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 3
    assert sorted(m.to[0] for m in mailoutbox) == sorted([first.email, third.email])
    rows = Outbox.objects.filter(kind=tasks.reminder_send_task.name)
    assert rows.count() == 3
    waiting = rows.get(sent_at__isnull=True)
    assert waiting.recipient_id == second.pk
    # The retry sends the one that failed, and nobody's twice.
    monkeypatch.setattr(EmailMultiAlternatives, "send", original)
    outbox.run(waiting.pk, now=timezone.now() + timedelta(hours=1))
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [first.email, second.email, third.email]
    )


def test_a_reminder_planned_before_a_cancellation_is_not_sent(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    soon = make_event(start=timezone.now() + timedelta(hours=20))
    person = UserFactory()
    booking = services.booking_create(event=soon, user=person, actor=person)
    (session,) = soon.sessions.all()
    tasks.reminders_send_task()  # planned; not dispatched before the commit
    services.booking_cancel(booking=booking, actor=person)
    mailoutbox.clear()
    assert tasks.reminder_send_task(booking.pk, session.pk) is False
    assert mailoutbox == []


def test_trainer_message_reaches_participants(
    make_event, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(trainers=[trainer], capacity=1)
    first, second = UserFactory.create_batch(2)
    services.booking_create(event=event, user=first, actor=first)
    services.booking_create(event=event, user=second, actor=second)
    with django_capture_on_commit_callbacks(execute=True):
        message = services.trainer_message_send(
            event=event, subject="Raumänderung", body="Wir sind in Raum 2.",
            actor=trainer,
        )  # fmt: skip
    assert [m.to for m in mailoutbox] == [[first.email]]
    assert "Wir sind in Raum 2." in mailoutbox[0].body
    assert tasks.trainer_message_send_task(message.pk) == 0


def test_trainer_message_needs_text_and_the_right_trainer(
    make_event, trainer, other_trainer
):
    event = make_event(trainers=[trainer])
    with pytest.raises(services.BookingError):
        services.trainer_message_send(event=event, subject=" ", body="x", actor=trainer)
    with pytest.raises(services.BookingError):
        services.trainer_message_send(
            event=event, subject="Hallo", body="x", actor=other_trainer
        )


def test_a_failed_send_is_retried_and_then_sent_once(
    online_event, contact_person, mailoutbox, monkeypatch
):
    from smtplib import SMTPException

    from django.core.mail import EmailMultiAlternatives

    booking = services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    original = EmailMultiAlternatives.send

    def fail(self, *args, **kwargs):
        raise SMTPException("Server weg")

    monkeypatch.setattr(EmailMultiAlternatives, "send", fail)
    with pytest.raises(SMTPException):
        notifications.booking_confirmation_send(booking=booking)
    assert not SentMail.objects.exists()
    monkeypatch.setattr(EmailMultiAlternatives, "send", original)
    assert notifications.booking_confirmation_send(booking=booking) is True
    assert notifications.booking_confirmation_send(booking=booking) is False
    assert len(mailoutbox) == 1


def test_reminders_are_scheduled(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE["events-reminders"]
    assert schedule["task"] == "events.tasks.reminders_send_task"
    assert schedule["schedule"] <= 60 * 60


def test_reminder_carries_the_invitation(
    make_event, mailoutbox, django_capture_on_commit_callbacks
):
    soon = make_event(start=timezone.now() + timedelta(hours=20))
    person = UserFactory()
    services.booking_create(event=soon, user=person, actor=person)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 1
    (message,) = mailoutbox
    content_type, calendar = _ics(message)
    assert "method=REQUEST" in content_type
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["UID"] and "ATTENDEE" in vevent


def test_booking_mails_are_no_subscription_and_invite_no_reply(
    online_event, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.booking_create(
            event=online_event, user=contact_person, actor=contact_person
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking, actor=contact_person)
    assert len(mailoutbox) == 2
    for message in mailoutbox:
        assert not message.reply_to
        assert "List-Unsubscribe" not in message.extra_headers
        assert "antworten" not in message.body
        assert message.subject.startswith("[Gemeinsam Stark] ")


def _cancelled_by_organiser(event, person, coordinator, capture):
    with capture(execute=True):
        booking = services.booking_create(event=event, user=person, actor=person)
    with capture(execute=True):
        services.booking_cancel(booking=booking, actor=coordinator)


def test_organiser_cancellation_invites_no_reply_that_reaches_nobody(
    online_event, contact_person, coordinator, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    _cancelled_by_organiser(
        online_event, contact_person, coordinator, django_capture_on_commit_callbacks
    )
    cancel = mailoutbox[-1]
    assert "abgesagt" in cancel.body
    assert not cancel.reply_to
    assert "antworten" not in cancel.body
    assert "antworten" not in cancel.alternatives[0][0]


def test_organiser_cancellation_reply_reaches_the_coordination(
    online_event, contact_person, coordinator, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    from wagtail.models import Site

    from cms.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "koordination@example.org"
    site_settings.save()
    _cancelled_by_organiser(
        online_event, contact_person, coordinator, django_capture_on_commit_callbacks
    )
    cancel = mailoutbox[-1]
    assert cancel.reply_to == ["koordination@example.org"]
    assert "erreicht die Koordination" in cancel.body


def test_english_speakers_get_english_waiting_list_and_reminder_mails(
    make_event, other_person, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1, start=timezone.now() + timedelta(hours=20))
    person = UserFactory(preferred_language="en")
    services.booking_create(event=event, user=other_person, actor=other_person)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(event=event, user=person, actor=person)
    (waiting,) = mailoutbox
    assert waiting.to == [person.email]
    assert waiting.body.startswith("Hello ")
    assert '<html lang="en">' in waiting.alternatives[0][0]
    with django_capture_on_commit_callbacks(execute=True):
        tasks.reminders_send_task()
    german = [m for m in mailoutbox if m.to == [other_person.email]]
    assert german and german[0].body.startswith("Guten Tag ")


def test_a_second_planning_run_asks_once_whatever_the_number_of_participants(
    make_event, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    soon = make_event(start=timezone.now() + timedelta(hours=20), capacity=10)
    for person in UserFactory.create_batch(6):
        services.booking_create(event=soon, user=person, actor=person)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 6
    # The due bookings and the rows already planned: two queries, not one a person.
    with django_assert_max_num_queries(2):
        assert tasks.reminders_send_task() == 0


def test_mails_keep_the_site_address_until_the_site_changes(
    online_event, contact_person, mailoutbox, settings
):
    """A worker sending hundreds of mails after a rush reads the site's
    address once (cms.memo); a new root page shows in the next mail."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from events import selectors

    settings.MEMO_FRAGMENTS = True
    address = selectors.site_root_path()
    with CaptureQueriesContext(connection) as queries:
        assert selectors.site_root_path() == address
    assert not [q for q in queries if "wagtailcore_site" in q["sql"]]

    site = Site.objects.get(is_default_site=True)
    site.root_page = site.root_page.get_parent()
    site.save()
    assert selectors.site_root_path() != address
    assert selectors.site_root_path() == site.root_page.specific.url_path
