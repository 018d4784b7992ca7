"""Translated pages: one address, the chosen language's text, or German and a notice."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from cms.formats import long_date, time_range
from cms.models import StandardPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INTRO = "Wer wir sind und was wir tun."
ENGLISH = {
    "Über uns": "About us",
    INTRO: "Who we are and what we do.",
    "Ein Absatz über das Netzwerk.": "A paragraph about the network.",
}


@pytest.fixture
def english(home_page):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def about(home_page):
    page = home_page.add_child(
        instance=StandardPage(
            title="Über uns",
            slug="ueber-uns",
            intro=INTRO,
            show_in_footer=True,
            body=[("paragraph", "<p>Ein Absatz über das Netzwerk.</p>")],
        )
    )
    page.save_revision().publish()
    return page


def visitor(language: str) -> Client:
    client = Client()
    client.get(f"/sprache/{language}/")
    return client


def translate(page, locale, texts: dict[str, str], *, user=None) -> Translation:
    """Translate ``page`` as a translator does: fill in its PO file and import it."""
    TranslationCreator(user, [locale]).create_translations(page)
    translation_ = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    po = translation_.export_po()
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    translation_.import_po(po)
    # Publishing runs after the commit, as in the translation editor.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation_.save_target(publish=True)
    return translation_


def test_a_po_file_uploaded_in_the_admin_translates_the_page(about, english):
    admin = UserFactory(is_superuser=True, is_staff=True)
    # "Übersetzen" in the admin: the English draft and its PO file.
    TranslationCreator(admin, [english]).create_translations(about.get_parent())
    TranslationCreator(admin, [english]).create_translations(about)
    translation_ = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=english
    )
    client = Client()
    client.force_login(admin)
    download = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation_.pk])
    )
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} >= set(ENGLISH)
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("about-en.po", str(po).encode(), "text/x-gettext")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation_.pk]),
        {"file": upload},
    )
    assert response.status_code == 302
    # The translator's "Veröffentlichen" in the translation editor.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation_.save_target(user=admin, publish=True)
        Translation.objects.get(
            source__object_id=about.get_parent().translation_key,
            target_locale=english,
        ).save_target(publish=True)

    html = visitor("en").get("/ueber-uns/").content.decode()
    assert '<html lang="en">' in html
    assert '<article class="container container--narrow prose">' in html
    assert "<h1>About us</h1>" in html and "A paragraph about the network." in html
    assert "translation-notice" not in html


def test_the_same_address_shows_each_language_its_text(about, english, home_page):
    translate(home_page, english, {})
    translate(about, english, ENGLISH)
    german = Client().get("/ueber-uns/").content.decode()
    assert "<h1>Über uns</h1>" in german and "About us" not in german
    english_html = visitor("en").get("/ueber-uns/").content.decode()
    assert "<h1>About us</h1>" in english_html
    # Menus and footer name the page once, in the chosen language.
    assert english_html.count(">About us</a>") == 1
    assert "Über uns" not in english_html


def test_an_untranslated_page_is_german_with_a_notice_and_lang_de(about, english):
    html = visitor("en").get("/ueber-uns/").content.decode()
    assert '<html lang="en">' in html
    assert (
        "This page has not been translated into English yet. You are reading the "
        "German text." in html
    )
    assert (
        '<article class="container container--narrow prose" lang="de">' in html
        and "<h1>Über uns</h1>" in html
    )
    german = Client().get("/ueber-uns/").content.decode()
    assert (
        "translation-notice" not in german
        and 'lang="de">' not in german.split("</header>")[1].split("<footer")[0]
    )


def test_the_page_cache_keys_on_the_language_and_follows_the_translation(
    about, english, home_page, settings
):
    settings.PUBLIC_PAGE_CACHE = True
    translate(home_page, english, {})
    reader = visitor("en")
    assert "<h1>Über uns</h1>" in reader.get("/ueber-uns/").content.decode()
    hit = reader.get("/ueber-uns/")
    assert hit["X-Cache"] == "HIT"
    translate(about, english, ENGLISH)
    fresh = reader.get("/ueber-uns/")
    assert fresh["X-Cache"] == "MISS"
    assert "<h1>About us</h1>" in fresh.content.decode()
    assert "<h1>Über uns</h1>" in Client().get("/ueber-uns/").content.decode()


def test_translated_pages_appear_once_in_lists_and_search(about, english, home_page):
    translate(home_page, english, {})
    translate(about, english, ENGLISH)
    assert StandardPage.objects.filter(slug="ueber-uns").count() == 2
    results = Client().get("/suche/?q=Netzwerk").content.decode()
    assert results.split("<footer")[0].count('href="/ueber-uns/"') == 1
    # The footer links the page once, too.
    assert results.split("<footer")[1].count('href="/ueber-uns/"') == 1


ARABIC = [("de", "Deutsch"), ("en", "English"), ("ar", "العربيّة")]
ARABIC_ABOUT = {
    "Über uns": "من نحن",
    INTRO: "من نحن وماذا نفعل.",
    "Ein Absatz über das Netzwerk.": "فقرة عن الشبكة.",
}


def add_interface_catalogue(settings, folder, language: str, texts: dict) -> None:
    """Add a catalogue of interface words for ``language``, as a city would."""
    target = folder / language / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in texts.items():
        catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    catalogue.save_as_mofile(str(target / "django.mo"))
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, folder]


@pytest.fixture
def arabic(settings):
    settings.LANGUAGES = ARABIC
    settings.WAGTAIL_CONTENT_LANGUAGES = ARABIC
    return Locale.objects.get_or_create(language_code="ar")[0]


def test_a_language_with_its_interface_turns_the_layout(
    about, arabic, settings, tmp_path
):
    add_interface_catalogue(
        settings, tmp_path, "ar", {"Zum Inhalt springen": "انتقل إلى المحتوى"}
    )
    html = visitor("ar").get("/ueber-uns/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "انتقل إلى المحتوى" in html
    # The German text keeps its own direction inside the right-to-left page.
    assert 'class="container container--narrow prose" lang="de" dir="ltr"' in html
    assert 'lang="ar" hreflang="ar" dir="rtl"' in html


def test_a_language_without_its_interface_says_the_interface_is_german(
    about, arabic, home_page
):
    """Until a catalogue exists, buttons and menus are German, and marked so."""
    translate(home_page, arabic, {})
    translate(about, arabic, ARABIC_ABOUT)
    html = visitor("ar").get("/ueber-uns/").content.decode()
    assert '<html lang="de">' in html
    assert "Zum Inhalt springen" in html
    # The translated text is Arabic, right to left, inside the German page.
    assert (
        '<article class="container container--narrow prose" lang="ar" dir="rtl">'
        in html
    )
    assert "<h1>من نحن</h1>" in html
    # An untranslated page is German throughout; its text still says so, since
    # the reader chose another language.
    html = visitor("ar").get("/").content.decode()
    assert '<html lang="de">' in html


def test_a_mail_in_a_language_without_its_interface_is_german(arabic):
    """Django's own words would come in Arabic beside ours in German."""
    from cms.mail import recipient_language

    person = UserFactory(preferred_language="ar")
    with translation.override("de"):
        german = translation.gettext("This field is required.")
    with recipient_language(person):
        assert translation.get_language() == "de"
        assert translation.gettext("This field is required.") == german


def test_dates_and_times_read_as_the_language_writes_them():
    start = timezone.make_aware(timezone.datetime(2026, 12, 13, 10, 0))
    end = timezone.make_aware(timezone.datetime(2026, 12, 13, 12, 30))
    with translation.override("de"):
        assert long_date(start) == "Sonntag, 13. Dezember 2026"
        assert time_range(start, end) == "10:00–12:30 Uhr"
    with translation.override("en"):
        assert long_date(start) == "Sunday, 13 December 2026"
        assert time_range(start, end) == "10:00–12:30"


def test_translations_are_routed_through_the_german_tree(about, english, home_page):
    translate(home_page, english, {})
    translate(about, english, ENGLISH)
    english_page = about.get_translation(english)
    # The translation's own address is the German page's: one URL per page.
    assert english_page.url == about.url == "/ueber-uns/"
    assert Page.objects.filter(url_path__endswith="/ueber-uns/").count() == 2


def test_a_learner_reading_in_english_keeps_records_on_the_one_course(
    client, english, home_page, contact_person
):
    from learning.models import CourseIndexPage, Enrolment
    from tests.learning.conftest import catalogue as _catalogue  # noqa: F401
    from tests.learning.conftest import lessons_of, make_course, publish

    index = publish(
        home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    )
    course = make_course(index, lessons=1, quiz=False)
    lesson = lessons_of(course)[0]
    translate(home_page, english, {})
    translate(index, english, {"Kurse": "Courses"})
    translate(course, english, {"Krisen verstehen": "Understanding crises"})
    translate(lesson, english, {"Lektion 1": "Lesson 1"})

    client.force_login(contact_person)
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    html = client.get(course.url).content.decode()
    assert "<h1>Understanding crises</h1>" in html
    assert ">Lesson 1</a>" in html
    client.post(course.url + "starten/")
    enrolment = Enrolment.objects.get(user=contact_person)
    assert enrolment.course_id == course.pk

    from learning.selectors import newest_courses

    # The translation's own course page is never listed beside the German one.
    with translation.override("en"):
        listed = newest_courses()
    assert [(c.pk, c.title) for c in listed] == [(course.pk, "Understanding crises")]
