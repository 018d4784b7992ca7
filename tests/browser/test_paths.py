"""The qualification path in the browser: the stepper in Mein Bereich and the
coordinators' progress. Both pass axe (WCAG 2.1 A/AA) and are photographed at
320 px and 1280 px, with nothing running off the side."""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, login


@pytest.fixture
def demo_path(site):
    from demo import events as demo_events
    from demo import exchange as demo_exchange
    from demo import learning as demo_learning
    from demo import paths as demo_paths
    from demo.content.site import DEMO_PASSWORD
    from learning.models import QualificationPath

    for step in (demo_learning, demo_events, demo_exchange, demo_paths):
        step.seed(stdout=io.StringIO())
    return QualificationPath.objects.get(), DEMO_PASSWORD


SIDEWAYS = "document.documentElement.scrollWidth > document.documentElement.clientWidth"


def _shoot(page, name: str, part: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        box = page.locator(part).first.bounding_box()
        assert box is not None and box["x"] < width
        assert not page.evaluate(SIDEWAYS), f"{name} scrolls sideways at {width} px"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_stepper_and_progress(demo_path, live_server, page, axe_check):
    path, password = demo_path
    login(page, live_server, "absolventin@example.org", password)
    page.goto(f"{live_server.url}/mein-bereich/lernpfade/")
    stepper = page.locator("ol.stepper").first
    expect(stepper).to_be_visible()
    expect(stepper.locator("li")).to_have_count(7)
    expect(stepper.locator("[aria-current=step]")).to_have_count(1)
    expect(stepper).to_contain_text("erledigt")
    expect(stepper).to_contain_text("Ihr nächster Schritt")
    axe_check()
    _shoot(page, "lernpfad-stepper", "ol.stepper")
    page.goto(f"{live_server.url}/mein-bereich/")
    expect(page.locator("#bereich-paths")).to_have_text("Meine Lernpfade")
    axe_check()

    page.context.clear_cookies()
    login(page, live_server, "koordination@example.org", password)
    page.goto(f"{live_server.url}/admin/lernberichte/lernpfade/{path.pk}/")
    expect(page.get_by_text("Ayla", exact=False).first).to_be_visible()
    expect(page.get_by_role("heading", name="Nach Stadtteil")).to_be_visible()
    axe_check()
    _shoot(page, "lernpfad-fortschritt", "table.listing")
    page.goto(f"{live_server.url}/admin/lernberichte/lernpfade/")
    expect(page.get_by_role("link", name="Ansprechperson werden")).to_be_visible()
    axe_check()
