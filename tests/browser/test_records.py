"""A revoked certificate in the browser: Mein Bereich and the verification page.

Both pass axe (WCAG 2.1 A/AA) and are photographed at 320 px and 1280 px.
"""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, login


@pytest.fixture
def revoked(site):
    from cms import roles
    from demo import learning as demo_learning
    from demo.content.site import DEMO_PASSWORD
    from learning import services
    from learning.models import Certificate
    from tests.factories import UserFactory

    demo_learning.seed(stdout=io.StringIO())
    certificate = Certificate.objects.get(user__email="absolventin@example.org")
    coordinator = UserFactory(role=roles.COORDINATORS)
    services.certificate_revoke(
        certificate=certificate,
        actor=coordinator,
        reason="Die Bescheinigung wurde versehentlich doppelt ausgestellt.",
    )
    certificate.refresh_from_db()
    return certificate, DEMO_PASSWORD


def _shoot_narrow_and_wide(page, name: str, part: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        # Nothing of the revocation runs off the side at 320 px.
        box = page.locator(part).first.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width


def test_learner_and_public_see_the_revocation(revoked, live_server, page, axe_check):
    certificate, password = revoked
    login(page, live_server, "absolventin@example.org", password)
    page.goto(f"{live_server.url}/mein-bereich/")
    expect(page.get_by_text("Bescheinigung widerrufen am")).to_be_visible()
    expect(page.get_by_text("versehentlich doppelt ausgestellt")).to_be_visible()
    axe_check()
    _shoot_narrow_and_wide(page, "mein-bereich-widerrufen", ".badge--warning")

    page.goto(f"{live_server.url}/nachweis/{certificate.code}/")
    expect(page.locator(".verify--invalid")).to_contain_text("widerrufen")
    expect(page.get_by_text("versehentlich")).to_have_count(0)
    axe_check()
    _shoot_narrow_and_wide(page, "nachweis-widerrufen", ".verify--invalid")
