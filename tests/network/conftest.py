"""Fixtures of the network tests: districts, a training, requests, entries."""

import pytest
from django.utils import timezone

from cms.models import District, Language, Topic
from events.models import EventIndexPage, EventPage
from network.models import (
    AmbassadorProfile,
    DirectoryEntry,
    NetworkIndexPage,
    NewsIndexPage,
    ReportPage,
)
from network.services import training_request_create


def network_path(name: str, *args) -> str:
    """Return a route's address under the network page of ``network_page``."""
    return "/netzwerk/" + NetworkIndexPage.get_resolver().reverse(name, *args)


@pytest.fixture(autouse=True)
def network_page(home_page):
    """The network's page: directory, ambassadors and requests are its routes."""
    page = home_page.add_child(
        instance=NetworkIndexPage(title="Netzwerk", slug="netzwerk")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (the Celery tasks) when the block ends."""

    def _capture():
        return django_capture_on_commit_callbacks(execute=True)

    return _capture


@pytest.fixture
def district(db) -> District:
    return District.objects.create(name="Styrum")


@pytest.fixture
def other_district(db) -> District:
    return District.objects.create(name="Saarn")


@pytest.fixture
def training(home_page) -> EventPage:
    calendar = home_page.add_child(
        instance=EventIndexPage(title="Kalender", slug="kalender")
    )
    event = calendar.add_child(
        instance=EventPage(title="Demenz verstehen", slug="demenz", summary="Kurs")
    )
    event.save_revision().publish()
    return event


@pytest.fixture
def make_request(district):
    def _make(author, **overrides):
        data = {
            "title": "Gespräche mit Trauernden",
            "description": "Wir brauchen Sicherheit im Gespräch.",
            "format": "praesenz",
            "district": district,
            "dimension": "handhabbarkeit",
            **overrides,
        }
        return training_request_create(author=author, **data)

    return _make


@pytest.fixture
def topic(db) -> Topic:
    return Topic.objects.create(name="Einsamkeit")


@pytest.fixture
def language(db) -> Language:
    return Language.objects.create(name="Türkisch")


@pytest.fixture
def make_entry(district, topic, language):
    def _make(name="Beratungsstelle Ruhr", **fields):
        entry = DirectoryEntry.objects.create(
            name=name,
            kind=fields.pop("kind", "beratung"),
            how_to_reach=fields.pop("how_to_reach", "Rufen Sie an."),
            phone=fields.pop("phone", "0208 123"),
            **fields,
        )
        entry.districts.add(district)
        entry.topics.add(topic)
        entry.languages.add(language)
        return entry

    return _make


@pytest.fixture
def ambassador(other_person, district, topic) -> AmbassadorProfile:
    profile = AmbassadorProfile.objects.create(
        user=other_person, display_name="Bernd B.", district=district
    )
    profile.topics.add(topic)
    return profile


@pytest.fixture
def news_index(home_page) -> NewsIndexPage:
    index = home_page.add_child(instance=NewsIndexPage(title="Aktuelles", slug="akt"))
    index.save_revision().publish()
    return index


@pytest.fixture
def make_report(news_index):
    def _make(number: int, **fields) -> ReportPage:
        report = news_index.add_child(
            instance=ReportPage(
                title=f"Lagebericht {number}",
                slug=f"lagebericht-{number}",
                number=number,
                date=fields.pop("date", timezone.localdate()),
                summary=fields.pop("summary", f"Zusammenfassung {number}"),
                body=fields.pop("body", "<p>Bericht</p>"),
                **fields,
            )
        )
        report.save_revision().publish()
        return report

    return _make
