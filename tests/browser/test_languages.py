"""A new visitor reads the demo in English, in German and right to left."""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, assert_reflows

COURSE = "/kurse/gemeinsam-stark-im-stadtteil/"
ARABIC = [("de", "Deutsch"), ("en", "English"), ("ar", "العربيّة")]


@pytest.fixture
def translated_demo(site):
    from demo import learning, translations

    learning.seed(stdout=io.StringIO())
    translations.seed(stdout=io.StringIO())


def test_a_new_visitor_switches_to_english_and_reads_the_course(
    translated_demo, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="English").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Courses").first.click()
    expect(page.locator("h1")).to_have_text("Courses")
    page.get_by_role("link", name="Strong together in the neighbourhood").first.click()
    expect(page.locator("h1")).to_contain_text("Strong together in the neighbourhood")
    expect(page.locator(".translation-notice")).to_have_count(0)
    axe_check()
    shoot("englisch-kurs")
    _shoot_320(page, "englisch-kurs")
    page.get_by_role("link", name="What gives engagement meaning").click()
    expect(page.locator("h1")).to_have_text("What gives engagement meaning")
    expect(page.get_by_text("Meaning often arises in small things.")).to_be_visible()
    axe_check()
    shoot("englisch-lerneinheit")
    _shoot_320(page, "englisch-lerneinheit")
    # A course without English: German text, a notice, marked as German.
    page.goto(f"{live_server.url}/kurse/")
    expect(page.locator("html")).to_have_attribute("lang", "en")


@pytest.fixture
def translated_trainings(site):
    from demo import events, learning, translations

    learning.seed(stdout=io.StringIO())
    events.seed(stdout=io.StringIO())
    translations.seed(stdout=io.StringIO())


def test_an_english_visitor_finds_and_reads_the_translated_training(
    translated_trainings, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}/sprache/en/?next=/termine/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    training = page.get_by_role("link", name="Getting to know the learning platform")
    expect(training).to_have_count(1)
    # A training without English keeps its German title, marked as German.
    expect(page.locator(".event-card__title span[lang=de]").first).to_be_visible()
    axe_check()
    shoot("englisch-kalender")
    _shoot_320(page, "englisch-kalender")
    page.goto(f"{live_server.url}/termine/?ansicht=monat")
    expect(page.locator(".month-grid")).to_be_visible()
    assert ". " not in page.locator(".month-grid__day").first.inner_text()
    axe_check()
    shoot("englisch-kalender-monat")
    _shoot_320(page, "englisch-kalender-monat")
    page.goto(f"{live_server.url}/termine/")
    training.click()
    expect(page.locator("h1")).to_contain_text("Getting to know the learning platform")
    expect(page.get_by_text("Bring your tablet or phone.")).to_be_visible()
    expect(page.locator(".translation-notice")).to_have_count(0)
    axe_check()
    shoot("englisch-schulung")
    _shoot_320(page, "englisch-schulung")


@pytest.fixture
def translated_directory(site):
    from demo import network, translations

    network.seed(stdout=io.StringIO())
    translations.seed(stdout=io.StringIO())


def test_the_directory_and_the_help_box_read_in_english(
    translated_directory, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}/sprache/en/")
    page.goto(f"{live_server.url}/netzwerk/verzeichnis/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    help_box = page.locator(".help-box")
    expect(help_box).to_contain_text(
        "If you or someone close to you is not doing well right now:"
    )
    expect(help_box).to_contain_text("Violence against Women Helpline")
    expect(help_box.locator('[lang="de"]')).to_have_count(0)
    page.get_by_label("Topic").select_option(label="Loneliness")
    page.get_by_role("button", name="Show").first.click()
    expect(
        page.get_by_role("link", name="TelefonSeelsorge (telephone counselling)")
    ).to_be_visible()
    axe_check()
    shoot("englisch-verzeichnis")
    _shoot_320(page, "englisch-verzeichnis")
    page.get_by_role("link", name="TelefonSeelsorge (telephone counselling)").click()
    expect(page.locator("h1")).to_have_text("TelefonSeelsorge (telephone counselling)")
    axe_check()
    shoot("englisch-krisendienst")
    _shoot_320(page, "englisch-krisendienst")


def test_the_german_course_is_unchanged(
    translated_demo, live_server, page, axe_check, shoot
):
    page.goto(f"{live_server.url}{COURSE}")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_contain_text("Gemeinsam stark im Stadtteil")
    axe_check()
    shoot("deutsch-kurs")
    _shoot_320(page, "deutsch-kurs")


def test_a_right_to_left_language_turns_the_layout(
    translated_demo, live_server, page, axe_check, shoot, settings, tmp_path
):
    from wagtail.models import Locale

    from cms.models import HomePage
    from tests.cms.test_i18n import add_interface_catalogue, translate

    # The city added a catalogue of the interface's words (here a few).
    add_interface_catalogue(
        settings,
        tmp_path,
        "ar",
        {
            "Zum Inhalt springen": "انتقل إلى المحتوى",
            "Menü": "القائمة",
            "Lernen und Austausch im Netzwerk": "التعلم والتبادل في الشبكة",
        },
    )
    settings.LANGUAGES = ARABIC
    settings.WAGTAIL_CONTENT_LANGUAGES = ARABIC
    arabic = Locale.objects.create(language_code="ar")
    home = HomePage.objects.get(locale__language_code="de")
    intro = home.intro
    translate(
        home,
        arabic,
        {
            "Gemeinsam Stark": "معًا أقوياء",
            **dict.fromkeys(
                _strings(intro),
                "هنا يتعلم الأشخاص المرجعيون في الشبكة ويتبادلون الخبرات. "
                "كل شيء مجاني.",
            ),
        },
    )
    page.goto(f"{live_server.url}/sprache/ar/?next=/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("h1")).to_have_text("معًا أقوياء")
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"
    # A German course card keeps its reading order: "80 Minuten", not "Minuten 80".
    card = page.locator(".course-card").first
    expect(card.locator("h3 a")).to_have_attribute("dir", "ltr")
    minutes = card.locator(".card__meta bdi").first
    expect(minutes).to_contain_text("Minuten")
    assert minutes.evaluate("element => getComputedStyle(element).direction") == "ltr"
    axe_check()
    shoot("arabisch-startseite")
    _shoot_320(page, "arabisch-startseite")
    # A German course inside the right-to-left page keeps left-to-right text.
    page.goto(f"{live_server.url}{COURSE}")
    heading = page.locator("h1")
    expect(heading).to_have_attribute("lang", "de")
    expect(heading).to_have_attribute("dir", "ltr")
    axe_check()
    shoot("arabisch-kurs-deutsch")
    _shoot_320(page, "arabisch-kurs-deutsch")


def test_a_language_without_its_interface_keeps_a_german_layout(
    translated_demo, live_server, page, axe_check, shoot, settings
):
    """Arabic text right to left inside a German page, each part in its language."""
    from wagtail.models import Locale

    from cms.models import HomePage
    from tests.cms.test_i18n import translate

    settings.LANGUAGES = ARABIC
    settings.WAGTAIL_CONTENT_LANGUAGES = ARABIC
    arabic = Locale.objects.create(language_code="ar")
    home = HomePage.objects.get(locale__language_code="de")
    translate(
        home,
        arabic,
        {
            "Gemeinsam Stark": "معًا أقوياء",
            **dict.fromkeys(
                _strings(home.intro),
                "هنا يتعلم الأشخاص المرجعيون في الشبكة ويتبادلون الخبرات.",
            ),
        },
    )
    page.goto(f"{live_server.url}/sprache/ar/?next=/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    heading = page.locator("h1")
    expect(heading).to_have_text("معًا أقوياء")
    expect(heading).to_have_attribute("lang", "ar")
    expect(heading).to_have_attribute("dir", "rtl")
    assert heading.evaluate("element => getComputedStyle(element).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    axe_check()
    shoot("arabisch-ohne-oberflaeche")
    _shoot_320(page, "arabisch-ohne-oberflaeche")


def _shoot_320(page, name: str) -> None:
    """A screenshot at 320 px, the narrowest width the layout must reflow to."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 320, "height": 900})
    assert_reflows(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}-320.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def _strings(html: str) -> list[str]:
    from wagtail_localize.strings import extract_strings

    return [string.data for string, _attrs in extract_strings(html)[1]]
