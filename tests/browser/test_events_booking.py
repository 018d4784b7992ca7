"""Trainings in the browser: find, book, see the link, cancel; trainer check-in."""

import io
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from cms.routing import route_url
from tests.browser.conftest import login

SLUG = "selbstfuersorge-fuer-engagierte"


@pytest.fixture
def trainings(site):
    from cms.models import User
    from demo import events as demo_events
    from events import services
    from events.models import EventPage

    demo_events.seed(stdout=io.StringIO())
    event = EventPage.objects.get(slug=SLUG)
    event.capacity = 2
    event.save_revision().publish()
    first = User.objects.get(email="absolventin@example.org")
    services.booking_create(event=event, user=first, actor=first)
    return event


def _password() -> str:
    from demo.content.site import DEMO_PASSWORD

    return DEMO_PASSWORD


def test_contact_person_books_a_digital_training_and_cancels(
    trainings, live_server, page, shoot, axe_check
):
    from cms.models import User
    from events import services
    from events.models import Booking

    login(page, live_server, "lernende@example.org", _password())
    page.goto(f"{live_server.url}/termine/")
    expect(page.locator("h1")).to_have_text("Schulungen und Termine")
    axe_check()
    shoot("schulungen-kalender")

    expect(page.locator("details.filters")).to_have_attribute("open", "")
    page.get_by_label("Format").select_option("online")
    page.get_by_role("button", name="Filter anwenden").click()
    expect(page.locator(".event-card")).not_to_have_count(0)
    for format_line in page.locator(".event-card__facts dd:nth-of-type(2)").all():
        expect(format_line).to_have_text("Online")
    axe_check()
    shoot("schulungen-filter-online")

    page.get_by_role("link", name=trainings.title).click()
    expect(page.locator("h1")).to_have_text(trainings.title)
    expect(page.get_by_text("meet.example.org")).to_have_count(0)
    axe_check()
    shoot("schulung-vor-anmeldung")

    page.get_by_role("button", name="Verbindlich buchen").click()
    expect(page.get_by_text("Sie haben einen Platz gebucht.").first).to_be_visible()
    # The header's logout speaks of the account, never of the booking.
    expect(page.get_by_role("button", name="Abmelden")).to_have_count(1)
    expect(page.get_by_role("link", name="Buchung absagen")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Zugang zum Online-Treffen")
    ).to_be_visible()
    expect(page.get_by_text(trainings.meeting_url)).to_be_visible()
    axe_check()
    shoot("schulung-angemeldet")

    ics = page.get_by_role("link", name="Diese Schulung zum Kalender hinzufügen")
    response = page.request.get(live_server.url + ics.get_attribute("href"))
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert b"BEGIN:VEVENT" in response.body()
    assert b"meet.example.org" not in response.body()

    # Someone else joins the now full training and lands on the waiting list.
    helga = User.objects.get(email="helga@example.org")
    waiting = services.booking_create(event=trainings, user=helga, actor=helga)
    assert waiting.is_waiting
    mail.outbox.clear()

    page.goto(f"{live_server.url}/mein-bereich/")
    expect(page.get_by_role("link", name=trainings.title, exact=True)).to_be_visible()
    axe_check()
    shoot("mein-bereich-schulungen")
    page.get_by_role(
        "link", name=re.compile(r"^Buchung absagen\W+Gut für sich")
    ).click()
    # A page of its own asks first, naming the training and its date.
    expect(page.locator("h1")).to_have_text("Buchung absagen?")
    expect(page.locator("main")).to_contain_text(trainings.title)
    axe_check()
    shoot("buchung-absagen")
    page.get_by_role("button", name="Ja, Buchung absagen").click()
    expect(page.get_by_text("Ihre Buchung ist abgesagt.")).to_be_visible()

    waiting.refresh_from_db()
    assert waiting.status == Booking.Status.CONFIRMED
    promoted = [m for m in mail.outbox if m.to == [helga.email]]
    assert promoted and "Sie haben einen Platz" in promoted[0].subject
    assert trainings.meeting_url in promoted[0].body

    page.goto(f"{live_server.url}/mein-bereich/kalender/")
    page.get_by_label("Name des Kalender-Links").fill("Handy")
    page.get_by_role("button", name="Link erstellen").click()
    expect(page.get_by_text("Ihr neuer Link")).to_be_visible()
    axe_check()
    shoot("kalender-links")


def test_month_view_and_archive_pass_axe(
    trainings, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}/termine/?ansicht=monat")
    expect(page.locator("table.month-grid")).to_be_visible()
    axe_check()
    shoot("schulungen-monat")
    page.goto(f"{live_server.url}/termine/?archiv=1")
    expect(page.locator("h1")).to_have_text("Vergangene Schulungen")
    axe_check()


def test_trainer_checks_in_on_a_phone_and_prints_the_sheet(
    trainings, live_server, page, axe_check, shoot
):
    from datetime import timedelta

    from django.utils import timezone

    from events.models import Attendance, EventSession

    # Check-in opens shortly before a session starts: the first one is near.
    first = trainings.sessions.order_by("start").first()
    start = timezone.now() + timedelta(minutes=10)
    EventSession.objects.filter(pk=first.pk).update(
        start=start, end=start + timedelta(hours=2)
    )
    login(page, live_server, "trainerin@example.org", _password())
    page.goto(live_server.url + route_url(trainings, "participants"))
    expect(page.locator("h1")).to_contain_text("Teilnehmende")
    axe_check()
    shoot("trainerin-teilnehmende")

    page.set_viewport_size({"width": 375, "height": 800})
    page.get_by_role("link", name="Anwesenheit erfassen").first.click()
    expect(page.locator("h1")).to_have_text("Check-in")
    page.get_by_role("button", name=re.compile(r"^teilgenommen\W+Ayla D")).click()
    expect(page.get_by_text("1 von 1 Personen anwesend.")).to_be_visible()
    assert Attendance.objects.filter(state="teilgenommen").count() == 1
    axe_check()
    shoot("trainerin-check-in")

    page.goto(live_server.url + route_url(trainings, "sign_in_sheet"))
    expect(page.locator("h1")).to_have_text("Teilnehmerliste")
    axe_check()
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    shoot("teilnehmerliste-druck")
