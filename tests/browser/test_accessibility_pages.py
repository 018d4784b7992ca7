"""The accessibility statement, its feedback form and Leichte Sprache in a browser."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS


def _reflows_at_320(page, name: str) -> None:
    page.set_viewport_size({"width": 320, "height": 256})
    width = page.evaluate(
        """() => [document.documentElement.scrollWidth, innerWidth,
            [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1
                    || e.scrollWidth > e.clientWidth + 1)
                .slice(0, 5).map(e => e.tagName + "." + e.className + ": "
                    + (e.textContent || "").trim().slice(0, 40))]"""
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 320, "height": 900})
    page.screenshot(path=str(ARTIFACTS / f"{name}-320.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    assert width[0] <= width[1], f"{name} scrolls sideways at 320 px: {width}"


@pytest.mark.parametrize(
    ("name", "path", "heading"),
    [
        ("barrierefreiheit", "/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
        ("barriere-melden", "/barrierefreiheit/rueckmeldung/", "Barriere melden"),
        ("leichte-sprache", "/leichte-sprache/", "Leichte Sprache"),
        (
            "leichte-sprache-angebot",
            "/leichte-sprache/was-gibt-es-hier/",
            "Was gibt es",
        ),
    ],
)
def test_page_passes_axe_and_reflows(
    site, live_server, page, shoot, axe_check, name, path, heading
):
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("h1")).to_contain_text(heading)
    axe_check()
    shoot(name)
    _reflows_at_320(page, name)


def test_report_a_barrier_with_the_keyboard_only(site, live_server, page, axe_check):
    from cms.models import AccessibilityFeedback

    page.goto(f"{live_server.url}/barrierefreiheit/")
    link = page.get_by_role("link", name="Barriere melden", exact=True)
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Barriere melden")
    page.get_by_label("Was funktioniert nicht?").focus()
    page.keyboard.type("Der Kalender springt beim Blättern nach oben.")
    page.keyboard.press("Tab")
    page.keyboard.type("/termine/")
    page.keyboard.press("Tab")
    page.keyboard.type("Rita")
    page.keyboard.press("Tab")
    page.keyboard.type("rita@example.org")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Meldung senden")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".message--success")).to_contain_text(
        "Ihre Meldung ist bei der Koordination angekommen"
    )
    axe_check()
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.page_url == "/termine/" and feedback.email == "rita@example.org"


def test_empty_report_shows_errors_that_pass_axe(site, live_server, page, axe_check):
    page.goto(f"{live_server.url}/barrierefreiheit/rueckmeldung/")
    page.get_by_role("button", name="Meldung senden").click()
    expect(page.locator(".form-errors")).to_be_visible()
    axe_check()


def test_statement_in_english_passes_axe(site, live_server, page, shoot, axe_check):
    page.goto(f"{live_server.url}/sprache/en/?next=/barrierefreiheit/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Non-accessible content")).to_be_visible()
    expect(page.get_by_role("link", name="Leichte Sprache").first).to_have_attribute(
        "lang", "de"
    )
    axe_check()
    shoot("barrierefreiheit-en")
    _reflows_at_320(page, "barrierefreiheit-en")
