"""The courses' figures for the coordinator reports (``cms.hooks.REPORTS``).

Reads only, in a fixed number of queries; counts of people below
``cms.reports.MIN_PEOPLE`` read "< 5".
"""

from __future__ import annotations

from django.db.models import Count
from django.db.models.functions import TruncQuarter
from django.utils.translation import gettext as _

from cms import reports
from cms.dimensions import Dimension
from cms.i18n import in_default_locale
from learning.models import LessonPage, LessonProgress


def reach_figures() -> list[reports.Figure]:
    per_quarter = {
        reports.quarter(row["q"]): row
        for row in LessonProgress.objects.annotate(q=TruncQuarter("completed_at"))
        .order_by()
        .values("q")
        .annotate(people=Count("user", distinct=True), lessons=Count("pk"))
        .order_by("q")
    }
    labels = reports.quarters_between(
        min(per_quarter, default=""), max(per_quarter, default="")
    )
    quarter_rows = []
    for label in labels:
        row = per_quarter.get(label, {"people": 0, "lessons": 0})
        people = reports.people(row["people"])
        quarter_rows.append([label, people, row["lessons"] if people else None])
    district_rows = []
    for row in (
        LessonProgress.objects.order_by()
        .values("user__district__name")
        .annotate(people=Count("user", distinct=True), lessons=Count("pk"))
        .order_by("user__district__name")
    ):
        people = reports.people(row["people"])
        district_rows.append(
            [
                row["user__district__name"] or _("ohne Angabe"),
                people,
                row["lessons"] if people else None,
            ]
        )
    columns = [_("Aktive Lernende"), _("Erledigte Lerneinheiten")]
    return [
        reports.Figure(
            title=_("Lernen je Quartal"),
            description=_(
                "Personen, die in einem Quartal mindestens eine Lerneinheit "
                "erledigt haben, und die erledigten Lerneinheiten."
            ),
            columns=[_("Quartal"), *columns],
            rows=quarter_rows,
            chart=reports.LINE,
        ),
        reports.Figure(
            title=_("Lernen je Stadtteil"),
            description=_(
                "Lernende nach dem Stadtteil in ihrem Profil und ihre erledigten "
                "Lerneinheiten, seit Beginn."
            ),
            columns=[_("Stadtteil"), *columns],
            rows=district_rows,
        ),
    ]


def coherence_figures() -> list[reports.Figure]:
    lessons = dict(
        in_default_locale(LessonPage.objects.live())
        .order_by()
        .values("dimension")
        .annotate(n=Count("pk"))
        .values_list("dimension", "n")
    )
    people = dict(
        LessonProgress.objects.order_by()
        .values("dimension")
        .annotate(n=Count("user", distinct=True))
        .values_list("dimension", "n")
    )
    return [
        reports.Figure(
            title=_("Lerneinheiten je Dimension"),
            description=_(
                "Veröffentlichte Lerneinheiten je Dimension des Kohärenzgefühls "
                "und wie viele Personen darin etwas erledigt haben."
            ),
            columns=[_("Dimension"), _("Lerneinheiten"), _("Lernende")],
            rows=[
                [
                    str(dimension.label),
                    lessons.get(dimension.value, 0),
                    reports.people(people.get(dimension.value, 0)),
                ]
                for dimension in Dimension
            ],
        )
    ]
