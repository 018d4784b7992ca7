"""Admin: topic groups and forums, reports and the moderation log."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import hooks as cms_hooks
from exchange import sections, services
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


# -- The exchange's part of the contract between the apps (cms.hooks) ---------


@hooks.register(cms_hooks.HOME_SECTIONS)
def home_sections():
    return [
        cms_hooks.Section(
            key="groups",
            label=_("Themengruppen im Austausch"),
            template="exchange/sections/home_groups.html",
            get_context=sections.home_groups,
            order=40,
        )
    ]


@hooks.register(cms_hooks.DASHBOARD_SECTIONS)
def dashboard_sections():
    return [
        cms_hooks.Section(
            key="exchange",
            label=_("Austausch"),
            template="exchange/sections/dashboard.html",
            get_context=sections.dashboard,
            order=40,
        )
    ]


@hooks.register(cms_hooks.COURSE_PANELS)
def course_panels():
    return [
        cms_hooks.CoursePanel(
            key="forum",
            template="exchange/includes/course_forum_link.html",
            get_context=sections.course_forum_link,
        )
    ]


@hooks.register(cms_hooks.COURSE_PUBLISHED)
def create_course_forum(*, course) -> None:
    services.course_forum_ensure(course=course)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["exchange"]


@hooks.register(cms_hooks.PUBLIC_CONTENT_MODELS)
def public_content_models():
    # The home page lists the most active open groups.
    return [Forum]
