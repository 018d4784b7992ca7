"""The trainings' figures for the coordinator reports (``cms.hooks.REPORTS``).

Reads only, each figure in a fixed number of queries whatever the number of
trainings, bookings and answers. Every cell that counts people, or a rate
computed from them, is ``None`` ("< 5") below ``cms.reports.MIN_PEOPLE``.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Q
from django.db.models.functions import TruncQuarter
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from cms import reports
from cms.dimensions import Dimension
from cms.i18n import in_default_locale
from events.models import Attendance, Booking, EventPage

SUBJECT = "events.eventpage"


def _quarter_label(value) -> str:
    return reports.quarter(value)


# -- Reach ----------------------------------------------------------------------


def reach_figures() -> list[reports.Figure]:
    attended = Attendance.objects.filter(state=Attendance.State.ATTENDED)
    per_quarter = (
        attended.annotate(q=TruncQuarter("session__start"))
        .order_by()
        .values("q")
        .annotate(
            people=Count("booking__user", distinct=True),
            visits=Count("booking", distinct=True),
        )
        .order_by("q")
    )
    by_quarter = {_quarter_label(row["q"]): row for row in per_quarter}
    labels = reports.quarters_between(
        min(by_quarter, default=""), max(by_quarter, default="")
    )
    quarter_rows = []
    for label in labels:
        row = by_quarter.get(label, {"people": 0, "visits": 0})
        people = reports.people(row["people"])
        quarter_rows.append(
            [label, people, row["visits"] if people is not None else None]
        )
    per_district = (
        attended.values("booking__user__district__name")
        .annotate(
            people=Count("booking__user", distinct=True),
            visits=Count("booking", distinct=True),
        )
        .order_by("booking__user__district__name")
    )
    district_rows = []
    for row in per_district:
        people = reports.people(row["people"])
        district_rows.append(
            [
                row["booking__user__district__name"] or _("ohne Angabe"),
                people,
                row["visits"] if people is not None else None,
            ]
        )
    columns = [_("Personen"), _("Besuchte Schulungen")]
    return [
        reports.Figure(
            title=_("Schulungen besucht, je Quartal"),
            description=_(
                "Personen, die in einem Quartal an mindestens einem Termin "
                "teilgenommen haben, und ihre besuchten Schulungen."
            ),
            columns=[_("Quartal"), *columns],
            rows=quarter_rows,
            chart=reports.LINE,
        ),
        reports.Figure(
            title=_("Schulungen besucht, je Stadtteil"),
            description=_(
                "Personen nach dem Stadtteil in ihrem Profil, mit ihren besuchten "
                "Schulungen, seit Beginn."
            ),
            columns=[_("Stadtteil"), *columns],
            rows=district_rows,
        ),
    ]


# -- Sense of coherence ---------------------------------------------------------


def coherence_figures() -> list[reports.Figure]:
    trainings = dict(
        in_default_locale(EventPage.objects.live())
        .filter(is_cancelled=False)
        .order_by()
        .values("dimension")
        .annotate(n=Count("pk"))
        .values_list("dimension", "n")
    )
    people = dict(
        Attendance.objects.filter(state=Attendance.State.ATTENDED)
        .order_by()
        .values("booking__event__dimension")
        .annotate(n=Count("booking__user", distinct=True))
        .values_list("booking__event__dimension", "n")
    )
    rows = [
        [
            str(dimension.label),
            trainings.get(dimension.value, 0),
            reports.people(people.get(dimension.value, 0)),
        ]
        for dimension in Dimension
    ]
    if trainings.get(""):
        rows.append(
            [_("ohne Dimension"), trainings[""], reports.people(people.get("", 0))]
        )
    return [
        reports.Figure(
            title=_("Schulungen je Dimension"),
            description=_(
                "Veröffentlichte Schulungen je Dimension des Kohärenzgefühls und "
                "wie viele Personen sie besucht haben."
            ),
            columns=[_("Dimension"), _("Schulungen"), _("Teilnehmende")],
            rows=rows,
        )
    ]


# -- Fill rates, waiting lists, no-shows -----------------------------------------


def _training_counts() -> list[dict]:
    """Every training that has begun, with its counts; three queries."""
    events = list(
        in_default_locale(EventPage.objects.live())
        .filter(is_cancelled=False, starts_at__lte=timezone.now())
        .select_related("participation_summary")
        .prefetch_related("topics")
        .annotate(
            confirmed=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.CONFIRMED)
            ),
            waiting=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.WAITING)
            ),
        )
        .order_by("-starts_at", "pk")
    )
    states = defaultdict(lambda: defaultdict(int))
    for row in (
        Attendance.objects.filter(
            state__in=[Attendance.State.ATTENDED, Attendance.State.NO_SHOW]
        )
        .order_by()
        .values("booking__event_id", "state")
        .annotate(n=Count("booking", distinct=True))
    ):
        states[row["booking__event_id"]][row["state"]] = row["n"]
    result = []
    for event in events:
        summary = getattr(event, "participation_summary", None)
        confirmed, waiting = event.confirmed, event.waiting
        if summary is not None:
            confirmed, waiting = summary.confirmed, summary.waiting
        result.append(
            {
                "event": event,
                "capacity": event.capacity,
                "confirmed": confirmed,
                "waiting": waiting,
                "attended": states[event.pk][Attendance.State.ATTENDED],
                "no_show": states[event.pk][Attendance.State.NO_SHOW],
            }
        )
    return result


def _utilisation_row(label: str, items: list[dict]) -> list:
    capacity = sum(item["capacity"] or 0 for item in items)
    with_capacity = sum(item["confirmed"] for item in items if item["capacity"])
    confirmed = sum(item["confirmed"] for item in items)
    waiting = sum(item["waiting"] for item in items)
    attended = sum(item["attended"] for item in items)
    no_show = sum(item["no_show"] for item in items)
    recorded = attended + no_show
    return [
        label,
        reports.rate(with_capacity, capacity, base_people=with_capacity)
        if capacity
        else None,
        reports.people(waiting),
        reports.rate(no_show, recorded),
        reports.people(confirmed),
    ]


def _utilisation_columns(first: str) -> list[str]:
    return [
        first,
        _("Auslastung (%)"),
        _("Warteliste"),
        _("Nicht erschienen (%)"),
        _("Gebucht"),
    ]


def utilisation_figures(*, limit: int = 30) -> list[reports.Figure]:
    counts = _training_counts()
    by_topic: dict[str, list] = defaultdict(list)
    by_format: dict[str, list] = defaultdict(list)
    for item in counts:
        for topic in item["event"].topics.all():
            by_topic[topic.name].append(item)
        by_format[item["event"].get_format_display()].append(item)
    description = _(
        "Auslastung = Buchungen je Platz; Warteliste = Personen, die (noch) "
        "warten; nicht erschienen = Anteil der erfassten Teilnahmen ohne "
        "Erscheinen."
    )
    return [
        reports.Figure(
            title=_("Auslastung je Format"),
            description=description,
            columns=_utilisation_columns(_("Format")),
            rows=[
                _utilisation_row(label, items)
                for label, items in sorted(by_format.items())
            ],
            unit="",
            chart_columns=1,
        ),
        reports.Figure(
            title=_("Auslastung je Thema"),
            description=description,
            columns=_utilisation_columns(_("Thema")),
            rows=[
                _utilisation_row(label, items)
                for label, items in sorted(by_topic.items())
            ],
            chart_columns=1,
        ),
        reports.Figure(
            title=_("Auslastung je Schulung"),
            description=_("Die %(n)s jüngsten Schulungen. ") % {"n": limit}
            + description,
            columns=_utilisation_columns(_("Schulung")),
            rows=[
                _utilisation_row(
                    "{} ({})".format(
                        item["event"].title,
                        formats.date_format(
                            timezone.localtime(item["event"].starts_at),
                            "SHORT_DATE_FORMAT",
                        ),
                    ),
                    [item],
                )
                for item in counts[:limit]
            ],
            chart_columns=1,
        ),
    ]


# -- Evaluations ----------------------------------------------------------------


def evaluation_figures() -> list[reports.Figure]:
    from cms import questionnaires

    surveys = questionnaires.surveys_with_scores(SUBJECT)
    events = {
        event.pk: event
        for event in EventPage.objects.filter(
            pk__in=[survey.object_id for survey in surveys]
        ).prefetch_related("topics", "trainers")
    }
    groups: dict[str, dict[str, list]] = {
        key: defaultdict(list)
        for key in ("trainer", "topic", "dimension", "format", "quarter")
    }
    per_training = []
    for survey in surveys:
        event = events.get(survey.object_id)
        if event is None:
            continue
        per_training.append((event, survey))
        for trainer in event.trainers.all():
            groups["trainer"][trainer.public_name].append(survey)
        for topic in event.topics.all():
            groups["topic"][topic.name].append(survey)
        groups["dimension"][
            event.get_dimension_display() or _("ohne Dimension")
        ].append(survey)
        groups["format"][event.get_format_display()].append(survey)
        groups["quarter"][reports.quarter(event.ends_at)].append(survey)
    columns = [_("Antworten"), _("Mittelwert (1–5)")]
    description = _(
        "Mittelwert aller Skalenfragen, auf 1 (schlecht) bis 5 (gut) umgerechnet. "
        "Gruppen mit weniger als 5 Antworten bleiben leer."
    )
    titles = {
        "trainer": (_("Bewertungen je Trainer:in"), _("Trainer:in")),
        "topic": (_("Bewertungen je Thema"), _("Thema")),
        "dimension": (_("Bewertungen je Dimension"), _("Dimension")),
        "format": (_("Bewertungen je Format"), _("Format")),
        "quarter": (_("Bewertungen je Quartal"), _("Quartal")),
    }
    figures = [
        reports.Figure(
            title=_("Bewertungen je Schulung"),
            description=description,
            columns=[_("Schulung"), *columns],
            rows=[
                [event.title, *_score_cells([survey])] for event, survey in per_training
            ],
            chart_columns=None,
        )
    ]
    for key, (title, first) in titles.items():
        figures.append(
            reports.Figure(
                title=title,
                description=description,
                columns=[first, *columns],
                rows=[
                    [label, *_score_cells(items)]
                    for label, items in sorted(groups[key].items())
                ],
                chart=reports.LINE if key == "quarter" else reports.BAR,
            )
        )
    for figure in figures:
        # Draw the mean; the number of answers stands in the table.
        figure.columns = [figure.columns[0], figure.columns[2], figure.columns[1]]
        figure.rows = [[row[0], row[2], row[1]] for row in figure.rows]
        figure.chart_columns = 1
    return figures


def _score_cells(surveys: list) -> list:
    answers = sum(survey.response_count for survey in surveys)
    if reports.people(answers) is None:
        return [None, None]
    weight = sum(survey.scale_weight for survey in surveys)
    total = sum(survey.scale_total for survey in surveys)
    return [answers, round(total / weight, 2) if weight else None]
