"""The demo content: enough trainings to try everything, safe to run twice."""

import io

import pytest

from demo import events as demo_events
from demo.site import seed_site
from events.models import Booking, EventPage

pytestmark = pytest.mark.django_db


def test_demo_trainings_cover_every_case(client):
    seed_site()
    demo_events.seed(stdout=io.StringIO())
    demo_events.seed(stdout=io.StringIO())
    events = EventPage.objects.live()
    assert events.count() >= 12
    assert {e.format for e in events} == {"praesenz", "online", "hybrid"}
    assert events.filter(is_cancelled=True).count() == 1
    assert any(e.sessions.count() > 1 for e in events)
    full = events.get(slug="einsamkeit-im-alter-erkennen")
    assert Booking.objects.filter(event=full, status="confirmed").count() == 8
    assert Booking.objects.filter(event=full, status="waiting").count() == 3
    assert events.filter(venue__step_free=True).exists()
    assert all(e.trainers.filter(email="trainerin@example.org") for e in events)
    home = client.get("/")
    assert "Nächste Schulungen" in home.content.decode()
    calendar = client.get("/termine/")
    assert calendar.status_code == 200
    assert "Ausgebucht – Warteliste mit 3 Personen" in calendar.content.decode()
