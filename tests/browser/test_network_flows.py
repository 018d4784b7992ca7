"""The network as new users meet it: wishes, support, planning, directory, messages."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import login


@pytest.fixture
def network_site(site):
    """The demo network plus one training that a coordinator can link."""
    import io

    from demo import network as demo_network
    from demo.pages import ensure_home_page
    from events.models import EventIndexPage, EventPage

    demo_network.seed(stdout=io.StringIO())
    calendar = ensure_home_page().add_child(
        instance=EventIndexPage(title="Kalender", slug="kalender")
    )
    training = calendar.add_child(
        instance=EventPage(
            title="Trauernde begleiten", slug="trauernde-begleiten", summary="Kurs"
        )
    )
    training.save_revision().publish()
    return site


def _as(page, live_server, email: str) -> None:
    from demo.content.site import DEMO_PASSWORD

    page.context.clear_cookies()
    login(page, live_server, email, DEMO_PASSWORD)
    expect(page.locator("h1")).to_have_text("Mein Bereich")


def test_a_wish_is_proposed_supported_planned_and_supporters_told(
    network_site, live_server, page, axe_check, shoot
):
    _as(page, live_server, "ansprechperson@example.org")
    page.goto(f"{live_server.url}/netzwerk/schulungswuensche/")
    axe_check()
    shoot("netzwerk-wuensche")
    page.get_by_role("link", name="Schulung wünschen").first.click()
    expect(page.locator("h1")).to_have_text("Schulung wünschen")
    page.get_by_label("Thema der Schulung").fill("Trauernde gut begleiten")
    page.get_by_label("Was brauchen Sie, und warum?").fill(
        "In Styrum sterben viele ältere Menschen allein. Wir möchten Angehörige "
        "besser begleiten können."
    )
    page.get_by_label("Präsenz oder online").check()
    page.get_by_label("Stadtteil").select_option(label="Styrum")
    page.get_by_label("Sinnhaftigkeit").check()
    axe_check()
    shoot("netzwerk-wunsch-formular")
    page.get_by_role("button", name="Wunsch melden").click()
    expect(page.locator("h1")).to_have_text("Trauernde gut begleiten")
    expect(page.locator(".messages")).to_contain_text("Danke!")
    wish_url = page.url

    for email in ("lernende@example.org", "absolventin@example.org"):
        _as(page, live_server, email)
        page.goto(wish_url)
        page.get_by_role("button", name="Diesen Wunsch unterstützen").click()
        expect(page.locator(".messages")).to_contain_text("Sie unterstützen")
    expect(page.locator(".facts")).to_contain_text("3 Personen")
    axe_check()
    shoot("netzwerk-wunsch-unterstuetzt")

    mail.outbox.clear()
    _as(page, live_server, "koordination@example.org")
    page.goto(wish_url)
    page.get_by_text("Planen und Schulung verknüpfen").click()
    page.get_by_label("Öffentliche Antwort (freiwillig)").fill(
        "Wir bieten die Schulung im Frühjahr an. Melden Sie sich gern an!"
    )
    page.get_by_label("Schulung verknüpfen (freiwillig)").select_option(
        label="Trauernde begleiten"
    )
    axe_check()
    shoot("netzwerk-wunsch-koordination")
    page.get_by_role("button", name="Als geplant markieren").click()
    expect(page.locator(".messages")).to_contain_text("benachrichtigt")
    expect(page.locator(".card__meta")).to_contain_text("Geplant")
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == [
        "absolventin@example.org",
        "ansprechperson@example.org",
        "lernende@example.org",
    ]
    assert "Trauernde begleiten" in mail.outbox[0].subject

    page.goto(f"{live_server.url}/netzwerk/stadtteile/")
    expect(page.locator("h1")).to_have_text("Stadtteile im Überblick")
    axe_check()
    shoot("netzwerk-stadtteile")


def test_someone_finds_counselling_in_their_district_and_writes_an_ambassador(
    network_site, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}/netzwerk/")
    axe_check()
    shoot("netzwerk-start")
    page.get_by_role("link", name="Verzeichnis der Hilfen").click()
    page.get_by_label("Stadtteil").select_option(label="Eppinghofen")
    page.get_by_label("Art des Angebots").select_option(label="Beratungsstelle")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page.locator("#treffer")).to_contain_text("Angebot")
    expect(page.locator(".help-box")).to_contain_text("Hilfetelefon")
    axe_check()
    shoot("netzwerk-verzeichnis")
    page.get_by_role("link", name="Psychosoziale Beratungsstelle Ruhrbogen").click()
    expect(page.locator("h1")).to_have_text("Psychosoziale Beratungsstelle Ruhrbogen")
    expect(page.locator("#erreichen")).to_have_text("So erreichen Sie uns")
    axe_check()
    shoot("netzwerk-verzeichnis-eintrag")

    _as(page, live_server, "ansprechperson@example.org")
    page.goto(f"{live_server.url}/netzwerk/botschafter/?stadtteil=eppinghofen")
    expect(page.get_by_role("heading", name="Yusuf K.")).to_be_visible()
    assert "yusuf@example.org" not in page.content()
    axe_check()
    shoot("netzwerk-botschafter")
    mail.outbox.clear()
    page.get_by_role("link", name="Yusuf K. Nachricht schreiben").click()
    expect(page.locator("h1")).to_have_text("Nachricht an Yusuf K.")
    page.get_by_label("Ihre Nachricht").fill(
        "Guten Tag, eine Familie in meiner Nachbarschaft braucht Hilfe mit einem "
        "Brief vom Jobcenter. Können Sie helfen?"
    )
    axe_check()
    shoot("netzwerk-nachricht")
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.locator(".messages")).to_contain_text("unterwegs")
    [relayed] = mail.outbox
    assert relayed.to == ["yusuf@example.org"]
    assert "ansprechperson@example.org" not in relayed.body


@pytest.mark.parametrize(
    ("name", "path", "heading"),
    [
        ("netzwerk-aktuelles", "/aktuelles/", "Aktuelles"),
        ("netzwerk-lagebericht", "/aktuelles/lagebericht-43/", "Lagebericht 43"),
        ("netzwerk-startseite", "/", "Gemeinsam Stark"),
    ],
)
def test_report_pages_pass_axe(
    network_site, live_server, page, axe_check, shoot, name, path, heading
):
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("h1")).to_contain_text(heading)
    axe_check()
    shoot(name)


def test_ambassador_settings_and_dashboard_pass_axe(
    network_site, live_server, page, axe_check, shoot
):
    _as(page, live_server, "helga@example.org")
    expect(page.locator("#bereich-network")).to_have_text("Mein Netzwerk")
    axe_check()
    shoot("netzwerk-mein-bereich")
    page.get_by_role("link", name="Angaben ändern oder austragen").click()
    expect(page.get_by_label("Anzeigename")).to_have_value("Helga B.")
    axe_check()
    shoot("netzwerk-botschafter-einstellungen")
    page.get_by_role("button", name="Als Botschafter:in austragen").click()
    expect(page.locator(".messages")).to_contain_text("nicht mehr als Botschafter")
    page.goto(f"{live_server.url}/netzwerk/botschafter/")
    expect(page.get_by_role("heading", name="Helga B.")).to_have_count(0)


def test_inbox_conversation_and_a_visitor_who_confirms_pass_axe(
    network_site, live_server, page, axe_check, shoot
):
    from network.models import Conversation

    _as(page, live_server, "ansprechperson@example.org")
    page.goto(f"{live_server.url}/netzwerk/nachrichten/")
    expect(page.locator(".nav-badge")).to_contain_text("Nachrichten")
    expect(page.locator("h1")).to_have_text("Nachrichten mit Botschafter:innen")
    expect(page.locator(".inbox__item--unread")).to_have_count(1)
    assert "helga@example.org" not in page.content()
    axe_check()
    shoot("netzwerk-nachrichten")
    page.get_by_role("link", name="Helga B.").click()
    expect(page.locator("h1")).to_have_text("Gespräch mit Helga B.")
    expect(page.locator(".thread-message--new")).to_have_count(1)
    axe_check()
    shoot("netzwerk-gespraech")
    mail.outbox.clear()
    page.get_by_label("Ihre Antwort").fill("Bis Donnerstag!")
    page.get_by_role("button", name="Antwort senden").click()
    expect(page.locator(".messages")).to_contain_text("unterwegs")
    expect(page.locator(".thread-message--mine").last).to_contain_text(
        "Bis Donnerstag!"
    )
    [relayed] = mail.outbox
    assert relayed.to == ["helga@example.org"]

    # A visitor without an account writes and confirms the address first.
    page.context.clear_cookies()
    mail.outbox.clear()
    page.goto(f"{live_server.url}/netzwerk/botschafter/?stadtteil=eppinghofen")
    page.get_by_role("link", name="Yusuf K. Nachricht schreiben").click()
    page.get_by_label("Ihr Name").fill("Gisela")
    page.get_by_label("Ihre E-Mail-Adresse").fill("gisela@example.net")
    page.get_by_label("Ihre Nachricht").fill("Guten Tag, ich suche Hilfe mit Briefen.")
    axe_check()
    shoot("netzwerk-nachricht-ohne-konto")
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.locator(".messages")).to_contain_text("bestätigen")
    [confirm] = mail.outbox
    conversation = Conversation.objects.get(sender_email="gisela@example.net")
    link = f"/netzwerk/gespraech/{conversation.visitor_token}/"
    assert link in confirm.body
    page.goto(f"{live_server.url}{link}")
    expect(page.locator("h1")).to_have_text("Bitte bestätigen Sie Ihre E-Mail-Adresse")
    axe_check()
    shoot("netzwerk-gespraech-bestaetigen")
    page.get_by_role("button", name="Adresse bestätigen und Nachricht senden").click()
    expect(page.locator("h1")).to_have_text("Gespräch mit Yusuf K.")
    assert "yusuf@example.org" not in page.content()
    axe_check()
    shoot("netzwerk-gespraech-besucher")
    assert mail.outbox[-1].to == ["yusuf@example.org"]
    assert "gisela@example.net" not in mail.outbox[-1].body
