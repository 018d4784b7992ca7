"""Feeds over HTTP: public, filtered, one training, personal behind a token."""

import gzip
from datetime import timedelta

import pytest
import vobject
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from cms.routing import route_url
from events import services
from events.models import CalendarFeed, EventPage

pytestmark = pytest.mark.django_db

MEETING = "https://meet.example.org/privat-999"
FEED = "/termine/kalender.ics"


@pytest.fixture
def online_event(make_event):
    return make_event(
        title="Online-Treffen",
        format=EventPage.Format.ONLINE,
        meeting_url=MEETING,
        capacity=1,
    )


def _text(response) -> str:
    """Return the body with folded lines joined again."""
    return response.content.decode().replace("\r\n ", "")


def _parse(response) -> Calendar:
    body = b"".join(response) if response.streaming else response.content
    vobject.readOne(body.decode("utf-8"))
    return Calendar.from_ical(body)


def test_public_feed_lists_sessions_without_private_data(
    client, make_event, online_event, contact_person
):
    start = timezone.now() + timedelta(days=3)
    make_event(
        title="Dreiteilig",
        sessions=[
            (start + timedelta(days=7 * n), start + timedelta(days=7 * n, hours=2))
            for n in range(3)
        ],
    )
    services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    response = client.get(FEED)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "public" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    body = _text(response)
    calendar = _parse(response)
    assert len(calendar.walk("VEVENT")) == 4
    assert MEETING not in body
    assert contact_person.email not in body
    assert contact_person.display_name not in body


def test_conditional_get_answers_304_without_building(
    client, online_event, django_assert_max_num_queries
):
    first = client.get(FEED)
    with django_assert_max_num_queries(0):
        again = client.get(FEED, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    weak = client.get(FEED, HTTP_IF_NONE_MATCH="W/" + first["ETag"])
    assert weak.status_code == 304
    since = client.get(FEED, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    other = client.get(FEED, HTTP_IF_NONE_MATCH='"anders"')
    assert other.status_code == 200


def test_etag_changes_when_a_booking_or_training_changes(
    client, online_event, contact_person, django_capture_on_commit_callbacks
):
    before = client.get(FEED)["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(
            event=online_event, user=contact_person, actor=contact_person
        )
    after_booking = client.get(FEED)["ETag"]
    assert after_booking != before
    online_event.title = "Neuer Titel"
    with django_capture_on_commit_callbacks(execute=True):
        online_event.save_revision().publish()
    response = client.get(FEED, HTTP_IF_NONE_MATCH=after_booking)
    assert response.status_code == 200
    assert "Neuer Titel" in response.content.decode()


def test_head_and_gzip(client, online_event):
    head = client.head(FEED)
    assert head.status_code == 200 and head.content == b""
    assert int(head["Content-Length"]) > 0
    zipped = client.get(FEED, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    assert b"BEGIN:VCALENDAR" in gzip.decompress(zipped.content)
    assert client.post(FEED).status_code == 405


@pytest.mark.parametrize(
    "query",
    [
        "?format=online",
        "?format=%3Cscript%3E",
        "?ort=999999",
        "?ort=-1",
        "?dimension=handhabbarkeit",
        "?barrierefrei=step_free",
        "?thema=unbekannt",
        "?thema=" + "x" * 8000,
    ],
)
def test_filtered_feeds_are_always_valid_calendars(client, online_event, query):
    response = client.get(FEED + query)
    assert response.status_code == 200
    _parse(response)


def test_filters_select_trainings(client, online_event, make_event, venue):
    make_event(title="Vor Ort", venue=venue)
    online = client.get(FEED + "?format=online").content.decode()
    assert "Online-Treffen" in online and "Vor Ort" not in online
    step_free = client.get(FEED + "?barrierefrei=step_free").content.decode()
    assert "Vor Ort" in step_free and "Online-Treffen" not in step_free
    by_venue = client.get(FEED + f"?ort={venue.pk}").content.decode()
    assert "Vor Ort" in by_venue and "Online-Treffen" not in by_venue


def test_single_training_ics(client, online_event):
    response = client.get(route_url(online_event, "ics"))
    assert response.status_code == 200
    calendar = _parse(response)
    assert calendar["METHOD"] == "PUBLISH"
    assert MEETING not in _text(response)
    assert (
        client.get(f"{online_event.get_parent().url}999999/kalender.ics").status_code
        == 404
    )


def test_unpublished_training_has_no_ics(client, make_event):
    draft = make_event(live=False)
    assert client.get(route_url(draft, "ics")).status_code == 404


def _token_url(token: str) -> str:
    return reverse("events:personal_feed", kwargs={"token": token})


def test_personal_feed_shows_only_my_bookings(
    client, online_event, make_event, contact_person, other_person
):
    mine = make_event(title="Meine Schulung")
    services.booking_create(event=mine, user=contact_person, actor=contact_person)
    services.booking_create(event=online_event, user=other_person, actor=other_person)
    services.booking_create(
        event=online_event, user=contact_person, actor=contact_person
    )
    _feed, token = services.calendar_feed_create(user=contact_person, name="Handy")
    _other, other_token = services.calendar_feed_create(user=other_person, name="Büro")
    response = client.get(_token_url(token))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    events = {str(e["SUMMARY"]): e for e in _parse(response).walk("VEVENT")}
    assert set(events) == {"Meine Schulung", "Online-Treffen"}
    assert events["Online-Treffen"]["STATUS"] == "TENTATIVE"
    assert MEETING not in _text(response)
    theirs = _text(client.get(_token_url(other_token)))
    assert MEETING in theirs and "SUMMARY:Meine Schulung\r" not in theirs
    assert contact_person.email not in theirs


def test_token_is_stored_hashed_and_long(contact_person):
    feed, token = services.calendar_feed_create(user=contact_person, name="Handy")
    assert len(token) >= 43  # 32 random bytes, base64
    assert token not in feed.token_hash
    assert CalendarFeed.objects.get().token_hash == CalendarFeed.hash_token(token)


def test_revoked_rotated_and_unknown_tokens_answer_404(client, contact_person):
    feed, token = services.calendar_feed_create(user=contact_person, name="Handy")
    assert client.get(_token_url(token)).status_code == 200
    new_feed, new_token = services.calendar_feed_rotate(feed=feed, actor=contact_person)
    assert client.get(_token_url(token)).status_code == 404
    assert client.get(_token_url(new_token)).status_code == 200
    assert new_feed.name == "Handy"
    services.calendar_feed_revoke(feed=new_feed, actor=contact_person)
    assert client.get(_token_url(new_token)).status_code == 404
    assert client.get(_token_url("unbekannt")).status_code == 404
    assert client.get(_token_url("x" * 500)).status_code == 404
    assert client.head(_token_url("unbekannt")).status_code == 404


def test_feed_links_are_managed_in_mein_bereich(client, contact_person, other_person):
    client.force_login(contact_person)
    url = reverse("events:feeds")
    response = client.post(url, {"action": "create", "name": "Tablet"})
    html = response.content.decode()
    assert "webcal://" in html and "/termine/kalender/" in html
    feed = CalendarFeed.objects.get(user=contact_person)
    client.post(url, {"action": "rotate", "feed": feed.pk})
    feed.refresh_from_db()
    assert feed.revoked_at is not None
    assert CalendarFeed.objects.filter(revoked_at__isnull=True).count() == 1
    empty = client.post(url, {"action": "create", "name": ""})
    assert "Bitte prüfen Sie Ihre Eingaben" in empty.content.decode()
    others = services.calendar_feed_create(user=other_person, name="Fremd")[0]
    assert client.post(url, {"action": "revoke", "feed": others.pk}).status_code == 404
    assert client.post(url, {"action": "revoke", "feed": "x"}).status_code == 404
    others.refresh_from_db()
    assert others.revoked_at is None
