"""The demo evaluations: two templates, enough answers on two past trainings and
too few on a third, and data that makes every report figure show something."""

import io

import pytest

from cms import questionnaires as q
from cms import reports
from demo import evaluations, events, learning
from demo.site import seed_site

pytestmark = pytest.mark.django_db


def test_demo_evaluations_and_reports_show_something():
    seed_site()
    learning.seed(stdout=io.StringIO())
    events.seed(stdout=io.StringIO())
    evaluations.seed(stdout=io.StringIO())
    out = io.StringIO()
    evaluations.seed(stdout=out)
    assert "2 Fragebögen" in out.getvalue()
    assert q.Questionnaire.objects.count() == 2
    counts = sorted(q.Survey.objects.values_list("response_count", flat=True))
    assert counts == [3, 7, 12]
    assert q.Invitation.objects.filter(
        user__email="ansprechperson@example.org", answered=False
    ).exists()
    for report in reports.reports():
        for figure in report.figures():
            if report.key == "schulungswuensche":
                continue  # network's demo is not seeded here
            numbers = [
                cell
                for row in figure.rows
                for cell in row[1:]
                if isinstance(cell, int | float) and cell
            ]
            assert numbers, f"{report.key}: {figure.title} shows nothing"
