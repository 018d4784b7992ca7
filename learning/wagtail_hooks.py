from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from cms import hooks as cms_hooks
from cms import roles
from learning import (
    admin_views,
    converters,  # noqa: F401  (registers learning_id)
    sections,
    services,
)
from learning.models import Certificate

admin_urls = (
    [
        path("", admin_views.report_index, name="report_index"),
        path(
            "<learning_id:course_id>/", admin_views.report_course, name="report_course"
        ),
        path(
            "bescheinigungen/<learning_id:certificate_id>/widerrufen/",
            admin_views.certificate_revoke,
            name="certificate_revoke",
        ),
    ],
    "learning_admin",
)


@hooks.register("register_admin_urls")
def register_learning_admin_urls():
    return [path("lernberichte/", include(admin_urls))]


class TrainerMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return roles.is_trainer(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return TrainerMenuItem(
        _("Lernberichte"),
        reverse("learning_admin:report_index"),
        icon_name="table",
        order=250,
    )


@hooks.register("before_create_page")
def lessons_only_in_own_courses(request, parent_page, page_class):
    """Trainers add lessons only to courses they own ("add" covers the subtree)."""
    from learning.models import LessonPage

    if page_class is not LessonPage or roles.is_coordinator(request.user):
        return None
    if parent_page.owner_id == request.user.pk:
        return None
    messages.error(
        request, _("Sie können Lerneinheiten nur in Ihren eigenen Kursen anlegen.")
    )
    return redirect("wagtailadmin_explore", parent_page.pk)


class CertificateViewSet(ModelViewSet):
    """Certificates, read-only, for coordinators to look up a code or a name."""

    model = Certificate
    icon = "doc-full"
    menu_label = _("Bescheinigungen")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["holder_name", "course_title", "code", "issued_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["holder_name", "course_title", "code"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "holder_name",
        "course_title",
        "code",
        "issued_at",
        "minutes",
        "revoked_at",
        "revocation_reason",
    ]
    form_fields = ["revocation_reason"]

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit or delete views exist, so no buttons may point to them.
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        # Revoking goes through the course report (a service with an audit entry).
        allowed = {"index", "index_results", "inspect"}
        return [p for p in super().get_urlpatterns() if p.name in allowed]


certificate_viewset = CertificateViewSet("bescheinigungen")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


# -- The learning app's part of the contract between the apps (cms.hooks) -----


@hooks.register(cms_hooks.HOME_SECTIONS)
def home_sections():
    return [
        cms_hooks.Section(
            key="courses",
            label=_("Neue Kurse"),
            template="learning/sections/home_courses.html",
            get_context=sections.home_courses,
            order=10,
        )
    ]


@hooks.register(cms_hooks.DASHBOARD_SECTIONS)
def dashboard_sections():
    return [
        cms_hooks.Section(
            key=key,
            label=label,
            template=f"learning/sections/{key}.html",
            get_context=get_context,
            order=order,
        )
        for key, label, get_context, order in (
            ("my_courses", _("Meine Kurse"), sections.my_courses, 10),
            ("certificates", _("Abgeschlossene Kurse"), sections.certificates, 20),
            ("coherence", _("Mein Kohärenzprofil"), sections.coherence, 30),
            ("notes", _("Meine Notizen"), sections.notes, 40),
        )
    ]


@hooks.register(cms_hooks.ATTENDANCE_CHANGED)
def reevaluate_completion_on_attendance(*, user, training, course_ids) -> None:
    services.completion_on_attendance(user=user, course_ids=course_ids)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["learning"]
