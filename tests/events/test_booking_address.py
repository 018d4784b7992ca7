"""Booking at an address of its own, outside the page tree's routing.

The training page's form posts to ``/termine/buchen/<id>/``; the page's old
route ``buchen/`` keeps working for forms already open. Both check the same:
a live training in the site's tree, its view restrictions, CSRF, the answers.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from cms.routing import route_url
from events import services
from events.models import Booking, BookingQuestion, EventIndexPage, EventPage
from tests.budgets import BOOKING_BUDGET
from tests.events.conftest import build_event, with_question
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def address(event) -> str:
    return reverse("events:book", args=[event.pk])


@pytest.fixture
def full_day(make_event, venue):
    start = timezone.now() + timedelta(days=10)
    return make_event(
        title="Ganztägiger Grundkurs",
        venue=venue,
        sessions=[(start, start + timedelta(hours=7))],
    )


def test_the_training_page_form_posts_to_the_booking_address(
    client, full_day, contact_person
):
    client.force_login(contact_person)
    html = client.get(full_day.url).content.decode()
    assert f'action="{address(full_day)}"' in html
    assert address(full_day) == f"/termine/buchen/{full_day.pk}/"


@pytest.mark.parametrize("old", [False, True], ids=["address", "page route"])
def test_both_addresses_book_with_answers_once(client, full_day, contact_person, old):
    url = route_url(full_day, "book") if old else address(full_day)
    client.force_login(contact_person)
    response = client.post(url, {"antwort_ernaehrung": "vegetarisch"})
    assert response.status_code == 302 and response["Location"] == full_day.url
    booking = Booking.objects.get(user=contact_person, status="confirmed")
    assert [a.value for a in booking.answers.all()] == ["vegetarisch"]
    page = client.get(response["Location"]).content.decode()
    assert "Ihr Platz ist gebucht" in page
    response = client.post(url, follow=True)
    assert "bereits gebucht" in response.content.decode()
    assert Booking.objects.filter(user=contact_person).count() == 1


def test_a_full_training_puts_people_on_the_waiting_list(
    client, make_event, contact_person, other_person
):
    event = make_event(capacity=1, waiting_list_enabled=True)
    services.booking_create(event=event, user=other_person, actor=other_person)
    client.force_login(contact_person)
    response = client.post(address(event), follow=True)
    assert "Platz 1 der Warteliste" in response.content.decode()
    third = UserFactory()
    client.force_login(third)
    response = client.post(address(event), follow=True)
    assert "Platz 2 der Warteliste" in response.content.decode()
    response = client.post(address(event), follow=True)
    assert "bereits auf der Warteliste (Platz 2)" in response.content.decode()


def test_a_full_training_without_waiting_list_says_so(
    client, make_event, contact_person, other_person
):
    event = make_event(capacity=1, waiting_list_enabled=False)
    services.booking_create(event=event, user=other_person, actor=other_person)
    client.force_login(contact_person)
    response = client.post(address(event), follow=True)
    assert "leider ausgebucht" in response.content.decode()
    assert not Booking.objects.filter(user=contact_person).exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [("de", "Dieses Feld muss ausgefüllt werden."), ("en", "This field is required.")],
)
def test_bad_answers_show_the_page_again_and_book_nothing(
    client, full_day, contact_person, language, message
):
    with_question(
        full_day,
        label="Bringen Sie ein Handy mit?",
        kind=BookingQuestion.Kind.YES_NO,
        required=True,
    )
    contact_person.preferred_language = language
    contact_person.save()
    client.force_login(contact_person)
    response = client.post(address(full_day), {"antwort_ernaehrung": "x" * 301})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and full_day.title in html
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [("de", "bereits stattgefunden"), ("en", "has already taken place")],
)
def test_refusals_speak_the_chosen_language(
    client, make_event, contact_person, language, message
):
    past = make_event(start=timezone.now() - timedelta(days=3))
    contact_person.preferred_language = language
    contact_person.save()
    client.force_login(contact_person)
    response = client.post(address(past), follow=True)
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_what_routing_refused_is_refused_here(
    client, make_event, calendar_page, contact_person
):
    client.force_login(contact_person)
    draft = make_event(live=False)
    assert client.post(address(draft)).status_code == 404
    assert client.post("/termine/buchen/999999/").status_code == 404
    # A training outside the site's tree is not this site's to book.
    elsewhere = EventIndexPage(title="Anderswo", slug="anderswo")
    Page.get_first_root_node().add_child(instance=elsewhere)
    stray = build_event(elsewhere)
    assert client.post(address(stray)).status_code == 404
    # Any other page is no training.
    assert client.post(address(calendar_page)).status_code == 404
    assert not Booking.objects.exists()


def test_method_login_and_csrf_are_checked(make_event, contact_person):
    event = make_event()
    client = Client()
    response = client.post(address(event))
    assert response.status_code == 302 and "/konto/login/" in response["Location"]
    client.force_login(contact_person)
    assert client.get(address(event)).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(contact_person)
    assert strict.post(address(event)).status_code == 403
    assert not Booking.objects.exists()


def test_view_restrictions_of_the_page_and_its_ancestors_hold(
    client, make_event, calendar_page, contact_person
):
    event = make_event()
    staff = Group.objects.create(name="Nur Leitung")
    restriction = PageViewRestriction.objects.create(
        page=calendar_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(staff)
    client.force_login(contact_person)
    response = client.post(address(event))
    # Where Wagtail sends those a page keeps out: its login, back to the page.
    assert response.status_code == 302
    assert response["Location"].endswith(f"login/?next={event.url}")
    assert not Booking.objects.exists()

    contact_person.groups.add(staff)
    assert client.post(address(event)).status_code == 302
    assert Booking.objects.filter(user=contact_person).exists()

    secret = make_event()
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.post(address(secret))
    assert response.status_code == 302 and response["Location"] == secret.url
    assert not Booking.objects.filter(event=secret).exists()


def _booking_queries(client, event, person) -> list[str]:
    client.force_login(person)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(address(event))
    assert response.status_code == 302
    return [query["sql"] for query in queries]


def test_a_booking_costs_a_fixed_number_of_queries(client, full_day, settings):
    """The session and person; the training with what its questions need, its
    view restrictions and its own questions are kept. Under the training's lock
    the booking's facts, the seats and queue in one count, the booking, its log
    entry and its mail row (in tests the transaction is a savepoint: two more).
    Answers given add their one insert. The same with one booking or many, on a
    full training and on a free one."""
    settings.MEMO_FRAGMENTS = True
    full_day.capacity = 3
    with_question(full_day, label="Woher kommen Sie?")
    # People have their accounts before they book (a new account would move
    # the memoised site lookup).
    first, second, third, *others = UserFactory.create_batch(9)
    # The first booking in a process finds the content type of its log entry.
    _booking_queries(client, full_day, first)
    few = _booking_queries(client, full_day, second)
    assert len(few) <= BOOKING_BUDGET, "\n".join(few)
    for person in others:
        services.booking_create(event=full_day, user=person, actor=person)
    many = _booking_queries(client, full_day, third)
    assert len(few) == len(many), "\n".join(many)
    assert Booking.objects.filter(event=full_day, status="confirmed").count() == 3


def test_standard_questions_are_read_with_the_training(make_event, venue):
    from events import selectors
    from events.questions import questions_for

    start = timezone.now() + timedelta(days=4)
    for fields in (
        {"venue": venue, "sessions": [(start, start + timedelta(hours=7))]},
        {"venue": venue},
        {"format": EventPage.Format.ONLINE},
        {"format": EventPage.Format.HYBRID, "venue": venue},
    ):
        event = make_event(**fields)
        found = selectors.bookable_event(event.pk, event.get_site().root_page.path)
        assert [q.key for q in questions_for(found)] == [
            q.key for q in questions_for(EventPage.objects.get(pk=event.pk))
        ]


def test_a_booking_reads_the_kept_training_and_follows_its_changes_at_once(
    client, make_event, calendar_page, contact_person, settings
):
    """With many bookings at one moment, the training, its view restrictions
    and its questions are read once and kept (cms.memo); a new question, a view
    restriction, fewer seats or an unpublished page apply to the next booking
    at once. What the booking decides on is read under the training's lock."""
    settings.MEMO_FRAGMENTS = True
    event = make_event(capacity=5, waiting_list_enabled=True)
    first, second, third, fourth, fifth = UserFactory.create_batch(5)
    _booking_queries(client, event, first)
    kept = _booking_queries(client, event, second)
    assert not [sql for sql in kept if "events_bookingquestion" in sql]
    assert not [sql for sql in kept if "wagtailcore_pageviewrestriction" in sql]

    # A required question asked from now on.
    with_question(
        event,
        label="Bringen Sie ein Handy mit?",
        kind=BookingQuestion.Kind.YES_NO,
        required=True,
    )
    answer = {f"antwort_frage-{BookingQuestion.objects.get(event=event).pk}": "ja"}
    client.force_login(third)
    assert client.post(address(event)).status_code == 400
    assert not Booking.objects.filter(user=third).exists()

    # Fewer seats than bookings: the next one waits.
    EventPage.objects.filter(pk=event.pk).update(capacity=2)
    assert client.post(address(event), answer).status_code == 302
    assert Booking.objects.get(user=third).status == Booking.Status.WAITING

    # A restriction on the calendar keeps others out.
    staff = Group.objects.create(name="Nur Leitung")
    restriction = PageViewRestriction.objects.create(
        page=calendar_page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(staff)
    client.force_login(fourth)
    response = client.post(address(event), answer)
    assert response.status_code == 302 and "login/?next=" in response["Location"]
    assert not Booking.objects.filter(user=fourth).exists()
    restriction.delete()

    # An unpublished training is no longer found.
    event.unpublish()
    client.force_login(fifth)
    assert client.post(address(event), answer).status_code == 404
    assert not Booking.objects.filter(user=fifth).exists()
