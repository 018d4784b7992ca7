"""Booking rules: every write to bookings and attendance goes through here.

Each service runs in one transaction and locks the training's row first, so
that concurrent requests are served one after another and never confirm more
seats than the capacity.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import hooks, outbox
from cms.errors import DomainError
from cms.formats import date_time
from cms.i18n import in_default_locale
from events import questions as booking_questions
from events import selectors, tasks
from events.models import (
    Attendance,
    Booking,
    BookingAnswer,
    BookingContact,
    CalendarFeed,
    EventIndexPage,
    EventPage,
    EventSession,
    ParticipationSummary,
    TrainerMessage,
)
from events.selectors import confirmed_count


class BookingError(DomainError):
    """A booking rule said no; ``message`` is what the person reads."""

    messages = {
        "not_published": _("Diese Schulung ist nicht veröffentlicht."),
        "cancelled": _("Diese Schulung wurde abgesagt. Buchen ist nicht möglich."),
        "past": _("Diese Schulung hat bereits stattgefunden."),
        "started": _(
            "Diese Schulung hat bereits begonnen. Buchen ist nicht mehr möglich."
        ),
        "not_open": _("Buchen ist erst ab %(date)s möglich."),
        "closed": _("Buchen ist seit %(date)s nicht mehr möglich."),
        "no_sessions": _("Für diese Schulung steht noch kein Termin fest."),
        "already_booked": _("Sie haben diese Schulung bereits gebucht."),
        "already_waiting": _(
            "Sie stehen bereits auf der Warteliste (Platz %(position)s)."
        ),
        "full": _("Die Schulung ist leider ausgebucht."),
        "not_active": _("Diese Buchung ist bereits abgesagt."),
        "cancel_deadline": _(
            "Absagen über die Website war nur bis %(date)s möglich. Bitte "
            "wenden Sie sich direkt an das Team der Schulung."
        ),
        "not_waiting": _("Diese Person steht nicht auf der Warteliste."),
        "not_allowed": _("Dazu haben Sie keine Berechtigung."),
        "wrong_session": _("Dieser Termin gehört nicht zu dieser Schulung."),
        "not_confirmed": _("Nur bestätigte Teilnehmende haben eine Anwesenheit."),
        "attendance_not_yet": _(
            "Die Anwesenheit für diesen Termin kann erst ab %(date)s erfasst werden, "
            "kurz vor seinem Beginn."
        ),
        "attendance_closed": _(
            "Die Anwesenheit für diesen Termin konnte nur bis %(date)s erfasst oder "
            "geändert werden."
        ),
        "message_empty": _("Bitte geben Sie einen Betreff und eine Nachricht ein."),
        "feed_name": _("Bitte geben Sie einen Namen für den Kalender-Link ein."),
        "copy_unknown": _("Diese Schulung gibt es nicht."),
        "copy_no_sessions": _("Bitte geben Sie mindestens einen Termin an."),
        "copy_end_before_start": _(
            "Bei jedem Termin muss das Ende nach dem Beginn liegen."
        ),
        "copy_past": _("Der neue Termin muss in der Zukunft liegen."),
        "answer_required": _("Bitte beantworten Sie die Frage „%(question)s“."),
        "answer_invalid": _(
            "Die Antwort auf „%(question)s“ passt nicht: Bitte wählen Sie eine der "
            "Antworten oder schreiben Sie höchstens %(limit)s Zeichen."
        ),
        "answers_closed": _(
            "Die Angaben zur Buchung konnten nur bis %(date)s geändert werden. "
            "Bitte wenden Sie sich direkt an das Team der Schulung."
        ),
        "contact_name": _("Bitte geben Sie den Namen der Person an."),
        "contact_reach": _(
            "Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an, damit "
            "wir die Person erreichen können."
        ),
        "contact_consent": _(
            "Bitte notieren Sie, dass die Person mündlich eingewilligt hat."
        ),
        "contact_duplicate": _(
            "„%(name)s“ ist mit dieser Telefonnummer oder E-Mail-Adresse schon als "
            "Kontakt erfasst. Bitte wählen Sie den Kontakt in der Suche aus."
        ),
        "contact_has_account": _(
            "Zu dieser E-Mail-Adresse gibt es ein Konto. Bitte suchen Sie die "
            "Person und buchen Sie über ihr Konto."
        ),
        "copy_no_waiting": _(
            "Auf der Warteliste dieser Schulung steht niemand. Legen Sie einen "
            "neuen Termin bitte wie gewohnt an."
        ),
    }

    #: The refusals that speak to the person booking ("Sie stehen …"), said
    #: about that person to an organiser booking on their behalf.
    about_someone = {
        "already_waiting": _("%(name)s steht bereits auf der Warteliste."),
        "already_booked": _("%(name)s hat bereits einen Platz."),
    }

    def message_about(self, name: str) -> str:
        """Return what an organiser reads who tried to book ``name``."""
        text = self.about_someone.get(self.code)
        return str(text) % {"name": name} if text else self.message


def _format_datetime(value: datetime) -> str:
    return date_time(value)


def _lock_event(event: EventPage) -> EventPage:
    """Lock the training's row until the transaction ends, and return it fresh."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


#: What a booking decides on. Read again under the lock: an editor may have
#: changed seats, dates or the status since the page was read.
BOOKING_FACTS = (
    "live",
    "is_cancelled",
    "starts_at",
    "ends_at",
    "booking_opens_at",
    "booking_closes_at",
    "capacity",
    "waiting_list_enabled",
)


def _lock_event_for_booking(event: EventPage) -> EventPage:
    """Lock the training's row and refresh the facts a booking decides on.

    Every booking of a popular training waits for this lock in turn, so the
    locked part reads only these columns instead of the whole page again.
    """
    facts = (
        EventPage.objects.select_for_update(of=("self",))
        .filter(pk=event.pk)
        .values(*BOOKING_FACTS)
        .get()
    )
    for name, value in facts.items():
        setattr(event, name, value)
    return event


def _log_new(instance, action: str, *, user, data: dict) -> None:
    """Wagtail's ``log()`` for rows this transaction has just read or written.

    Wagtail validates every entry against the database (its content type and
    person exist); here both are at hand, so the entry is checked without them
    and written in one insert.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.log_actions import get_active_log_context, registry

    model = registry.get_log_model_for_instance(instance)
    context = get_active_log_context()
    entry = model(
        content_type=ContentType.objects.get_for_model(
            instance, for_concrete_model=False
        ),
        object_id=str(instance.pk),
        label=model.objects.get_instance_title(instance),
        action=action,
        timestamp=timezone.now(),
        data=data,
        user=user or context.user,
        uuid=context.uuid,
    )
    entry.full_clean(exclude=["content_type", "user"])
    model.objects.bulk_create([entry])


def check_bookable(event: EventPage, now: datetime) -> None:
    """Raise BookingError when a person cannot book this training now."""
    if not event.live:
        raise BookingError("not_published")
    if event.is_cancelled:
        raise BookingError("cancelled")
    if event.starts_at is None:
        raise BookingError("no_sessions")
    if event.is_past(now):
        raise BookingError("past")
    if event.starts_at <= now:
        raise BookingError("started")
    if event.booking_opens_at and event.booking_opens_at > now:
        raise BookingError("not_open", date=_format_datetime(event.booking_opens_at))
    closes = event.booking_closes()
    if closes and closes <= now:
        raise BookingError("closed", date=_format_datetime(closes))


def answers_clean(questions, answers: dict) -> list[tuple]:
    """Check answers against the questions; return (question, text) pairs.

    Raise BookingError for a missing required answer, an option that is not
    offered, or a text that is too long. Unknown keys are ignored.
    """
    cleaned = []
    for question in questions:
        text = booking_questions.normalise(question, answers.get(question.key))
        label = booking_questions.label_text(question)
        if text is None:
            raise BookingError(
                "answer_invalid",
                question=label,
                limit=booking_questions.ANSWER_MAX_LENGTH,
            )
        if not text and question.required:
            raise BookingError("answer_required", question=label)
        if text:
            cleaned.append((question, text))
    return cleaned


def _answers_store(booking: Booking, cleaned: list[tuple], new: bool = False) -> None:
    """Replace the booking's answers; a ``new`` booking has none to remove."""
    if not new:
        BookingAnswer.objects.filter(booking=booking).delete()
    BookingAnswer.objects.bulk_create(
        BookingAnswer(
            booking=booking,
            question_key=question.key,
            question_label=booking_questions.label_text(question),
            value=text,
            position=position,
        )
        for position, (question, text) in enumerate(cleaned)
    )


def booking_answers_save(
    *, booking: Booking, answers: dict, actor, now: datetime | None = None
) -> Booking:
    """Change the answers of an active booking, until the booking deadline.

    The person changes their own until booking closes; the training's
    organisers may correct them until the training ends.
    """
    now = now or timezone.now()
    questions = booking_questions.questions_for(booking.event)
    cleaned = answers_clean(questions, answers)
    with transaction.atomic():
        event = _lock_event(booking.event)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        by_organiser = actor.pk != booking.user_id
        if by_organiser and not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        if booking.status == Booking.Status.CANCELLED:
            raise BookingError("not_active")
        closes = event.ends_at if by_organiser else event.booking_closes()
        if closes and closes <= now:
            raise BookingError("answers_closed", date=_format_datetime(closes))
        _answers_store(booking, cleaned)
        log(
            instance=booking,
            action="events.booking_answers",
            user=actor,
            # Which questions were answered, never the answers themselves.
            data={"event": event.pk, "questions": [q.key for q, _t in cleaned]},
        )
    return booking


def booking_create(
    *,
    event: EventPage,
    user=None,
    actor,
    now: datetime | None = None,
    answers: dict | None = None,
    contact: BookingContact | None = None,
    questions: list | None = None,
) -> Booking:
    """Book a seat, or a place on the waiting list when the training is full.

    The booking is for an account (``user``) or, when an organiser books by
    phone, for a ``contact`` without one. ``answers`` (question key → form
    value) are checked and stored with the booking; ``None`` asks nothing (a
    booking an organiser adds). ``questions`` are the training's questions
    when the caller has read them already (the booking form), so a booking
    reads them once.
    """
    now = now or timezone.now()
    if (user is None) == (contact is None):
        raise ValueError("Book either an account or a contact.")
    organiser = contact is not None or (actor is not None and actor.pk != user.pk)
    person = {"contact": contact} if contact is not None else {"user": user}
    cleaned = (
        []
        if answers is None
        else answers_clean(
            questions
            if questions is not None
            else booking_questions.questions_for(event),
            answers,
        )
    )
    with transaction.atomic():
        event = _lock_event_for_booking(event)
        if organiser and not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        if not organiser:
            check_bookable(event, now)
        elif event.is_cancelled or event.is_past(now):
            raise BookingError("cancelled" if event.is_cancelled else "past")
        # One query for the seats taken, the queue's length and an earlier
        # booking of this person.
        counts = Booking.objects.filter(
            event=event, status__in=Booking.ACTIVE
        ).aggregate(
            confirmed=Count("pk", filter=Q(status=Booking.Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
            mine=Count("pk", filter=Q(**person)),
        )
        if counts["mine"]:
            existing = Booking.objects.get(
                event=event, status__in=Booking.ACTIVE, **person
            )
            if existing.is_waiting:
                raise BookingError(
                    "already_waiting", position=selectors.waiting_position(existing)
                )
            raise BookingError("already_booked")
        if event.capacity is None or counts["confirmed"] < event.capacity:
            status = Booking.Status.CONFIRMED
        elif event.waiting_list_enabled:
            status = Booking.Status.WAITING
        else:
            raise BookingError("full")
        # Stamped under the lock, so the waiting list keeps the order of arrival.
        stamp = timezone.now()
        try:
            # No savepoint: a refused insert ends the whole transaction, which
            # has written nothing before it.
            booking = Booking.objects.create(
                event=event,
                status=status,
                **person,
                queued_at=stamp,
                confirmed_at=stamp if status == Booking.Status.CONFIRMED else None,
            )
        except IntegrityError as error:
            raise BookingError("already_booked") from error
        # Last in the queue: under the lock nobody joined since the count.
        booking.position = (
            counts["waiting"] + 1 if status == Booking.Status.WAITING else None
        )
        _answers_store(booking, cleaned, new=True)
        _log_new(
            booking,
            "events.booking_create",
            user=actor,
            data={
                "event": event.pk,
                **{key: value.pk for key, value in person.items()},
                "status": status,
            },
        )
        # In the booking's transaction: the mail's row commits with the booking
        # or not at all, and one commit serves both.
        if status == Booking.Status.CONFIRMED:
            outbox.enqueue(
                tasks.booking_confirmation_send_task, booking.pk, recipient=user
            )
        else:
            outbox.enqueue(tasks.booking_waiting_send_task, booking.pk, recipient=user)
    return booking


def booking_cancel(
    *,
    booking: Booking,
    actor,
    now: datetime | None = None,
    account_erased: bool = False,
) -> list[Booking]:
    """Cancel a booking (by its owner or an organiser); promote who fits.

    ``account_erased``: the person's account is being erased, so no deadline
    applies (they will not come) and nobody mails the address that goes.
    Return the bookings promoted from the waiting list.
    """
    now = now or timezone.now()
    by_organiser = actor.pk != booking.user_id
    with transaction.atomic():
        event = _lock_event(booking.event)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if by_organiser and not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        if booking.status == Booking.Status.CANCELLED:
            raise BookingError("not_active")
        was_confirmed = booking.is_confirmed
        if not by_organiser and was_confirmed and not account_erased:
            deadline = event.cancellation_closes()
            if deadline and deadline <= now:
                raise BookingError("cancel_deadline", date=_format_datetime(deadline))
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = now
        booking.cancelled_by_organiser = by_organiser
        # Needs asked for the training are kept no longer than the booking.
        BookingAnswer.objects.filter(booking=booking).delete()
        booking.save(
            update_fields=[
                "status",
                "cancelled_at",
                "cancelled_by_organiser",
                "updated_at",
            ]
        )
        log(
            instance=booking,
            action="events.booking_cancel",
            user=actor,
            data={
                "event": event.pk,
                "user": booking.user_id,
                "by_organiser": by_organiser,
                "was": "confirmed" if was_confirmed else "waiting",
            },
        )
        promoted = _promote(event, actor=actor, now=now) if was_confirmed else []
    if not account_erased:
        outbox.enqueue(
            tasks.booking_cancellation_send_task, booking.pk, recipient=booking.user
        )
    return promoted


def waiting_list_promote(
    *, event: EventPage, actor, now: datetime | None = None
) -> list[Booking]:
    """Confirm as many waiting people as there are free seats (capacity raised)."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock_event(event)
        return _promote(event, actor=actor, now=now)


def _promote(event: EventPage, *, actor, now: datetime) -> list[Booking]:
    """Promote in queue order; the caller holds the lock on the event."""
    if event.is_cancelled or event.is_past(now):
        return []
    waiting = Booking.objects.select_for_update().filter(
        event=event, status=Booking.Status.WAITING
    )
    if event.capacity is not None:
        free = event.capacity - confirmed_count(event)
        if free <= 0:
            return []
        waiting = waiting.order_by("queued_at", "pk")[:free]
    promoted = list(waiting)
    for booking in promoted:
        booking.status = Booking.Status.CONFIRMED
        booking.confirmed_at = now
        booking.save(update_fields=["status", "confirmed_at", "updated_at"])
        log(
            instance=booking,
            action="events.booking_promote",
            user=actor,
            data={"event": event.pk, "user": booking.user_id},
        )
        outbox.enqueue(
            tasks.booking_promotion_send_task, booking.pk, recipient=booking.user
        )
    return promoted


def booking_move_up(*, booking: Booking, actor) -> Booking:
    """Put a waiting person at the head of the waiting list."""
    with transaction.atomic():
        event = _lock_event(booking.event)
        if not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if not booking.is_waiting:
            raise BookingError("not_waiting")
        first = Booking.objects.filter(
            event=event, status=Booking.Status.WAITING
        ).aggregate(first=Min("queued_at"))["first"]
        booking.queued_at = first - timedelta(microseconds=1)
        booking.save(update_fields=["queued_at", "updated_at"])
        log(
            instance=booking,
            action="events.booking_move_up",
            user=actor,
            data={"event": event.pk, "user": booking.user_id},
        )
        _promote(event, actor=actor, now=timezone.now())
    return booking


def can_manage_event(user, event: EventPage) -> bool:
    """Trainers of this training and coordinators manage its participants."""
    from cms import roles

    if not user.is_authenticated:
        return False
    return roles.is_coordinator(user) or (
        roles.is_trainer(user) and event.trainers.filter(pk=user.pk).exists()
    )


def attendance_window(session: EventSession) -> tuple[datetime, datetime]:
    """Return when attendance of a session can first and last be recorded."""
    opens = session.start - timedelta(minutes=settings.ATTENDANCE_OPENS_MINUTES_BEFORE)
    closes = session.end + timedelta(days=settings.ATTENDANCE_CLOSES_DAYS_AFTER)
    return opens, closes


def check_attendance_window(session: EventSession, now: datetime) -> None:
    """Raise BookingError when attendance of this session cannot be true now."""
    opens, closes = attendance_window(session)
    if now < opens:
        raise BookingError("attendance_not_yet", date=_format_datetime(opens))
    if now > closes:
        raise BookingError("attendance_closed", date=_format_datetime(closes))


def attendance_record(
    *,
    session: EventSession,
    booking: Booking,
    state: str,
    actor,
    now: datetime | None = None,
) -> Attendance:
    """Record whether a confirmed participant was at one session.

    Only from shortly before the session starts until a few days after it
    ends (``ATTENDANCE_*`` settings). Every change goes to the learning app at
    once, which completes a course or takes a completion back.
    """
    now = now or timezone.now()
    if state not in Attendance.State.values:
        raise BookingError("not_allowed")
    with transaction.atomic():
        event = _lock_event(booking.event)
        if session.event_id != booking.event_id:
            raise BookingError("wrong_session")
        if not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        if not booking.is_confirmed:
            raise BookingError("not_confirmed")
        check_attendance_window(session, now)
        attendance, _created = Attendance.objects.update_or_create(
            booking=booking,
            session=session,
            defaults={"state": state, "recorded_by": actor},
        )
        log(
            instance=attendance,
            action="events.attendance_record",
            user=actor,
            data={
                "event": event.pk,
                "session": session.pk,
                "user": booking.user_id,
                "state": state,
            },
        )
        # ``related_courses`` is a ParentalManyToManyField: read it through all().
        # A contact without an account has no courses to complete.
        if booking.user_id:
            hooks.call(
                hooks.ATTENDANCE_CHANGED,
                user=booking.user,
                training=event,
                course_ids=[course.pk for course in event.related_courses.all()],
            )
    return attendance


def trainer_message_send(
    *, event: EventPage, subject: str, body: str, actor, include_waiting_list=False
) -> TrainerMessage:
    """Store a trainer's message and mail it to every participant."""
    subject, body = subject.strip(), body.strip()
    if not subject or not body:
        raise BookingError("message_empty")
    with transaction.atomic():
        if not can_manage_event(actor, event):
            raise BookingError("not_allowed")
        message = TrainerMessage.objects.create(
            event=event,
            author=actor,
            subject=subject,
            body=body,
            include_waiting_list=include_waiting_list,
        )
        log(
            instance=message,
            action="events.message_send",
            user=actor,
            data={"event": event.pk},
        )
    outbox.enqueue(tasks.trainer_message_send_task, message.pk)
    return message


def reminders_plan(*, now: datetime | None = None) -> int:
    """Plan a reminder for every confirmed participant of a session starting
    within 24 hours; return how many were newly planned.

    Each reminder is an outbox row of its own, keyed by booking and session:
    an hourly run plans none twice, and one failed mail is retried alone.
    """
    now = now or timezone.now()
    rows = Booking.objects.filter(
        status=Booking.Status.CONFIRMED,
        event__live=True,
        event__is_cancelled=False,
        event__sessions__start__gt=now,
        event__sessions__start__lte=now + timedelta(hours=24),
    ).values_list("pk", "user_id", "event__sessions__pk")
    # One key per booking and session; one query tells which were planned.
    due = {
        f"{booking}:{session}": (booking, user, session)
        for booking, user, session in rows
    }
    already = outbox.planned(tasks.reminder_send_task, keys=due)
    planned = 0
    for key, (booking_id, user_id, session_id) in due.items():
        if key in already:
            continue
        with transaction.atomic():
            outbox.enqueue(
                tasks.reminder_send_task,
                booking_id,
                session_id,
                key=key,
                recipient=user_id,
            )
        planned += 1
    return planned


def calendar_feed_create(*, user, name: str) -> tuple[CalendarFeed, str]:
    """Create a personal feed link; return it with its token (shown only once)."""
    name = name.strip()[:80]
    if not name:
        raise BookingError("feed_name")
    # 32 bytes: 256 bits of randomness; only the hash is stored.
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        feed = CalendarFeed.objects.create(
            user=user, name=name, token_hash=CalendarFeed.hash_token(token)
        )
        log(instance=feed, action="events.feed_create", user=user)
    return feed, token


def calendar_feed_revoke(*, feed: CalendarFeed, actor) -> None:
    """Revoke a feed link: it answers 404 from now on."""
    with transaction.atomic():
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at"])
        log(instance=feed, action="events.feed_revoke", user=actor)


def calendar_feed_rotate(*, feed: CalendarFeed, actor) -> tuple[CalendarFeed, str]:
    """Replace a feed link by a new one with the same name."""
    with transaction.atomic():
        calendar_feed_revoke(feed=feed, actor=actor)
        return calendar_feed_create(user=feed.user, name=feed.name)


def event_changed(*, event_id: int, changes: list[str]) -> None:
    """React to a published change: promote after a capacity rise, tell people."""
    # A translation's own page has no bookings: nothing to tell.
    event = in_default_locale(EventPage.objects.filter(pk=event_id)).first()
    if event is None:
        return
    if "capacity" in changes:
        waiting_list_promote(event=event, actor=None)
    if "unpublished" in changes:
        _unpublished_notify(event)
        return
    if {"time", "place", "cancelled", "reinstated"} & set(changes):
        from events import notifications

        notifications.event_change_notify(event=event, changes=changes)


def _unpublished_notify(event: EventPage) -> None:
    """Tell the people booked on a training taken offline, like a cancellation."""
    from events import notifications

    if event.live or event.is_cancelled or event.is_past():
        return
    notifications.event_change_notify(event=event, changes=["unpublished"])


def page_delete_refusal(*, pages) -> str | None:
    """Say why these pages (with everything below them) cannot be deleted.

    A training with bookings or attendance keeps them: it is cancelled (and
    later unpublished), never deleted.
    """
    from wagtail.models import Page

    query = Page.objects.none()
    for page in pages:
        query |= Page.objects.descendant_of(page, inclusive=True)
    events = EventPage.objects.filter(pk__in=query.values("pk")).order_by("path")
    for event in events:
        bookings = Booking.objects.filter(event=event).count()
        if bookings or Attendance.objects.filter(session__event=event).exists():
            return ngettext(
                "Die Schulung „%(title)s“ kann nicht gelöscht werden: Es gibt "
                "%(count)d Buchung dazu, mit Anwesenheit und Verlauf. Sagen Sie "
                "die Schulung stattdessen ab (Abschnitt „Absage“ beim "
                "Bearbeiten): Alle mit Buchung werden benachrichtigt. Danach "
                "können Sie die Veröffentlichung aufheben; die Nachweise der "
                "Teilnehmenden bleiben erhalten.",
                "Die Schulung „%(title)s“ kann nicht gelöscht werden: Es gibt "
                "%(count)d Buchungen dazu, mit Anwesenheiten und Verlauf. Sagen Sie "
                "die Schulung stattdessen ab (Abschnitt „Absage“ beim "
                "Bearbeiten): Alle mit Buchung werden benachrichtigt. Danach "
                "können Sie die Veröffentlichung aufheben; die Nachweise der "
                "Teilnehmenden bleiben erhalten.",
                bookings,
            ) % {"title": event.title, "count": bookings}
    return None


def session_removal_refusal(*, event: EventPage, kept_session_ids) -> str | None:
    """Say why a save that drops sessions with attendance cannot be done."""
    if not event.pk:
        return None
    dropped = (
        EventSession.objects.filter(event_id=event.pk, attendances__isnull=False)
        .exclude(pk__in=[pk for pk in kept_session_ids if pk])
        .distinct()
        .order_by("start")
        .first()
    )
    if dropped is None:
        return None
    return gettext(
        "Der Termin am %(when)s kann nicht entfernt werden, weil für ihn schon "
        "Anwesenheiten erfasst sind. Lassen Sie den Termin stehen oder sagen "
        "Sie die Schulung ab (Abschnitt „Absage“)."
    ) % {"when": _format_datetime(dropped.start)}


def event_copy_for_waiting_list(
    *,
    event: EventPage,
    sessions: list[tuple[datetime, datetime]],
    actor,
    now: datetime | None = None,
) -> EventPage:
    """Offer a training again on new dates, first to the people waiting for it.

    The copy is published next to the training. Its seats go to the waiting
    list in its order; whoever finds no seat waits on the copy instead. Each
    old waiting-list entry is cancelled, since the person now has a place in
    the new training, and each person gets one email about it.
    """
    from cms import roles

    now = now or timezone.now()
    if actor is None or not roles.is_coordinator(actor):
        raise BookingError("not_allowed")
    sessions = sorted(sessions)
    if not sessions:
        raise BookingError("copy_no_sessions")
    if any(end <= start for start, end in sessions):
        raise BookingError("copy_end_before_start")
    if sessions[0][0] <= now:
        raise BookingError("copy_past")
    with transaction.atomic():
        locked = EventPage.objects.select_for_update(of=("self",)).filter(pk=event.pk)
        event = locked.first()
        if event is None:
            raise BookingError("copy_unknown")
        waiting = list(
            Booking.objects.select_for_update()
            .filter(event=event, status=Booking.Status.WAITING)
            .order_by("queued_at", "pk")
        )
        if not waiting:
            raise BookingError("copy_no_waiting")
        copy = _event_copy(event, sessions=sessions, actor=actor)
        moved = [
            _booking_move(
                booking,
                to=copy,
                confirm=copy.capacity is None or position < copy.capacity,
                actor=actor,
                now=now,
            )
            for position, booking in enumerate(waiting)
        ]
        log(
            instance=copy,
            action="events.event_copy",
            user=actor,
            data={
                "event": event.pk,
                "copy": copy.pk,
                "moved": [booking.user_id for booking in moved],
            },
        )
    for booking in moved:
        outbox.enqueue(
            tasks.booking_moved_send_task, booking.pk, recipient=booking.user
        )
    return copy


def _event_copy(event: EventPage, *, sessions, actor) -> EventPage:
    """Publish a sibling of the training with the same content and new sessions."""
    parent = event.get_parent()
    # Room for the date and a counter within Wagtail's 255 characters.
    base = f"{event.slug[:240]}-{timezone.localtime(sessions[0][0]):%Y-%m-%d}"
    taken = set(
        parent.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    copy = EventPage(
        title=event.title,
        slug=slug,
        summary=event.summary,
        description=list(event.description.raw_data),
        format=event.format,
        dimension=event.dimension,
        venue_id=event.venue_id,
        meeting_url=event.meeting_url,
        dial_in=event.dial_in,
        capacity=event.capacity,
        waiting_list_enabled=event.waiting_list_enabled,
        target_group=event.target_group,
        owner=actor,
    )
    copy.sessions = [EventSession(start=start, end=end) for start, end in sessions]
    copy.trainers = list(event.trainers.all())
    copy.topics = list(event.topics.all())
    copy.related_courses = list(event.related_courses.all())
    parent.add_child(instance=copy)
    copy.save_revision(user=actor).publish(user=actor)
    copy.refresh_from_db()
    return copy


def _booking_move(
    booking: Booking, *, to: EventPage, confirm: bool, actor, now: datetime
) -> Booking:
    """Cancel a waiting-list entry and give the person a place on the copy."""
    booking.status = Booking.Status.CANCELLED
    booking.cancelled_at = now
    booking.cancelled_by_organiser = True
    booking.save(
        update_fields=["status", "cancelled_at", "cancelled_by_organiser", "updated_at"]
    )
    log(
        instance=booking,
        action="events.booking_cancel",
        user=actor,
        data={
            "event": booking.event_id,
            "user": booking.user_id,
            "by_organiser": True,
            "was": "waiting",
            "reason": "moved_to_new_date",
            "new_event": to.pk,
        },
    )
    status = Booking.Status.CONFIRMED if confirm else Booking.Status.WAITING
    moved = Booking.objects.create(
        event=to,
        user_id=booking.user_id,
        contact_id=booking.contact_id,
        status=status,
        # The old place in the queue keeps the order on the new waiting list.
        queued_at=booking.queued_at,
        confirmed_at=now if confirm else None,
    )
    log(
        instance=moved,
        action="events.booking_create",
        user=actor,
        data={
            "event": to.pk,
            "user": booking.user_id,
            "status": status,
            "moved_from": booking.event_id,
        },
    )
    return moved


# -- Retention: participant lists and calendar links are kept no longer. ------

PARTICIPANTS_RETENTION = timedelta(days=365)
FEED_RETENTION = timedelta(days=365)
REVOKED_FEED_RETENTION = timedelta(days=30)


def participant_lists_anonymise(*, now: datetime) -> int:
    """Anonymise the participant lists of trainings that ended a year ago.

    Counts stay on a summary; the waiting list, cancellations and trainer
    messages go; confirmed bookings and their attendance stay, because they
    are the participants' own history and the ground of their certificates.
    """
    due = (
        in_default_locale(EventPage.objects.filter(participation_summary__isnull=True))
        .annotate(last_end=Max("sessions__end"))
        .filter(last_end__lt=now - PARTICIPANTS_RETENTION)
    )
    done = 0
    for event in due.iterator():
        with transaction.atomic():
            bookings = Booking.objects.filter(event=event)
            ParticipationSummary.objects.create(
                event=event,
                confirmed=bookings.filter(status=Booking.Status.CONFIRMED).count(),
                attended=bookings.filter(attendances__state=Attendance.State.ATTENDED)
                .distinct()
                .count(),
                waiting=bookings.filter(status=Booking.Status.WAITING).count(),
                cancelled=bookings.filter(status=Booking.Status.CANCELLED).count(),
                anonymised_at=now,
            )
            bookings.exclude(status=Booking.Status.CONFIRMED).delete()
            TrainerMessage.objects.filter(event=event).delete()
            Attendance.objects.filter(booking__event=event).update(recorded_by=None)
        done += 1
    return done


def _phone_digits(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    # 0208 …, +49 208 … and 0049 208 … are the same line.
    if phone.strip().startswith("+") and digits.startswith("49"):
        return "0" + digits[2:]
    if digits.startswith("0049"):
        return "0" + digits[4:]
    return digits


def booking_contact_create(
    *,
    name: str,
    phone: str,
    email: str,
    consent_note: str,
    actor,
    now: datetime | None = None,
) -> BookingContact:
    """Record a person without an account, who agreed by phone to be booked."""
    from django.contrib.auth import get_user_model

    name, phone = " ".join(name.split())[:150], phone.strip()[:40]
    email, consent_note = email.strip().lower()[:254], consent_note.strip()[:500]
    if not name:
        raise BookingError("contact_name")
    if not phone and not email:
        raise BookingError("contact_reach")
    if not consent_note:
        raise BookingError("contact_consent")
    if email and get_user_model().objects.filter(email__iexact=email).exists():
        raise BookingError("contact_has_account")
    with transaction.atomic():
        candidates = BookingContact.objects.select_for_update()
        if email:
            same = candidates.filter(email__iexact=email).first()
            if same is not None:
                raise BookingError("contact_duplicate", name=same.name)
        digits = _phone_digits(phone)
        if digits:
            for other in candidates.exclude(phone=""):
                if _phone_digits(other.phone) == digits:
                    raise BookingError("contact_duplicate", name=other.name)
        contact = BookingContact.objects.create(
            name=name,
            phone=phone,
            email=email,
            consent_note=consent_note,
            consent_recorded_by=actor,
            consent_recorded_at=now or timezone.now(),
        )
        log(instance=contact, action="events.contact_create", user=actor)
    return contact


def contact_bookings_claim(*, user, email: str) -> list[Booking]:
    """Move the bookings of a contact with this address to the person's account.

    Called only once the address is confirmed as theirs. A training the
    account is already booked on keeps the account's booking; the contact's
    stays as it is.
    """
    email = email.strip().lower()
    if not email or user.email.strip().lower() != email:
        return []
    moved = []
    with transaction.atomic():
        contacts = list(
            BookingContact.objects.select_for_update().filter(email__iexact=email)
        )
        for contact in contacts:
            for booking in Booking.objects.select_for_update().filter(contact=contact):
                taken = Booking.objects.filter(
                    event_id=booking.event_id, user=user, status__in=Booking.ACTIVE
                ).exists()
                if taken and booking.status in Booking.ACTIVE:
                    continue
                booking.user, booking.contact = user, None
                booking.save(update_fields=["user", "contact", "updated_at"])
                log(
                    instance=booking,
                    action="events.booking_claim",
                    user=user,
                    data={"event": booking.event_id, "contact": contact.pk},
                )
                moved.append(booking)
            if not contact.bookings.exists():
                contact.delete()
    return moved


CONTACT_RETENTION = timedelta(days=365)


def contacts_anonymise(*, now: datetime) -> int:
    """Remove the details of contacts whose last training ended a year ago.

    Their bookings stay for the counts, under "Gelöschte Person".
    """
    from django.db.models import Exists, OuterRef

    recent = Booking.objects.filter(contact=OuterRef("pk")).filter(
        Q(event__ends_at__isnull=True) | Q(event__ends_at__gte=now - CONTACT_RETENTION)
    )
    due = (
        BookingContact.objects.exclude(consent_note="")
        .filter(consent_recorded_at__lt=now - CONTACT_RETENTION)
        .exclude(Exists(recent))
    )
    return due.update(
        name=gettext("Gelöschte Person"), phone="", email="", consent_note=""
    )


def booking_answers_erase(*, now: datetime) -> int:
    """Erase the booking answers of trainings that are over.

    They may name health or accessibility needs (DSGVO Art. 9) and serve only
    to prepare the training.
    """
    removed, _details = BookingAnswer.objects.filter(
        Q(booking__event__ends_at__lt=now) | Q(booking__status=Booking.Status.CANCELLED)
    ).delete()
    return removed


def calendar_feeds_remove_unused(*, now: datetime) -> int:
    """Remove calendar links unused for a year, and revoked ones after 30 days."""
    removed, _details = (
        CalendarFeed.objects.filter(
            Q(revoked_at__lt=now - REVOKED_FEED_RETENTION)
            | Q(last_used_at__lt=now - FEED_RETENTION)
            | Q(last_used_at__isnull=True, created_at__lt=now - FEED_RETENTION)
        )
    ).delete()
    return removed


def calendar_feed_mark_used(*, feed: CalendarFeed, now: datetime | None = None) -> None:
    """Note that a calendar link was used, at most once a day (one cheap write)."""
    now = now or timezone.now()
    if feed.last_used_at is None or feed.last_used_at < now - timedelta(days=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)


# -- Evaluations: after a training's last session ------------------------------

#: How long the invitation link works after the training ended.
EVALUATION_DAYS = 14
#: Trainings that ended longer ago than this are not asked about any more.
EVALUATION_LOOKBACK_DAYS = 7
EVALUATION_SUBJECT = "events.eventpage"


def evaluation_questionnaire(event: EventPage):
    from cms import questionnaires

    return event.evaluation_questionnaire or questionnaires.default_questionnaire()


def evaluation_open(*, event: EventPage, now: datetime | None = None):
    """Open a training's evaluation and invite everyone who attended, once.

    Return the survey, or ``None`` when there is no questionnaire. Each new
    invitation is mailed after the transaction commits.
    """
    from cms import questionnaires

    now = now or timezone.now()
    questionnaire = evaluation_questionnaire(event)
    if questionnaire is None or event.ends_at is None:
        return None
    with transaction.atomic():
        survey, _created = questionnaires.survey_open(
            subject=EVALUATION_SUBJECT,
            object_id=event.pk,
            questionnaire=questionnaire,
            title=event.title,
            closes_at=max(event.ends_at, now) + timedelta(days=EVALUATION_DAYS),
        )
        invited = questionnaires.invite(
            survey=survey, user_ids=selectors.attended_user_ids(event)
        )
        for invitation in invited:
            outbox.enqueue(
                tasks.evaluation_invitation_send_task,
                invitation.pk,
                key=f"evaluation-{invitation.pk}",
                recipient=invitation.user_id,
            )
    return survey


def evaluations_open_due(*, now: datetime | None = None) -> int:
    """Open the evaluation of every training whose last session just ended."""
    now = now or timezone.now()
    opened = 0
    for event in selectors.trainings_due_for_evaluation(
        now=now, lookback=timedelta(days=EVALUATION_LOOKBACK_DAYS)
    ):
        if evaluation_open(event=event, now=now) is not None:
            opened += 1
    return opened


def training_draft_from_request(*, draft, user) -> EventPage | None:
    """Start an unpublished training below the calendar from a training request.

    Title, description, format, dimension, topics and district come from the
    request; dates, place and seats the coordinator adds in the editor. Return
    None when there is no calendar to put it in.
    """
    from django.utils.html import escape, linebreaks
    from django.utils.text import Truncator, slugify
    from wagtail.coreutils import find_available_slug

    calendar = in_default_locale(EventIndexPage.objects.all()).first()
    if calendar is None:
        return None
    formats = {EventPage.Format.IN_PERSON, EventPage.Format.ONLINE}
    with transaction.atomic():
        page = EventPage(
            title=draft.title,
            slug=find_available_slug(calendar, slugify(draft.title)[:70] or "schulung"),
            summary=Truncator(draft.description).chars(400),
            description=[("paragraph", linebreaks(escape(draft.description)))],
            format=draft.format
            if draft.format in formats
            else EventPage.Format.IN_PERSON,
            dimension=draft.dimension,
            district_id=draft.district_id,
            live=False,
            owner=user,
        )
        page.topics = list(draft.topic_ids)
        calendar.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        log(
            instance=page,
            action="events.training_from_request",
            user=user,
            data={"request": draft.request_id},
        )
    return page
