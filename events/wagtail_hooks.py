"""Admin: venues as snippets, participants per training."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from events import admin_views
from events.models import EventPage, Venue


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
