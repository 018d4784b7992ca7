"""Pages: calendar, training page, booking and cancelling, trainer tools."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.routing import route_url
from events import selectors, services
from events.models import Attendance, Booking, EventPage
from tests.budgets import DASHBOARD_BUDGET
from tests.events.conftest import build_event
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MEETING = "https://meet.example.org/nur-fuer-angemeldete"


@pytest.fixture
def online_event(make_event):
    return make_event(
        title="Online-Sprechstunde",
        format=EventPage.Format.ONLINE,
        meeting_url=MEETING,
        dimension="handhabbarkeit",
    )


def test_calendar_lists_trainings_by_week_with_seats_in_words(
    client, make_event, venue
):
    make_event(title="Grundkurs", venue=venue, capacity=16)
    response = client.get("/termine/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Grundkurs" in html
    assert "Noch 16 von 16 Plätzen frei" in html
    assert "Woche " in html
    assert "Stadtteilzentrum Styrum (Styrum)" in html


def test_calendar_filters_by_format_and_feature(
    client, make_event, venue, online_event
):
    make_event(title="Vor Ort", venue=venue)
    html = client.get("/termine/?format=online").content.decode()
    assert "Online-Sprechstunde" in html and "Vor Ort</a>" not in html
    html = client.get("/termine/?barrierefrei=step_free").content.decode()
    assert "Vor Ort</a>" in html and "Online-Sprechstunde</a>" not in html


def test_free_seats_filter_hides_full_trainings(client, make_event, contact_person):
    full = make_event(title="Ganz voll", capacity=1)
    services.booking_create(event=full, user=contact_person, actor=contact_person)
    make_event(title="Noch Platz")
    html = client.get("/termine/?freie_plaetze=1").content.decode()
    assert "Noch Platz</a>" in html and "Ganz voll</a>" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?format=%00",
        "?ort=abc",
        "?ort=99999999999999999999",
        "?thema=" + "x" * 5000,
        "?monat=9999-99&ansicht=monat",
        "?archiv=1&seite=-1",
        "?dimension=nichts&barrierefrei=<script>",
    ],
)
def test_bad_filter_values_never_fail(client, calendar_page, query):
    assert client.get("/termine/" + query).status_code == 200


def test_month_view_and_archive(client, make_event):
    start = timezone.now() + timedelta(hours=2)
    make_event(title="Im Monat", start=start)
    make_event(title="Lange her", start=timezone.now() - timedelta(days=40))
    month = timezone.localtime(start).strftime("%Y-%m")
    html = client.get(f"/termine/?ansicht=monat&monat={month}").content.decode()
    assert "Im Monat" in html and "<table" in html
    html = client.get("/termine/?archiv=1").content.decode()
    assert "Lange her" in html and "Im Monat" not in html


def _count_queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def test_calendar_query_budget_is_the_same_for_10_and_500_trainings(
    client, calendar_page, venue
):
    def add(count: int, offset: int) -> None:
        for number in range(offset, offset + count):
            build_event(
                calendar_page,
                title=f"Schulung {number}",
                venue=venue,
                start=timezone.now() + timedelta(days=1 + number % 50),
            )

    add(10, 0)
    # The first request fills the per-process caches (site, settings).
    _count_queries(client, "/termine/")
    few = {p: _count_queries(client, p) for p in CALENDAR_VIEWS}
    add(490, 10)
    many = {p: _count_queries(client, p) for p in CALENDAR_VIEWS}
    assert few == many
    assert max(many.values()) <= 24


CALENDAR_VIEWS = ("/termine/", "/termine/?ansicht=monat", "/termine/?archiv=1")


def test_calendar_reads_only_the_trainings_it_shows(client, calendar_page, settings):
    """The list shows a page of trainings, the month view the month's: a city's
    calendar costs what a district's does."""
    from events.selectors import UPCOMING_PER_PAGE, _month_window

    settings.LANGUAGE_CODE = "de"
    start = timezone.localtime() + timedelta(days=1)
    for number in range(UPCOMING_PER_PAGE + 1):
        build_event(
            calendar_page,
            title=f"Kurs Nr. {number:02}",
            start=start + timedelta(days=number),
        )
    first = client.get("/termine/").content.decode()
    second = client.get("/termine/?seite=2").content.decode()
    shown = [f"Kurs Nr. {n:02}" for n in range(UPCOMING_PER_PAGE + 1)]
    assert [t for t in shown if t in first] == shown[:UPCOMING_PER_PAGE]
    assert "Seite 1 von 2" in first and 'rel="next"' in first
    assert [t for t in shown if t in second] == shown[UPCOMING_PER_PAGE:]
    month = client.get(f"/termine/?ansicht=monat&monat={start:%Y-%m}").content.decode()
    begins, ends = _month_window(start.year, start.month)
    days = range(UPCOMING_PER_PAGE + 1)
    expected = [shown[n] for n in days if begins <= start + timedelta(days=n) < ends]
    assert expected and [t for t in shown if t in month] == expected


def test_meeting_link_only_for_confirmed_participants(
    client, online_event, contact_person, other_person
):
    url = online_event.url
    assert MEETING not in client.get(url).content.decode()
    client.force_login(contact_person)
    assert MEETING not in client.get(url).content.decode()
    services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    assert MEETING in client.get(url).content.decode()
    assert MEETING not in client.get("/termine/").content.decode()
    online_event.capacity = 1
    online_event.save()
    client.force_login(other_person)
    services.booking_create(event=online_event, user=other_person, actor=other_person)
    html = client.get(url).content.decode()
    assert "Platz 1 der Warteliste" in html and MEETING not in html


def test_booking_through_the_page(client, online_event, contact_person):
    client.force_login(contact_person)
    response = client.post(route_url(online_event, "book"), follow=True)
    assert "Ihr Platz ist gebucht" in response.content.decode()
    assert Booking.objects.filter(user=contact_person, status="confirmed").exists()
    response = client.post(route_url(online_event, "book"), follow=True)
    assert "bereits gebucht" in response.content.decode()
    assert Booking.objects.filter(user=contact_person).count() == 1


def test_booking_bad_cases_answer_with_message_or_404(
    client, make_event, contact_person
):
    client.force_login(contact_person)
    draft = make_event(live=False)
    assert client.post(route_url(draft, "book")).status_code == 404
    assert client.post(f"{draft.get_parent().url}999999/buchen/").status_code == 404
    cancelled = make_event(is_cancelled=True)
    response = client.post(route_url(cancelled, "book"), follow=True)
    assert "abgesagt" in response.content.decode()
    past = make_event(start=timezone.now() - timedelta(days=3))
    response = client.post(route_url(past, "book"), follow=True)
    assert "bereits stattgefunden" in response.content.decode()
    assert client.get(route_url(past, "book")).status_code == 405
    assert not Booking.objects.exists()


def test_anonymous_booking_goes_to_login(client, online_event):
    response = client.post(route_url(online_event, "book"))
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_cancelling_someone_elses_booking_is_404(
    client, online_event, contact_person, other_person
):
    booking = services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    client.force_login(other_person)
    response = client.post(route_url(online_event, "cancel", booking.pk))
    assert response.status_code == 404
    booking.refresh_from_db()
    assert booking.is_confirmed


def test_cancel_from_mein_bereich(client, online_event, contact_person):
    booking = services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    client.force_login(contact_person)
    html = client.get("/mein-bereich/").content.decode()
    assert "Online-Sprechstunde" in html
    confirm = route_url(online_event, "cancel", booking.pk)
    # Mein Bereich links to a page that asks first; opening it changes nothing.
    assert f'href="{confirm}?next=dashboard"' in html
    page = client.get(confirm + "?next=dashboard").content.decode()
    assert "Buchung absagen?" in page and online_event.title in page
    assert 'name="next" value="dashboard"' in page
    booking.refresh_from_db()
    assert booking.is_confirmed
    response = client.post(confirm, {"next": "dashboard"})
    assert response["Location"] == "/mein-bereich/"
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_dashboard_shows_waiting_position_and_past_attendance(
    client, make_event, contact_person, other_person, coordinator
):
    full = make_event(title="Voll", capacity=1)
    services.booking_create(event=full, user=other_person, actor=other_person)
    services.booking_create(event=full, user=contact_person, actor=contact_person)
    start = timezone.now() - timedelta(days=5)
    past = make_event(title="Vorbei", start=start + timedelta(days=30))
    booking = services.booking_create(
        event=past, user=contact_person, actor=contact_person
    )
    services.attendance_record(
        session=past.sessions.get(),
        booking=booking,
        state="teilgenommen",
        actor=coordinator,
        now=past.starts_at,
    )
    session = past.sessions.get()
    session.start, session.end = start, start + timedelta(hours=2)
    past.sessions = [session]
    past.save()
    client.force_login(contact_person)
    html = client.get("/mein-bereich/").content.decode()
    assert "Platz 1 der Warteliste" in html
    assert "Besuchte Schulungen" in html and "teilgenommen" in html


def test_dashboard_query_budget(
    client, make_event, contact_person, django_assert_max_num_queries
):
    for number in range(8):
        event = make_event(title=f"Schulung {number}")
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    client.force_login(contact_person)
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        assert client.get("/mein-bereich/").status_code == 200


def test_trainer_checks_in_participants(client, make_event, trainer, contact_person):
    # Check-in opens shortly before the session starts.
    event = make_event(trainers=[trainer], start=timezone.now() + timedelta(minutes=10))
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    session = event.sessions.get()
    client.force_login(trainer)
    url = route_url(event, "check_in", session.pk)
    assert "Anna Ansprech" in client.get(url).content.decode()
    client.post(url, {"booking": booking.pk, "state": "teilgenommen"})
    assert Attendance.objects.get().state == Attendance.State.ATTENDED
    sheet = client.get(route_url(event, "sign_in_sheet"))
    assert "Teilnehmerliste" in sheet.content.decode()
    csv = client.get(route_url(event, "participants_csv"))
    text = csv.content.decode("utf-8-sig")
    assert contact_person.email in text and "teilgenommen" in text


def test_trainer_tools_are_404_for_others(
    client, make_event, trainer, other_trainer, contact_person
):
    event = make_event(trainers=[trainer])
    other = make_event(trainers=[other_trainer], title="Fremd")
    booking = services.booking_create(
        event=event, user=contact_person, actor=contact_person
    )
    session = event.sessions.get()
    client.force_login(other_trainer)
    for name, args in [
        ("participants", []),
        ("sign_in_sheet", []),
        ("participants_csv", []),
        ("message", []),
        ("check_in", [session.pk]),
    ]:
        assert client.get(route_url(event, name, *args)).status_code == 404
    response = client.post(
        route_url(event, "check_in", session.pk),
        {"booking": booking.pk, "state": "teilgenommen"},
    )
    assert response.status_code == 404
    # A session of another training, under a training the trainer runs.
    client.force_login(trainer)
    wrong = route_url(event, "check_in", other.sessions.get().pk)
    assert client.get(wrong).status_code == 404
    assert client.post(wrong, {"booking": booking.pk, "state": "x"}).status_code == 404
    assert not Attendance.objects.exists()


def test_csv_cells_cannot_become_formulas(client, make_event, coordinator):
    person = UserFactory(display_name="=HYPERLINK(1)")
    event = make_event()
    services.booking_create(event=event, user=person, actor=person)
    client.force_login(coordinator)
    text = client.get(route_url(event, "participants_csv")).content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_admin_participants_page_actions(client, make_event, coordinator):
    event = make_event(capacity=1)
    first, second, third = UserFactory.create_batch(3)
    services.booking_create(event=event, user=first, actor=first)
    services.booking_create(event=event, user=second, actor=second)
    waiting = services.booking_create(event=event, user=third, actor=third)
    client.force_login(coordinator)
    url = reverse("events_admin_participants", args=[event.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"action": "move_up", "booking": waiting.pk})
    assert selectors.waiting_position(Booking.objects.get(pk=waiting.pk)) == 1
    added = UserFactory()
    client.post(url, {"action": "add", "email": added.email})
    assert Booking.objects.get(user=added).status == "waiting"
    client.post(url, {"action": "remove", "booking": "abc"})
    first_booking = Booking.objects.get(user=first)
    client.post(url, {"action": "remove", "booking": first_booking.pk})
    assert Booking.objects.get(pk=waiting.pk).is_confirmed


def test_admin_participants_page_is_404_for_other_trainers(
    client, make_event, trainer, other_trainer
):
    event = make_event(trainers=[trainer])
    client.force_login(other_trainer)
    url = reverse("events_admin_participants", args=[event.pk])
    assert client.get(url).status_code == 404


def test_subscribe_box_keeps_the_filters(client, calendar_page):
    html = client.get("/termine/?format=online&foo=bar&thema=").content.decode()
    assert "webcal://" in html
    assert "/termine/kalender.ics?format=online" in html
    assert "foo=bar" not in html.split("Kalender abonnieren")[1]


def test_event_and_participant_pages_do_not_grow_with_bookings(
    client, make_event, coordinator
):
    start = timezone.now() + timedelta(days=3)
    event = make_event(
        capacity=50,
        sessions=[(start, start + timedelta(hours=2)), (start + timedelta(days=1),
                  start + timedelta(days=1, hours=2))],
    )  # fmt: skip
    client.force_login(coordinator)
    # The first session by its start: the sessions made here carry no sort
    # order, so PostgreSQL may return either of them first.
    first_session = event.sessions.order_by("start").first()
    pages = (event.url, route_url(event, "participants"),
             route_url(event, "check_in", first_session.pk),
             route_url(event, "sign_in_sheet"))  # fmt: skip

    def book(count: int) -> None:
        for person in UserFactory.create_batch(count):
            booking = services.booking_create(event=event, user=person, actor=person)
            if booking.is_confirmed:
                services.attendance_record(
                    session=first_session,
                    booking=booking,
                    state="teilgenommen",
                    actor=coordinator,
                    now=start,
                )

    book(2)
    # The first requests create the site settings row and fill per-site caches.
    _count_queries(client, pages[0])
    _count_queries(client, pages[0])
    few = [_count_queries(client, path) for path in pages]
    book(10)
    many = [_count_queries(client, path) for path in pages]
    assert few == many


def test_calendar_speaks_english_too(client, make_event, settings):
    make_event(title="Grundkurs", capacity=3)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get("/termine/").content.decode()
    assert "Filter trainings" in html
    assert "3 of 3 seats free" in html


def test_logout_and_cancelling_a_booking_never_share_a_word(
    client, online_event, contact_person
):
    """The header's logout is "Abmelden" / "Log out"; a booking is cancelled
    with "Buchung absagen" / "Cancel booking"."""
    services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    client.force_login(contact_person)
    html = client.get(online_event.url).content.decode()
    header, main = html.split("<main", 1)
    assert ">Abmelden</button>" in header and "Buchung absagen" not in header
    assert "Buchung absagen" in main and "Abmelden" not in main
    contact_person.preferred_language = "en"
    contact_person.save()
    html = client.get(online_event.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="en"' in html
    header, main = html.split("<main", 1)
    assert ">Log out</button>" in header and "Cancel booking" not in header
    assert "Cancel booking" in main


def test_printed_confirmation_speaks_of_the_booking_not_of_the_account(
    client, make_event, coordinator, other_person
):
    """The printed confirmation says how to cancel the booking; "Abmelden" /
    "Log out" belongs to the account in the header only."""
    event = make_event(title="Grundkurs", capacity=1)
    seated = services.booking_create(event=event, user=other_person, actor=other_person)
    waiting = services.booking_create(
        event=event, user=UserFactory(), actor=coordinator
    )
    client.force_login(coordinator)
    for language, words in (
        (
            "de",
            ("Sie haben einen Platz in der Schulung „Grundkurs“.", "Buchung absagen"),
        ),
        ("en", ("You have a place in the training “Grundkurs”.", "Cancel booking")),
    ):
        coordinator.preferred_language = language
        coordinator.save()
        html = client.get(route_url(event, "confirmation", seated.pk)).content.decode()
        assert f'lang="{language}"' in html
        header, main = html.split("<main", 1)
        for word in words:
            assert word in main
        for word in ("Abmelden", "Log out", "angemeldet", "registered"):
            assert word not in main
        assert (">Abmelden<" if language == "de" else ">Log out<") in header
    html = client.get(route_url(event, "confirmation", waiting.pk)).content.decode()
    main = html.split("<main", 1)[1]
    assert "Leave the waiting list" in main and "Log out" not in main


def test_coordinator_adding_someone_already_there_reads_about_that_person(
    client, make_event, coordinator
):
    from django.contrib.messages import get_messages

    event = make_event(capacity=1)
    seated, waiting = UserFactory.create_batch(2, display_name="Karla K.")
    services.booking_create(event=event, user=seated, actor=seated)
    services.booking_create(event=event, user=waiting, actor=waiting)
    client.force_login(coordinator)
    url = reverse("events_admin_participants", args=[event.pk])
    for person, expected in (
        (waiting, "Karla K. steht bereits auf der Warteliste."),
        (seated, "Karla K. hat bereits einen Platz."),
    ):
        response = client.post(url, {"action": "add", "email": person.email})
        text = [str(m) for m in get_messages(response.wsgi_request)]
        assert text[-1] == expected
        assert "Sie stehen" not in " ".join(text)
    assert Booking.objects.filter(event=event).count() == 2


def test_dashboard_queries_stay_flat_with_venues_in_districts(
    client, make_event, contact_person, venue
):
    """Each booked training names its venue's district without a query of its own."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        client.get("/mein-bereich/")
        with CaptureQueriesContext(connection) as context:
            assert client.get("/mein-bereich/").status_code == 200
        return len(context.captured_queries)

    client.force_login(contact_person)
    event = make_event(title="Schulung 0", venue=venue)
    services.booking_create(event=event, user=contact_person, actor=contact_person)
    small = count()
    for number in range(1, 8):
        event = make_event(title=f"Schulung {number}", venue=venue)
        services.booking_create(event=event, user=contact_person, actor=contact_person)
    assert count() == small <= DASHBOARD_BUDGET
