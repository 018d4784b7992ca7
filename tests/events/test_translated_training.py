"""A training translated into English stays one training.

The translation carries text only; sessions, questions, seats and bookings
stay with the German page, and every list, feed, reminder and report counts
the training once.
"""

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale
from wagtail.rich_text import RichText

from events import reports, selectors, services, tasks
from events.models import Booking, BookingQuestion, EventSession
from tests.cms.test_i18n import translate
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Die Lernplattform kennenlernen": "Getting to know the platform",
    "Wir richten Ihren Zugang ein.": "We set up your access.",
    "Anmelden und ausprobieren.": "Signing in and trying it out.",
    "Schulungen": "Trainings",
}


@pytest.fixture
def english(home_page):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def training(make_event, venue, trainer):
    event = make_event(
        title="Die Lernplattform kennenlernen",
        summary="Wir richten Ihren Zugang ein.",
        description=[("paragraph", RichText("<p>Anmelden und ausprobieren.</p>"))],
        venue=venue,
        capacity=2,
        dimension="handhabbarkeit",
        trainers=[trainer],
        start=timezone.now() + timedelta(hours=20),
    )
    BookingQuestion.objects.create(event=event, label="Brauchen Sie ein Leihgerät?")
    event.refresh_from_db()
    event.save_revision().publish()
    return event


@pytest.fixture
def translated(training, english, home_page, calendar_page):
    translate(home_page, english, {})
    translate(calendar_page, english, ENGLISH)
    translate(training, english, ENGLISH)
    return training.get_translation(english)


def in_english() -> Client:
    client = Client()
    client.get("/sprache/en/")
    return client


def test_the_translation_carries_text_only(training, translated):
    assert translated.live and translated.title == "Getting to know the platform"
    # Sessions and questions stay on the German page: no copies to count twice.
    assert not EventSession.objects.filter(event=translated).exists()
    assert not BookingQuestion.objects.filter(event=translated).exists()
    assert EventSession.objects.filter(event=training).count() == 1
    assert BookingQuestion.objects.filter(event=training).count() == 1


def test_dial_in_details_never_go_to_translators(make_event, english, home_page):
    from wagtail_localize.models import TranslationSource

    event = make_event(
        title="Online-Treffen", format="online", dial_in="Einwahl 0208 999, PIN 4711"
    )
    source, _created = TranslationSource.get_or_create_from_instance(event)
    strings = {s.string.data for s in source.stringsegment_set.all()}
    assert "Online-Treffen" in strings
    assert not any("4711" in string for string in strings)


def test_updating_the_translation_copies_no_sessions(
    training, translated, english, calendar_page
):
    later = timezone.now() + timedelta(days=9)
    training.sessions.add(EventSession(start=later, end=later + timedelta(hours=1)))
    training.save_revision().publish()
    translate(training, english, ENGLISH)
    assert EventSession.objects.filter(event=training).count() == 2
    assert not EventSession.objects.filter(event=translated).exists()


def test_in_english_the_page_reads_english_and_books_the_german_page(
    training, translated, contact_person
):
    client = in_english()
    client.force_login(contact_person)
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    html = client.get(training.url).content.decode()
    assert "Getting to know the platform" in html
    assert "We set up your access." in html and "Signing in and trying it out." in html
    assert "Brauchen Sie ein Leihgerät?" in html  # the German page's question
    response = client.post(training.url + "buchen/")
    assert response.status_code == 302
    booking = Booking.objects.get(user=contact_person)
    assert booking.event_id == training.pk
    assert selectors.confirmed_count(training) == 1
    assert not Booking.objects.filter(event=translated).exists()


def test_the_calendar_lists_it_once_in_each_language(training, translated):
    german = Client().get(training.get_parent().url).content.decode()
    assert german.count(training.url) == 1
    assert "Die Lernplattform kennenlernen" in german
    english = in_english().get(training.get_parent().url).content.decode()
    assert english.count(training.url) == 1
    assert "Getting to know the platform" in english
    assert "Die Lernplattform kennenlernen" not in english
    month = in_english().get(training.get_parent().url + "?ansicht=monat")
    assert month.content.decode().count(training.url) == 1


def test_an_untranslated_title_in_an_english_list_is_marked_german(
    make_event, training, translated
):
    make_event(title="Trauer begleiten")
    html = in_english().get(training.get_parent().url).content.decode()
    assert '<span lang="de">Trauer begleiten</span>' in html
    assert ">Getting to know the platform</a>" in html


def test_lists_localise_in_one_query_and_none_in_german(training, translated):
    from cms.i18n import localize_titles

    with CaptureQueriesContext(connection) as german:
        localize_titles(selectors.upcoming_events(selectors.CalendarFilters()))
    with translation.override("en"), CaptureQueriesContext(connection) as english:
        events = localize_titles(selectors.upcoming_events(selectors.CalendarFilters()))
    assert [e.title for e in events] == ["Getting to know the platform"]
    assert len(english) == len(german) + 1


def test_the_public_feed_has_it_once_in_the_visitor_language(training, translated):
    german = Client().get("/termine/kalender.ics")
    body = german.content.decode().replace("\r\n ", "")
    assert body.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Die Lernplattform kennenlernen" in body
    english = in_english().get("/termine/kalender.ics")
    body = english.content.decode().replace("\r\n ", "")
    assert body.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Getting to know the platform" in body
    # One tag per language: a cached English feed is never sent to German.
    assert english["ETag"] != german["ETag"]
    again = Client().get("/termine/kalender.ics")
    assert "SUMMARY:Die Lernplattform" in again.content.decode()


def test_the_personal_feed_has_it_once_in_the_owner_language(
    training, translated, contact_person
):
    services.booking_create(event=training, user=contact_person, actor=contact_person)
    _feed, token = services.calendar_feed_create(user=contact_person, name="Handy")
    url = reverse("events:personal_feed", args=[token])
    body = Client().get(url).content.decode().replace("\r\n ", "")
    assert body.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Die Lernplattform kennenlernen" in body
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    body = Client().get(url).content.decode().replace("\r\n ", "")
    assert body.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Getting to know the platform" in body


def test_reminders_plan_one_per_booking(
    training, translated, django_capture_on_commit_callbacks
):
    for person in UserFactory.create_batch(2):
        services.booking_create(event=training, user=person, actor=person)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.reminders_send_task() == 2


def test_reports_and_selectors_count_it_once(training, translated, trainer):
    coherence = reports.coherence_figures()[0]
    row = next(r for r in coherence.rows if r[1])
    assert row[1] == 1
    assert [e.pk for e in selectors.trainer_events(trainer)] == [training.pk]
    assert [e.pk for e in selectors.live_trainings()] == [training.pk]
    assert [e.pk for e in selectors.running_trainings()] == [training.pk]
    assert selectors.calendar_page().pk == training.get_parent().pk
    options = selectors.filter_options()
    assert len(options["venues"]) == 1


def test_the_utilisation_report_counts_it_once(make_event, english, home_page):
    started = make_event(
        title="Die Lernplattform kennenlernen",
        start=timezone.now() - timedelta(hours=1),
    )
    translate(home_page, english, {})
    translate(started.get_parent(), english, ENGLISH)
    translate(started, english, ENGLISH)
    counts = reports._training_counts()
    assert [item["event"].pk for item in counts] == [started.pk]


def test_the_admin_participants_view_shows_the_german_list(
    client, training, translated, coordinator, contact_person
):
    services.booking_create(event=training, user=contact_person, actor=contact_person)
    client.force_login(coordinator)
    for pk in (training.pk, translated.pk):
        response = client.get(reverse("events_admin_participants", args=[pk]))
        assert response.status_code == 200
        assert contact_person.public_name in response.content.decode()


def test_a_published_translation_tells_nobody(
    training, translated, contact_person, mailoutbox, django_capture_on_commit_callbacks
):
    services.booking_create(event=training, user=contact_person, actor=contact_person)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        translated.unpublish()
    assert mailoutbox == []
    assert Booking.objects.get(user=contact_person).status == Booking.Status.CONFIRMED


def test_the_month_grid_writes_dates_as_the_language_does(make_event):
    day = timezone.localdate() + timedelta(days=40)
    start = timezone.make_aware(datetime(day.year, day.month, 13, 10))
    event = make_event(title="Trauer begleiten", start=start)
    query = f"?ansicht=monat&monat={day.year:04d}-{day.month:02d}"
    url = event.get_parent().url + query
    with translation.override("en"):
        month_en = start.strftime("%B")
    german = Client().get(url).content.decode()
    english = in_english().get(url).content.decode()
    german_month = {
        "January": "Januar",
        "February": "Februar",
        "March": "März",
        "May": "Mai",
        "June": "Juni",
        "July": "Juli",
        "October": "Oktober",
        "December": "Dezember",
    }.get(month_en, month_en)
    assert f'13<span class="month-grid__month">. {german_month}</span>' in german, (
        german
    )
    assert f'13<span class="month-grid__month"> {month_en}</span>' in english
    assert f'13<span class="month-grid__month">. {month_en}' not in english


def test_the_english_calendar_budget_stays_flat(translated, calendar_page, venue):
    from tests.events.conftest import build_event
    from tests.events.test_views import CALENDAR_VIEWS, _count_queries

    def add(count: int, offset: int) -> None:
        for number in range(offset, offset + count):
            build_event(
                calendar_page,
                title=f"Schulung {number}",
                venue=venue,
                start=timezone.now() + timedelta(days=1 + number % 20),
            )

    client = in_english()
    add(3, 0)
    _count_queries(client, "/termine/")
    few = {p: _count_queries(client, p) for p in CALENDAR_VIEWS}
    add(12, 3)
    many = {p: _count_queries(client, p) for p in CALENDAR_VIEWS}
    assert few == many
    # The German budget and one query for the translated titles.
    assert max(many.values()) <= 25


def test_the_back_link_leads_to_the_calendar_in_the_same_language(
    training, translated, calendar_page
):
    back = '<p class="back-link"><a href="{}">'
    assert back.format(calendar_page.url) in Client().get(training.url).content.decode()
    english_calendar = calendar_page.get_translation(translated.locale)
    html = in_english().get(translated.url).content.decode()
    assert back.format(english_calendar.url) in html


def test_an_untranslated_cancellation_note_is_marked_german(training, english):
    training.is_cancelled = True
    training.cancelled_reason = "Die Referentin ist erkrankt."
    training.save_revision().publish()
    html = in_english().get(training.url).content.decode()
    assert '<p lang="de">Die Referentin ist erkrankt.</p>' in html
    german = Client().get(training.url).content.decode()
    assert "<p>Die Referentin ist erkrankt.</p>" in german
