"""Both languages are complete, and the compiled catalogues match the sources."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import translation

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("**/locale*/en/LC_MESSAGES/django.po"))
CATALOGUES = [path for path in CATALOGUES if ".venv" not in path.parts]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.parent.parent.parent))
def test_english_catalogue_is_complete_and_compiled(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.untranslated_entries()
    assert not catalogue.fuzzy_entries()
    # An obsolete copy of a live entry makes msgfmt (and `make messages`) fail.
    assert not catalogue.obsolete_entries()
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


#: What `make messages` leaves out (see the Makefile), besides hidden folders.
NOT_EXTRACTED = {"staticfiles", "tests", "bench", "media", "test-artifacts"}


def _sources_copy(target: Path) -> None:
    """Copy the sources makemessages reads, and nothing else."""
    root = Path(settings.BASE_DIR)
    for folder, folders, files in os.walk(root):
        folders[:] = [
            name
            for name in folders
            if not name.startswith((".", "locale")) and name not in NOT_EXTRACTED
        ]
        for name in files:
            if name.endswith((".py", ".html", ".txt")):
                path = Path(folder) / name
                copy = target / path.relative_to(root)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xgettext", "msguniq", "msgmerge")),
    reason="GNU gettext (xgettext, msguniq, msgmerge) is not installed",
)
def test_every_string_of_the_sources_is_translated_to_english(tmp_path, monkeypatch):
    """Extract the sources as `make messages` does, into a copy: each string
    must have a finished English translation, even before anyone has run
    `make messages` (which would add it to the catalogue untranslated)."""
    _sources_copy(tmp_path)
    (tmp_path / "locale").mkdir()
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[str(tmp_path / "locale")]):
        call_command("makemessages", locale=["en"], verbosity=0)
    extracted = polib.pofile(str(tmp_path / "locale/en/LC_MESSAGES/django.po"))
    catalogue = polib.pofile(
        str(Path(settings.BASE_DIR) / "locale/en/LC_MESSAGES/django.po")
    )
    done = {
        (e.msgctxt, e.msgid, e.msgid_plural)
        for e in catalogue.translated_entries()
        if not e.obsolete
    }
    missing = sorted(
        f"{e.occurrences[0][0] if e.occurrences else '?'}: "
        f"{e.msgctxt + ' | ' if e.msgctxt else ''}{e.msgid}"
        for e in extracted
        if (e.msgctxt, e.msgid, e.msgid_plural) not in done
    )
    assert len(extracted) > 1000
    assert not missing, "Ohne englische Übersetzung (make messages):\n" + "\n".join(
        missing
    )
