"""E-mails about bookings, sent through the one mail service.

Each goes out once per key (a retried task sends nothing twice), in the
recipient's language, and, where it concerns a date in the calendar, with the
training as an ``.ics`` invitation. Reads come from ``events.selectors``.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from cms import mail
from cms.formats import long_date, time_range
from events import ical, selectors
from events.models import Booking, EventPage, EventSession, TrainerMessage

TEMPLATE = "events/email/notification"


def _send(
    *,
    kind: str,
    key: object,
    booking: Booking,
    subject: str,
    paragraphs: list[str],
    event: EventPage,
    version: object = "",
    ics_method: str | None = None,
    show_access: bool = False,
    message_body: str = "",
    reply_to: str | None = None,
) -> bool:
    """Send one mail about a training to the booking's person, once per key."""
    user = booking.user
    # A contact booked by phone hears by e-mail only where there is an address.
    recipient = user if user is not None else booking.contact.email
    url = selectors.absolute_url(event, selectors.site_root_path())
    attachments = []
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
        attachments.append(
            mail.Attachment(
                filename="schulung.ics",
                content=data,
                content_type="text/calendar",
                params={"method": ics_method},
            )
        )
    return mail.mail(
        kind=kind,
        key=key,
        version=version,
        to=recipient,
        template=TEMPLATE,
        subject=subject,
        context={
            "event": event,
            "sessions": sorted(event.sessions.all(), key=lambda s: s.start),
            "paragraphs": paragraphs,
            "person_name": booking.person_name,
            "message_body": message_body,
            "url": url,
            "show_access": show_access and event.is_online,
        },
        reply_to=reply_to,
        attachments=attachments,
    )


def _when(event: EventPage) -> str:
    sessions = sorted(event.sessions.all(), key=lambda s: s.start)
    return "; ".join(_format_session(session) for session in sessions)


def _format_session(session) -> str:
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    if session.all_day:
        return long_date(start)
    return f"{long_date(start)}, {time_range(start, end)}"


def booking_confirmation_send(*, booking: Booking) -> bool:
    if not booking.is_confirmed:
        return False
    user, event = booking.user, booking.event
    with mail.recipient_language(user):
        return _send(
            kind="events.booking_confirmed",
            key=booking.pk,
            booking=booking,
            subject=_("Buchung bestätigt: %(title)s") % {"title": event.title},
            paragraphs=[
                _("Sie haben einen Platz in der Schulung „%(title)s“ gebucht.")
                % {"title": event.title},
                _("Termin: %(when)s") % {"when": _when(event)},
                _("Die Einladung für Ihren Kalender hängt an dieser E-Mail."),
            ],
            event=event,
            ics_method="REQUEST",
            show_access=True,
        )


def booking_waiting_send(*, booking: Booking) -> bool:
    if not booking.is_waiting:
        return False
    user, event = booking.user, booking.event
    with mail.recipient_language(user):
        return _send(
            kind="events.booking_waiting",
            key=booking.pk,
            booking=booking,
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
        )


def booking_promotion_send(*, booking: Booking) -> bool:
    if not booking.is_confirmed:
        return False
    user, event = booking.user, booking.event
    with mail.recipient_language(user):
        return _send(
            kind="events.booking_promoted",
            key=booking.pk,
            booking=booking,
            subject=_("Sie haben einen Platz: %(title)s") % {"title": event.title},
            paragraphs=[
                _(
                    "Gute Nachricht: Ein Platz ist frei geworden. Sie haben jetzt "
                    "einen Platz in der Schulung „%(title)s“."
                )
                % {"title": event.title},
                _("Termin: %(when)s") % {"when": _when(event)},
                _(
                    "Wenn Sie doch nicht kommen können, sagen Sie Ihre Buchung bitte "
                    "in „Mein Bereich“ ab, damit der Platz weitergegeben wird."
                ),
            ],
            event=event,
            ics_method="REQUEST",
            show_access=True,
        )


def booking_moved_send(*, booking: Booking) -> bool:
    """Tell a person from an old waiting list about their place on a new date."""
    if booking.status == Booking.Status.CANCELLED:
        return False
    user, event = booking.user, booking.event
    with mail.recipient_language(user):
        if booking.is_confirmed:
            subject = _("Neuer Termin: Sie haben einen Platz")
            first = _(
                "Sie standen auf der Warteliste der Schulung „%(title)s“. Jetzt "
                "gibt es einen neuen Termin, und Sie haben dafür einen Platz."
            )
            last = _(
                "Wenn Sie doch nicht kommen können, sagen Sie Ihre Buchung bitte "
                "in „Mein Bereich“ ab, damit der Platz weitergegeben wird."
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
        return _send(
            kind="events.booking_moved",
            key=booking.pk,
            booking=booking,
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
            ics_method="REQUEST" if booking.is_confirmed else None,
            show_access=booking.is_confirmed,
        )


def booking_cancellation_send(*, booking: Booking) -> bool:
    if booking.status != Booking.Status.CANCELLED:
        return False
    user, event = booking.user, booking.event
    reply_to = None
    with mail.recipient_language(user):
        if booking.cancelled_by_organiser:
            paragraphs = [
                _("Das Team der Schulung hat Ihre Buchung für „%(title)s“ abgesagt.")
                % {"title": event.title},
            ]
            # A reply is invited only when someone reads it: the coordination.
            reply_to = mail.coordination_address()
            if reply_to:
                paragraphs.append(
                    _(
                        "Bei Fragen antworten Sie gern auf diese E-Mail: Ihre "
                        "Antwort erreicht die Koordination."
                    )
                )
        else:
            paragraphs = [
                _("Sie haben Ihre Buchung für die Schulung „%(title)s“ abgesagt.")
                % {"title": event.title},
                _("Danke, dass Sie Bescheid gegeben haben."),
            ]
        return _send(
            kind="events.booking_cancelled",
            key=booking.pk,
            booking=booking,
            subject=_("Buchung abgesagt: %(title)s") % {"title": event.title},
            paragraphs=paragraphs,
            event=event,
            ics_method="CANCEL" if booking.confirmed_at else None,
            reply_to=reply_to,
        )


def event_change_notify(*, event: EventPage, changes: list[str]) -> int:
    """Tell every active participant about a change; return emails sent."""
    bookings = Booking.objects.filter(
        event=event, status__in=Booking.ACTIVE
    ).select_related("user", "contact")
    # A training taken offline is, for the people booked on it, cancelled.
    unpublished = "unpublished" in changes
    cancelled = event.is_cancelled or unpublished
    kind, version = "events.event_changed", str(event.sequence)
    if unpublished:
        # One notice per publication withdrawn, however often a task runs.
        published = (
            event.last_published_at.timestamp() if event.last_published_at else 0
        )
        kind, version = "events.event_unpublished", f"{published:.0f}:{event.sequence}"
    sent = 0
    for booking in bookings:
        with mail.recipient_language(booking.user):
            if cancelled:
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
            sent += _send(
                kind=kind,
                key=booking.pk,
                version=version,
                booking=booking,
                subject=subject,
                paragraphs=paragraphs,
                event=event,
                ics_method=method,
                show_access=booking.is_confirmed and not cancelled,
            )
    return sent


def reminder_send(*, booking_id: int, session_id: int) -> bool:
    """Remind one confirmed participant of a session; tell whether a mail went out.

    The reminder carries the invitation again, so a calendar that missed it
    still gets the training. A booking cancelled since the reminder was
    planned, or a session moved away or cancelled, gets none.
    """
    booking = (
        Booking.objects.filter(pk=booking_id, status=Booking.Status.CONFIRMED)
        .select_related("user", "contact", "event", "event__venue")
        .first()
    )
    session = EventSession.objects.filter(
        pk=session_id,
        start__gt=timezone.now(),
        event__live=True,
        event__is_cancelled=False,
    ).first()
    if booking is None or session is None or session.event_id != booking.event_id:
        return False
    session.event = booking.event
    with mail.recipient_language(booking.user):
        return _send(
            kind="events.reminder",
            key=booking.pk,
            version=session.pk,
            booking=booking,
            subject=_("Erinnerung: %(title)s") % {"title": session.event.title},
            paragraphs=[
                _("Wir erinnern Sie an die Schulung „%(title)s“.")
                % {"title": session.event.title},
                _("Termin: %(when)s") % {"when": _format_session(session)},
            ],
            event=session.event,
            ics_method="REQUEST",
            show_access=True,
        )


def trainer_message_deliver(*, message: TrainerMessage) -> int:
    """Mail a trainer's message to the participants; return emails sent."""
    statuses = [Booking.Status.CONFIRMED]
    if message.include_waiting_list:
        statuses.append(Booking.Status.WAITING)
    bookings = Booking.objects.filter(
        event_id=message.event_id, status__in=statuses
    ).select_related("user", "contact")
    event = message.event
    sent = 0
    for booking in bookings:
        with mail.recipient_language(booking.user):
            sent += _send(
                kind="events.trainer_message",
                key=message.pk,
                booking=booking,
                subject=f"{message.subject} ({event.title})",
                paragraphs=[
                    _("Eine Nachricht zur Schulung „%(title)s“:")
                    % {"title": event.title}
                ],
                message_body=message.body,
                event=event,
                show_access=booking.is_confirmed,
            )
    return sent


def evaluation_invitation_send(*, invitation_id: int) -> bool:
    """Ask one participant, once, to evaluate a training anonymously."""
    from cms.questionnaires import Invitation
    from cms.routing import absolute_route_url

    invitation = (
        Invitation.objects.select_related("survey", "user")
        .filter(pk=invitation_id, answered=False)
        .first()
    )
    if invitation is None:
        return False
    event = EventPage.objects.filter(pk=invitation.survey.object_id).first()
    if event is None:
        return False
    user = invitation.user
    with mail.recipient_language(user):
        url = absolute_route_url(event, "evaluation")
        closes = invitation.survey.closes_at
        return mail.mail(
            kind="events.evaluation_invitation",
            key=invitation.pk,
            to=user,
            template="events/email/evaluation_invitation",
            subject=_("Wie war die Schulung „%(title)s“?") % {"title": event.title},
            context={
                "event": event,
                "url": url,
                "closes": timezone.localtime(closes) if closes else None,
            },
        )
