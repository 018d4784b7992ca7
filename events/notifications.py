"""Emails about bookings, each sent at most once per key.

A task that is retried after a crash finds its key already marked as sent and
sends nothing. Every email goes out in the recipient's language, as plain text
and HTML, and, where it concerns a date in the calendar, with the training as
an ``.ics`` invitation.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from events import ical, selectors
from events.models import Booking, EventPage, SentNotification, TrainerMessage


def send_once(
    *,
    key: str,
    user,
    subject: str,
    paragraphs: list[str],
    event: EventPage,
    booking: Booking | None = None,
    ics_method: str | None = None,
    show_access: bool = False,
    message_body: str = "",
) -> bool:
    """Send one email unless this key was sent before; tell whether it went out."""
    with transaction.atomic():
        record, _created = SentNotification.objects.select_for_update().get_or_create(
            key=key, defaults={"user": user}
        )
        if record.sent_at is not None:
            return False
        url = selectors.absolute_url(event, selectors.site_root_path())
        context = {
            "user": user,
            "event": event,
            "sessions": sorted(event.sessions.all(), key=lambda s: s.start),
            "paragraphs": paragraphs,
            "message_body": message_body,
            "url": url,
            "show_access": show_access and event.is_online,
            "dashboard_url": settings.SITE_URL + "/mein-bereich/",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "language": translation.get_language() or settings.LANGUAGE_CODE,
        }
        text = render_to_string("events/email/notification.txt", context)
        html = render_to_string("events/email/notification.html", context)
        email = EmailMultiAlternatives(
            subject=f"[{settings.WAGTAIL_SITE_NAME}] {subject}",
            body=text,
            to=[user.email],
        )
        email.attach_alternative(html, "text/html")
        if ics_method:
            audience = ical.CONFIRMED if show_access else ical.PUBLIC
            data = ical.build_calendar(
                selectors.event_entries(event, audience),
                name=event.title,
                description=event.summary or event.title,
                url=url,
                method=ics_method,
                attendee=user,
            )
            part = MIMEBase("text", "calendar")
            part.set_payload(data.decode("utf-8"), charset="utf-8")
            # Outlook reads the method unquoted, matching METHOD in the body.
            part.replace_header(
                "Content-Type", f"text/calendar; charset=utf-8; method={ics_method}"
            )
            part.add_header(
                "Content-Disposition", "attachment", filename="schulung.ics"
            )
            email.attach(part)
        email.send()
        record.sent_at = timezone.now()
        record.save(update_fields=["sent_at"])
    return True


def _when(event: EventPage) -> str:
    sessions = sorted(event.sessions.all(), key=lambda s: s.start)
    return "; ".join(_format_session(session) for session in sessions)


def _format_session(session) -> str:
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    if session.all_day:
        return formats.date_format(start, "l, j. F Y")
    return "{day}, {start}–{end} {clock}".format(
        day=formats.date_format(start, "l, j. F Y"),
        start=formats.time_format(start, "H:i"),
        end=formats.time_format(end, "H:i"),
        clock=_("Uhr"),
    )


def booking_confirmation_send(*, booking: Booking) -> bool:
    if not booking.is_confirmed:
        return False
    user, event = booking.user, booking.event
    with translation.override(user.preferred_language):
        return send_once(
            key=f"booking-confirmed:{booking.pk}",
            user=user,
            subject=_("Anmeldung bestätigt: %(title)s") % {"title": event.title},
            paragraphs=[
                _("Sie sind für die Schulung „%(title)s“ angemeldet.")
                % {"title": event.title},
                _("Termin: %(when)s") % {"when": _when(event)},
                _("Die Einladung für Ihren Kalender hängt an dieser E-Mail."),
            ],
            event=event,
            booking=booking,
            ics_method="REQUEST",
            show_access=True,
        )


def booking_waiting_send(*, booking: Booking) -> bool:
    if not booking.is_waiting:
        return False
    user, event = booking.user, booking.event
    with translation.override(user.preferred_language):
        return send_once(
            key=f"booking-waiting:{booking.pk}",
            user=user,
            subject=_("Warteliste: %(title)s") % {"title": event.title},
            paragraphs=[
                _(
                    "Die Schulung „%(title)s“ ist ausgebucht. Sie stehen auf "
                    "Platz %(position)s der Warteliste."
                )
                % {
                    "title": event.title,
                    "position": selectors.waiting_position(booking),
                },
                _(
                    "Wird ein Platz frei, rücken Sie automatisch nach. Wir "
                    "schreiben Ihnen dann sofort."
                ),
            ],
            event=event,
            booking=booking,
        )


def booking_promotion_send(*, booking: Booking) -> bool:
    if not booking.is_confirmed:
        return False
    user, event = booking.user, booking.event
    with translation.override(user.preferred_language):
        return send_once(
            key=f"booking-promoted:{booking.pk}",
            user=user,
            subject=_("Sie haben einen Platz: %(title)s") % {"title": event.title},
            paragraphs=[
                _(
                    "Gute Nachricht: Ein Platz ist frei geworden. Sie sind jetzt "
                    "für die Schulung „%(title)s“ angemeldet."
                )
                % {"title": event.title},
                _("Termin: %(when)s") % {"when": _when(event)},
                _(
                    "Wenn Sie doch nicht kommen können, melden Sie sich bitte in "
                    "„Mein Bereich“ ab, damit der Platz weitergegeben wird."
                ),
            ],
            event=event,
            booking=booking,
            ics_method="REQUEST",
            show_access=True,
        )


def booking_moved_send(*, booking: Booking) -> bool:
    """Tell a person from an old waiting list about their place on a new date."""
    if booking.status == Booking.Status.CANCELLED:
        return False
    user, event = booking.user, booking.event
    with translation.override(user.preferred_language):
        if booking.is_confirmed:
            subject = _("Neuer Termin: Sie haben einen Platz")
            first = _(
                "Sie standen auf der Warteliste der Schulung „%(title)s“. Jetzt "
                "gibt es einen neuen Termin, und Sie sind dafür angemeldet."
            )
            last = _(
                "Wenn Sie doch nicht kommen können, melden Sie sich bitte in "
                "„Mein Bereich“ ab, damit der Platz weitergegeben wird."
            )
        else:
            subject = _("Neuer Termin: Sie stehen auf der Warteliste")
            first = _(
                "Sie standen auf der Warteliste der Schulung „%(title)s“. Jetzt "
                "gibt es einen neuen Termin; auch er ist schon voll."
            )
            last = _(
                "Sie stehen auf Platz %(position)s seiner Warteliste. Wird ein "
                "Platz frei, rücken Sie automatisch nach."
            ) % {"position": selectors.waiting_position(booking)}
        return send_once(
            key=f"booking-moved:{booking.pk}",
            user=user,
            subject=subject,
            paragraphs=[
                first % {"title": event.title},
                _("Termin: %(when)s") % {"when": _when(event)},
                _(
                    "Ihr Platz auf der Warteliste des früheren Termins ist damit "
                    "erledigt."
                ),
                last,
            ],
            event=event,
            booking=booking,
            ics_method="REQUEST" if booking.is_confirmed else None,
            show_access=booking.is_confirmed,
        )


def booking_cancellation_send(*, booking: Booking) -> bool:
    if booking.status != Booking.Status.CANCELLED:
        return False
    user, event = booking.user, booking.event
    with translation.override(user.preferred_language):
        if booking.cancelled_by_organiser:
            paragraphs = [
                _("Das Team der Schulung hat Ihre Anmeldung für „%(title)s“ storniert.")
                % {"title": event.title},
                _("Bei Fragen antworten Sie gern auf diese E-Mail."),
            ]
        else:
            paragraphs = [
                _("Sie haben sich von der Schulung „%(title)s“ abgemeldet.")
                % {"title": event.title},
                _("Danke, dass Sie Bescheid gegeben haben."),
            ]
        return send_once(
            key=f"booking-cancelled:{booking.pk}",
            user=user,
            subject=_("Abmeldung: %(title)s") % {"title": event.title},
            paragraphs=paragraphs,
            event=event,
            booking=booking,
            ics_method="CANCEL" if booking.confirmed_at else None,
        )


def event_change_notify(*, event: EventPage, changes: list[str]) -> int:
    """Tell every active participant about a change; return emails sent."""
    bookings = Booking.objects.filter(
        event=event, status__in=Booking.ACTIVE
    ).select_related("user")
    sent = 0
    for booking in bookings:
        user = booking.user
        with translation.override(user.preferred_language):
            if event.is_cancelled:
                paragraphs = [
                    _("Die Schulung „%(title)s“ wurde leider abgesagt.")
                    % {"title": event.title}
                ]
                if event.cancelled_reason:
                    paragraphs.append(event.cancelled_reason)
                subject = _("Abgesagt: %(title)s") % {"title": event.title}
                method = "CANCEL" if booking.is_confirmed else None
            else:
                paragraphs = [
                    _("Bei der Schulung „%(title)s“ hat sich etwas geändert.")
                    % {"title": event.title},
                    _("Termin: %(when)s") % {"when": _when(event)},
                ]
                if event.is_in_person and event.venue:
                    paragraphs.append(
                        _("Ort: %(place)s") % {"place": event.venue.full_address}
                    )
                subject = _("Geändert: %(title)s") % {"title": event.title}
                method = "REQUEST" if booking.is_confirmed else None
            sent += send_once(
                key=f"event-changed:{event.pk}:{event.sequence}:{booking.pk}",
                user=user,
                subject=subject,
                paragraphs=paragraphs,
                event=event,
                booking=booking,
                ics_method=method,
                show_access=booking.is_confirmed and not event.is_cancelled,
            )
    return sent


def reminders_send(*, now: datetime | None = None) -> int:
    """Remind confirmed participants of every session starting within 24 hours."""
    from events.models import EventSession

    now = now or timezone.now()
    sessions = EventSession.objects.filter(
        start__gt=now,
        start__lte=now + timedelta(hours=24),
        event__live=True,
        event__is_cancelled=False,
    ).select_related("event", "event__venue")
    sent = 0
    for session in sessions:
        bookings = Booking.objects.filter(
            event_id=session.event_id, status=Booking.Status.CONFIRMED
        ).select_related("user")
        for booking in bookings:
            user = booking.user
            with translation.override(user.preferred_language):
                sent += send_once(
                    key=f"reminder:{booking.pk}:{session.pk}",
                    user=user,
                    subject=_("Erinnerung: %(title)s") % {"title": session.event.title},
                    paragraphs=[
                        _("Wir erinnern Sie an die Schulung „%(title)s“.")
                        % {"title": session.event.title},
                        _("Termin: %(when)s") % {"when": _format_session(session)},
                    ],
                    event=session.event,
                    booking=booking,
                    show_access=True,
                )
    return sent


def trainer_message_deliver(*, message: TrainerMessage) -> int:
    """Mail a trainer's message to the participants; return emails sent."""
    statuses = [Booking.Status.CONFIRMED]
    if message.include_waiting_list:
        statuses.append(Booking.Status.WAITING)
    bookings = Booking.objects.filter(
        event_id=message.event_id, status__in=statuses
    ).select_related("user")
    event = message.event
    sent = 0
    for booking in bookings:
        user = booking.user
        with translation.override(user.preferred_language):
            sent += send_once(
                key=f"message:{message.pk}:{user.pk}",
                user=user,
                subject=f"{message.subject} ({event.title})",
                paragraphs=[
                    _("Eine Nachricht zur Schulung „%(title)s“:")
                    % {"title": event.title}
                ],
                message_body=message.body,
                event=event,
                booking=booking,
                show_access=booking.is_confirmed,
            )
    return sent
