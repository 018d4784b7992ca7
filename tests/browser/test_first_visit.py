"""A new person's first visit, tried as such a person would.

Sign up, confirm with the code, follow "Erste Schritte", book the introduction
training, switch to English and read it and the translated course: every page
passes axe and reflows at 320 px.
"""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_reflows
from tests.browser.test_learning_journey import sign_up

COURSE = "/kurse/gemeinsam-stark-im-stadtteil/"


@pytest.fixture
def demo(site):
    from demo import events, learning, translations

    learning.seed(stdout=io.StringIO())
    events.seed(stdout=io.StringIO())
    translations.seed(stdout=io.StringIO())


def test_a_new_person_finds_the_way_books_and_reads_in_english(
    demo, live_server, page, axe_check, shoot
):
    from events.models import Booking

    sign_up(page, live_server, "erstbesuch@example.org")
    first_steps = page.locator("section.first-steps")
    expect(first_steps).to_be_visible()
    expect(first_steps.get_by_role("link")).not_to_have_count(0)
    axe_check()
    shoot("erster-besuch-mein-bereich")

    # The step to a training leads to the calendar; the person books the
    # introduction to the platform.
    first_steps.get_by_role("link", name="Eine Einführungsschulung buchen").click()
    expect(page.locator("h1")).to_have_text("Schulungen und Termine")
    page.get_by_role("link", name="Die Lernplattform kennenlernen").first.click()
    title = page.locator("h1").inner_text()
    page.get_by_role("button", name="Verbindlich buchen").click()
    expect(page.get_by_text("Sie haben einen Platz gebucht.").first).to_be_visible()
    axe_check()
    shoot("erster-besuch-gebucht")
    assert Booking.objects.filter(user__email="erstbesuch@example.org").count() == 1

    # Back on Mein Bereich the step is done, and said so in words.
    page.goto(f"{live_server.url}/mein-bereich/")
    done = page.locator(".first-steps__done")
    expect(done).to_contain_text("Eine Einführungsschulung buchen")
    expect(done).to_contain_text("erledigt")
    expect(page.get_by_text(title.removeprefix("Abgesagt: ")).first).to_be_visible()

    # Switch to English: the booked introduction reads in English, then the
    # translated course; the profile keeps the choice from page to page.
    page.get_by_role("link", name="English").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto(f"{live_server.url}/termine/lernplattform-kennenlernen/")
    expect(page.locator("h1")).to_contain_text("Getting to know the learning platform")
    expect(page.get_by_role("link", name="Cancel booking")).to_be_visible()
    axe_check()
    shoot("erster-besuch-schulung-englisch")
    page.goto(f"{live_server.url}{COURSE}")
    expect(page.locator("h1")).to_contain_text("Strong together in the neighbourhood")
    expect(page.locator(".translation-notice")).to_have_count(0)
    axe_check()
    shoot("erster-besuch-kurs-englisch")
    page.set_viewport_size({"width": 320, "height": 800})
    assert_reflows(page)
    page.get_by_role("button", name="Start the course").click()
    expect(page.locator("h1")).not_to_be_empty()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.locator("h1").get_attribute("lang") is None
    assert_reflows(page)
    axe_check()
