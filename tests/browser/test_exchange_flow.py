"""The exchange as new users meet it: propose, approve, join, write, report, hide.

Every page passes axe; screenshots at 375 and 1280 px go to test-artifacts.
"""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login


def _as(page, live_server, email: str) -> None:
    from demo.content.site import DEMO_PASSWORD

    page.context.clear_cookies()
    login(page, live_server, email, DEMO_PASSWORD)
    expect(page.locator("h1")).to_have_text("Mein Bereich")


@pytest.fixture
def exchange_page(site):
    """The exchange's page: its views are routes of it."""
    from demo.pages import index_page
    from exchange.models import ExchangeIndexPage

    return index_page(ExchangeIndexPage, title="Austausch", slug="austausch", intro="")


def test_group_from_proposal_to_moderated_post(
    site, exchange_page, live_server, page, axe_check, shoot
):
    base = live_server.url
    # Anna proposes a topic group.
    _as(page, live_server, "ansprechperson@example.org")
    page.goto(f"{base}/austausch/")
    expect(page.locator("h1")).to_have_text("Austausch")
    axe_check()
    page.get_by_role("link", name="Themengruppe vorschlagen").click()
    page.get_by_label("Name der Themengruppe").fill("Spaziergänge in Saarn")
    page.get_by_label("Worum geht es?").fill(
        "Wir gehen gemeinsam spazieren und nehmen Menschen mit, die allein sind."
    )
    axe_check()
    shoot("austausch-gruppe-vorschlagen")
    page.get_by_role("button", name="Vorschlag senden").click()
    expect(page.locator(".messages, [role=status]").first).to_contain_text("Vorschlag")
    axe_check()

    # The coordinator approves it in the moderation queue.
    _as(page, live_server, "koordination@example.org")
    page.goto(f"{base}/austausch/moderation/")
    expect(page.get_by_role("heading", name="Spaziergänge in Saarn")).to_be_visible()
    axe_check()
    shoot("austausch-moderation-vorschlag")
    page.get_by_role("button", name="Freigeben – Spaziergänge in Saarn").click()
    expect(page.get_by_text("Die Themengruppe ist freigegeben.")).to_be_visible()

    # Helga joins and starts a thread.
    _as(page, live_server, "helga@example.org")
    page.goto(f"{base}/austausch/")
    page.get_by_role("link", name="Spaziergänge in Saarn").click()
    page.get_by_role("button", name="Gruppe beitreten").click()
    expect(page.get_by_text("Sie sind jetzt Mitglied")).to_be_visible()
    axe_check()
    page.get_by_role("link", name="Neues Thema beginnen").click()
    page.get_by_label("Titel des Themas").fill("Treffpunkt am Sonntag?")
    page.get_by_label("Ihr Beitrag").fill(
        "Wer kommt mit? Wir treffen uns **um 10 Uhr** am Kloster."
    )
    axe_check()
    page.get_by_role("button", name="Thema veröffentlichen").click()
    expect(page.locator("h1")).to_have_text("Treffpunkt am Sonntag?")

    # Anna (the founder) replies and mentions Helga.
    _as(page, live_server, "ansprechperson@example.org")
    page.goto(f"{base}/austausch/forum/spaziergaenge-in-saarn/")
    expect(page.get_by_text("Neu", exact=True)).to_be_visible()
    axe_check()
    shoot("austausch-gruppe")
    page.get_by_role("link", name="Treffpunkt am Sonntag?").click()
    page.get_by_label("Ihr Beitrag").fill(
        "Gern, @Helga B.! Ich bringe Thermoskannen mit. Meine Nachbarin "
        "Frau Schmidt aus Nr. 12 kommt auch, sie ist krank."
    )
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    expect(page.get_by_text("Ihr Beitrag ist veröffentlicht.")).to_be_visible()
    axe_check()
    shoot("austausch-thema")

    # Helga got the notification, in the app and by email.
    from django.core import mail

    assert any(m.to == ["helga@example.org"] for m in mail.outbox)
    _as(page, live_server, "helga@example.org")
    expect(page.get_by_text("Benachrichtigungen (1 neu)")).to_be_visible()
    axe_check()
    shoot("austausch-mein-bereich")
    page.goto(f"{base}/austausch/benachrichtigungen/")
    axe_check()
    page.get_by_role("link", name="Anna S. hat Sie in").click()
    expect(page.locator("h1")).to_have_text("Treffpunkt am Sonntag?")

    # Helga reports the reply: it names a neighbour and her health.
    page.get_by_role("link", name="Melden (Anna S.)").click()
    page.get_by_label("Grund").fill("Name und Gesundheit einer Nachbarin genannt.")
    axe_check()
    page.get_by_role("button", name="Meldung senden").click()
    expect(page.get_by_text("Danke. Die Moderation kümmert sich")).to_be_visible()

    # The coordinator hides it; everyone sees the reason in its place.
    _as(page, live_server, "koordination@example.org")
    page.goto(f"{base}/austausch/moderation/")
    expect(page.get_by_text("Name und Gesundheit einer Nachbarin")).to_be_visible()
    axe_check()
    shoot("austausch-moderation-meldung")
    page.get_by_role("link", name="Ausblenden – Treffpunkt am Sonntag?").click()
    page.get_by_label("Grund").fill("Persönliche Daten einer Dritten.")
    page.get_by_role("button", name="Beitrag ausblenden").click()
    expect(page.get_by_text("Der Beitrag ist ausgeblendet.")).to_be_visible()

    _as(page, live_server, "helga@example.org")
    page.goto(f"{base}/austausch/forum/spaziergaenge-in-saarn/")
    page.get_by_role("link", name="Treffpunkt am Sonntag?").click()
    expect(page.get_by_text("von der Moderation ausgeblendet")).to_be_visible()
    expect(page.get_by_text("Persönliche Daten einer Dritten.")).to_be_visible()
    expect(page.get_by_text("Frau Schmidt")).to_have_count(0)
    axe_check()
    shoot("austausch-thema-ausgeblendet")


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("austausch-demo-uebersicht", "/austausch/"),
        ("austausch-demo-gruppe", "/austausch/forum/einsamkeit-im-alter/"),
        ("austausch-demo-suche", "/austausch/suche/?q=Kuchen"),
        (
            "austausch-demo-einstellungen",
            "/austausch/benachrichtigungen/einstellungen/",
        ),
    ],
)
def test_demo_exchange_pages_pass_axe(
    site, live_server, page, axe_check, shoot, name, path
):
    from demo import exchange as demo_exchange

    demo_exchange.seed(stdout=io.StringIO())
    _as(page, live_server, "koordination@example.org")
    page.goto(f"{live_server.url}{path}")
    assert page.locator("h1").count() == 1
    expect(page.locator("#hilfe-holen")).to_be_visible()
    axe_check()
    shoot(name)


def test_demo_thread_and_queue(site, live_server, page, axe_check, shoot):
    from demo import exchange as demo_exchange
    from exchange.models import Thread

    demo_exchange.seed(stdout=io.StringIO())
    thread = Thread.objects.get(title__startswith="Wie spreche ich meine Nachbarin")
    _as(page, live_server, "koordination@example.org")
    page.goto(f"{live_server.url}{thread.get_absolute_url()}")
    expect(page.locator(".post")).to_have_count(5)
    axe_check()
    shoot("austausch-demo-thema")
    page.goto(f"{live_server.url}/austausch/moderation/")
    expect(page.get_by_text("Gemeldete Beiträge (1)")).to_be_visible()
    axe_check()
    shoot("austausch-demo-moderation")


def test_pre_moderated_group_holds_a_reply_until_approved(
    site, live_server, page, axe_check, shoot
):
    from demo import exchange as demo_exchange
    from exchange.models import Thread

    demo_exchange.seed(stdout=io.StringIO())
    thread = Thread.objects.get(title="Was sage ich am Jahrestag?")
    url = f"{live_server.url}{thread.get_absolute_url()}"

    _as(page, live_server, "absolventin@example.org")
    page.goto(url)
    page.get_by_label("Ihr Beitrag").fill("Ich würde eine kurze Karte schreiben.")
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    expect(page.get_by_text("wartet auf Freigabe durch die Moderation")).to_be_visible()
    expect(page.locator(".post--pending")).to_have_count(1)
    axe_check()
    shoot("austausch-beitrag-wartet")

    _as(page, live_server, "helga@example.org")
    page.goto(url)
    expect(page.get_by_text("Ich würde eine kurze Karte schreiben.")).to_have_count(0)

    _as(page, live_server, "trainerin@example.org")
    page.goto(f"{live_server.url}/austausch/moderation/")
    expect(page.get_by_text("Beiträge, die auf Freigabe warten (1)")).to_be_visible()
    axe_check()
    shoot("austausch-moderation-freigabe")
    page.get_by_role("button", name="Freigeben – Was sage ich am Jahrestag?").click()
    expect(page.get_by_text("Der Beitrag ist freigegeben.")).to_be_visible()

    _as(page, live_server, "helga@example.org")
    page.goto(url)
    expect(page.get_by_text("Ich würde eine kurze Karte schreiben.")).to_be_visible()
