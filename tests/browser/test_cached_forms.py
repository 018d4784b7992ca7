"""Every form on a page from the public cache works for a first-time visitor.

The cache is warmed by one visitor; each page is then opened by a new browser
without cookies, which gets the stored copy (X-Cache: HIT), and its forms and
links are used: report subscription, filters, search, language, login.

One test walks all of them: seeding the demo takes half a minute, and none of
the steps changes what a later step sees (a subscription and a login are
private rows, which leave the public cache warm).
"""

import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

CACHED_PAGES = [
    "/",
    "/aktuelles/",
    "/termine/",
    "/kurse/",
    "/netzwerk/verzeichnis/",
    "/netzwerk/schulungswuensche/",
]


@pytest.fixture
def demo(settings, live_server, site):
    import io

    from demo.seed import seed_demo

    settings.PUBLIC_PAGE_CACHE = True
    seed_demo(stdout=io.StringIO())
    for path in CACHED_PAGES:
        for _ in range(2):
            urllib.request.urlopen(f"{live_server.url}{path}").read()


def _fresh(browser, live_server, path):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    response = page.goto(f"{live_server.url}{path}")
    assert response.status == 200, path
    assert response.headers.get("x-cache") == "HIT", path
    assert not context.cookies(), path
    return context, page


def test_every_form_on_a_cached_page_works_on_a_first_visit(demo, browser, live_server):
    for path in CACHED_PAGES:
        context, _page = _fresh(browser, live_server, path)
        context.close()
    for path in ("/termine/", "/netzwerk/verzeichnis/"):
        _filter_a_cached_list(browser, live_server, path)
    _subscribe_to_the_reports(browser, live_server)
    _search_switch_language_and_log_in(browser, live_server)


def _subscribe_to_the_reports(browser, live_server):
    from network.models import ReportSubscription

    context, page = _fresh(browser, live_server, "/aktuelles/")
    page.locator("#abo-email").fill("erstbesuch@example.org")
    page.locator("form.subscribe-form button[type=submit]").click()
    expect(page.locator("body")).to_contain_text("Bitte bestätigen Sie das Abo")
    assert ReportSubscription.objects.filter(email="erstbesuch@example.org").exists()
    context.close()


def _filter_a_cached_list(browser, live_server, path):
    context, page = _fresh(browser, live_server, path)
    form = page.locator("main form[method=get]").first
    form.locator("select").first.select_option(index=1)
    form.locator("button[type=submit]").first.click()
    page.wait_for_load_state()
    assert "?" in page.url
    expect(page.locator("h1").first).to_be_visible()
    assert "Forbidden" not in page.content()
    context.close()


def _search_switch_language_and_log_in(browser, live_server):
    from demo.content.site import DEMO_PASSWORD

    context, page = _fresh(browser, live_server, "/")
    page.locator("a", has_text="Suche").first.click()
    page.locator("main input[name=q]").first.fill("Krise")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert "q=Krise" in page.url
    page.goto(f"{live_server.url}/")
    page.locator("a[hreflang=en]").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator("a[hreflang=de]").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.locator("a", has_text="Anmelden").first.click()
    page.get_by_label("E-Mail").fill("ansprechperson@example.org")
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.locator("main form.form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text("Mein Bereich")
    context.close()
