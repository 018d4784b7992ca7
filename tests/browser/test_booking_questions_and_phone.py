"""Booking questions and bookings by phone in the browser, at 320 and 1280 px."""

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cms.routing import route_url
from tests.browser.conftest import ARTIFACTS, login

SLUG = "lernplattform-kennenlernen"


@pytest.fixture
def training(site):
    from demo import events as demo_events
    from events.models import EventPage

    demo_events.seed(stdout=io.StringIO())
    return EventPage.objects.get(slug=SLUG)


@pytest.fixture
def shoot_narrow(page):
    """Screenshots at the narrowest phone width we promise, and at desktop."""

    def _shoot(name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for label, width in (("320", 320), ("1280", 1280)):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
            wide = page.evaluate(
                "[...document.querySelectorAll('main *')]"
                ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                ".map(e => e.tagName + '.' + e.className + ':' +"
                " (e.textContent || '').slice(0, 30)).slice(0, 8)"
            )
            # The page's own content fits; the site header and footer are
            # measured by the site's own tests.
            assert wide == [], f"{name} scrolls sideways at {width}px: {wide}"
        page.set_viewport_size({"width": 1280, "height": 900})

    return _shoot


def _password() -> str:
    from demo.content.site import DEMO_PASSWORD

    return DEMO_PASSWORD


def test_a_person_answers_the_questions_while_booking(
    training, live_server, page, axe_check, shoot_narrow
):
    from events.models import Booking

    login(page, live_server, "lernende@example.org", _password())
    page.goto(live_server.url + training.url)
    expect(page.get_by_text("Fragen zur Buchung")).to_be_visible()
    axe_check()
    shoot_narrow("anmeldung-fragen")
    page.get_by_label("Ich brauche ein Leihgerät").check()
    page.get_by_label("Stufenloser Zugang").check()
    page.get_by_role("button", name="Verbindlich buchen").click()
    expect(page.get_by_text("Ihre Angaben", exact=True)).to_be_visible()
    booking = Booking.objects.get(event=training, user__email="lernende@example.org")
    assert {a.question_key for a in booking.answers.all()} == {
        "leihgeraet",
        "barrierefreiheit",
    }
    page.get_by_role("link", name="Angaben ansehen oder ändern").click()
    axe_check()


def test_coordination_books_by_phone_and_prints_the_confirmation(
    training, live_server, page, axe_check, shoot_narrow
):
    login(page, live_server, "koordination@example.org", _password())
    page.goto(live_server.url + route_url(training, "phone_booking"))
    expect(page.locator("h1")).to_have_text("Telefonisch buchen")
    axe_check()
    shoot_narrow("telefonische-anmeldung")
    page.locator("#id_name").fill("Erika Mustermann")
    page.locator("#id_phone").fill("0208 455 1234")
    page.locator("#id_consent_note").fill("Am Telefon zugestimmt.")
    page.get_by_role("button", name="Kontakt anlegen und buchen").click()
    expect(page.locator("h1")).to_have_text("Buchungsbestätigung")
    expect(page.get_by_text("Erika Mustermann hat einen Platz.")).to_be_visible()
    axe_check()
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    shoot_narrow("anmeldebestaetigung-druck")
    assert Path(ARTIFACTS / "anmeldebestaetigung-druck-320.png").exists()
