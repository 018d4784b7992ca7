"""``seed_demo`` builds the whole demo, changes nothing the second time, and
refuses production settings (where it does not even exist)."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page

from cms.models import District, HomePage, User
from network.models import TrainingRequest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x7" * 40,
    "DATABASE_URL": "sqlite:////tmp/never-created.sqlite3",
}


def _seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _state() -> dict:
    """Every table's row count, every page's revision and the dates of the demo."""
    state = {
        model._meta.label: model._base_manager.count() for model in apps.get_models()
    }
    state["pages"] = list(
        Page.objects.order_by("path").values_list(
            "url_path", "title", "live", "latest_revision_id", "last_published_at"
        )
    )
    state["requests"] = list(
        TrainingRequest.objects.order_by("pk").values_list(
            "title", "created_at", "answered_at", "support_count"
        )
    )
    home = HomePage.objects.get(locale__language_code="de")
    state["home_sections"] = [
        block.value["section"] for block in home.body if block.block_type == "section"
    ]
    return state


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing_and_duplicates_nothing():
    report = _seed()
    counts = (User.objects.count(), Page.objects.count(), District.objects.count())
    before = _state()
    assert _seed() == report.replace("(18 neu)", "(0 neu)")
    assert (
        User.objects.count(),
        Page.objects.count(),
        District.objects.count(),
    ) == counts
    for email in ("ansprechperson@", "trainerin@", "koordination@"):
        assert User.objects.filter(email=f"{email}example.org").exists()
    assert _state() == before
    assert before["home_sections"] == [
        "courses",
        "trainings",
        "groups",
        "reports",
        "requests",
    ]
    assert "Schulungen: 18 (18 neu), 5 Orte" in report
    assert "Passwort aller Demo-Konten: Gemeinsam-Stark-2026" in report
    _english_demo_reads_in_english(report)


def _english_demo_reads_in_english(report: str) -> None:
    """Start page, static pages, menu pages and one course with its lessons."""
    from django.test import Client

    assert (
        "Englisch: 16 Seiten und 62 Themen, Hilfe-Kontakte und Krisendienste "
        "übersetzt" in report
    )
    english = set(
        Page.objects.filter(locale__language_code="en", live=True).values_list(
            "url_path", flat=True
        )
    )
    client = Client()
    client.get("/sprache/en/")
    course = "/kurse/gemeinsam-stark-im-stadtteil/"
    for path, title in [
        ("/", "Gemeinsam Stark"),
        ("/datenschutz/", "Privacy"),
        ("/barrierefreiheit/", "Accessibility statement"),
        ("/kurse/", "Courses"),
        (course, "Strong together in the neighbourhood"),
        (f"{course}was-sinn-gibt/", "What gives engagement meaning"),
        (f"{course}botschafterin-des-netzwerks/", "Being an ambassador"),
    ]:
        html = client.get(path).content.decode()
        assert "translation-notice" not in html, path
        assert f"<h1>{title}" in html, path
    lesson = client.get(f"{course}botschafterin-des-netzwerks/").content.decode()
    assert "Final quiz: Strong together in the neighbourhood" in lesson
    assert any(path.endswith(course[1:]) for path in english)
    other = client.get("/kurse/krisen-verstehen/").content.decode()
    assert "has not been translated into English yet" in other
    # Topics, the crisis services and the "Hilfe holen" box, in English.
    directory = client.get("/netzwerk/verzeichnis/").content.decode()
    assert ">Loneliness</option>" in directory
    assert "If you or someone close to you is not doing well right now:" in directory
    assert "<strong>Violence against Women Helpline</strong>" in directory
    assert (
        ">Einsamkeit<" not in directory
        and 'lang="de"'
        not in directory.split('<aside class="help-box"')[1].split("</aside>")[0]
    )
    _english_training_is_one_training(client)


def _english_training_is_one_training(client) -> None:
    """The introduction reads English; its sessions and seats stay German."""
    from events.models import EventPage, EventSession

    url = "/termine/lernplattform-kennenlernen/"
    pages = EventPage.objects.filter(slug="lernplattform-kennenlernen")
    assert pages.count() == 2
    german = pages.get(locale__language_code="de")
    assert (
        not EventSession.objects.exclude(event=german)
        .filter(event__slug=german.slug)
        .exists()
    )
    html = client.get(url).content.decode()
    assert "<span>Getting to know the learning platform" in html
    assert "translation-notice" not in html
    calendar = client.get("/termine/").content.decode()
    assert calendar.count(f'href="{url}"') == 1
    assert "Getting to know the learning platform" in calendar


@pytest.mark.django_db
def test_seed_demo_refuses_production_settings_even_when_installed():
    pages = Page.objects.count()
    with (
        override_settings(SETTINGS_MODULE="cms.settings.production"),
        pytest.raises(CommandError, match="Produktions-Einstellungen"),
    ):
        call_command("seed_demo", stdout=io.StringIO())
    assert not User.objects.exists()
    assert Page.objects.count() == pages


def _production(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            **PRODUCTION_ENV,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_has_no_seed_demo_command():
    result = _production("manage.py", "seed_demo")
    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr
    assert not Path(PRODUCTION_ENV["DATABASE_URL"].removeprefix("sqlite:///")).exists()


def test_production_settings_do_not_install_the_demo():
    result = _production(
        "-c",
        "import django; from django.apps import apps; from django.conf import settings;"
        "django.setup(); print('demo' in settings.INSTALLED_APPS,"
        " apps.is_installed('demo'))",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
