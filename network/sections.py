"""The network's sections on the home page and in "Mein Bereich"."""

from django.http import HttpRequest

from cms import roles
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
