"""Admin: venues as snippets, participants per training."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import hooks as cms_hooks
from events import admin_views, personal_data, sections, selectors, services
from events.models import Booking, EventPage, EventSession, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Veranstaltungsorte")
    list_display = ["name", "district", "street", "step_free"]
    list_filter = ["district", "step_free", "hearing_loop"]
    search_fields = ["name", "street"]


class EventsGroup(SnippetViewSetGroup):
    items = (VenueViewSet,)
    menu_icon = "date"
    menu_label = _("Schulungen")
    menu_order = 250


register_snippet(EventsGroup)


@hooks.register("register_admin_urls")
def register_participant_urls():
    return [
        path(
            "schulungen/<int:pk>/teilnehmende/",
            admin_views.participants,
            name="events_admin_participants",
        ),
        path(
            "schulungen/<int:pk>/neuer-termin/",
            admin_views.event_copy,
            name="events_admin_event_copy",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def participants_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, EventPage):
        yield Button(
            _("Teilnehmende"),
            reverse("events_admin_participants", args=[page.pk]),
            icon_name="group",
            priority=5,
        )


@hooks.register("after_create_page")
def author_runs_the_training(request, page):
    """A trainer who creates a training runs it, unless they named others."""
    from cms import roles

    through = EventPage.trainers.through
    if not isinstance(page.specific_deferred, EventPage):
        return
    if not roles.is_trainer(request.user):
        return
    if not through.objects.filter(eventpage_id=page.pk).exists():
        through.objects.create(eventpage_id=page.pk, user_id=request.user.pk)


@hooks.register("register_log_actions")
def register_events_log_actions(actions):
    """Name the bookings, attendance and feed changes in Wagtail's history."""
    for action, label, message in (
        ("events.booking_create", _("Buchung"), _("Gebucht")),
        ("events.booking_cancel", _("Buchung abgesagt"), _("Abgesagt")),
        (
            "events.booking_promote",
            _("Nachrücken von der Warteliste"),
            _("Von der Warteliste nachgerückt"),
        ),
        (
            "events.booking_move_up",
            _("Auf der Warteliste vorziehen"),
            _("Auf der Warteliste vorgezogen"),
        ),
        (
            "events.attendance_record",
            _("Anwesenheit erfassen"),
            _("Anwesenheit erfasst"),
        ),
        (
            "events.message_send",
            _("Nachricht an Teilnehmende"),
            _("Nachricht an die Teilnehmenden gesendet"),
        ),
        ("events.feed_create", _("Kalender-Abo anlegen"), _("Kalender-Abo angelegt")),
        (
            "events.feed_revoke",
            _("Kalender-Abo widerrufen"),
            _("Kalender-Abo widerrufen"),
        ),
        ("events.event_copy", _("Neuer Termin"), _("Als neuer Termin kopiert")),
        (
            "events.contact_create",
            _("Kontakt ohne Konto anlegen"),
            _("Kontakt ohne Konto mit mündlicher Einwilligung angelegt"),
        ),
        (
            "events.booking_claim",
            _("Buchung übernehmen"),
            _("Telefonische Buchung ins eigene Konto übernommen"),
        ),
        (
            "events.booking_answers",
            _("Angaben zur Buchung"),
            _("Angaben zur Buchung geändert"),
        ),
        (
            "events.training_from_request",
            _("Schulung aus Wunsch anlegen"),
            _("Als Entwurf aus einem Schulungswunsch angelegt"),
        ),
    ):
        actions.register_action(action, label, message)


# -- The events app's part of the contract between the apps (cms.hooks) -------


@hooks.register(cms_hooks.HOME_SECTIONS)
def home_sections():
    return [
        cms_hooks.Section(
            key="trainings",
            label=_("Nächste Schulungen"),
            template="events/sections/next_trainings.html",
            get_context=sections.next_trainings_context,
            order=20,
        )
    ]


@hooks.register(cms_hooks.DASHBOARD_SECTIONS)
def dashboard_sections():
    return [
        cms_hooks.Section(
            key="bookings",
            label=_("Meine Schulungen"),
            template="events/sections/my_bookings.html",
            get_context=sections.my_bookings_context,
            order=20,
            primary=True,
        ),
        cms_hooks.Section(
            key="evaluations",
            label=_("Schulungen bewerten"),
            template="events/sections/open_evaluations.html",
            get_context=sections.open_evaluations_context,
            order=15,
        ),
    ]


@hooks.register(cms_hooks.COHERENCE_SOURCES)
def coherence_sources():
    return [
        cms_hooks.CoherenceSource(
            key="trainings",
            label=_("Besuchte Schulungen"),
            counts=selectors.attended_trainings_per_dimension,
            describe=selectors.attended_trainings_text,
        )
    ]


@hooks.register(cms_hooks.COURSE_TRAINING_ATTENDED)
def attended_training_for_course(*, user, course) -> bool:
    return selectors.user_attended_training_for_course(user, course)


@hooks.register(cms_hooks.TRAININGS_ATTENDED)
def trainings_attended(*, user_ids) -> list:
    return selectors.trainings_attended(user_ids)


@hooks.register(cms_hooks.TRAINING_DRAFT_FROM_REQUEST)
def training_draft_from_request(*, draft, user):
    from events.services import training_draft_from_request

    return training_draft_from_request(draft=draft, user=user)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["events"]


@hooks.register(cms_hooks.PUBLIC_CONTENT_MODELS)
def public_content_models():
    # Seats, dates and places show on public pages; bookings change free seats.
    return [Venue, EventSession, Booking]


@hooks.register(cms_hooks.RETENTION_RULES)
def retention_rules():
    return [
        cms_hooks.RetentionRule(
            key="events-participants",
            description=_(
                "Teilnahmelisten von Schulungen, die vor 12 Monaten endeten: "
                "Warteliste, abgesagte Buchungen und Nachrichten gelöscht, nur "
                "Zahlen "
                "bleiben; die eigene Teilnahme bleibt für die Person sichtbar."
            ),
            apply=services.participant_lists_anonymise,
        ),
        cms_hooks.RetentionRule(
            key="events-feeds",
            description=_(
                "Kalender-Abo-Links: 12 Monate nach der letzten Nutzung gelöscht, "
                "widerrufene nach 30 Tagen."
            ),
            apply=services.calendar_feeds_remove_unused,
        ),
        cms_hooks.RetentionRule(
            key="events-booking-answers",
            description=_(
                "Antworten auf die Fragen bei der Buchung (etwa zu Barrierefreiheit "
                "oder Ernährung): gelöscht, sobald die Schulung vorbei oder die "
                "Buchung abgesagt ist."
            ),
            apply=services.booking_answers_erase,
        ),
        cms_hooks.RetentionRule(
            key="events-contacts",
            description=_(
                "Kontakte ohne Konto, für die telefonisch gebucht wurde: Name, "
                "Telefon, E-Mail "
                "und Notiz zur Einwilligung gelöscht, 12 Monate nach ihrer letzten "
                "Schulung; die Buchungen bleiben für die Zählung."
            ),
            apply=services.contacts_anonymise,
        ),
    ]


def _refuse(request, message: str, fallback: str):
    """Answer a refused admin action: the message, back where it came from."""
    from django.shortcuts import redirect
    from wagtail.admin import messages

    messages.error(request, message)
    return redirect(fallback)


@hooks.register("before_delete_page")
def keep_bookings_on_delete(request, page):
    """A training with bookings or attendance is cancelled, never deleted."""
    from events.services import page_delete_refusal

    refusal = page_delete_refusal(pages=[page])
    if refusal:
        return _refuse(
            request, refusal, reverse("wagtailadmin_pages:edit", args=[page.pk])
        )
    return None


@hooks.register("before_bulk_action")
def keep_bookings_on_bulk_delete(request, action_type, objects, action):
    from wagtail.models import Page

    from events.services import page_delete_refusal

    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type != "delete" or not pages:
        return None
    refusal = page_delete_refusal(pages=pages)
    if refusal:
        return _refuse(request, refusal, action.next_url)
    return None


@hooks.register(cms_hooks.PERSONAL_DATA)
def personal_data_declarations():
    return personal_data.personal_data()


@hooks.register(cms_hooks.FIRST_STEPS)
def first_steps():
    from cms.routing import live_page_url
    from events.models import EventIndexPage

    return [
        cms_hooks.FirstStep(
            key="training",
            label=_("Eine Einführungsschulung buchen"),
            done=lambda user: Booking.objects.filter(user=user).exists(),
            url=lambda: live_page_url(EventIndexPage) or "",
            order=30,
        )
    ]


@hooks.register(cms_hooks.REPORTS)
def reports():
    from cms import reports as shared
    from events import reports as figures

    return [
        shared.reach_report(figures.reach_figures, order=20),
        shared.coherence_report(figures.coherence_figures, order=20),
        cms_hooks.Report(
            key="auslastung",
            label=_("Auslastung"),
            description=_(
                "Belegte Plätze, Wartelisten und nicht erschienene Personen je "
                "Schulung, Thema und Format."
            ),
            figures=figures.utilisation_figures,
            order=30,
        ),
        cms_hooks.Report(
            key="bewertungen",
            label=_("Bewertungen"),
            description=_(
                "Anonyme Bewertungen der Schulungen im Vergleich: je Trainer:in, "
                "Thema, Dimension, Format und Quartal. Erst ab 5 Antworten."
            ),
            figures=figures.evaluation_figures,
            order=50,
        ),
    ]
