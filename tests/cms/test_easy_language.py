"""Leichte Sprache pages, their links in header and footer, and the DGS video."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from cms.models import HomePage, StandardPage
from demo.content.site import EASY_LANGUAGE_PAGES
from demo.site import seed_site
from tests.budgets import CONTENT_PAGE_BUDGET


@pytest.fixture
def site(db):
    """The site part of the demo: pages, Leichte Sprache, settings."""
    seed_site()
    return HomePage.objects.get(locale__language_code="de")


def test_easy_language_overview_lists_its_pages_and_is_linked_everywhere(
    client, site, django_assert_max_num_queries
):
    html = client.get("/").content.decode()
    # Header (marked German) and footer both lead there.
    assert '<a href="/leichte-sprache/" lang="de">Leichte Sprache</a>' in html
    assert '<a href="/leichte-sprache/">Leichte Sprache</a>' in html
    client.get("/leichte-sprache/")
    with django_assert_max_num_queries(CONTENT_PAGE_BUDGET):
        overview = client.get("/leichte-sprache/").content.decode()
    for slug, _title, _intro, _items in EASY_LANGUAGE_PAGES:
        assert f'href="/leichte-sprache/{slug}/"' in overview
        page = client.get(f"/leichte-sprache/{slug}/")
        assert page.status_code == 200
        assert 'href="/leichte-sprache/">Zurück zu: <span>Leichte Sprache</span>' in (
            page.content.decode()
        )


def test_easy_language_explains_offer_navigation_statement_and_more(client, site):
    text = " ".join(
        client.get(f"/leichte-sprache/{slug}/").content.decode()
        for slug, *_rest in EASY_LANGUAGE_PAGES
    )
    for promise in ("Kurse", "Schulungen", "Menü", "Mein Bereich", "Ombuds·stelle"):
        assert promise in text
    assert "https://www.lbbp.nrw.de/ombudsstelle" in text
    # No abbreviations such as "z. B." or "d. h." in Leichte Sprache.
    for abbreviation in ("z. B.", "z.B.", "d. h.", "usw.", "bzw."):
        assert abbreviation not in text


def test_easy_language_sentences_stay_short(site):
    import re

    from django.utils.html import strip_tags

    for page in StandardPage.objects.filter(url_path__contains="/leichte-sprache/"):
        for block in page.body:
            if block.block_type != "paragraph":
                continue
            text = strip_tags(str(block.value.source).replace("</", " </"))
            for sentence in re.split(r"(?<=[.?!:])\s+", text):
                assert len(sentence.split()) <= 16, sentence


def test_start_page_shows_a_sign_language_video_only_when_uploaded(client, site):
    assert "<video" not in client.get("/").content.decode()
    statement = client.get("/barrierefreiheit/").content.decode()
    assert "kein Video in Deutscher Gebärdensprache" in statement

    video = Document(title="Gemeinsam Stark in DGS")
    video.file.save("gemeinsam-stark-dgs.mp4", ContentFile(b"\0" * 2048), save=False)
    video.save()
    site.sign_language_video = video
    site.sign_language_video_duration = datetime.timedelta(minutes=3, seconds=20)
    site.save_revision().publish()

    html = client.get("/").content.decode()
    assert "<video controls" in html
    assert f'src="{video.file.url}"' in html
    assert video.file.url.startswith("/media/")
    assert "3 Minuten 20 Sekunden" in html
    assert "2,0\xa0KB" in html
    assert f'href="{video.url}" download' in html
    statement = client.get("/barrierefreiheit/").content.decode()
    assert "kein Video in Deutscher Gebärdensprache" not in statement


def test_sign_language_video_must_be_a_video_with_a_duration(site):
    from django.core.exceptions import ValidationError

    document = Document(title="Flyer")
    document.file.save("flyer.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    site.sign_language_video = document
    with pytest.raises(ValidationError) as error:
        site.full_clean()
    assert "sign_language_video" in error.value.message_dict
    document.file.save("film.webm", ContentFile(b"\0"), save=False)
    document.save()
    with pytest.raises(ValidationError) as error:
        site.full_clean()
    assert "sign_language_video_duration" in error.value.message_dict


def test_easy_language_says_nothing_about_the_video_that_may_not_hold(client, site):
    """Whether a DGS video exists changes; the statement's list says it, and
    the Leichte-Sprache pages point there instead of saying it themselves."""
    text = " ".join(
        client.get(f"/leichte-sprache/{slug}/").content.decode()
        for slug, *_rest in EASY_LANGUAGE_PAGES
    )
    assert "keinen Film in Gebärden·sprache" not in text
    assert "Alle Barrieren stehen in der Erklärung zur Barriere·freiheit." in text
