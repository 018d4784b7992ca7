"""The public pages and account pages load, look finished and pass axe."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login


@pytest.mark.parametrize(
    ("name", "path", "heading"),
    [
        ("startseite", "/", "Gemeinsam Stark"),
        ("anmelden", "/konto/login/", "Anmeld"),
        ("registrieren", "/konto/signup/", "Registrier"),
        ("inhaltsseite", "/ueber-das-netzwerk/", "Über das Netzwerk"),
        ("suche", "/suche/?q=Netzwerk", "Suche"),
        ("nicht-gefunden", "/gibt-es-nicht/", "Diese Seite gibt es nicht"),
    ],
)
def test_page_loads_and_passes_axe(
    site, live_server, page, shoot, axe_check, name, path, heading
):
    page.goto(f"{live_server.url}{path}")
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    assert page.locator("main").count() == 1
    axe_check()
    shoot(name)


def test_demo_accounts_log_in_and_see_their_area(
    site, live_server, page, axe_check, shoot
):
    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, "ansprechperson@example.org", DEMO_PASSWORD)
    expect(page.locator("h1")).to_have_text("Mein Bereich")
    axe_check()
    shoot("mein-bereich")


def test_menu_collapses_on_a_phone_and_opens_with_the_keyboard(site, live_server, page):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/")
    toggle = page.get_by_role("button", name="Menü")
    expect(toggle).to_be_visible()
    nav_login = page.locator("#hauptnavigation").get_by_role("link", name="Anmelden")
    expect(nav_login).to_be_hidden()
    # The stylesheet folds the menu before the first paint: nothing shifts.
    shift = page.evaluate(
        """() => new Promise(resolve => {
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) total += entry.value;
            }).observe({type: "layout-shift", buffered: true});
            setTimeout(() => resolve(total), 500);
        })"""
    )
    assert shift < 0.01
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(nav_login).to_be_visible()
    page.keyboard.press("Enter")
    expect(nav_login).to_be_hidden()


def test_sign_up_with_email_code_as_a_new_person_would(
    site, live_server, page, axe_check
):
    from django.core import mail

    page.goto(f"{live_server.url}/konto/signup/")
    page.get_by_label("E-Mail-Adresse").fill("neu@example.org")
    page.get_by_label("Anzeigename").fill("Neue Nachbarin")
    page.locator("#id_password1").fill("Ein-langes-Passwort-42")
    page.locator("#id_password2").fill("Ein-langes-Passwort-42")
    page.get_by_label("Ich habe die Datenschutzhinweise gelesen.").check()
    page.locator("main form.form button[type=submit]").click()
    expect(page.locator("h1")).to_contain_text("E-Mail")
    axe_check()
    code = re.search(r"^\s*(\d{4}-\d{4})\s*$", mail.outbox[-1].body, re.M).group(1)
    page.locator("input[name=code]").fill(code)
    page.locator("main form.form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text("Mein Bereich")


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("konto-email", "/konto/email/"),
        ("konto-2fa", "/konto/2fa/"),
        ("profil", "/mein-bereich/profil/"),
        ("meine-daten", "/mein-bereich/meine-daten/"),
    ],
)
def test_account_management_pages_pass_axe(
    site, live_server, page, axe_check, shoot, name, path
):
    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, "koordination@example.org", DEMO_PASSWORD)
    page.goto(f"{live_server.url}{path}")
    assert page.locator("main").count() == 1
    axe_check()
    shoot(name)
