"""The network in the Wagtail admin: directory, district overview, demand."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import roles
from network import admin_views
from network.models import DirectoryEntry


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
