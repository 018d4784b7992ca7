from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import admin_users, admin_views, i18n, privacy_declarations, roles
from cms import hooks as cms_hooks
from cms.models import AccessibilityFeedback, District, HelpBox, Language, Topic
from cms.questionnaires import Questionnaire


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


register_snippet(TaxonomyGroup)


class HelpBoxViewSet(SnippetViewSet):
    """The "Hilfe holen" box of every page, beside the site settings where it
    used to be; translated like pages ("Übersetzen", PO files)."""

    model = HelpBox
    icon = "help"
    menu_label = _("Hilfe holen")
    menu_name = "hilfe-holen"
    add_to_settings_menu = True
    list_display = ["__str__", "intro"]


register_snippet(HelpBoxViewSet)


class OverdueColumn(Column):
    """Say plainly when the month to answer has passed."""

    def get_value(self, instance):
        return _("überfällig") if instance.overdue else ""


class AccessibilityFeedbackViewSet(SnippetViewSet):
    """The coordination's queue of reported barriers; answer within a month."""

    model = AccessibilityFeedback
    icon = "warning"
    menu_label = _("Barriere-Meldungen")
    menu_name = "barriere-meldungen"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "status",
        "answer_due",
        OverdueColumn("overdue", label=_("Frist")),
        "page_url",
    ]
    list_filter = ["status"]
    search_fields = ["message", "page_url", "note"]
    panels = [
        FieldPanel("received_at", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("page_url", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("language", read_only=True),
        FieldPanel("answer_due", read_only=True),
        FieldPanel("status"),
        FieldPanel("note"),
    ]


register_snippet(AccessibilityFeedbackViewSet)


class QuestionnaireViewSet(SnippetViewSet):
    """Questionnaire templates for training evaluations and course feedback."""

    model = Questionnaire
    icon = "form"
    menu_label = _("Fragebögen")
    menu_name = "frageboegen"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "is_default"]
    search_fields = ["name"]


register_snippet(QuestionnaireViewSet)


@hooks.register("on_serve_page")
def serve_in_the_chosen_language(next_serve_page):
    """Show each page with its translation's text, or German with a notice."""

    def serve(page, request, args, kwargs):
        i18n.localize_page(page)
        return next_serve_page(page, request, args, kwargs)

    return serve


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    """Name the account steps in Wagtail's history (Berichte → Webseitenverlauf)."""
    for action, label, message in (
        ("account.signup", _("Registrierung"), _("Konto angelegt")),
        ("account.delete", _("Konto löschen"), _("Konto gelöscht")),
        (
            "cms.accessibility_feedback",
            _("Barriere gemeldet"),
            _("Barriere über die Erklärung zur Barrierefreiheit gemeldet"),
        ),
    ):
        actions.register_action(action, label, message)


# -- The site package's part of the contract between the apps (cms.hooks) -------


@hooks.register(cms_hooks.PERSONAL_DATA)
def personal_data():
    return privacy_declarations.personal_data()


@hooks.register("before_delete_user")
def erase_instead_of_delete(request, user):
    """A coordinator's "delete user" erases through the one erasure service."""
    return admin_users.erase_user_response(request, user)


@hooks.register("before_bulk_action")
def erase_instead_of_bulk_delete(request, action_type, objects, action_class_instance):
    return admin_users.erase_users_bulk_response(
        request, action_type, objects, action_class_instance
    )


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return roles.is_coordinator(request.user)


@hooks.register("register_admin_urls")
def register_processing_record_url():
    return [
        path(
            "verarbeitungsverzeichnis/",
            admin_views.processing_record,
            name="cms_processing_record",
        )
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("auswertungen/", admin_views.reports_index, name="cms_reports"),
        path("auswertungen/<slug:key>/", admin_views.report_detail, name="cms_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_reports_menu_item():
    return CoordinatorMenuItem(
        _("Auswertungen"), reverse("cms_reports"), icon_name="table", order=50
    )


@hooks.register("register_settings_menu_item")
def register_processing_record_menu_item():
    return CoordinatorMenuItem(
        _("Verarbeitungsverzeichnis"),
        reverse("cms_processing_record"),
        icon_name="doc-full",
        order=950,
    )


@hooks.register(cms_hooks.FIRST_STEPS)
def first_steps():
    return [
        cms_hooks.FirstStep(
            key="profile",
            label=_("Profil vervollständigen: Anzeigename und Stadtteil"),
            done=lambda user: bool(user.display_name and user.district_id),
            url=lambda: reverse("profile"),
            order=10,
        )
    ]
