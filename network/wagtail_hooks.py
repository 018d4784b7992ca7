"""The network in the Wagtail admin: directory, district overview, demand."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import LinkMenuItemComponent, MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import hooks as cms_hooks
from cms import roles
from network import admin_views, personal_data, sections, selectors
from network.models import (
    AmbassadorProfile,
    DirectoryEntry,
    Support,
    TrainingRequest,
    network_url,
)


class DirectoryEntryViewSet(SnippetViewSet):
    model = DirectoryEntry
    icon = "group"
    menu_label = _("Verzeichnis")
    list_display = ["name", "kind", "phone", "is_crisis_service", "is_demo"]
    list_filter = ["kind", "is_crisis_service", "districts", "topics", "languages"]
    search_fields = ["name", "description"]
    list_per_page = 50


class NetworkGroup(SnippetViewSetGroup):
    items = (DirectoryEntryViewSet,)
    menu_icon = "group"
    menu_label = _("Netzwerk")
    menu_name = "netzwerk"
    menu_order = 250


register_snippet(NetworkGroup)


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return roles.is_coordinator(request.user)


class DistrictOverviewMenuItem(CoordinatorMenuItem):
    """Link the overview where it is now: a route of the network page."""

    def render_component(self, request):
        return LinkMenuItemComponent(
            self.name,
            self.label,
            network_url("district_overview"),
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_district_overview_menu_item():
    return DistrictOverviewMenuItem(
        _("Stadtteile im Überblick"), "", icon_name="site", order=260
    )


@hooks.register("register_admin_urls")
def register_demand_urls():
    return [path("bedarf/", admin_views.demand, name="network_admin_demand")]


@hooks.register("register_admin_menu_item")
def register_demand_menu_item():
    return CoordinatorMenuItem(
        _("Bedarf"), reverse("network_admin_demand"), icon_name="pick", order=255
    )


@hooks.register("register_log_actions")
def register_network_log_actions(actions):
    """Name the requests, ambassador and report steps in Wagtail's history."""
    for action, label, message in (
        (
            "network.request_create",
            _("Schulungswunsch anlegen"),
            _("Schulungswunsch angelegt"),
        ),
        (
            "network.request_support",
            _("Schulungswunsch unterstützen"),
            _("Schulungswunsch unterstützt"),
        ),
        (
            "network.request_withdraw",
            _("Unterstützung zurückziehen"),
            _("Unterstützung zurückgezogen"),
        ),
        (
            "network.request_answer",
            _("Schulungswunsch beantworten"),
            _("Schulungswunsch beantwortet"),
        ),
        (
            "network.request_plan",
            _("Schulungswunsch einplanen"),
            _("Schulungswunsch eingeplant"),
        ),
        (
            "network.request_training_draft",
            _("Schulung zu einem Wunsch anlegen"),
            _("Schulung als Entwurf angelegt"),
        ),
        (
            "network.request_decline",
            _("Schulungswunsch ablehnen"),
            _("Schulungswunsch abgelehnt"),
        ),
        (
            "network.request_merge",
            _("Schulungswünsche zusammenführen"),
            _("Mit einem anderen Schulungswunsch zusammengeführt"),
        ),
        (
            "network.ambassador_opt_in",
            _("Botschafter-Profil anlegen"),
            _("Botschafter-Profil angelegt"),
        ),
        (
            "network.ambassador_update",
            _("Botschafter-Profil ändern"),
            _("Botschafter-Profil geändert"),
        ),
        (
            "network.ambassador_opt_out",
            _("Botschafter-Profil entfernen"),
            _("Botschafter-Profil entfernt"),
        ),
        (
            "network.message_send",
            _("Nachricht an Botschafter:in"),
            _("Nachricht gesendet"),
        ),
        (
            "network.message_reply",
            _("Nachricht beantworten"),
            _("Nachricht beantwortet"),
        ),
        (
            "network.report_subscribe",
            _("Lageberichte abonnieren"),
            _("Lageberichte abonniert"),
        ),
        (
            "network.report_confirm",
            _("Abo der Lageberichte bestätigen"),
            _("Abo der Lageberichte bestätigt"),
        ),
        (
            "network.report_unsubscribe",
            _("Lageberichte abbestellen"),
            _("Lageberichte abbestellt"),
        ),
    ):
        actions.register_action(action, label, message)


# -- The network's part of the contract between the apps (cms.hooks) ----------


@hooks.register(cms_hooks.HOME_SECTIONS)
def home_sections():
    return [
        cms_hooks.Section(
            key="reports",
            label=_("Aktueller Lagebericht"),
            template="network/sections/latest_report.html",
            get_context=sections.latest_report_context,
            order=40,
        ),
        cms_hooks.Section(
            key="requests",
            label=_("Gewünschte Schulungen"),
            template="network/sections/top_requests.html",
            get_context=sections.top_requests_context,
            order=50,
        ),
    ]


@hooks.register(cms_hooks.DASHBOARD_SECTIONS)
def dashboard_sections():
    return [
        cms_hooks.Section(
            key="network",
            label=_("Mein Netzwerk"),
            template="network/sections/dashboard.html",
            get_context=sections.dashboard_context,
            order=60,
        )
    ]


@hooks.register(cms_hooks.HELP_SOURCES)
def help_sources():
    return [cms_hooks.HelpSource(key="crisis", contacts=selectors.crisis_services)]


@hooks.register(cms_hooks.TRAINING_PUBLISHED)
def plan_requests_of_a_published_training(*, training, user) -> None:
    from network.services import training_request_training_published

    training_request_training_published(training=training, user=user)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["network"]


@hooks.register(cms_hooks.PUBLIC_CONTENT_MODELS)
def public_content_models():
    return [
        DirectoryEntry,
        AmbassadorProfile,
        TrainingRequest,
        Support,
    ]


@hooks.register(cms_hooks.PERSONAL_DATA)
def personal_data_declarations():
    return personal_data.personal_data()


@hooks.register(cms_hooks.HEADER_BADGES)
def unread_messages_badge(*, request) -> list:
    """Unread messages of a person's conversations with ambassadors."""
    from django.utils.translation import ngettext

    total = selectors.unread_total(request.user)
    if not total:
        return []
    return [
        cms_hooks.HeaderBadge(
            key="messages",
            label=_("Nachrichten"),
            url=network_url("inbox"),
            count=total,
            description=ngettext(
                "ungelesene Nachricht", "ungelesene Nachrichten", total
            ),
        )
    ]


@hooks.register(cms_hooks.RETENTION_RULES)
def retention_rules():
    from network.services import conversations_remove_expired

    return [
        cms_hooks.RetentionRule(
            key="network-conversations",
            description=_(
                "Gespräche mit Botschafter:innen: 12 Monate nach der letzten "
                "Nachricht gelöscht; Nachrichten von Besucher:innen, deren "
                "Adresse nicht binnen 7 Tagen bestätigt wurde, gelöscht, ohne "
                "versendet worden zu sein."
            ),
            apply=conversations_remove_expired,
        )
    ]


@hooks.register(cms_hooks.REPORTS)
def reports():
    from network import reports as figures

    return [
        cms_hooks.Report(
            key="schulungswuensche",
            label=_("Schulungswünsche"),
            description=_(
                "Gemeldete Schulungswünsche je Quartal und wie die Koordination "
                "sie beantwortet hat."
            ),
            figures=figures.request_figures,
            order=40,
        )
    ]
