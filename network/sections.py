"""The network's sections on the home page and in "Mein Bereich"."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from cms import roles
from cms.help import register_help_source
from cms.sections import Section, register_dashboard_section, register_home_section
from network import selectors
from network.models import AmbassadorProfile

HOME_REQUESTS = 3


def latest_report_context(request: HttpRequest) -> dict | None:
    report = selectors.latest_report()
    if report is None:
        return None
    return {"report": report, "index": selectors.news_index()}


def top_requests_context(request: HttpRequest) -> dict | None:
    return {"requests": selectors.top_open_requests(limit=HOME_REQUESTS)}


def dashboard_context(request: HttpRequest) -> dict | None:
    user = request.user
    return {
        **selectors.requests_of(user=user),
        "ambassador": AmbassadorProfile.objects.filter(user=user)
        .only("id", "display_name")
        .first(),
        "subscribed": selectors.is_subscribed(user=user),
        "is_coordinator": roles.is_coordinator(user),
    }


def register() -> None:
    register_home_section(
        Section(
            key="reports",
            label=_("Aktueller Lagebericht"),
            template="network/sections/latest_report.html",
            get_context=latest_report_context,
            order=40,
        )
    )
    register_home_section(
        Section(
            key="requests",
            label=_("Gewünschte Schulungen"),
            template="network/sections/top_requests.html",
            get_context=top_requests_context,
            order=50,
        )
    )
    register_dashboard_section(
        Section(
            key="network",
            label=_("Mein Netzwerk"),
            template="network/sections/dashboard.html",
            get_context=dashboard_context,
            order=60,
        )
    )
    register_help_source(selectors.crisis_services)
