"""Demand signals: crowded trainings and supported requests, for coordinators."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Booking, EventIndexPage
from network import selectors
from network.models import TrainingRequest
from tests.budgets import ROUTE_LINK_QUERIES, STAFF_GUARD_QUERIES
from tests.events.conftest import build_event
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "network_admin_demand"


@pytest.fixture
def calendar(home_page):
    page = EventIndexPage(title="Schulungen", slug="termine")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def _fill(event, *, confirmed: int, waiting: int, people: list) -> None:
    """Store bookings directly: the ranking only counts them."""
    stamp = timezone.now()
    rows = [
        Booking(
            event=event,
            user=person,
            status=Booking.Status.CONFIRMED if n < confirmed else "waiting",
            queued_at=stamp + timedelta(microseconds=n),
        )
        for n, person in enumerate(people[: confirmed + waiting])
    ]
    Booking.objects.bulk_create(rows)


def _request(district, title: str, supports: int) -> TrainingRequest:
    return TrainingRequest.objects.create(
        title=title,
        description="Wir brauchen das.",
        district=district,
        dimension="handhabbarkeit",
        support_count=supports,
    )


def test_trainings_rank_by_waiting_people_per_seat(calendar, district):
    people = UserFactory.create_batch(12)
    small = build_event(calendar, title="Klein", capacity=2)
    big = build_event(calendar, title="Groß", capacity=10)
    middle = build_event(calendar, title="Mittel", capacity=4)
    _fill(small, confirmed=2, waiting=3, people=people)  # 1.5 per seat
    _fill(big, confirmed=6, waiting=5, people=people)  # 0.5 per seat, not full
    _fill(middle, confirmed=4, waiting=4, people=people)  # 1.0 per seat
    calm = build_event(calendar, title="Ruhig", capacity=5)
    _fill(calm, confirmed=2, waiting=0, people=people)
    past = build_event(
        calendar, title="Vorbei", capacity=1, start=timezone.now() - timedelta(days=3)
    )
    _fill(past, confirmed=1, waiting=5, people=people)
    cancelled = build_event(calendar, title="Abgesagt", capacity=1, is_cancelled=True)
    _fill(cancelled, confirmed=1, waiting=5, people=people)
    draft = build_event(calendar, title="Entwurf", capacity=1, live=False)
    _fill(draft, confirmed=1, waiting=5, people=people)
    unlimited = build_event(calendar, title="Offen", capacity=None)
    _fill(unlimited, confirmed=0, waiting=2, people=people)
    _request(district, "Wenig", 1)
    _request(district, "Viel", 9)
    _request(district, "Mittel", 4)
    planned = _request(district, "Geplant", 50)
    planned.status = TrainingRequest.Status.PLANNED
    planned.save(update_fields=["status"])

    signals = selectors.demand_signals()

    trainings = signals["trainings"]
    assert [event.title for event in trainings] == ["Klein", "Mittel", "Groß"]
    assert [(e.waiting_count, e.capacity) for e in trainings] == [
        (3, 2),
        (4, 4),
        (5, 10),
    ]
    assert [e.waiting_ratio for e in trainings] == [1.5, 1.0, 0.5]
    assert [r.title for r in signals["requests"]] == ["Viel", "Mittel", "Wenig"]


@pytest.mark.parametrize("count", [5, 50])
def test_demand_page_query_budget_stays_flat(
    client, calendar, district, coordinator, count, django_assert_max_num_queries
):
    people = UserFactory.create_batch(3)
    for number in range(count):
        event = build_event(calendar, title=f"Schulung {number}", capacity=1)
        _fill(event, confirmed=1, waiting=2, people=people)
        _request(district, f"Wunsch {number}", number)
    client.force_login(coordinator)
    with django_assert_max_num_queries(16 + ROUTE_LINK_QUERIES + STAFF_GUARD_QUERIES):
        response = client.get(reverse(URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Schulungen mit langer Warteliste" in html
    assert html.count("Neuen Termin anlegen") >= min(count, 20)
    assert f"Wunsch {count - 1}" in html


def test_selector_query_count_is_fixed(calendar, district, django_assert_num_queries):
    people = UserFactory.create_batch(3)
    for number in range(6):
        event = build_event(calendar, title=f"Schulung {number}", capacity=1)
        _fill(event, confirmed=1, waiting=2, people=people)
        _request(district, f"Wunsch {number}", number)
    with django_assert_num_queries(2):
        signals = selectors.demand_signals()
        for event in signals["trainings"]:
            str(event.venue)
        for training_request in signals["requests"]:
            str(training_request.district)


def test_demand_page_links_the_copy_action(client, calendar, coordinator):
    event = build_event(calendar, title="Voll", capacity=1)
    _fill(event, confirmed=1, waiting=1, people=UserFactory.create_batch(2))
    client.force_login(coordinator)
    html = client.get(reverse(URL)).content.decode()
    assert reverse("events_admin_event_copy", args=[event.pk]) in html
    assert 'scope="col"' in html


def test_menu_item_shows_for_coordinators_only(client, coordinator, trainer):
    client.force_login(coordinator)
    assert reverse(URL) in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer)
    assert reverse(URL) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_trainers_and_contact_persons_are_kept_out(
    client, home_page, trainer, contact_person
):
    client.force_login(trainer)
    assert client.get(reverse(URL)).status_code == 404
    client.force_login(contact_person)
    response = client.get(reverse(URL))
    assert response.status_code in (302, 403, 404)
    assert "Schulungen mit langer Warteliste" not in response.content.decode()
    client.logout()
    assert client.get(reverse(URL)).status_code == 302
