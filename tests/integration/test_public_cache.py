"""Anonymous visitors get cached pages that never show stale seats or content."""

import pytest

from tests.events.conftest import build_event
from tests.factories import UserFactory


@pytest.fixture
def cached(settings, home_page):
    from cms.models import SiteSettings

    settings.PUBLIC_PAGE_CACHE = True
    # Created on the first request otherwise, which would bump the cache.
    SiteSettings.objects.get_or_create(site=home_page.get_site())


def test_a_booking_invalidates_the_cached_training_page(cached, client, calendar_page):
    from events import services

    training = build_event(calendar_page, title="Gesprächsführung", capacity=2)
    client.get(training.url)
    assert client.get(training.url).headers["X-Cache"] == "HIT"
    person = UserFactory()
    services.booking_create(event=training, user=person, actor=person)
    response = client.get(training.url)
    assert response.headers["X-Cache"] == "MISS"
    assert client.get(training.url).headers["X-Cache"] == "HIT"


@pytest.mark.parametrize("path", ["/termine/", "/kurse/"])
def test_calendar_and_catalogue_are_cached_per_query(
    cached, client, calendar_page, catalogue, path
):
    client.get(path)
    assert client.get(path).headers["X-Cache"] == "HIT"
    assert client.get(path, {"format": "online"}).headers["X-Cache"] == "MISS"


def test_lessons_and_personal_pages_are_never_cached(cached, client, contact_person):
    client.force_login(contact_person)
    assert "X-Cache" not in client.get("/mein-bereich/").headers
