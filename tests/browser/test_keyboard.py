"""Flows done with the keyboard alone, as someone who cannot use a mouse would:
every stop on the way shows where the focus is, and Enter does the rest."""

import io

import pytest
from playwright.sync_api import expect

from cms.routing import route_url
from tests.browser.conftest import login

# Where the focus is must be visible: an outline or a shadow around it.
FOCUS_SHOWN = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return {id: el.id, text: (el.innerText || el.value || '').trim().slice(0, 60),
          tag: el.tagName, shown: outline || shadow};
}"""


def tab_to(page, matches, limit: int = 120) -> dict:
    """Press Tab until the focused element matches; every stop shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_SHOWN)
        if focused is None:
            continue
        assert focused["shown"], f"focus not visible on {focused}"
        if matches(focused):
            return focused
    raise AssertionError("the keyboard never reached the element")


def by_id(element_id: str):
    return lambda focused: focused["id"] == element_id


def by_text(text: str):
    return lambda focused: focused["text"].startswith(text)


@pytest.fixture
def demo(site):
    from demo import events as demo_events
    from demo import exchange as demo_exchange
    from demo import learning as demo_learning
    from demo import paths as demo_paths
    from demo.content.site import DEMO_PASSWORD

    for step in (demo_learning, demo_events, demo_exchange, demo_paths):
        step.seed(stdout=io.StringIO())
    return DEMO_PASSWORD


def test_a_phone_booking_with_the_keyboard_only(demo, live_server, page, axe_check):
    from events.models import Booking, EventPage

    training = EventPage.objects.get(slug="lernplattform-kennenlernen")
    login(page, live_server, "koordination@example.org", demo)
    page.goto(live_server.url + route_url(training, "phone_booking"))
    tab_to(page, by_id("id_name"))
    page.keyboard.type("Erika Mustermann")
    tab_to(page, by_id("id_phone"))
    page.keyboard.type("0208 455 1234")
    tab_to(page, by_id("id_consent_note"))
    page.keyboard.type("Am Telefon zugestimmt.")
    tab_to(page, by_text("Kontakt anlegen und buchen"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Buchungsbestätigung")
    axe_check()
    assert Booking.objects.filter(event=training, contact__name="Erika Mustermann")


def test_joining_a_path_with_the_keyboard_only(demo, live_server, page, axe_check):
    from learning.models import PathMembership

    members = PathMembership.objects.filter(user__email="lernende@example.org")
    assert not members.exists()
    login(page, live_server, "lernende@example.org", demo)
    page.goto(f"{live_server.url}/mein-bereich/lernpfade/")
    tab_to(page, by_text("Beitreten"))
    page.keyboard.press("Enter")
    expect(page.locator("ol.stepper").first).to_be_visible()
    axe_check()
    assert members.exists()
