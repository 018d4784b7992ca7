"""The network in the Wagtail admin: demand signals for coordinators."""

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms import roles
from network import selectors


def demand(request: HttpRequest) -> HttpResponse:
    """List crowded trainings next to the most supported open requests."""
    if not roles.is_coordinator(request.user):
        raise Http404
    return TemplateResponse(
        request,
        "network/admin/demand.html",
        {
            **selectors.demand_signals(),
            "page_title": _("Bedarf"),
            "header_icon": "pick",
        },
    )
