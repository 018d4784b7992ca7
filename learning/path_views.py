"""Views of qualification paths: a person's paths, joining, the coordinators' report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms import roles
from cms.spreadsheets import csv_download
from learning import paths
from learning.models import QualificationPath


@login_required
def my_paths(request: HttpRequest) -> HttpResponse:
    return render(request, "learning/paths.html", paths.my_paths(user=request.user))


@login_required
@require_POST
def path_join(request: HttpRequest, slug: str) -> HttpResponse:
    path = QualificationPath.objects.filter(slug=slug[:80]).first()
    if path is None:
        messages.error(request, str(paths.PathError("path_unavailable")))
        return redirect("learning:paths")
    try:
        paths.path_join(user=request.user, path=path)
    except paths.PathError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Sie sind dem Lernpfad „%(title)s“ beigetreten.") % {"title": path.title},
        )
    return redirect("learning:paths")


# -- Wagtail admin: progress for coordinators -----------------------------------


def _require_coordinator(request: HttpRequest) -> None:
    if not roles.is_coordinator(request.user):
        raise Http404


def report_index(request: HttpRequest) -> TemplateResponse:
    _require_coordinator(request)
    return TemplateResponse(
        request,
        "learning/admin/path_index.html",
        {
            "page_title": _("Lernpfade: Fortschritt"),
            "header_icon": "list-ol",
            "paths": paths.path_overview(),
        },
    )


def report_path(request: HttpRequest, path_id: int) -> HttpResponse:
    _require_coordinator(request)
    path = QualificationPath.objects.filter(pk=path_id).first()
    if path is None:
        raise Http404
    report = paths.path_report(path=path)
    if request.GET.get("format") == "csv":
        return _report_csv(report)
    return TemplateResponse(
        request,
        "learning/admin/path_report.html",
        {
            "page_title": _("Lernpfad: %(title)s") % {"title": path.title},
            "header_icon": "list-ol",
            **report,
        },
    )


def _report_csv(report: dict) -> HttpResponse:
    path = report["path"]
    response, writer = csv_download(f"lernpfad-{path.slug}.csv")
    writer.writerow(
        [
            _("Anzeigename"),
            _("E-Mail-Adresse"),
            _("Stadtteil"),
            _("Beigetreten am"),
            _("Erledigte Pflichtschritte"),
            _("Pflichtschritte gesamt"),
            _("Abgeschlossen am"),
            *[item["title"] for item in report["steps"]],
        ]
    )
    for progress in report["rows"]:
        user = progress.membership.user
        writer.writerow(
            [
                user.public_name,
                user.email,
                user.district.name if user.district else "",
                _iso(progress.membership.joined_at),
                progress.done_count,
                report["required_count"],
                _iso(progress.membership.completed_at),
                *[state.status for state in progress.steps],
            ]
        )
    return response


def _iso(value) -> str:
    return value.isoformat(timespec="minutes") if value else ""
