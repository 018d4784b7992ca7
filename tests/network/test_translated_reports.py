"""Reports not translated yet are German, and marked so, on an English page."""

import pytest
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from network.models import ReportPage
from tests.cms.test_i18n import translate, visitor

pytestmark = pytest.mark.django_db

SUMMARY = "Die Lage im Stadtteil ist ruhig."
BODY = "<p>Die Beratungsstellen haben wieder geöffnet.</p>"


@pytest.fixture
def english(home_page):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def report(make_report):
    return make_report(7, summary=SUMMARY, body=BODY)


def test_an_untranslated_report_is_marked_german_in_english(report, english):
    html = visitor("en").get(report.url).content.decode()
    assert '<html lang="en">' in html
    assert '<h1 lang="de">Lagebericht 7</h1>' in html
    assert f'<p class="lead" lang="de">{SUMMARY}</p>' in html
    assert '<div class="prose" lang="de">' in html


def test_the_list_of_reports_marks_untranslated_titles(report, english, news_index):
    html = visitor("en").get(news_index.url).content.decode()
    assert f'<a href="{report.url}" lang="de">Lagebericht 7</a>' in html
    assert f'<p lang="de">{SUMMARY}</p>' in html


def test_a_translated_report_is_listed_in_english_unmarked(
    english, news_index, home_page
):
    report = news_index.add_child(
        instance=ReportPage(title="Neuigkeit", slug="neu", summary=SUMMARY, body=BODY)
    )
    report.save_revision().publish()
    translate(home_page, english, {})
    translate(news_index, english, {"Aktuelles": "News"})
    translate(report, english, {"Neuigkeit": "News item", SUMMARY: "It is calm."})
    html = visitor("en").get(news_index.url).content.decode()
    assert f'<a href="{report.url}">News item</a>' in html
    assert "<p>It is calm.</p>" in html
    assert 'lang="de"' not in html.split("</header>")[1].split("<footer")[0]


def test_german_reports_carry_no_lang_mark(report, news_index):
    for url in (report.url, news_index.url):
        html = visitor("de").get(url).content.decode()
        main = html.split("</header>")[1].split("<footer")[0]
        assert "Lagebericht 7" in main and 'lang="de"' not in main


def test_a_numbered_report_can_be_translated_and_keeps_its_number(
    report, english, news_index, home_page
):
    """The number is unique and stays with the German report: a translation
    neither copies it (it could not be saved) nor takes it on an update."""
    translate(home_page, english, {})
    translate(news_index, english, {"Aktuelles": "News"})
    translate(report, english, {SUMMARY: "It is calm."})
    translation = ReportPage.objects.get(locale=english)
    assert translation.number is None
    report.refresh_from_db()
    assert report.number == 7
    # An update of the German report reaches the translation without its number.
    report.summary = "Die Lage bleibt ruhig."
    report.save_revision().publish()
    TranslationSource.update_or_create_from_instance(report)
    update = Translation.objects.get(
        source__object_id=report.translation_key, target_locale=english
    )
    po = update.export_po()
    for entry in po:
        entry.msgstr = {"Die Lage bleibt ruhig.": "It stays calm."}.get(
            entry.msgid, entry.msgstr or entry.msgid
        )
    update.import_po(po)
    with TestCase.captureOnCommitCallbacks(execute=True):
        update.save_target(publish=True)
    translation.refresh_from_db()
    assert translation.number is None and translation.summary == "It stays calm."
    html = visitor("en").get(report.url).content.decode()
    assert "It stays calm." in html
