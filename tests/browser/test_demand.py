"""A coordinator sees the demand and offers a crowded training on a new date."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import login


@pytest.fixture
def crowded(site):
    from cms.models import District
    from demo.pages import ensure_home_page
    from events import services
    from events.models import EventIndexPage
    from network.models import TrainingRequest
    from tests.events.conftest import build_event
    from tests.factories import UserFactory

    calendar = ensure_home_page().add_child(
        instance=EventIndexPage(title="Schulungen", slug="termine")
    )
    event = build_event(calendar, title="Deeskalation im Alltag", capacity=2)
    for person in UserFactory.create_batch(5):
        services.booking_create(event=event, user=person, actor=person)
    TrainingRequest.objects.create(
        title="Gespräche mit Trauernden",
        description="Wir brauchen Sicherheit im Gespräch.",
        district=District.objects.get_or_create(name="Styrum")[0],
        dimension="handhabbarkeit",
        support_count=7,
    )
    return site["koordination@example.org"]


def test_coordinator_copies_a_crowded_training(
    crowded, live_server, page, axe_check, shoot
):
    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, crowded.email, DEMO_PASSWORD)
    page.goto(f"{live_server.url}/admin/bedarf/")
    expect(page.get_by_role("heading", name="Schulungen mit langer Warteliste"))
    expect(page.locator("main")).to_contain_text("Gespräche mit Trauernden")
    axe_check()
    shoot("bedarf")
    page.get_by_role(
        "link", name="Neuen Termin anlegen: Deeskalation im Alltag"
    ).click()
    expect(page.locator("main")).to_contain_text("3 Personen stehen auf der Warteliste")
    page.locator("#id_termine-0-start").fill("2030-05-06T12:00")
    page.locator("#id_termine-0-end").fill("2030-05-06T10:00")
    page.get_by_role("button", name="Neuen Termin veröffentlichen").click()
    expect(page.locator("main")).to_contain_text("Ende muss nach dem Beginn")
    axe_check()
    shoot("bedarf-neuer-termin")
    mail.outbox.clear()
    page.locator("#id_termine-0-end").fill("2030-05-06T15:00")
    page.get_by_role("button", name="Neuen Termin veröffentlichen").click()
    expect(page.get_by_text("Gebucht: 2, auf der neuen Warteliste: 1")).to_be_visible()
    shoot("bedarf-kopie-teilnehmende")
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 3
    assert sum("Sie haben einen Platz" in subject for subject in subjects) == 2
