"""Admin: topic groups and forums, reports and the moderation log."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import hooks as cms_hooks
from exchange import personal_data, sections, services
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


class RefusingPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except for actions that only the site itself takes."""

    def __init__(self, model, *, refused: frozenset[str]):
        super().__init__(model)
        self.refused = refused

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(
            [action for action in actions if action not in self.refused]
        )


class SiteMadeViewSet(SnippetViewSet):
    """Records the site makes (a member's report, a moderator's step): no hand-made
    ones, so there is no "add" view (and no copy), only the listing and what
    the permission policy leaves."""

    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, **kwargs})

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name != "add"]


class ReportViewSet(SiteMadeViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Meldungen")
    list_display = ["post", "reason", "created_at", "resolved_at"]
    list_filter = ["resolved_at"]
    panels = [FieldPanel("reason", read_only=True)]


class ModerationActionViewSet(SiteMadeViewSet):
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


for _model in (Report, ModerationAction):
    register_permission_policy(
        _model, RefusingPermissionPolicy(_model, refused=frozenset({"add"}))
    )
register_snippet(ExchangeViewSetGroup)


@hooks.register("register_log_actions")
def register_exchange_log_actions(actions):
    """Name the forum, group and moderation steps in Wagtail's history."""
    for action, label, message in (
        (
            "exchange.course_forum_created",
            _("Kursforum anlegen"),
            _("Kursforum angelegt"),
        ),
        (
            "exchange.group_proposed",
            _("Themengruppe vorschlagen"),
            _("Themengruppe vorgeschlagen"),
        ),
        (
            "exchange.group_approved",
            _("Themengruppe freigeben"),
            _("Themengruppe freigegeben"),
        ),
        (
            "exchange.group_rejected",
            _("Themengruppe ablehnen"),
            _("Themengruppe abgelehnt"),
        ),
        (
            "exchange.membership_active",
            _("Gruppe beitreten"),
            _("Der Gruppe beigetreten"),
        ),
        (
            "exchange.membership_requested",
            _("Beitritt anfragen"),
            _("Beitritt angefragt"),
        ),
        ("exchange.membership_left", _("Gruppe verlassen"), _("Gruppe verlassen")),
        (
            "exchange.join_accepted",
            _("Beitrittsanfrage annehmen"),
            _("Beitrittsanfrage angenommen"),
        ),
        (
            "exchange.join_declined",
            _("Beitrittsanfrage ablehnen"),
            _("Beitrittsanfrage abgelehnt"),
        ),
        ("exchange.thread_created", _("Thema eröffnen"), _("Thema eröffnet")),
        ("exchange.thread_pinned", _("Thema anheften"), _("Thema angeheftet")),
        (
            "exchange.thread_unpinned",
            _("Thema lösen"),
            _("Thema nicht mehr angeheftet"),
        ),
        ("exchange.thread_locked", _("Thema schließen"), _("Thema geschlossen")),
        (
            "exchange.thread_unlocked",
            _("Thema wieder öffnen"),
            _("Thema wieder geöffnet"),
        ),
        ("exchange.post_created", _("Beitrag schreiben"), _("Beitrag geschrieben")),
        ("exchange.post_edited", _("Beitrag bearbeiten"), _("Beitrag bearbeitet")),
        ("exchange.post_deleted", _("Beitrag löschen"), _("Beitrag gelöscht")),
        ("exchange.post_reported", _("Beitrag melden"), _("Beitrag gemeldet")),
        ("exchange.post_hidden", _("Beitrag ausblenden"), _("Beitrag ausgeblendet")),
        (
            "exchange.post_shown",
            _("Beitrag wieder zeigen"),
            _("Beitrag wieder gezeigt"),
        ),
        ("exchange.post_approved", _("Beitrag freigeben"), _("Beitrag freigegeben")),
        ("exchange.post_rejected", _("Beitrag ablehnen"), _("Beitrag abgelehnt")),
        (
            "exchange.reports_dismissed",
            _("Meldungen verwerfen"),
            _("Meldungen verworfen"),
        ),
    ):
        actions.register_action(action, label, message)


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


@hooks.register(cms_hooks.HEADER_BADGES)
def moderation_badge(*, request) -> list:
    """People who moderate see how much waits for them, in the header."""
    from django.utils.translation import ngettext

    from exchange.models import exchange_url
    from exchange.selectors import cached_moderation_total

    total = cached_moderation_total(request.user)
    if not total:
        return []
    return [
        cms_hooks.HeaderBadge(
            key="moderation",
            label=_("Moderation"),
            url=exchange_url("moderation"),
            count=total,
            description=ngettext(
                "Eintrag wartet auf die Moderation",
                "Einträge warten auf die Moderation",
                total,
            ),
        )
    ]


@hooks.register(cms_hooks.EXCHANGE_PARTICIPANTS)
def exchange_participants(*, user_ids) -> set[int]:
    from exchange.selectors import exchange_participants

    return exchange_participants(user_ids)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["exchange"]


@hooks.register(cms_hooks.PUBLIC_CONTENT_MODELS)
def public_content_models():
    # The home page lists the most active open groups.
    return [Forum]


@hooks.register(cms_hooks.PERSONAL_DATA)
def personal_data_declarations():
    return personal_data.personal_data()


def _groups_url() -> str:
    from cms.routing import app_route_url, live_page_url

    found = app_route_url("exchange:index")
    if found is None:
        return ""
    model, tail = found
    base = live_page_url(model)
    return base + tail if base else ""


@hooks.register(cms_hooks.FIRST_STEPS)
def first_steps():
    from exchange.models import Membership

    return [
        cms_hooks.FirstStep(
            key="group",
            label=_("Einer Themengruppe beitreten"),
            done=lambda user: Membership.objects.filter(
                user=user, forum__kind="group", status="active"
            ).exists(),
            url=_groups_url,
            order=40,
        )
    ]
