from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import AuditEntry, District, Language, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Themen")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    menu_label = _("Stadtteile")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Sprachen")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    """The words that trainings, the directory, requests and reports share."""

    items = (TopicViewSet, DistrictViewSet, LanguageViewSet)
    menu_icon = "tag"
    menu_label = _("Verschlagwortung")
    menu_name = "verschlagwortung"
    menu_order = 300


class AuditEntryViewSet(ModelViewSet):
    """The audit trail, readable by coordinators; nobody edits it."""

    model = AuditEntry
    icon = "history"
    menu_label = _("Protokoll")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["created_at", "actor", "action", "target_repr"]
    list_filter = ["action"]
    search_fields = ["action", "target_repr"]
    inspect_view_enabled = True
    form_fields = ["action"]

    def get_urlpatterns(self):
        # Only the list and the read-only detail: an audit trail is never edited.
        allowed = {"index", "index_results", "inspect"}
        return [p for p in super().get_urlpatterns() if p.name in allowed]


register_snippet(TaxonomyGroup)
audit_viewset = AuditEntryViewSet("audit")


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return audit_viewset
