"""Reports for trainers and coordinators in the Wagtail admin, and revoking.

Trainers see the courses they own or teach; coordinators see every course.
A course outside a person's reach answers 404.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from cms import roles
from cms.spreadsheets import csv_download
from learning import selectors, services
from learning.models import Certificate
from learning.services import LearningError

ITEM_MIN = selectors.ITEM_ANALYSIS_MIN_PEOPLE
QUESTION_KINDS = {
    "choice": gettext_lazy("Auswahlfrage"),
    "true_false": gettext_lazy("Richtig oder falsch"),
    "ordering": gettext_lazy("Reihenfolge"),
    "matching": gettext_lazy("Zuordnung"),
    "self_check": gettext_lazy("Selbstkontrolle (ohne Bewertung)"),
}


def _require_trainer(request: HttpRequest) -> None:
    if not roles.is_trainer(request.user):
        raise Http404


def report_index(request: HttpRequest) -> TemplateResponse:
    _require_trainer(request)
    return TemplateResponse(
        request,
        "learning/admin/report_index.html",
        {
            "page_title": _("Lernberichte"),
            "header_icon": "table",
            "courses": list(selectors.reportable_courses(user=request.user)),
            "coverage": selectors.dimension_coverage(),
        },
    )


def _reachable_course(request: HttpRequest, course_id: int):
    _require_trainer(request)
    course = (
        selectors.reportable_courses(user=request.user).filter(pk=course_id).first()
    )
    if course is None:
        raise Http404
    return course


def report_course(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _reachable_course(request, course_id)
    report = selectors.course_report(course=course)
    if request.GET.get("format") == "csv":
        return _report_csv(report)
    return TemplateResponse(
        request,
        "learning/admin/report_course.html",
        {
            "page_title": _("Lernbericht: %(title)s") % {"title": course.title},
            "header_icon": "table",
            "can_revoke": roles.is_coordinator(request.user),
            **report,
        },
    )


def _report_csv(report: dict) -> HttpResponse:
    course = report["course"]
    response, writer = csv_download(f"lernbericht-{course.slug}.csv", delimiter=",")
    writer.writerow(
        [
            _("Anzeigename"),
            _("E-Mail-Adresse"),
            _("Begonnen am"),
            _("Erledigte Lerneinheiten"),
            _("Lerneinheiten gesamt"),
            _("Fortschritt in Prozent"),
            _("Abgeschlossen am"),
            _("Zuletzt aktiv"),
            _("Verlassen am"),
        ]
    )
    for row in report["rows"]:
        enrolment, progress = row["enrolment"], row["progress"]
        writer.writerow(
            [
                enrolment.user.public_name,
                enrolment.user.email,
                _iso(enrolment.started_at),
                progress.done,
                progress.total,
                progress.percent,
                _iso(enrolment.completed_at),
                _iso(enrolment.last_activity_at),
                _iso(enrolment.left_at),
            ]
        )
    return response


def report_questions(request: HttpRequest, course_id: int) -> HttpResponse:
    """Item analysis: which quiz questions people get wrong, and how."""
    course = _reachable_course(request, course_id)
    analysis = selectors.quiz_item_analysis(course=course)
    if request.GET.get("format") == "csv":
        return _questions_csv(course, analysis)
    return TemplateResponse(
        request,
        "learning/admin/report_questions.html",
        {
            "page_title": _("Fragenanalyse: %(title)s") % {"title": course.title},
            "header_icon": "help",
            "course": course,
            "analysis": analysis,
            "min_people": selectors.ITEM_ANALYSIS_MIN_PEOPLE,
        },
    )


def _questions_csv(course, analysis: list[dict]) -> HttpResponse:
    response, writer = csv_download(f"fragenanalyse-{course.slug}.csv")
    writer.writerow(
        [
            _("Lerneinheit"),
            _("Nr."),
            _("Frage"),
            _("Fragetyp"),
            _("Personen"),
            _("Beim ersten Versuch richtig"),
            _("Häufigste falsche Antwort"),
            _("Wie oft"),
        ]
    )
    for block in analysis:
        for row in block["rows"]:
            hidden = not row["enough"]
            writer.writerow(
                [
                    block["lesson"].title,
                    row["number"],
                    row["question"].text,
                    QUESTION_KINDS.get(row["question"].kind, ""),
                    _("weniger als %(count)s") % {"count": ITEM_MIN}
                    if hidden
                    else row["people"],
                    "" if hidden else row.get("right", ""),
                    "" if hidden else row.get("common_wrong", ""),
                    "" if hidden else row.get("common_wrong_count", ""),
                ]
            )
    return response


def _iso(value) -> str:
    return value.isoformat(timespec="minutes") if value else ""


@require_POST
def certificate_revoke(request: HttpRequest, certificate_id: int) -> HttpResponse:
    if not roles.is_coordinator(request.user):
        raise Http404
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        raise Http404
    try:
        services.certificate_revoke(
            certificate=certificate,
            actor=request.user,
            reason=request.POST.get("reason", ""),
        )
    except LearningError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Die Bescheinigung ist widerrufen."))
    if certificate.course_id:
        return redirect("learning_admin:report_course", course_id=certificate.course_id)
    return redirect("learning_admin:report_index")
