from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms import roles
from learning import admin_views

admin_urls = (
    [
        path("", admin_views.report_index, name="report_index"),
        path("<int:course_id>/", admin_views.report_course, name="report_course"),
        path(
            "bescheinigungen/<int:certificate_id>/widerrufen/",
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
