"""Admin: topic groups and forums, reports and the moderation log."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from exchange.models import Forum, ModerationAction, Report


class ForumViewSet(SnippetViewSet):
    model = Forum
    icon = "group"
    menu_label = _("Foren und Themengruppen")
    list_display = ["title", "kind", "status", "visibility", "thread_count"]
    list_filter = ["kind", "status", "visibility", "pre_moderation", "topics"]
    search_fields = ["title", "description"]
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("topics"),
        FieldPanel("visibility"),
        FieldPanel("pre_moderation"),
        # Decisions go through the moderation queue, which logs who took them.
        FieldPanel("status", read_only=True),
        FieldPanel("decision_reason", read_only=True),
    ]


class ReportViewSet(SnippetViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Meldungen")
    list_display = ["post", "reason", "created_at", "resolved_at"]
    list_filter = ["resolved_at"]
    panels = [FieldPanel("reason", read_only=True)]


class ModerationActionViewSet(SnippetViewSet):
    model = ModerationAction
    icon = "history"
    menu_label = _("Moderationsprotokoll")
    list_display = ["created_at", "action", "forum", "actor", "reason"]
    list_filter = ["action"]
    panels = [FieldPanel("reason", read_only=True)]


class ExchangeViewSetGroup(SnippetViewSetGroup):
    items = (ForumViewSet, ReportViewSet, ModerationActionViewSet)
    menu_icon = "group"
    menu_label = _("Austausch")
    menu_name = "austausch"


register_snippet(ExchangeViewSetGroup)
