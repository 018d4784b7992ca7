"""A person coming back: menus and their own sections are kept (cms.memo).

Kept until a table they read is written to, so an enrolment, a booking or a
change made by a bulk update shows at once; kept per person, so nobody sees
another person's sections; and the same few queries with 1 or 20 courses and
trainings of one's own.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.models import CoursePage
from tests.budgets import (
    RETURNING_DASHBOARD_BUDGET,
    RETURNING_HOME_BUDGET,
    RETURNING_PAGE_BUDGET,
)
from tests.events.conftest import build_event
from tests.factories import UserFactory
from tests.learning.conftest import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def memo_on(settings, home_page):
    from cms.models import SiteSettings

    settings.MEMO_FRAGMENTS = True
    SiteSettings.objects.get_or_create(site=home_page.get_site())


def _get(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.content.decode()


def _returning(client, url) -> int:
    # The first visit after signing in sets the CSRF cookie that forms in
    # kept sections are keyed by; the second one keeps them.
    client.get(url)
    client.get(url)
    return _get(client, url)[0]


def _enrol_and_book(person, catalogue, calendar_page, number: int) -> None:
    from events import services as events
    from learning import services as learning

    course = make_course(catalogue, f"Kurs {number}", lessons=1, quiz=False)
    learning.enrolment_start(user=person, course=course)
    training = build_event(calendar_page, title=f"Schulung {number}")
    events.booking_create(event=training, user=person, actor=person)


@pytest.mark.parametrize(
    ("url", "budget"),
    [
        (reverse("dashboard"), RETURNING_DASHBOARD_BUDGET),
        ("/", RETURNING_HOME_BUDGET),
    ],
)
def test_a_returning_person_pays_the_same_few_queries_with_many_items(
    memo_on, client, contact_person, catalogue, calendar_page, url, budget
):
    _enrol_and_book(contact_person, catalogue, calendar_page, 0)
    client.force_login(contact_person)
    small = _returning(client, url)
    for number in range(1, 20):
        _enrol_and_book(contact_person, catalogue, calendar_page, number)
    large = _returning(client, url)
    assert small == large <= budget, (small, large)


def test_mein_bereich_shows_an_enrolment_and_a_booking_at_once(
    memo_on,
    client,
    contact_person,
    catalogue,
    calendar_page,
    django_capture_on_commit_callbacks,
):
    from events import services as events
    from learning import services as learning

    course = make_course(catalogue, "Zuhören lernen", lessons=1, quiz=False)
    training = build_event(calendar_page, title="Gesprächsführung am Telefon")
    client.force_login(contact_person)
    url = reverse("dashboard")
    _queries, html = _get(client, url)
    assert "Zuhören lernen" not in html
    with django_capture_on_commit_callbacks(execute=True):
        learning.enrolment_start(user=contact_person, course=course)
    assert "Zuhören lernen" in _get(client, url)[1]
    with django_capture_on_commit_callbacks(execute=True):
        events.booking_create(event=training, user=contact_person, actor=contact_person)
    assert "Gesprächsführung am Telefon" in _get(client, url)[1]
    # A bulk update sends no signal; the table it writes still moves.
    CoursePage.objects.filter(pk=course.pk).update(title="Gut zuhören")
    assert "Gut zuhören" in _get(client, url)[1]


def test_nobody_gets_another_persons_sections(
    memo_on, client, contact_person, other_person, catalogue
):
    from learning import services as learning

    course = make_course(catalogue, "Nur für Anna", lessons=1, quiz=False)
    learning.enrolment_start(user=contact_person, course=course)
    url = reverse("dashboard")
    client.force_login(contact_person)
    _get(client, url)
    assert "Nur für Anna" in _get(client, url)[1]
    client.force_login(other_person)
    _queries, html = _get(client, url)
    assert "Nur für Anna" not in html
    assert "Anna Ansprech" not in html
    client.force_login(contact_person)
    assert "Nur für Anna" in _get(client, url)[1]


def test_another_persons_login_leaves_the_kept_sections_warm(
    memo_on, client, contact_person, catalogue, password
):
    from django.test import Client

    url = reverse("dashboard")
    someone = UserFactory()
    client.force_login(contact_person)
    warm = _returning(client, url)
    assert Client().login(email=someone.email, password=password)
    assert _get(client, url)[0] == warm


def test_pages_deep_in_the_tree_route_in_one_query_on_a_return_visit(
    memo_on, client, contact_person, catalogue, calendar_page
):
    """Which page answers an address is kept; the walk through the tree is not
    paid again (two queries per level)."""
    from learning import services as learning

    course = make_course(catalogue, "Zuhören lernen", lessons=2, quiz=False)
    learning.enrolment_start(user=contact_person, course=course)
    lesson = course.get_children().live().first()
    training = build_event(calendar_page, title="Gesprächsführung am Telefon")
    client.force_login(contact_person)
    counts = {}
    for url in (course.url, lesson.url, calendar_page.url, training.url):
        first = _get(client, url)[0]
        counts[url] = (first, _returning(client, url))
    for url, (first, returning) in counts.items():
        assert returning < first, (url, first, returning)
        assert returning <= RETURNING_PAGE_BUDGET, counts
    assert counts[lesson.url][1] <= RETURNING_PAGE_BUDGET, counts


def test_a_kept_route_follows_a_renamed_or_unpublished_page_at_once(
    memo_on, client, contact_person, catalogue
):
    course = make_course(catalogue, "Zuhören lernen", lessons=1, quiz=False)
    lesson = course.get_children().live().first().specific
    old_url = lesson.url
    client.force_login(contact_person)
    assert client.get(old_url).status_code == 200
    assert client.get(old_url).status_code == 200
    lesson.slug = "gut-zuhoeren"
    lesson.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get(f"{course.url}gut-zuhoeren/").status_code == 200
    lesson.refresh_from_db()
    lesson.unpublish()
    assert client.get(f"{course.url}gut-zuhoeren/").status_code == 404
    # A sub-route of a routable page is routed by the page, kept or not.
    assert client.get(f"{catalogue.url}gibt-es-nicht/").status_code == 404
    assert client.get(f"{catalogue.url}gibt-es-nicht/").status_code == 404


def test_the_kept_calendar_is_flat_and_shows_a_booking_at_once(
    memo_on, client, contact_person, calendar_page
):
    """The calendar's list is the same for everyone with the same filters: it
    is kept once for all, and a booking anywhere moves its free seats."""
    from events import services as events

    training = build_event(calendar_page, title="Gesprächsführung", capacity=2)
    client.force_login(contact_person)
    url = calendar_page.url
    few = _returning(client, url)
    for number in range(12):
        build_event(calendar_page, title=f"Schulung {number}")
    many = _returning(client, url)
    assert many == few <= RETURNING_PAGE_BUDGET
    assert "Noch 2 von 2 Plätzen frei" in _get(client, url)[1]

    other = UserFactory()
    events.booking_create(event=training, user=other, actor=other)
    assert "Noch 1 von 2 Plätzen frei" in _get(client, url)[1]
    # Filters have their own list; the header around it stays each visitor's.
    online = _get(client, f"{url}?format=online")[1]
    assert "Gesprächsführung" not in online
    assert "Mein Bereich" in _get(client, url)[1]
    client.logout()
    page = _get(client, url)[1]
    assert "Mein Bereich" not in page and "Registrieren" in page
    assert "Noch 1 von 2 Plätzen frei" in page


def test_a_training_with_a_venue_asks_no_more_on_a_return_visit(
    memo_on, client, contact_person, calendar_page
):
    """The place is kept (cms.memo) until a venue or a district changes."""
    from cms.models import District
    from events.models import Venue

    online = build_event(calendar_page, title="Online-Treffen")
    district = District.objects.create(name="Styrum", slug="styrum")
    venue = Venue.objects.create(
        name="Stadtteilzentrum",
        street="Hauptstraße 1",
        postcode="45468",
        district=district,
    )
    on_site = build_event(calendar_page, title="Vor Ort", venue=venue)
    client.force_login(contact_person)
    assert _returning(client, on_site.url) == _returning(client, online.url)
    assert "Stadtteilzentrum" in _get(client, on_site.url)[1]
    venue.name = "Haus der Nachbarschaft"
    venue.save()
    assert "Haus der Nachbarschaft" in _get(client, on_site.url)[1]


@pytest.fixture
def exchange_and_network(home_page):
    from exchange.models import ExchangeIndexPage
    from network.models import NetworkIndexPage

    for model, title, slug in (
        (ExchangeIndexPage, "Austausch", "austausch"),
        (NetworkIndexPage, "Netzwerk", "netzwerk"),
    ):
        page = home_page.add_child(instance=model(title=title, slug=slug))
        page.save_revision().publish()


def _grow_exchange_and_network(person, coordinator, number: int) -> dict:
    """Give the person ``number`` groups, notifications, requests and entries,
    and a thread of three posts per author (``number`` authors), written directly."""
    from django.utils import timezone

    from cms.models import District
    from exchange import services as exchange
    from exchange.models import Forum, Membership, Notification, Post, Thread
    from exchange.rendering import render_markdown
    from network.models import DirectoryEntry, TrainingRequest

    district, _created = District.objects.get_or_create(name="Styrum", slug="styrum")
    start = Forum.objects.count()
    forums = []
    for offset in range(number):
        forum = exchange.group_propose(
            user=coordinator,
            title=f"Gruppe {start + offset}",
            description="Austausch",
            visibility=Forum.Visibility.OPEN,
            pre_moderation=False,
        )
        forums.append(
            exchange.group_decide(forum=forum, actor=coordinator, approve=True)
        )
    Membership.objects.bulk_create(Membership(forum=f, user=person) for f in forums)
    thread = Thread.objects.create(
        forum=forums[0],
        title="Viele Stimmen",
        author=person,
        last_post_at=timezone.now(),
    )
    authors = [UserFactory() for _ in range(number)]
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author=authors[n % number],
            body=f"Beitrag {n}",
            html=render_markdown(f"Beitrag {n}"),
        )
        for n in range(number * 3)
    )
    Notification.objects.bulk_create(
        Notification(recipient=person, kind="reply", forum=forums[0], post=post)
        for post in posts[:number]
    )
    TrainingRequest.objects.bulk_create(
        TrainingRequest(
            title=f"Wunsch {start + n}",
            description="Bitte eine Schulung.",
            format="praesenz",
            district=district,
            dimension="handhabbarkeit",
            author=authors[n],
        )
        for n in range(number)
    )
    for n in range(number):
        entry = DirectoryEntry.objects.create(
            name=f"Beratungsstelle {start + n}",
            kind="beratung",
            how_to_reach="Rufen Sie an.",
            phone="0208 123",
        )
        entry.districts.add(district)
    return {"forum": forums[0], "thread": thread}


def test_exchange_and_network_pages_stay_flat_for_a_returning_person(
    memo_on, client, contact_person, coordinator, exchange_and_network
):
    """Overview, group, thread, notifications, requests and directory: the same
    few queries with 2 or 30 groups, posts by 30 authors, 30 notifications,
    requests and directory entries (the city dataset's shapes, smaller)."""
    from exchange.models import exchange_url
    from network.models import NetworkIndexPage

    made = _grow_exchange_and_network(contact_person, coordinator, 2)
    network = NetworkIndexPage.objects.live().get()
    urls = [
        exchange_url("index"),
        made["forum"].get_absolute_url(),
        made["thread"].get_absolute_url(),
        exchange_url("notifications"),
        network.url + network.reverse_subpage("request_list"),
        network.url + network.reverse_subpage("directory_list"),
    ]
    client.force_login(contact_person)
    few = {url: _returning(client, url) for url in urls}
    bigger = _grow_exchange_and_network(contact_person, coordinator, 30)
    # The same pages, now with 32 groups, 30 more notifications, requests and
    # entries; the thread is the new one with 90 posts by 30 authors.
    urls_after = dict(zip(urls, urls, strict=True))
    urls_after[made["forum"].get_absolute_url()] = bigger["forum"].get_absolute_url()
    urls_after[made["thread"].get_absolute_url()] = bigger["thread"].get_absolute_url()
    many = {url: _returning(client, urls_after[url]) for url in urls}
    assert many == few, (few, many)
    assert max(many.values()) <= RETURNING_PAGE_BUDGET, many


def test_a_kept_thread_shows_a_new_post_an_edit_and_a_hidden_post_at_once(
    memo_on, client, contact_person, coordinator, other_person, exchange_and_network
):
    """The thread's posts are kept per person (cms.memo): each change shows on
    the next view, and nobody gets another person's edit links."""
    from exchange import services as exchange
    from exchange.models import Forum

    group = exchange.group_decide(
        forum=exchange.group_propose(
            user=coordinator,
            title="Nachbarschaft",
            description="",
            visibility=Forum.Visibility.OPEN,
            pre_moderation=False,
        ),
        actor=coordinator,
        approve=True,
    )
    for person in (contact_person, other_person):
        exchange.membership_join(forum=group, user=person)
    thread = exchange.thread_create(
        forum=group, user=contact_person, title="Hallo", body="Erster Beitrag"
    )
    url = thread.get_absolute_url()
    client.force_login(contact_person)
    _returning(client, url)
    mine = _get(client, url)[1]
    assert "Erster Beitrag" in mine and "Bearbeiten" in mine

    reply = exchange.post_create(thread=thread, user=other_person, body="Eine Antwort")
    assert "Eine Antwort" in _get(client, url)[1]
    exchange.post_edit(post=reply, user=other_person, body="Eine bessere Antwort")
    assert "Eine bessere Antwort" in _get(client, url)[1]
    exchange.post_hide(post=reply, actor=coordinator, reason="Bitte sachlich")
    page = _get(client, url)[1]
    assert "Eine bessere Antwort" not in page and "Bitte sachlich" in page

    client.force_login(other_person)
    _returning(client, url)
    theirs = _get(client, url)[1]
    assert "Erster Beitrag" in theirs
    # The edit link of contact_person's post is not theirs to see.
    assert theirs.count(">Bearbeiten<") == 0


def test_the_kept_overview_shows_a_membership_and_a_new_group_at_once(
    memo_on, client, contact_person, coordinator, exchange_and_network
):
    from exchange import services as exchange
    from exchange.models import Forum, exchange_url

    def group(title):
        return exchange.group_decide(
            forum=exchange.group_propose(
                user=coordinator,
                title=title,
                description="",
                visibility=Forum.Visibility.OPEN,
                pre_moderation=False,
            ),
            actor=coordinator,
            approve=True,
        )

    first = group("Nachbarschaft")
    url = exchange_url("index")
    client.force_login(contact_person)
    warm = _returning(client, url)
    assert "Sie sind Mitglied" not in _get(client, url)[1]
    exchange.membership_join(forum=first, user=contact_person)
    assert "Sie sind Mitglied" in _get(client, url)[1]
    group("Trauer begleiten")
    _queries, page = _get(client, url)
    assert "Trauer begleiten" in page
    assert _returning(client, url) == warm
