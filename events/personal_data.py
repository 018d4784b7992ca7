"""What the events app stores about people: registered in ``wagtail_hooks.py``.

Erasure cancels the person's bookings of trainings still to come through
``booking_cancel`` (the waiting list moves up and the promoted person is told);
bookings and attendance of past trainings stay for the counts, under
"Gelöschte Person".
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.i18n import in_default_locale
from cms.personal_data import PersonalData
from events import services
from events.models import (
    Attendance,
    Booking,
    BookingAnswer,
    CalendarFeed,
    EventPage,
    TrainerMessage,
)

_TRAININGS = _("Buchungen von Schulungen, Warteliste und Anwesenheit")
_UNTIL_DELETION = _("bis zur Löschung des Kontos")
_ORGANISERS = _("Sie, Trainer:innen der Schulung und Koordination")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_bookings(user) -> list[dict]:
    return [
        {
            "schulung": b.event.title,
            "beginn": _iso(b.event.starts_at),
            "status": b.get_status_display(),
            "gebucht_am": _iso(b.created_at),
            "bestaetigt_am": _iso(b.confirmed_at),
            "abgesagt_am": _iso(b.cancelled_at),
        }
        for b in Booking.objects.filter(user=user).select_related("event")
    ]


def export_answers(user) -> list[dict]:
    rows = BookingAnswer.objects.filter(booking__user=user).select_related(
        "booking__event"
    )
    return [
        {
            "schulung": a.booking.event.title,
            "frage": a.question_label,
            "antwort": a.value,
            "geaendert_am": _iso(a.updated_at),
        }
        for a in rows
    ]


def erase_answers(erasure) -> None:
    BookingAnswer.objects.filter(booking__user=erasure.user).delete()


def export_attendance(user) -> list[dict]:
    rows = Attendance.objects.filter(booking__user=user).select_related(
        "booking__event", "session"
    )
    return [
        {
            "schulung": a.booking.event.title,
            "termin": _iso(a.session.start) if a.session_id else None,
            "anwesenheit": a.get_state_display(),
            "erfasst_am": _iso(a.recorded_at),
        }
        for a in rows
    ]


def export_feeds(user) -> list[dict]:
    # Names and dates only: the secret link is never exported.
    return [
        {
            "name": f.name,
            "angelegt_am": _iso(f.created_at),
            "widerrufen_am": _iso(f.revoked_at),
            "zuletzt_benutzt": _iso(f.last_used_at),
        }
        for f in CalendarFeed.objects.filter(user=user)
    ]


def export_trainer_messages(user) -> list[dict]:
    return [
        {
            "schulung": m.event.title,
            "betreff": m.subject,
            "text": m.body,
            "gesendet_am": _iso(m.created_at),
        }
        for m in TrainerMessage.objects.filter(author=user).select_related("event")
    ]


def export_trained_events(user) -> list[dict]:
    return [
        {"schulung": e.title, "beginn": _iso(e.starts_at)}
        for e in in_default_locale(EventPage.objects.filter(trainers=user))
    ]


def erase_bookings(erasure) -> None:
    """Cancel every booking of a training still to come; promote who waits."""
    now = timezone.now()
    active = Booking.objects.filter(
        user=erasure.user, status__in=Booking.ACTIVE
    ).select_related("event")
    for booking in active:
        if booking.event.is_past(now):
            continue
        services.booking_cancel(
            booking=booking, actor=erasure.user, now=now, account_erased=True
        )


def erase_trainer_messages(erasure) -> None:
    """Messages stay with the training; the author's names leave the text."""
    for message in TrainerMessage.objects.filter(author=erasure.user):
        message.subject = erasure.scrub(message.subject)
        message.body = erasure.scrub(message.body)
        message.save(update_fields=["subject", "body"])


def _delete(model):
    def erase(erasure) -> None:
        model.objects.filter(user=erasure.user).delete()

    return erase


def erase_trainer_roles(erasure) -> None:
    EventPage.trainers.through.objects.filter(user=erasure.user).delete()


def personal_data() -> list[PersonalData]:
    return [
        PersonalData.nothing("events.Venue"),
        PersonalData.nothing("events.EventIndexPage"),
        PersonalData.nothing("events.EventSession"),
        # The questions a training asks; the answers are declared below.
        PersonalData.nothing("events.BookingQuestion"),
        # Counts only: what stays of a participant list after 12 months.
        PersonalData.nothing("events.ParticipationSummary"),
        PersonalData(
            "events.EventPage",
            key="schulungen_als_trainerin",
            label=_("Schulungen, die Sie leiten"),
            purpose=_("Wer eine Schulung leitet"),
            retention=_("solange die Rolle besteht"),
            visible_to=_("alle, die die Schulung sehen"),
            erasure=_("aus den Schulungen ausgetragen"),
            personal="trainers",
            none="summary description format dimension venue meeting_url dial_in "
            "capacity booking_opens_at booking_closes_at cancellation_deadline "
            "waiting_list_enabled target_group is_cancelled cancelled_reason "
            "cancelled_at starts_at ends_at sequence related_courses topics district "
            "standard_questions evaluation_questionnaire",
            export=export_trained_events,
            erase=erase_trainer_roles,
        ),
        PersonalData(
            "events.Booking",
            key="buchungen",
            label=_("Gebuchte Schulungen"),
            purpose=_TRAININGS,
            retention=_("Teilnahmelisten zwölf Monate nach der Schulung"),
            visible_to=_ORGANISERS,
            erasure=_(
                "kommende Schulungen: storniert, die Warteliste rückt nach; "
                "vergangene: bleiben für die Zählung unter „Gelöschte Person“"
            ),
            personal="user contact status created_at queued_at confirmed_at "
            "cancelled_at cancelled_by_organiser updated_at",
            none="event",
            export=export_bookings,
            erase=erase_bookings,
            order=10,
        ),
        PersonalData(
            "events.BookingContact",
            key="kontakte_ohne_konto",
            label=_("Telefonische Buchung ohne Konto"),
            purpose=_(
                "Menschen ohne Konto telefonisch für Schulungen buchen und sie "
                "erreichen"
            ),
            retention=_(
                "12 Monate nach der letzten Schulung; mit einem Konto unter derselben, "
                "bestätigten E-Mail-Adresse gehen die Buchungen ins Konto über und "
                "der Kontakt wird gelöscht"
            ),
            visible_to=_("Trainer:innen der Schulung und Koordination"),
            erasure=_(
                "auf Anfrage bei der Koordination gelöscht; sonst automatisch nach "
                "der Aufbewahrungsfrist"
            ),
            export_note=_(
                "Menschen ohne Konto erhalten Auskunft über die Koordination."
            ),
            personal="name phone email consent_note consent_recorded_by "
            "consent_recorded_at",
        ),
        PersonalData(
            "events.BookingAnswer",
            key="antworten_bei_der_buchung",
            label=_("Angaben bei der Buchung"),
            purpose=_(
                "Die Schulung vorbereiten: Leihgerät, Barrierefreiheit, Ernährung "
                "und weitere Fragen der Schulung"
            ),
            retention=_(
                "bis die Schulung vorbei ist (nächtliche Löschung) oder die "
                "Buchung abgesagt wird"
            ),
            visible_to=_ORGANISERS,
            erasure=_("gelöscht"),
            personal="booking updated_at",
            # Accessibility and dietary needs may reveal health (DSGVO Art. 9).
            special="value",
            none="question_key question_label position",
            export=export_answers,
            erase=erase_answers,
            order=5,
        ),
        PersonalData(
            "events.Attendance",
            key="anwesenheit",
            label=_("Anwesenheit"),
            purpose=_TRAININGS,
            retention=_("Teilnahmelisten zwölf Monate nach der Schulung"),
            visible_to=_ORGANISERS,
            erasure=_("bleibt für die Zählung unter „Gelöschte Person“"),
            personal="booking state recorded_by recorded_at",
            none="session",
            export=export_attendance,
        ),
        PersonalData(
            "events.TrainerMessage",
            key="nachrichten_an_teilnehmende",
            label=_("Nachrichten an Teilnehmende"),
            purpose=_("Trainer:innen informieren die Teilnehmenden einer Schulung"),
            retention=_("solange die Schulung besteht"),
            visible_to=_("die Teilnehmenden der Schulung"),
            erasure=_("bleibt bei der Schulung, Name entfernt"),
            personal="author subject body",
            none="event include_waiting_list created_at",
            export=export_trainer_messages,
            erase=erase_trainer_messages,
        ),
        PersonalData(
            "events.CalendarFeed",
            key="kalender_abos",
            label=_("Persönliche Kalender-Abos"),
            purpose=_("Ihre Schulungen im eigenen Kalender"),
            retention=_(
                "bis zum Widerruf (dann noch 30 Tage), höchstens 12 Monate nach "
                "der letzten Nutzung, oder bis zur Löschung des Kontos"
            ),
            visible_to=_("nur Sie"),
            erasure=_("gelöscht; die Links funktionieren nicht mehr"),
            personal="user name token_hash created_at revoked_at last_used_at",
            export=export_feeds,
            erase=_delete(CalendarFeed),
        ),
    ]
