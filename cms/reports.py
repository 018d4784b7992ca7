"""Coordinator reports: figures that apps contribute through ``hooks.REPORTS``.

A ``Figure`` is a table (a label column, then one column per series) that the
report page draws as an SVG chart (``cms.charts``), shows as a table and offers
as CSV (``cms.spreadsheets``). A cell that counts fewer than ``MIN_PEOPLE``
people is ``None`` and reads "< 5" everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from cms import charts
from cms import hooks as cms_hooks
from cms.questionnaires import MIN_ANSWERS

MIN_PEOPLE = MIN_ANSWERS
SUPPRESSED = "< 5"
BAR, LINE = "bar", "line"


def people(count: int | None) -> int | None:
    """Return a count of people, or ``None`` when it is below the threshold."""
    if count is None or count < MIN_PEOPLE:
        return None
    return count


def rate(part: int, base: int, *, base_people: int | None = None) -> float | None:
    """Return ``part`` of ``base`` in per cent, ``None`` when too few people."""
    if people(base_people if base_people is not None else base) is None or not base:
        return None
    return round(100 * part / base, 1)


def quarter(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return f"{value.year}-Q{(value.month - 1) // 3 + 1}"


def quarters_between(first: str, last: str) -> list[str]:
    """Return every quarter label from ``first`` to ``last``."""
    if not first or not last:
        return []
    year, q = int(first[:4]), int(first[-1])
    end = (int(last[:4]), int(last[-1]))
    result = []
    while (year, q) <= end:
        result.append(f"{year}-Q{q}")
        q += 1
        if q == 5:
            year, q = year + 1, 1
    return result


@dataclass
class Figure:
    title: str
    description: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    chart: str = BAR
    unit: str = ""
    #: How many of the columns after the label the chart draws (all if None).
    chart_columns: int | None = None

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "abbildung"

    def svg(self):
        labels = [str(row[0]) for row in self.rows]
        count = self.chart_columns or len(self.columns) - 1
        series = [
            charts.Series(
                label=self.columns[index + 1],
                values=[_number(row[index + 1]) for row in self.rows],
            )
            for index in range(count)
        ]
        draw = charts.line_chart if self.chart == LINE else charts.bar_chart
        return draw(
            title=self.title,
            desc=self.description,
            labels=labels,
            series=series,
            unit=self.unit,
        )

    def display_rows(self) -> list[list[str]]:
        return [[display(cell) for cell in row] for row in self.rows]


def _number(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    return None


def display(value) -> str:
    if value is None:
        return SUPPRESSED
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def csv_cell(value):
    if value is None:
        return SUPPRESSED
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return value


def reach_report(figures, *, order: int) -> cms_hooks.Report:
    """The reach report that learning and events both fill (one key, one text)."""
    return cms_hooks.Report(
        key="reichweite",
        label=_("Reichweite"),
        description=_(
            "Wie viele Personen lernen und Schulungen besuchen, je Quartal und "
            "je Stadtteil."
        ),
        figures=figures,
        order=order,
    )


def coherence_report(figures, *, order: int) -> cms_hooks.Report:
    """The sense-of-coherence report that learning and events both fill."""
    return cms_hooks.Report(
        key="kohaerenz",
        label=_("Kohärenzgefühl"),
        description=_(
            "Wie gut Kurse und Schulungen die drei Dimensionen abdecken: "
            "Verstehbarkeit, Handhabbarkeit, Sinnhaftigkeit."
        ),
        figures=figures,
        order=order,
    )


def reports() -> list[cms_hooks.Report]:
    """Return every report; apps that name the same key add figures to it.

    "Reichweite" has figures from learning (lessons) and events (trainings):
    the declaration with the lowest order gives label and description.
    """
    merged: dict[str, list[cms_hooks.Report]] = {}
    for item in cms_hooks.ordered(cms_hooks.collect(cms_hooks.REPORTS)):
        merged.setdefault(item.key, []).append(item)
    result = []
    for parts in merged.values():
        first = parts[0]
        if len(parts) == 1:
            result.append(first)
            continue
        result.append(
            cms_hooks.Report(
                key=first.key,
                label=first.label,
                description=first.description,
                figures=_joined([part.figures for part in parts]),
                order=first.order,
            )
        )
    return result


def _joined(builders):
    def figures() -> list:
        return [figure for build in builders for figure in build()]

    return figures


def report(key: str) -> cms_hooks.Report | None:
    return next((item for item in reports() if item.key == key), None)


def table(rows: Iterable[Iterable]) -> list[list]:
    return [list(row) for row in rows]
