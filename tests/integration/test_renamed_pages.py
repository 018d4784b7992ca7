"""The page tree is the URL tree: rename every index page and nothing breaks.

Editors may publish the catalogue, the calendar, the exchange, the network and
the situation reports under other slugs. Every view that belongs to one of these
pages is a route of it, so the main flows work under the new addresses and the
old addresses answer 404 (or a redirect Wagtail made for the page itself).
"""

import pytest
from django.urls import reverse

from cms.models import District
from cms.routing import route_url
from events.models import Booking, EventIndexPage
from exchange import services as exchange_services
from exchange.models import ExchangeIndexPage, Forum, Post, Thread
from learning.models import CourseIndexPage, Enrolment, LessonProgress
from network.models import (
    DirectoryEntry,
    NetworkIndexPage,
    NewsIndexPage,
    TrainingRequest,
)
from tests.events.conftest import build_event
from tests.learning.conftest import lessons_of, make_course

NEW_SLUGS = {
    CourseIndexPage: ("kurse", "lernen"),
    EventIndexPage: ("termine", "schulungskalender"),
    ExchangeIndexPage: ("austausch", "miteinander"),
    NetworkIndexPage: ("netzwerk", "gemeinsam"),
    NewsIndexPage: ("aktuelles", "neuigkeiten"),
}


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def site_tree(home_page, contact_person, coordinator):
    """Every index page under its first slug, with one thing to do in each."""
    pages = {
        model: _publish(home_page.add_child(instance=model(title=old, slug=old)))
        for model, (old, _new) in NEW_SLUGS.items()
    }
    course = make_course(pages[CourseIndexPage], lessons=1, quiz=False)
    event = build_event(pages[EventIndexPage], title="Zuhören lernen")
    forum = exchange_services.group_propose(
        user=contact_person,
        title="Nachbarschaft",
        description="Wir helfen uns.",
        visibility=Forum.Visibility.OPEN,
        pre_moderation=False,
    )
    exchange_services.group_decide(forum=forum, actor=coordinator, approve=True)
    entry = DirectoryEntry.objects.create(
        name="Beratung am Markt",
        kind="beratung",
        how_to_reach="Rufen Sie an.",
        phone="0208 123",
    )
    return {
        "pages": pages,
        "course": course,
        "event": event,
        "forum": forum,
        "entry": entry,
        "district": District.objects.create(name="Styrum"),
    }


def _old_addresses(tree) -> list[tuple[str, str]]:
    """What a visitor may have bookmarked or a form may still post to."""
    pages, course, event = tree["pages"], tree["course"], tree["event"]
    lesson = lessons_of(course)[0]
    exchange, network = pages[ExchangeIndexPage], pages[NetworkIndexPage]
    return [
        ("get", course.url),
        ("post", route_url(course, "start")),
        ("post", route_url(lesson, "done")),
        ("get", event.url),
        ("post", route_url(event, "book")),
        ("get", route_url(pages[EventIndexPage], "feed")),
        ("get", route_url(event, "ics")),
        ("get", route_url(exchange, "forum", tree["forum"].slug)),
        ("post", route_url(exchange, "thread_new", tree["forum"].slug)),
        ("get", route_url(network, "directory_list")),
        ("get", route_url(network, "directory_detail", tree["entry"].slug)),
        ("post", route_url(network, "request_create")),
    ]


def _rename(tree) -> None:
    for model, (_old, new) in NEW_SLUGS.items():
        page = model.objects.get()
        page.slug = new
        _publish(page)
    for key in ("course", "event"):
        tree[key].refresh_from_db()
    tree["pages"] = {model: model.objects.get() for model in NEW_SLUGS}


def test_every_flow_follows_the_renamed_pages(
    client, site_tree, contact_person, django_capture_on_commit_callbacks
):
    old = _old_addresses(site_tree)
    _rename(site_tree)
    pages, course, event = site_tree["pages"], site_tree["course"], site_tree["event"]
    for model, (_old, new) in NEW_SLUGS.items():
        assert pages[model].url == f"/{new}/"
    client.force_login(contact_person)

    # Browse: every index and what it lists, with links under the new slugs.
    catalogue = client.get("/lernen/")
    assert catalogue.status_code == 200
    assert course.url in catalogue.content.decode()
    course_html = client.get(course.url).content.decode()
    assert route_url(course, "start") in course_html
    assert route_url(course, "start").startswith("/lernen/")

    # Enrol and complete a lesson.
    assert client.post(route_url(course, "start")).status_code == 302
    assert Enrolment.objects.filter(user=contact_person, course=course).exists()
    [lesson] = lessons_of(course)
    assert route_url(lesson, "done") in client.get(lesson.url).content.decode()
    assert client.post(route_url(lesson, "done")).status_code == 302
    assert LessonProgress.objects.filter(user=contact_person, lesson=lesson).exists()

    # Book, then cancel, from the training's page.
    calendar_html = client.get("/schulungskalender/").content.decode()
    assert event.url in calendar_html
    assert "/schulungskalender/kalender.ics" in calendar_html
    event_html = client.get(event.url).content.decode()
    # The form posts to the booking's own address, which names no slug; the
    # page's old route (posted to by forms still open) is checked above.
    assert reverse("events:book", args=[event.pk]) in event_html
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(route_url(event, "book")).status_code == 302
    booking = Booking.objects.get(user=contact_person, event=event)
    assert booking.is_confirmed
    cancel = route_url(event, "cancel", booking.pk)
    assert cancel in client.get(event.url).content.decode()
    assert cancel in client.get("/mein-bereich/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(cancel).status_code == 302
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED

    # Subscribe to the calendar: the public feed and one training's .ics.
    feeds_html = client.get("/mein-bereich/kalender/").content.decode()
    assert "/schulungskalender/kalender.ics" in feeds_html
    for url in (route_url(pages[EventIndexPage], "feed"), route_url(event, "ics")):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")

    # Post a thread and a reply in a topic group.
    exchange = pages[ExchangeIndexPage]
    forum = site_tree["forum"]
    overview = client.get("/miteinander/").content.decode()
    assert route_url(exchange, "forum", forum.slug) in overview
    response = client.post(
        route_url(exchange, "thread_new", forum.slug),
        {"title": "Einkaufen für Nachbarn", "body": "Wer hilft mit?"},
    )
    assert response.status_code == 302
    thread = Thread.objects.get(title="Einkaufen für Nachbarn")
    assert response["Location"].startswith("/miteinander/thema/")
    assert thread.get_absolute_url() == route_url(exchange, "thread", thread.pk)
    response = client.post(thread.get_absolute_url(), {"body": "Ich bin dabei."})
    assert response.status_code == 302
    assert Post.objects.filter(thread=thread, body="Ich bin dabei.").exists()

    # File a training request and open the directory.
    network = pages[NetworkIndexPage]
    response = client.post(
        route_url(network, "request_create"),
        {
            "title": "Gespräche mit Trauernden",
            "description": "Wir brauchen Sicherheit.",
            "format": "online",
            "dimension": "verstehbarkeit",
            "district": site_tree["district"].pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    wish = TrainingRequest.objects.get(title="Gespräche mit Trauernden")
    assert response["Location"] == wish.get_absolute_url()
    assert wish.get_absolute_url().startswith("/gemeinsam/schulungswuensche/")
    assert client.get(wish.get_absolute_url()).status_code == 200
    directory = client.get(route_url(network, "directory_list")).content.decode()
    entry = site_tree["entry"]
    assert entry.get_absolute_url() in directory
    assert client.get(entry.get_absolute_url()).status_code == 200
    assert client.get("/neuigkeiten/").status_code == 200

    # The old addresses lead nowhere, or to the page under its new name.
    for method, url in old:
        response = getattr(client, method)(url)
        assert response.status_code in (301, 302, 404), url
        if response.status_code != 404:
            assert "/konto/" not in response["Location"], url
            assert client.get(response["Location"]).status_code == 200, url
