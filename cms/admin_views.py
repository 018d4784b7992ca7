"""Pages of the site package in the Wagtail admin."""

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms import processing_records as records
from cms import reports, roles
from cms.spreadsheets import csv_download


def processing_record(request: HttpRequest) -> HttpResponse:
    """The record of processing activities (Art. 30), for coordinators."""
    if not roles.is_coordinator(request.user):
        raise Http404
    if request.GET.get("format") == "csv":
        return _processing_record_csv()
    return TemplateResponse(
        request,
        "cms/admin/processing_record.html",
        {
            "page_title": _("Verzeichnis der Verarbeitungstätigkeiten"),
            "header_icon": "doc-full",
            "records": records.processing_records(),
            "retention_rules": records.retention_rules(),
            "generated_at": timezone.now(),
        },
    )


def _processing_record_csv() -> HttpResponse:
    response, writer = csv_download("verarbeitungsverzeichnis.csv")
    writer.writerow(
        [
            _("Zweck"),
            _("Daten"),
            _("Personenbezogene Felder"),
            _("Besondere Kategorien (Art. 9 DSGVO)"),
            _("Wer sie sieht"),
            _("Speicherdauer"),
            _("Bei Löschung des Kontos"),
        ]
    )
    for row in records.processing_rows():
        writer.writerow(row)
    return response


def reports_index(request: HttpRequest) -> HttpResponse:
    """Every report the apps contribute, for coordinators."""
    if not roles.is_coordinator(request.user):
        raise Http404
    return TemplateResponse(
        request,
        "cms/admin/reports_index.html",
        {
            "page_title": _("Auswertungen"),
            "header_icon": "table",
            "reports": reports.reports(),
        },
    )


def report_detail(request: HttpRequest, key: str) -> HttpResponse:
    """One report: each figure as a chart, a table and a CSV download."""
    if not roles.is_coordinator(request.user):
        raise Http404
    report = reports.report(key)
    if report is None:
        raise Http404
    figures = report.figures()
    wanted = request.GET.get("csv")
    if wanted is not None:
        figure = next((f for f in figures if f.slug == wanted), None)
        if figure is None:
            raise Http404
        response, writer = csv_download(f"{report.key}-{figure.slug}.csv")
        writer.writerow(figure.columns)
        for row in figure.rows:
            writer.writerow([reports.csv_cell(cell) for cell in row])
        return response
    return TemplateResponse(
        request,
        "cms/admin/report.html",
        {
            "page_title": report.label,
            "header_icon": "table",
            "report": report,
            "figures": figures,
            "reports": reports.reports(),
            "threshold": reports.MIN_PEOPLE,
        },
    )
