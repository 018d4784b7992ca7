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


def test_a_booking_refreshes_its_training_and_the_lists_of_seats_only(
    cached, client, calendar_page, catalogue, django_capture_on_commit_callbacks
):
    from events import services

    training = build_event(calendar_page, title="Gesprächsführung", capacity=1)
    other = build_event(calendar_page, title="Zuhören", capacity=5)
    paths = ["/", "/termine/", "/kurse/", training.url, other.url]
    _warm(client, *paths)
    first, second = UserFactory(), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(event=training, user=first, actor=first)
    assert _hits(client, *paths) == {
        # The home page and the calendar show every training's free seats.
        "/": "MISS",
        "/termine/": "MISS",
        training.url: "MISS",
        other.url: "HIT",
        "/kurse/": "HIT",
    }
    page = client.get(training.url).content.decode()
    assert "Ausgebucht" in page and "Warteliste offen" in page
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(event=training, user=second, actor=second)
    # A place on the waiting list shows too: the training page counts it.
    assert _hits(client, training.url, other.url) == {
        training.url: "MISS",
        other.url: "HIT",
    }
    assert "Warteliste mit 1 Person" in client.get(training.url).content.decode()
    booking = training.bookings.get(user=first)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking, actor=first)
    assert _hits(client, training.url, "/termine/", other.url) == {
        training.url: "MISS",
        "/termine/": "MISS",
        other.url: "HIT",
    }


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


def _warm(client, *paths):
    for path in paths:
        client.get(path)
        assert client.get(path).headers["X-Cache"] == "HIT", path


def _hits(client, *paths) -> dict[str, str]:
    return {path: client.get(path).headers["X-Cache"] for path in paths}


def test_logins_read_markers_and_drafts_leave_the_cache_warm(
    cached, client, calendar_page, catalogue, django_capture_on_commit_callbacks
):
    from django.test import Client

    from tests.factories import TEST_PASSWORD

    training = build_event(calendar_page, title="Gesprächsführung")
    paths = ["/", "/termine/", "/kurse/", training.url]
    _warm(client, *paths)
    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        # A real login writes last_login; a draft saves the page row.
        Client().login(email=person.email, password=TEST_PASSWORD)
        person.display_name = "Neu"
        person.save()
        training.title = "Entwurf"
        training.save_revision()
    assert _hits(client, *paths) == dict.fromkeys(paths, "HIT")


def test_a_publish_refreshes_exactly_the_pages_it_affects(
    cached, client, calendar_page, catalogue, django_capture_on_commit_callbacks
):
    from cms.models import StandardPage

    home = calendar_page.get_parent().specific
    about = home.add_child(instance=StandardPage(title="Über uns", slug="ueber"))
    text = about.add_child(instance=StandardPage(title="Tief", slug="tief"))
    text.save_revision().publish()
    training = build_event(calendar_page, title="Gesprächsführung")
    other = build_event(calendar_page, title="Zuhören")
    paths = ["/", "/termine/", "/kurse/", training.url, other.url, text.url]
    _warm(client, *paths)
    with django_capture_on_commit_callbacks(execute=True):
        training.title = "Gesprächsführung für alle"
        training.save_revision().publish()
    assert _hits(client, *paths) == {
        # The home page lists trainings, the calendar is its parent; a publish
        # refreshes every page of its app (bookings are more precise).
        "/": "MISS",
        "/termine/": "MISS",
        training.url: "MISS",
        other.url: "MISS",
        "/kurse/": "HIT",
        text.url: "HIT",
    }
    with django_capture_on_commit_callbacks(execute=True):
        text.title = "Tiefer"
        text.save_revision().publish()
    assert _hits(client, *paths) == {
        "/": "HIT",
        "/termine/": "HIT",
        training.url: "HIT",
        other.url: "HIT",
        "/kurse/": "HIT",
        text.url: "MISS",
    }
