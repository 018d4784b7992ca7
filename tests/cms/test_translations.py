"""Both languages are complete, and the compiled catalogues match the sources."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("**/locale*/en/LC_MESSAGES/django.po"))
CATALOGUES = [path for path in CATALOGUES if ".venv" not in path.parts]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.parent.parent.parent))
def test_english_catalogue_is_complete_and_compiled(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.untranslated_entries()
    assert not catalogue.fuzzy_entries()
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    assert {e.msgid for e in compiled} >= {
        e.msgid for e in catalogue.translated_entries()
    }


def test_account_pages_speak_formal_german():
    with translation.override("de"):
        assert translation.gettext("Sign In") == "Anmelden"
        text = translation.gettext("Are you sure you want to sign out?")
    assert "Sie" in text and "du " not in text


def test_english_pages(db, home_page):
    client = Client()
    client.get("/sprache/en/")
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to content" in html or "Skip to main content" in html


def test_german_even_when_the_browser_asks_for_english(db, home_page):
    html = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").get("/").content.decode()
    assert '<html lang="de">' in html


def test_one_catalogue_per_language():
    """Each string is translated in one place, so no copy can shadow another."""
    project_catalogues = [
        path
        for path in Path(settings.BASE_DIR).glob("**/locale/*/LC_MESSAGES/django.po")
        if ".venv" not in path.parts
    ]
    assert {path.parent.parent.parent for path in project_catalogues} == {
        Path(settings.BASE_DIR) / "locale"
    }
