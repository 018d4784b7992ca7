from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms import hooks as cms_hooks
from cms import roles
from learning import (
    admin_views,
    converters,  # noqa: F401  (registers learning_id)
    path_views,
    paths,
    personal_data,
    sections,
    services,
)
from learning.models import Certificate, QualificationPath

admin_urls = (
    [
        path("", admin_views.report_index, name="report_index"),
        path(
            "<learning_id:course_id>/", admin_views.report_course, name="report_course"
        ),
        path("lernpfade/", path_views.report_index, name="path_index"),
        path(
            "lernpfade/<learning_id:path_id>/",
            path_views.report_path,
            name="path_report",
        ),
        path(
            "<learning_id:course_id>/fragen/",
            admin_views.report_questions,
            name="report_questions",
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


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        # Coordinators hold every learning permission; the user's permissions
        # are cached for the request, so every admin page stays at its budget.
        return request.user.has_perm("learning.view_qualificationpath")


@hooks.register("register_admin_menu_item")
def register_path_reports_menu_item():
    return CoordinatorMenuItem(
        _("Lernpfade: Fortschritt"),
        reverse("learning_admin:path_index"),
        icon_name="list-ol",
        order=255,
    )


class QualificationPathViewSet(SnippetViewSet):
    """Coordinators compose qualification paths from steps."""

    model = QualificationPath
    icon = "list-ol"
    menu_label = _("Lernpfade")
    list_display = ["title", "slug", "in_order", "is_open"]
    search_fields = ["title", "summary"]


register_snippet(QualificationPathViewSet)


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
        "revocation_cause",
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

    @property
    def url_finder_class(self):
        # Links from elsewhere in the admin (a person's usage page) lead to the
        # read-only view: there is no edit view to reverse.
        return type(
            "CertificateAdminURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_urlpatterns(self):
        # Revoking goes through the course report (a service with an audit entry).
        allowed = {"index", "index_results", "inspect"}
        return [p for p in super().get_urlpatterns() if p.name in allowed]


certificate_viewset = CertificateViewSet("bescheinigungen")


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return certificate_viewset


@hooks.register("register_log_actions")
def register_learning_log_actions(actions):
    """Name the learning steps and certificates in Wagtail's history."""
    for action, label, message in (
        ("learning.enrolment_start", _("Kurs beginnen"), _("Kurs begonnen")),
        ("learning.enrolment_leave", _("Kurs verlassen"), _("Kurs verlassen")),
        (
            "learning.lesson_complete",
            _("Lerneinheit abschließen"),
            _("Lerneinheit abgeschlossen"),
        ),
        ("learning.quiz_submit", _("Quiz abgeben"), _("Quiz abgegeben")),
        ("learning.course_complete", _("Kurs abschließen"), _("Kurs abgeschlossen")),
        (
            "learning.certificate_issue",
            _("Teilnahmebescheinigung ausstellen"),
            _("Teilnahmebescheinigung ausgestellt"),
        ),
        (
            "learning.certificate_revoke",
            _("Teilnahmebescheinigung widerrufen"),
            _("Teilnahmebescheinigung widerrufen"),
        ),
        (
            "learning.certificate_reinstate",
            _("Teilnahmebescheinigung wieder gültig machen"),
            _("Teilnahmebescheinigung wieder gültig"),
        ),
        ("learning.path_join", _("Lernpfad beitreten"), _("Lernpfad beigetreten")),
        (
            "learning.path_complete",
            _("Lernpfad abschließen"),
            _("Lernpfad abgeschlossen"),
        ),
        (
            "learning.path_withdraw",
            _("Lernpfad-Abschluss zurücknehmen"),
            _("Lernpfad-Abschluss zurückgenommen (ein Pflichtschritt fehlt)"),
        ),
        (
            "learning.completion_withdraw",
            _("Kursabschluss zurücknehmen"),
            _("Kursabschluss zurückgenommen (Anwesenheit geändert)"),
        ),
    ):
        actions.register_action(action, label, message)


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
            primary=key == "my_courses",
        )
        for key, label, get_context, order in (
            ("my_courses", _("Meine Kurse"), sections.my_courses, 10),
            ("certificates", _("Abgeschlossene Kurse"), sections.certificates, 20),
            ("coherence", _("Mein Kohärenzprofil"), sections.coherence, 30),
            ("paths", _("Meine Lernpfade"), sections.paths, 15),
            ("notes", _("Meine Notizen"), sections.notes, 40),
        )
    ]


@hooks.register(cms_hooks.ATTENDANCE_CHANGED)
def reevaluate_completion_on_attendance(*, user, training, course_ids) -> None:
    services.completion_on_attendance(
        user=user, training=training, course_ids=course_ids
    )
    paths.paths_reevaluate(user=user)


@hooks.register(cms_hooks.PARTICIPATION_CHANGED)
def reevaluate_paths_on_participation(*, user) -> None:
    paths.paths_reevaluate(user=user)


@hooks.register(cms_hooks.COORDINATOR_APPS)
def coordinator_apps():
    return ["learning"]


def _refuse(request, message: str, fallback):
    """Answer a refused admin action: the message, back where it came from."""
    from wagtail.admin import messages as admin_messages

    admin_messages.error(request, message)
    return redirect(fallback)


@hooks.register("before_delete_page")
def keep_learners_records_on_delete(request, page):
    """A course or lesson with learners' records is unpublished, never deleted."""
    from learning.services import page_delete_refusal

    refusal = page_delete_refusal(pages=[page])
    if refusal:
        return _refuse(
            request, refusal, reverse("wagtailadmin_pages:edit", args=[page.pk])
        )
    return None


@hooks.register("before_bulk_action")
def keep_learners_records_on_bulk_delete(request, action_type, objects, action):
    from wagtail.models import Page

    from learning.services import page_delete_refusal

    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type != "delete" or not pages:
        return None
    refusal = page_delete_refusal(pages=pages)
    if refusal:
        return _refuse(request, refusal, action.next_url)
    return None


@hooks.register(cms_hooks.PERSONAL_DATA)
def personal_data_declarations():
    return personal_data.personal_data()


def _first_course_url() -> str:
    """The catalogue's first course (editors order it): the beginners' course."""
    from learning.models import CoursePage

    course = CoursePage.objects.live().public().order_by("path").first()
    return course.url if course is not None else ""


@hooks.register(cms_hooks.FIRST_STEPS)
def first_steps():
    from learning.models import Enrolment

    return [
        cms_hooks.FirstStep(
            key="course",
            label=_("Den Einstiegskurs beginnen"),
            done=lambda user: Enrolment.objects.filter(user=user).exists(),
            url=_first_course_url,
            order=20,
        )
    ]


@hooks.register(cms_hooks.PUBLISH_REFUSAL)
def course_needs_a_lesson(*, page):
    """A course goes live only with at least one published lesson."""
    from django.conf import settings

    from learning.models import CoursePage, LessonPage

    if not isinstance(page, CoursePage) or page.pk is None:
        return None
    # A translation shows the German course's lessons (cms.i18n).
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return None
    if LessonPage.objects.child_of(page).live().exists():
        return None
    return _(
        "Ein Kurs braucht mindestens eine veröffentlichte Lerneinheit. Legen Sie "
        "unter dem Kurs Lerneinheiten an („Unterseite hinzufügen“), "
        "veröffentlichen Sie sie und veröffentlichen Sie dann den Kurs."
    )


@hooks.register("before_publish_page")
def refuse_course_without_lessons(request, page):
    """Keep a course without lessons a draft, with the reason.

    Wagtail has stored the editor's changes as a draft when this runs, so
    nothing typed is lost; the course just stays unpublished.
    """
    from cms.workflows import publish_refusal

    refusal = publish_refusal(page)
    if refusal is None:
        return None
    if page.live_revision_id is None:
        # Wagtail's create view adds a new page as live before publishing it.
        Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    messages.error(
        request,
        _("Der Kurs ist als Entwurf gespeichert, aber nicht veröffentlicht: %(why)s")
        % {"why": refusal},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_edit_page")
def refuse_approving_course_without_lessons(request, page):
    """An approval in the review workflow obeys the same rule as publishing.

    Nothing is changed: the course stays in review until it has a lesson.
    """
    from cms.workflows import publish_refusal

    approving = request.method == "POST" and (
        request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    )
    if not approving:
        return None
    refusal = publish_refusal(page)
    if refusal is None:
        return None
    messages.error(
        request,
        _("Der Kurs kann noch nicht freigegeben werden: %(why)s") % {"why": refusal},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register(cms_hooks.REPORTS)
def reports():
    from cms import reports as shared
    from learning import reports as figures

    return [
        shared.reach_report(figures.reach_figures, order=10),
        shared.coherence_report(figures.coherence_figures, order=10),
    ]
