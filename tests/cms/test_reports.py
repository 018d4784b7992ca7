"""Coordinator reports: numbers against a hand-counted fixture, suppression of
small cells, SVG charts with their tables, CSV, budgets that hold."""

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import charts, reports
from cms import questionnaires as q
from cms.models import Topic
from events.models import Attendance, Booking
from tests.budgets import REPORT_BUDGET
from tests.events.conftest import build_event
from tests.factories import DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db

TZ = timezone.get_current_timezone()


def at(year, month, day):
    return datetime(year, month, day, 10, 0, tzinfo=TZ)


@pytest.fixture
def calendar(home_page):
    from events.models import EventIndexPage

    page = EventIndexPage(title="Schulungen", slug="termine")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def fill(event, people, *, attended, no_show=0, waiting=0):
    session = event.sessions.first()
    for index, person in enumerate(people[: attended + no_show + waiting]):
        if index >= attended + no_show:
            Booking.objects.create(
                event=event, user=person, status=Booking.Status.WAITING
            )
            continue
        booking = Booking.objects.create(
            event=event, user=person, status=Booking.Status.CONFIRMED
        )
        Attendance.objects.create(
            booking=booking,
            session=session,
            state=Attendance.State.ATTENDED
            if index < attended
            else Attendance.State.NO_SHOW,
        )


@pytest.fixture
def world(calendar):
    """Hand-counted:

    - Styrum: 6 people, Saarn: 3 people (a suppressed district).
    - Training A (2026-Q1, Präsenz, Thema "Zuhören", 10 seats): the 6 Styrum
      people attend, 2 Saarn people do not show up, 1 Saarn person waits.
    - Training B (2026-Q2, Online, "Zuhören", 8 seats): 4 Styrum people attend.
    So Q1: 6 people / 6 visits; Q2: 4 people -> "< 5".
    Styrum: 6 people, 10 visits; Saarn: 0 attended (no row).
    Fill rate Präsenz: 8 confirmed / 10 seats = 80 %; no-show 2 / 8 = 25 %;
    Online: 4 confirmed (< 5) -> suppressed.
    """
    styrum, saarn = DistrictFactory(name="Styrum"), DistrictFactory(name="Saarn")
    styrum_people = UserFactory.create_batch(6, district=styrum)
    saarn_people = UserFactory.create_batch(3, district=saarn)
    topic = Topic.objects.create(name="Zuhören")
    a = build_event(
        calendar,
        title="A",
        sessions=[(at(2026, 2, 10), at(2026, 2, 10) + timedelta(hours=2))],
        format="praesenz",
        dimension="verstehbarkeit",
        capacity=10,
    )
    b = build_event(
        calendar,
        title="B",
        sessions=[(at(2026, 5, 5), at(2026, 5, 5) + timedelta(hours=2))],
        format="online",
        dimension="handhabbarkeit",
        capacity=8,
    )
    for event in (a, b):
        event.topics.set([topic])
        event.save()
    fill(a, styrum_people + saarn_people, attended=6, no_show=2, waiting=1)
    fill(b, styrum_people, attended=4)
    return {"a": a, "b": b}


def rows_of(key, title):
    report = reports.report(key)
    [figure] = [f for f in report.figures() if f.title == title]
    return {row[0]: row[1:] for row in figure.rows}


def test_reach_per_quarter_and_district(world):
    per_quarter = rows_of("reichweite", "Schulungen besucht, je Quartal")
    assert per_quarter == {"2026-Q1": [6, 6], "2026-Q2": [None, None]}
    per_district = rows_of("reichweite", "Schulungen besucht, je Stadtteil")
    assert per_district == {"Styrum": [6, 10]}


def test_utilisation_per_format_and_topic(world):
    per_format = rows_of("auslastung", "Auslastung je Format")
    # Auslastung %, Warteliste, Nicht erschienen %, Gebucht.
    assert per_format["Präsenz"] == [80.0, None, 25.0, 8]
    assert per_format["Online"] == [None, None, None, None]
    per_topic = rows_of("auslastung", "Auslastung je Thema")
    # 12 confirmed of 18 seats; no-shows 2 of 12 recorded.
    assert per_topic["Zuhören"] == [66.7, None, 16.7, 12]


def test_coherence_counts_trainings_and_suppresses_people(world, calendar):
    # Two more trainings of one dimension: counted together, not one per page.
    for title in ("C", "D"):
        build_event(calendar, title=title, dimension="verstehbarkeit")
    rows = rows_of("kohaerenz", "Schulungen je Dimension")
    assert rows["Verstehbarkeit"] == [3, 6]
    assert rows["Handhabbarkeit"] == [1, None]
    assert rows["Sinnhaftigkeit"] == [0, None]


def _answers(survey_event, scores):
    questionnaire = q.Questionnaire(name="Q")
    questionnaire.questions = [q.Question(kind="scale", text="Gut?", points=5)]
    questionnaire.save()
    survey, _ = q.survey_open(
        subject="events.eventpage",
        object_id=survey_event.pk,
        questionnaire=questionnaire,
        title=survey_event.title,
        closes_at=None,
    )
    people = UserFactory.create_batch(len(scores))
    q.invite(survey=survey, user_ids=[p.pk for p in people])
    key = survey.questions[0]["key"]
    for person, score in zip(people, scores, strict=True):
        q.submit(survey=survey, user=person, data={key: str(score)})


def test_evaluations_compare_from_five_answers(world, trainer):
    world["a"].trainers.set([trainer])
    world["a"].save()
    _answers(world["a"], [5, 4, 4, 3, 4])
    _answers(world["b"], [1, 2])
    per_training = rows_of("bewertungen", "Bewertungen je Schulung")
    # Mean first (the chart draws it), then the number of answers.
    assert per_training == {"A": [4.0, 5], "B": [None, None]}
    per_format = rows_of("bewertungen", "Bewertungen je Format")
    assert per_format == {"Präsenz": [4.0, 5], "Online": [None, None]}
    per_topic = rows_of("bewertungen", "Bewertungen je Thema")
    # 7 answers together: (20 + 3) / 7.
    assert per_topic == {"Zuhören": [3.29, 7]}
    assert rows_of("bewertungen", "Bewertungen je Trainer:in") == {
        trainer.public_name: [4.0, 5]
    }
    assert set(rows_of("bewertungen", "Bewertungen je Quartal")) == {
        "2026-Q1",
        "2026-Q2",
    }


def test_report_page_shows_chart_table_and_csv(client, world, coordinator, trainer):
    client.force_login(trainer)
    assert client.get(reverse("cms_reports")).status_code == 404
    assert client.get(reverse("cms_report", args=["reichweite"])).status_code == 404
    client.force_login(coordinator)
    index = client.get(reverse("cms_reports")).content.decode()
    for key in ("reichweite", "kohaerenz", "auslastung", "schulungswuensche"):
        assert reverse("cms_report", args=[key]) in index
    html = client.get(reverse("cms_report", args=["reichweite"])).content.decode()
    assert '<svg class="chart"' in html and 'role="img"' in html
    # On a phone the chart scrolls in its own region, reachable by keyboard.
    assert 'class="report-figure__chart" role="region" tabindex="0"' in html
    assert 'aria-label="Diagramm: ' in html
    assert "<title" in html and "<desc" in html
    assert "<table" in html and "&lt; 5" in html
    assert "<script" not in html.split('<svg class="chart"')[1].split("</svg>")[0]
    csv = client.get(
        reverse("cms_report", args=["reichweite"]),
        {"csv": "schulungen-besucht-je-quartal"},
    )
    text = csv.content.decode("utf-8")
    assert text.startswith("\ufeffQuartal;Personen;Besuchte Schulungen")
    assert "2026-Q1;6;6" in text and "2026-Q2;< 5;< 5" in text
    assert client.get(reverse("cms_report", args=["unbekannt"])).status_code == 404
    assert (
        client.get(
            reverse("cms_report", args=["reichweite"]), {"csv": "gibt-es-nicht"}
        ).status_code
        == 404
    )


@pytest.mark.parametrize("trainings", [2, 12])
def test_every_report_page_keeps_its_budget(
    client, calendar, coordinator, trainings, django_assert_max_num_queries
):
    people = UserFactory.create_batch(6)
    topics = [Topic.objects.create(name=f"Thema {n}") for n in range(3)]
    for number in range(trainings):
        start = timezone.now() - timedelta(days=20 * number + 2)
        event = build_event(calendar, title=f"S{number}", start=start)
        event.topics.set(topics[: 1 + number % 3])
        event.save()
        fill(event, people, attended=5, no_show=1)
        _answers(event, [4, 5, 3, 4, 5, 2])
    client.force_login(coordinator)
    for report in reports.reports():
        with django_assert_max_num_queries(REPORT_BUDGET):
            response = client.get(reverse("cms_report", args=[report.key]))
        assert response.status_code == 200, report.key


def test_charts_escape_labels_and_mark_suppressed_values():
    svg = charts.bar_chart(
        title="T <b>",
        desc="D",
        labels=["<script>", "x"],
        series=[charts.Series(label="n", values=[None, 3])],
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "&lt; 5" in svg
    line = charts.line_chart(
        title="L",
        desc="D",
        labels=["2026-Q1", "2026-Q2", "2026-Q3"],
        series=[charts.Series(label="a", values=[1, None, 3])],
    )
    assert line.count("<circle") == 2 and "<polyline" not in line


def test_spreadsheet_convention():
    from cms.spreadsheets import csv_download

    response, writer = csv_download("x.csv")
    writer.writerow(["=1+1", "+49 208", "-3", "@SUM", "Straße", 5, None])
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert text.strip("\ufeff").strip() == "'=1+1;'+49 208;'-3;'@SUM;Straße;5;"


def test_training_requests_per_quarter_and_answer():
    from network.models import TrainingRequest

    district = DistrictFactory(name="Broich")
    for title, status, support, month in (
        ("W1", "open", 3, 1),
        ("W2", "open", 4, 2),
        ("W3", "planned", 6, 2),
        ("W4", "declined", 0, 4),
    ):
        TrainingRequest.objects.create(
            title=title,
            description="…",
            district=district,
            dimension="verstehbarkeit",
            status=status,
            support_count=support,
            created_at=at(2026, month, 3),
        )
    per_quarter = rows_of("schulungswuensche", "Schulungswünsche je Quartal")
    assert per_quarter == {"2026-Q1": [2, 1, 0, 0], "2026-Q2": [0, 0, 1, 0]}
    answered = rows_of("schulungswuensche", "Wie Schulungswünsche beantwortet wurden")
    assert answered["Offen"] == [2, 7]
    assert answered["Geplant"] == [1, 6]
    assert answered["Abgelehnt"] == [1, None]
