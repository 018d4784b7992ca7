"""The network in the Wagtail admin: directory, district overview, demand."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import hooks as cms_hooks
from cms import roles
from network import admin_views, sections, selectors
from network.models import (
    AmbassadorProfile,
    DirectoryEntry,
    Support,
    TrainingRequest,
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


@hooks.register("register_admin_menu_item")
def register_district_overview_menu_item():
    return CoordinatorMenuItem(
        _("Stadtteile im Überblick"),
        reverse("network:district_overview"),
        icon_name="site",
        order=260,
    )


@hooks.register("register_admin_urls")
def register_demand_urls():
    return [path("bedarf/", admin_views.demand, name="network_admin_demand")]


@hooks.register("register_admin_menu_item")
def register_demand_menu_item():
    return CoordinatorMenuItem(
        _("Bedarf"), reverse("network_admin_demand"), icon_name="pick", order=255
    )


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
