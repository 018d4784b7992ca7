"""The home page, content pages, navigation, search and the language switch."""

import itertools

import pytest
from django.urls import reverse

from cms.models import HomePage, StandardPage
from tests.budgets import CONTENT_PAGE_BUDGET, HOME_BUDGET


@pytest.fixture
def seeded(demo_content, db):
    return HomePage.objects.get(locale__language_code="de")


def test_home_page_has_navigation_footer_and_german(client, seeded):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert 'href="#inhalt"' in html
    assert html.count("<main") == 1
    assert "Über das Netzwerk" in html
    for label in ("Barrierefreiheit", "Datenschutz", "Impressum", "Leichte Sprache"):
        assert f">{label}</a>" in html
    assert "barrierefrei@example.org" in html


def _queries(client, url) -> int:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # first renditions and per-site lookups are one-off work
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_home_and_content_pages_have_a_flat_query_budget(client, seeded):
    small_home, small_page = _queries(client, "/"), _queries(client, "/datenschutz/")
    for index in range(20):
        seeded.add_child(
            instance=StandardPage(
                title=f"Seite {index}", slug=f"s-{index}", show_in_menus=True
            )
        )
    large_home, large_page = _queries(client, "/"), _queries(client, "/datenschutz/")
    assert small_home == large_home <= HOME_BUDGET, (small_home, large_home)
    assert small_page == large_page <= CONTENT_PAGE_BUDGET, (small_page, large_page)


def test_standard_page_renders_its_blocks(client, seeded):
    html = client.get("/ueber-das-netzwerk/").content.decode()
    assert "<h1>Über das Netzwerk</h1>" in html
    assert "Kohärenzgefühl" in html


def test_search_finds_pages_and_survives_odd_input(client, seeded):
    response = client.get("/suche/", {"q": "Datenschutz"})
    assert "Datenschutz" in response.content.decode()
    for query in ("x" * 5000, "<script>alert(1)</script>", "'; DROP TABLE", "\u202e"):
        response = client.get("/suche/", {"q": query, "seite": "abc"})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


def test_language_switch_to_english_and_back(client, seeded):
    response = client.get(reverse("set_language", args=["en"]), {"next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    client.get(reverse("set_language", args=["de"]), {"next": "/"})
    assert '<html lang="de">' in client.get("/").content.decode()


def test_language_switch_ignores_foreign_redirects(client, seeded):
    response = client.get(
        reverse("set_language", args=["en"]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
    assert client.get("/sprache/xx/").status_code == 404


def test_language_switch_remembers_the_choice_for_logged_in_people(
    client, contact_person
):
    client.force_login(contact_person)
    client.get(reverse("set_language", args=["en"]))
    contact_person.refresh_from_db()
    assert contact_person.preferred_language == "en"


def test_only_one_home_page_and_content_pages_only_below_it():
    assert HomePage.max_count == 1
    assert StandardPage.parent_page_types == ["cms.HomePage", "cms.StandardPage"]


def test_anonymous_visitors_get_public_pages_from_the_cache(
    client, seeded, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_PAGE_CACHE = True
    assert client.get("/").headers["X-Cache"] == "MISS"
    assert client.get("/").headers["X-Cache"] == "HIT"
    seeded.intro = "<p>Neue Begrüßung für alle.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        seeded.save_revision().publish()
    response = client.get("/")
    assert response.headers["X-Cache"] == "MISS"
    assert "Neue Begrüßung für alle." in response.content.decode()


def test_cache_is_language_aware_and_skips_logged_in_people(
    client, seeded, contact_person
):
    client.get("/")
    client.get(reverse("set_language", args=["en"]))
    response = client.get("/")
    assert '<html lang="en">' in response.content.decode()
    client.force_login(contact_person)
    assert "X-Cache" not in client.get("/").headers


def _headings(html: str) -> list[int]:
    import re

    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]


def test_content_pages_step_down_one_heading_level_at_a_time(client, seeded):
    for page in StandardPage.objects.live():
        levels = _headings(client.get(page.url).content.decode())
        assert levels and levels[0] == 1, page.url
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (page.url, levels)


def test_every_page_has_a_meta_description(client, seeded):
    import re

    pages = [page.url for page in StandardPage.objects.live()]
    for url in ["/", *pages, "/suche/?q=Netzwerk", "/konto/login/"]:
        html = client.get(url).content.decode()
        found = re.search(r'<meta name="description" content="([^"]+)">', html)
        assert found and len(found.group(1)) > 20, url
    page = StandardPage.objects.live().first()
    page.search_description = "Eine eigene Beschreibung."
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Eine eigene Beschreibung.">' in html


def test_the_kept_footer_follows_the_site_settings_and_pages(client, seeded, settings):
    from cms.models import SiteSettings
    from tests.factories import UserFactory

    settings.MEMO_FRAGMENTS = True
    client.force_login(UserFactory())  # past the anonymous page cache
    for _visit in range(2):
        assert "barrierefrei@example.org" in client.get("/").content.decode()
    site_settings = SiteSettings.objects.get()
    site_settings.feedback_email = "rueckmeldung@example.org"
    site_settings.save()
    html = client.get("/").content.decode()
    assert "rueckmeldung@example.org" in html
    assert "barrierefrei@example.org" not in html
    imprint = site_settings.imprint_page.specific
    imprint.slug = "impressum-und-kontakt"
    imprint.save_revision().publish()
    assert "/impressum-und-kontakt/" in client.get("/").content.decode()


def test_the_home_page_answers_when_everything_kept_is_built_anew(
    client, seeded, settings
):
    """A publish moves the page table, so the route, the site's settings and
    the menu are all built again in one request, and show the new title."""
    from tests.factories import UserFactory

    settings.MEMO_FRAGMENTS = True
    client.force_login(UserFactory())  # past the anonymous page cache
    for _visit in range(2):
        assert client.get("/").status_code == 200
    home = seeded
    home.title = "Willkommen neu"
    home.save_revision().publish()
    response = client.get("/")
    assert response.status_code == 200
    assert "Willkommen neu" in response.content.decode()


def test_the_kept_menu_marks_the_page_and_switches_language_to_this_address(
    client, seeded, settings
):
    from tests.factories import UserFactory

    settings.MEMO_FRAGMENTS = True
    client.force_login(UserFactory())
    for _visit in range(2):
        search = client.get("/suche/?q=Krise").content.decode()
    assert '<a href="/suche/" aria-current="page">Suche</a>' in search
    assert 'href="/sprache/en/?next=/suche/%3Fq%3DKrise"' in search
    home = client.get("/").content.decode()
    assert '<a href="/suche/">Suche</a>' in home
    assert 'href="/sprache/en/?next=/"' in home
    mine = client.get(reverse("dashboard")).content.decode()
    assert 'aria-current="page">Mein Bereich</a>' in mine
    assert 'aria-current="page">Mein Bereich</a>' not in home
