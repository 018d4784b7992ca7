"""Training requests in the coordinator reports (``cms.hooks.REPORTS``).

Requests are public (anyone reads the list), so their numbers are shown as they
are; the number of people who supported them is a count of people and reads
"< 5" below ``cms.reports.MIN_PEOPLE``.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Sum
from django.db.models.functions import TruncQuarter
from django.utils.translation import gettext as _

from cms import reports
from network.models import TrainingRequest

STATUSES = [
    TrainingRequest.Status.OPEN,
    TrainingRequest.Status.PLANNED,
    TrainingRequest.Status.DECLINED,
    TrainingRequest.Status.MERGED,
]


def request_figures() -> list[reports.Figure]:
    per_quarter: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in (
        TrainingRequest.objects.annotate(q=TruncQuarter("created_at"))
        .order_by()
        .values("q", "status")
        .annotate(n=Count("pk"))
    ):
        per_quarter[reports.quarter(row["q"])][row["status"]] = row["n"]
    labels = reports.quarters_between(
        min(per_quarter, default=""), max(per_quarter, default="")
    )
    status_columns = [str(status.label) for status in STATUSES]
    quarter_rows = [
        [label, *[per_quarter[label][status.value] for status in STATUSES]]
        for label in labels
    ]
    answered = list(
        TrainingRequest.objects.exclude(status=TrainingRequest.Status.OPEN)
        .filter(answered_at__isnull=False)
        .values_list("created_at", "answered_at")
    )
    days = sorted((a - c).days for c, a in answered if a >= c)
    median = days[len(days) // 2] if days else None
    per_status = {
        row["status"]: row
        for row in TrainingRequest.objects.order_by()
        .values("status")
        .annotate(n=Count("pk"), supporters=Sum("support_count"))
    }
    status_rows = [
        [
            str(status.label),
            per_status.get(status.value, {}).get("n", 0),
            reports.people(per_status.get(status.value, {}).get("supporters") or 0),
        ]
        for status in STATUSES
    ]
    return [
        reports.Figure(
            title=_("Schulungswünsche je Quartal"),
            description=_(
                "Gemeldete Schulungswünsche nach dem Quartal der Meldung und wie "
                "sie heute beantwortet sind."
            ),
            columns=[_("Quartal"), *status_columns],
            rows=quarter_rows,
        ),
        reports.Figure(
            title=_("Wie Schulungswünsche beantwortet wurden"),
            description=(
                _("Wünsche je Antwort und ihre Unterstützungen.")
                + " "
                + (
                    _("Median bis zur Antwort: %(days)s Tage.") % {"days": median}
                    if median is not None
                    else ""
                )
            ),
            columns=[_("Antwort"), _("Wünsche"), _("Unterstützungen")],
            rows=status_rows,
        ),
    ]
