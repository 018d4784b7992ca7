"""Trainings (Schulungen), their venues and sessions, bookings and attendance."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from cms import blocks
from cms.cache import PublicPageMixin, app_tag, page_tag
from cms.dimensions import Dimension
from cms.i18n import KeptOnTheOriginalMixin, default_locale_only, localize_snippets
from events.page_forms import EventPageForm

#: Free seats and waiting lists, as lists of trainings show them.
SEATS_TAG = app_tag("events", "seats")


class Venue(models.Model):
    """A place where in-person trainings happen, with its accessibility data."""

    name = models.CharField(_("Name"), max_length=150)
    street = models.CharField(_("Straße und Hausnummer"), max_length=150)
    postcode = models.CharField(_("Postleitzahl"), max_length=10)
    city = models.CharField(_("Ort"), max_length=80, default="Mülheim an der Ruhr")
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("Stadtteil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="venues",
    )
    room = models.CharField(_("Raum"), max_length=150, blank=True)
    step_free = models.BooleanField(_("Stufenlos erreichbar"), default=False)
    accessible_toilet = models.BooleanField(_("Barrierefreies WC"), default=False)
    hearing_loop = models.BooleanField(_("Induktionsschleife"), default=False)
    sign_language_on_request = models.BooleanField(
        _("Gebärdensprachdolmetschung auf Anfrage"), default=False
    )
    public_transport = models.TextField(_("Anfahrt mit Bus und Bahn"), blank=True)
    latitude = models.DecimalField(
        _("Breitengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Längengrad"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("street"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
        FieldPanel("district"),
        FieldPanel("room"),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
                FieldPanel("sign_language_on_request"),
            ],
            heading=_("Barrierefreiheit"),
        ),
        FieldPanel("public_transport"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Veranstaltungsort")
        verbose_name_plural = _("Veranstaltungsorte")

    def __str__(self) -> str:
        return self.name

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"

    @property
    def full_address(self) -> str:
        """Return name, room and address in one line, as calendars show it."""
        parts = [self.name, self.room, self.address]
        return ", ".join(part for part in parts if part)

    @property
    def osm_url(self) -> str:
        if self.latitude is not None and self.longitude is not None:
            return (
                "https://www.openstreetmap.org/?mlat="
                f"{self.latitude}&mlon={self.longitude}#map=18/"
                f"{self.latitude}/{self.longitude}"
            )
        query = self.address.replace(" ", "+")
        return f"https://www.openstreetmap.org/search?query={query}"

    def accessibility_features(self) -> list[str]:
        """Return the accessibility features this venue offers, as text."""
        return [
            str(label) for key, label in ACCESSIBILITY_FEATURES if getattr(self, key)
        ]


ACCESSIBILITY_FEATURES = (
    ("step_free", _("Stufenlos erreichbar")),
    ("accessible_toilet", _("Barrierefreies WC")),
    ("hearing_loop", _("Induktionsschleife")),
    ("sign_language_on_request", _("Gebärdensprache auf Anfrage")),
)


class EventIndexPage(PublicPageMixin, RoutablePageMixin, Page):
    """The calendar of trainings."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Veranstaltungskalender")

    def public_cache_tags(self) -> set[str]:
        # Its cards and month grid show every training's free seats.
        return {*super().public_cache_tags(), SEATS_TAG}

    # What the calendar lists is the same for everyone who asks with the same
    # filters: the template tag ``calendar_content`` builds and keeps it.

    # Routes hand the request to their view in views.py, imported when called
    # because views import these models. A file name ends without a slash; the
    # project's urls send such paths to Wagtail too.
    @re_path(r"^kalender\.ics/?$", name="feed")
    def feed_route(self, request):
        from events import views

        return views.public_feed(request, self)


class EventPage(KeptOnTheOriginalMixin, PublicPageMixin, RoutablePageMixin, Page):
    """A training, in person (Präsenz), online or hybrid."""

    class Format(models.TextChoices):
        IN_PERSON = "praesenz", _("Präsenz")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    summary = models.TextField(_("Kurzbeschreibung"), max_length=400, blank=True)
    description = StreamField(
        blocks.StandardStreamBlock(), blank=True, verbose_name=_("Beschreibung")
    )
    format = models.CharField(
        _("Format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices, blank=True
    )
    related_courses = ParentalManyToManyField(
        "learning.CoursePage",
        blank=True,
        related_name="trainings",
        verbose_name=_("Zugehörige Kurse"),
        help_text=_("Die Teilnahme zählt für den Abschluss dieser Kurse."),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("Veranstaltungsort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("Stadtteil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_(
            "Für welchen Stadtteil die Schulung gedacht ist. Leer lassen = der "
            "Stadtteil des Veranstaltungsorts."
        ),
    )
    meeting_url = models.URLField(
        _("Link zum Online-Treffen"),
        blank=True,
        help_text=_("Nur bestätigte Teilnehmende sehen diesen Link."),
    )
    dial_in = models.TextField(
        _("Einwahl per Telefon und Hinweise"),
        blank=True,
        help_text=_("Nur bestätigte Teilnehmende sehen diese Angaben."),
    )
    capacity = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, help_text=_("Leer lassen = unbegrenzt.")
    )
    booking_opens_at = models.DateTimeField(_("Buchbar ab"), null=True, blank=True)
    booking_closes_at = models.DateTimeField(
        _("Buchbar bis"),
        null=True,
        blank=True,
        help_text=_("Leer lassen = bis zum Beginn."),
    )
    cancellation_deadline = models.DateTimeField(
        _("Absagen möglich bis"),
        null=True,
        blank=True,
        help_text=_("Leer lassen = bis zum Beginn."),
    )
    waiting_list_enabled = models.BooleanField(_("Warteliste"), default=True)
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="trained_events",
        verbose_name=_("Trainerinnen und Trainer"),
    )
    target_group = models.CharField(_("Zielgruppe"), max_length=200, blank=True)
    topics = ParentalManyToManyField(
        "cms.Topic",
        blank=True,
        related_name="events",
        verbose_name=_("Themen"),
        limit_choices_to=default_locale_only,
    )

    class StandardQuestions(models.TextChoices):
        AUTO = "auto", _("Nach Art der Schulung")
        NONE = "keine", _("Keine Standardfragen")

    standard_questions = models.CharField(
        _("Standardfragen bei der Buchung"),
        max_length=10,
        choices=StandardQuestions.choices,
        default=StandardQuestions.AUTO,
        help_text=_(
            "Nach Art der Schulung: Präsenz und Hybrid fragen nach Barrierefreiheit, "
            "Online, Hybrid und Schulungen zum Thema „Digitales“ nach einem "
            "Leihgerät, ganztägige Schulungen nach der Ernährung."
        ),
    )
    evaluation_questionnaire = models.ForeignKey(
        "cms.Questionnaire",
        verbose_name=_("Fragebogen zur Bewertung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Nach dem letzten Termin werden alle Teilnehmenden um eine anonyme "
            "Bewertung gebeten. Leer lassen = der Standard-Fragebogen."
        ),
    )
    is_cancelled = models.BooleanField(_("Abgesagt"), default=False)
    cancelled_reason = models.TextField(_("Grund der Absage"), blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Kept from the sessions on every save, so lists sort and filter cheaply.
    starts_at = models.DateTimeField(null=True, blank=True, editable=False)
    ends_at = models.DateTimeField(null=True, blank=True, editable=False)
    # iCal SEQUENCE: rises with every change of time, place or status.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("district"),
                FieldPanel("meeting_url"),
                FieldPanel("dial_in"),
            ],
            heading=_("Format und Ort"),
        ),
        InlinePanel("sessions", label=_("Termine"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("waiting_list_enabled"),
                FieldRowPanel(
                    [FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]
                ),
                FieldPanel("cancellation_deadline"),
            ],
            heading=_("Buchung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("standard_questions"),
                InlinePanel("questions", label=_("Eigene Frage")),
            ],
            heading=_("Fragen bei der Buchung"),
        ),
        FieldPanel("trainers"),
        FieldPanel("target_group"),
        FieldPanel("dimension"),
        FieldPanel("topics"),
        FieldPanel("related_courses"),
        FieldPanel("evaluation_questionnaire"),
        MultiFieldPanel(
            [FieldPanel("is_cancelled"), FieldPanel("cancelled_reason")],
            heading=_("Absage"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    base_form_class = EventPageForm

    # Sessions and booking questions belong to the German page, like its
    # bookings, attendance and answers: a translation carries text only.
    # wagtail-localize would copy these child rows into the translation when it
    # is made and again on every update; copies of sessions would be counted a
    # second time by the calendar, the feeds, reminders and reports, and
    # nobody could book them. So they are neither copied nor kept in sync.
    KEPT_ON_THE_ORIGINAL = ("sessions", "questions")
    override_translatable_fields = [
        *(BaseTranslatableField(name) for name in KEPT_ON_THE_ORIGINAL),
        # Dial-in numbers and PINs are for confirmed participants only: they
        # never go into a PO file for outside translators.
        SynchronizedField("dial_in", overridable=False),
    ]

    class Meta:
        verbose_name = _("Schulung")
        verbose_name_plural = _("Schulungen")

    def with_content_json(self, content):
        """Build the page of a revision, keeping every session with attendance.

        An older revision may lack a session that has attendance by now;
        publishing it (by revert, workflow or schedule) keeps that session.
        """
        page = super().with_content_json(content)
        if not self.pk:
            return page
        sessions = list(page.sessions.all())
        kept = {session.pk for session in sessions}
        attended = EventSession.objects.filter(
            event_id=self.pk, attendances__isnull=False
        ).distinct()
        missing = [session for session in attended if session.pk not in kept]
        if missing:
            page.sessions = sorted([*sessions, *missing], key=lambda s: s.start)
        return page

    def clean(self) -> None:
        super().clean()
        # Page.save() runs full_clean(): code that drops a session with
        # attendance is refused before modelcluster would delete it.
        from django.core.exceptions import ValidationError

        from events.services import session_removal_refusal

        refusal = session_removal_refusal(
            event=self, kept_session_ids=[session.pk for session in self.sessions.all()]
        )
        if refusal:
            raise ValidationError(refusal)

    def live_related_courses(self) -> list:
        """Return the published courses this training counts for.

        A revision shown in the admin holds its courses in a list, not a query
        set, so this filters in Python: one query either way.
        """
        return [course for course in self.related_courses.all() if course.live]

    def get_context(self, request, *args, **kwargs):
        from events.forms import BookingAnswersForm
        from events.selectors import event_detail

        context = super().get_context(request, *args, **kwargs)
        kept = not getattr(request, "is_preview", False)
        context.update(event_detail(event=self, user=request.user, kept=kept))
        context["event_topics"] = localize_snippets(context.pop("topics"))
        if context["questions"]:
            context["answers_form"] = BookingAnswersForm(questions=context["questions"])
        return context

    @path("buchen/", name="book")
    def book_route(self, request):
        from events import views

        return views.book(request, self)

    @path("angaben/", name="answers")
    def answers_route(self, request):
        from events import views

        return views.answers(request, self)

    @path("telefonisch-buchen/", name="phone_booking")
    def phone_booking_route(self, request):
        from events import views

        return views.phone_booking(request, self)

    @path("bestaetigung/<int:booking_id>/", name="confirmation")
    def confirmation_route(self, request, booking_id: int):
        from events import views

        return views.confirmation(request, self, booking_id)

    @path("absagen/<int:booking_id>/", name="cancel")
    def cancel_route(self, request, booking_id: int):
        from events import views

        return views.cancel(request, self, booking_id)

    @re_path(r"^kalender\.ics/?$", name="ics")
    def ics_route(self, request):
        from events import views

        return views.event_ics(request, self)

    @path("teilnehmende/", name="participants")
    def participants_route(self, request):
        from events import views

        return views.participants(request, self)

    @re_path(r"^teilnehmende\.csv/?$", name="participants_csv")
    def participants_csv_route(self, request):
        from events import views

        return views.participants_csv(request, self)

    @path("teilnehmerliste/", name="sign_in_sheet")
    def sign_in_sheet_route(self, request):
        from events import views

        return views.sign_in_sheet(request, self)

    @path("check-in/<int:session_id>/", name="check_in")
    def check_in_route(self, request, session_id: int):
        from events import views

        return views.check_in(request, self, session_id)

    @path("bewertung/", name="evaluation")
    def evaluation_route(self, request):
        from events import views

        return views.evaluation(request, self)

    @path("bewertung/ergebnisse/", name="evaluation_results")
    def evaluation_results_route(self, request):
        from events import views

        return views.evaluation_results(request, self)

    @re_path(r"^bewertung/ergebnisse\.csv/?$", name="evaluation_results_csv")
    def evaluation_results_csv_route(self, request):
        from events import views

        return views.evaluation_results_csv(request, self)

    @path("nachricht/", name="message")
    def message_route(self, request):
        from events import views

        return views.trainer_message(request, self)

    def save(self, *args, **kwargs):
        # A draft save passes update_fields; only a full save (create, publish)
        # changes what participants and calendars see.
        if kwargs.get("update_fields") is not None:
            return super().save(*args, **kwargs)
        sessions = sorted(self.sessions.all(), key=lambda s: s.start)
        if sessions:
            self.starts_at = sessions[0].start
            self.ends_at = max(session.end for session in sessions)
        changes = self._changes_since_stored(sessions)
        if changes:
            self.sequence += 1
        if self.is_cancelled and self.cancelled_at is None:
            self.cancelled_at = timezone.now()
        if not self.is_cancelled:
            self.cancelled_at = None
        result = super().save(*args, **kwargs)
        if changes and self.pk:
            from cms import outbox
            from events import tasks

            outbox.enqueue(tasks.event_changed_task, self.pk, sorted(changes))
        return result

    def _changes_since_stored(self, sessions) -> set[str]:
        """Tell what participants must hear about, compared with the stored row."""
        if not self.pk:
            return set()
        stored = (
            EventPage.objects.filter(pk=self.pk)
            .values(
                "venue_id",
                "format",
                "is_cancelled",
                "capacity",
                "sequence",
                "meeting_url",
            )
            .first()
        )
        if stored is None:
            return set()
        # Keep the counter from the database: publishing an old revision must
        # never lower it.
        self.sequence = max(self.sequence, stored["sequence"])
        changes = set()
        stored_times = list(
            EventSession.objects.filter(event_id=self.pk)
            .order_by("start")
            .values_list("start", "end", "all_day")
        )
        new_times = [(s.start, s.end, s.all_day) for s in sessions]
        if stored_times != new_times:
            changes.add("time")
        if (stored["venue_id"], stored["format"], stored["meeting_url"]) != (
            self.venue_id,
            self.format,
            self.meeting_url,
        ):
            changes.add("place")
        if stored["is_cancelled"] != self.is_cancelled:
            changes.add("cancelled" if self.is_cancelled else "reinstated")
        if (self.capacity or 0) != (stored["capacity"] or 0) and (
            self.capacity is None
            or (stored["capacity"] is not None and self.capacity > stored["capacity"])
        ):
            changes.add("capacity")
        return changes

    @property
    def is_online(self) -> bool:
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    @property
    def is_in_person(self) -> bool:
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    def is_past(self, now=None) -> bool:
        now = now or timezone.now()
        return self.ends_at is not None and self.ends_at < now

    def booking_closes(self):
        return self.booking_closes_at or self.starts_at

    def cancellation_closes(self):
        return self.cancellation_deadline or self.starts_at

    def is_trainer(self, user) -> bool:
        return any(trainer.pk == user.pk for trainer in self.trainers.all())


class EventSession(Orderable):
    """One date of a training: trainings over several days have several."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(_("Ende"))
    all_day = models.BooleanField(
        _("Ganztägig"),
        default=False,
        help_text=_("Im Kalender als ganzer Tag ohne Uhrzeit zeigen."),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("all_day"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")),
                name="events_session_end_after_start",
            )
        ]

    def __str__(self) -> str:
        from django.utils import formats

        return formats.date_format(
            timezone.localtime(self.start), "SHORT_DATETIME_FORMAT"
        )

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Das Ende muss nach dem Beginn liegen.")})


class BookingQuestion(Orderable):
    """A question a training asks everyone who books it."""

    class Kind(models.TextChoices):
        YES_NO = "ja_nein", _("Ja oder nein")
        CHOICE = "auswahl", _("Eine Antwort aus einer Liste")
        MULTIPLE = "mehrfach", _("Mehrere Antworten aus einer Liste")
        TEXT = "text", _("Kurzer Text")

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("Frage"), max_length=200)
    kind = models.CharField(
        _("Art der Antwort"), max_length=10, choices=Kind.choices, default=Kind.YES_NO
    )
    options = models.TextField(
        _("Antworten zur Auswahl"),
        blank=True,
        help_text=_("Nur bei einer Auswahl: eine Antwort je Zeile."),
    )
    required = models.BooleanField(_("Pflichtfrage"), default=False)
    on_sign_in_sheet = models.BooleanField(
        _("Auf der Teilnehmerliste zum Drucken zeigen"),
        default=False,
        help_text=_(
            "Nur für Angaben, die am Eingang gebraucht werden. Angaben zu "
            "Gesundheit oder Barrierefreiheit gehören nicht auf die Liste."
        ),
    )

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("options"),
        FieldPanel("on_sign_in_sheet"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Frage bei der Buchung")
        verbose_name_plural = _("Fragen bei der Buchung")

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        listed = self.kind in (self.Kind.CHOICE, self.Kind.MULTIPLE)
        if listed and len(self.option_list()) < 2:
            raise ValidationError(
                {"options": _("Bitte geben Sie mindestens zwei Antworten an.")}
            )

    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]


class BookingContact(models.Model):
    """A person booked by phone, without an account.

    Coordinators and trainers record who they are and that they agreed orally;
    once the person creates an account with the same, confirmed e-mail address,
    their bookings move to the account.
    """

    name = models.CharField(_("Name"), max_length=150)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    consent_note = models.TextField(
        _("Notiz zur mündlichen Einwilligung"), max_length=500
    )
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Einwilligung aufgenommen von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_recorded_at = models.DateTimeField(_("Einwilligung aufgenommen am"))

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("Kontakt ohne Konto")
        verbose_name_plural = _("Kontakte ohne Konto")

    def __str__(self) -> str:
        return self.name


class Booking(models.Model):
    """A person's place at a training, or their place on its waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Gebucht")
        WAITING = "waiting", _("Warteliste")
        CANCELLED = "cancelled", _("Abgesagt")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("Schulung"),
        # A training with bookings is cancelled or unpublished, never deleted.
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    # Either an account or, for a booking by phone, a contact without one.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    contact = models.ForeignKey(
        BookingContact,
        verbose_name=_("Kontakt ohne Konto"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, db_index=True
    )
    created_at = models.DateTimeField(_("Gebucht am"), auto_now_add=True)
    # Order of the waiting list; "move up" gives a smaller value.
    queued_at = models.DateTimeField(_("Auf der Warteliste seit"), null=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("Abgesagt am"), null=True, blank=True)
    cancelled_by_organiser = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Buchung")
        verbose_name_plural = _("Buchungen")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="events_booking_one_active_per_person",
            ),
            models.UniqueConstraint(
                fields=["event", "contact"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="events_booking_one_active_per_contact",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False, contact__isnull=True)
                | Q(user__isnull=True, contact__isnull=False),
                name="events_booking_user_or_contact",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self) -> str:
        return f"{self.person_name} – {self.event}"

    def public_cache_tags(self) -> set[str]:
        """Where a booking shows publicly: its training's seats and waiting list,
        and the lists of trainings with free seats; no other training's page."""
        return {page_tag(self.event_id), SEATS_TAG}

    @property
    def person_name(self) -> str:
        """Return the name organisers see: the account's or the contact's."""
        if self.contact_id:
            return self.contact.name
        return self.user.public_name

    @property
    def full_name(self) -> str:
        """Return the name for the printed sign-in sheet."""
        if self.contact_id:
            return self.contact.name
        full = f"{self.user.first_name} {self.user.last_name}".strip()
        return full or self.user.public_name

    @property
    def email(self) -> str:
        return self.contact.email if self.contact_id else self.user.email

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING


class BookingAnswer(models.Model):
    """A person's answer to one booking question, erased after the training.

    The question's wording is kept with the answer, so a question changed or
    removed later still shows what was asked.
    """

    booking = models.ForeignKey(
        Booking, on_delete=models.CASCADE, related_name="answers"
    )
    question_key = models.CharField(max_length=40)
    question_label = models.CharField(_("Frage"), max_length=200)
    value = models.CharField(_("Antwort"), max_length=600)
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("Antwort bei der Buchung")
        verbose_name_plural = _("Antworten bei der Buchung")
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "question_key"], name="events_answer_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.question_label}: {self.value}"


class Attendance(models.Model):
    """Whether a participant was at one session of a training."""

    class State(models.TextChoices):
        REGISTERED = "angemeldet", _("gebucht")
        ATTENDED = "teilgenommen", _("teilgenommen")
        EXCUSED = "entschuldigt", _("entschuldigt")
        NO_SHOW = "nicht_erschienen", _("nicht erschienen")

    booking = models.ForeignKey(
        Booking, on_delete=models.CASCADE, related_name="attendances"
    )
    session = models.ForeignKey(
        # A session with attendance stays: it is someone's record.
        EventSession,
        on_delete=models.PROTECT,
        related_name="attendances",
    )
    state = models.CharField(
        _("Anwesenheit"),
        max_length=20,
        choices=State.choices,
        default=State.REGISTERED,
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Anwesenheit")
        verbose_name_plural = _("Anwesenheiten")
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "session"], name="events_attendance_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.booking} {self.session}: {self.get_state_display()}"


class TrainerMessage(models.Model):
    """A message from a trainer to everyone booked on a training."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    subject = models.CharField(_("Betreff"), max_length=150)
    body = models.TextField(_("Nachricht"), max_length=5000)
    include_waiting_list = models.BooleanField(
        _("Auch an die Warteliste senden"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Nachricht an Teilnehmende")
        verbose_name_plural = _("Nachrichten an Teilnehmende")

    def __str__(self) -> str:
        return self.subject


class CalendarFeed(models.Model):
    """A secret link to a person's own calendar of bookings."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    name = models.CharField(_("Name"), max_length=80)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Updated at most once a day, so unused links can be removed.
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Kalender-Abo")
        verbose_name_plural = _("Kalender-Abos")

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()


class ParticipationSummary(models.Model):
    """What stays of a training's participant list once it is anonymised.

    Twelve months after a training the waiting list, cancellations and trainer
    messages go; confirmed bookings stay for each participant's own history and
    certificates, but trainers see only these counts.
    """

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, related_name="participation_summary"
    )
    confirmed = models.PositiveIntegerField(_("Bestätigt"), default=0)
    attended = models.PositiveIntegerField(_("Teilgenommen"), default=0)
    waiting = models.PositiveIntegerField(_("Warteliste"), default=0)
    cancelled = models.PositiveIntegerField(_("Abgesagt"), default=0)
    anonymised_at = models.DateTimeField(_("Anonymisiert am"))

    class Meta:
        verbose_name = _("Teilnahme-Zusammenfassung")
        verbose_name_plural = _("Teilnahme-Zusammenfassungen")

    def __str__(self) -> str:
        return str(self.event)
