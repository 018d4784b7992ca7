"""iCalendar rules that every calendar client relies on, one test each."""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from django.utils import timezone
from icalendar import Calendar

from events import ical, selectors
from events.models import EventPage, EventSession, Venue

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
GOLDEN = Path(__file__).parent / "golden" / "small_calendar.ics"
NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def _event(pk=1, **fields) -> EventPage:
    """An unsaved training: the calendar is built from data, not from queries."""
    defaults = {
        "title": "Psychosoziale Erste Hilfe",
        "slug": "grundkurs",
        "summary": "Ruhig bleiben, zuhören, weiterhelfen.",
        "format": EventPage.Format.IN_PERSON,
        "dimension": "handhabbarkeit",
        "sequence": 0,
        "first_published_at": datetime(2027, 1, 5, 10, 0, tzinfo=UTC),
        "last_published_at": datetime(2027, 1, 6, 11, 30, tzinfo=UTC),
    }
    defaults.update(fields)
    event = EventPage(pk=pk, **defaults)
    if event.format != EventPage.Format.ONLINE and "venue" not in fields:
        event.venue = Venue(
            pk=1,
            name="Stadtteilzentrum Styrum",
            room="Großer Saal",
            street="Brunnenplatzweg 3",
            postcode="45476",
            city="Mülheim an der Ruhr",
        )
    return event


def _session(event, pk, start, end, all_day=False) -> EventSession:
    return EventSession(pk=pk, event_id=event.pk, start=start, end=end, all_day=all_day)


def _local(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def _build(entries, **kwargs) -> bytes:
    kwargs.setdefault("name", "Schulungen")
    kwargs.setdefault("description", "Alle Schulungen")
    kwargs.setdefault("url", "https://gemeinsam-stark.example/termine/")
    return ical.build_calendar(entries, now=NOW, **kwargs)


def _entry(event, session, audience=ical.PUBLIC) -> ical.Entry:
    return ical.Entry(
        event=event,
        session=session,
        url=f"https://gemeinsam-stark.example/termine/{event.slug}/",
        audience=audience,
    )


def _both_parsers(data: bytes):
    parsed = Calendar.from_ical(data)
    second = vobject.readOne(data.decode("utf-8"))
    return parsed, second


@pytest.fixture
def small_calendar(settings) -> bytes:
    settings.SITE_URL = "https://gemeinsam-stark.example"
    event = _event()
    first = _session(event, 11, _local(2027, 3, 10, 17), _local(2027, 3, 10, 19, 30))
    online = _event(
        pk=2,
        title="Online, sicher; gut: Ümläute 🙂",
        slug="online",
        format=EventPage.Format.ONLINE,
        summary="Zeile eins\nZeile zwei, mit Komma; und Semikolon",
        meeting_url="https://meet.example.org/geheim",
        dimension="",
    )
    second = _session(online, 21, _local(2027, 3, 12, 18), _local(2027, 3, 12, 19))
    return _build([_entry(event, first), _entry(online, second)])


def test_small_calendar_matches_the_golden_file(small_calendar):
    if not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(small_calendar)
    assert small_calendar == GOLDEN.read_bytes()


def test_calendar_properties(small_calendar):
    text = small_calendar.decode()
    for line in [
        "VERSION:2.0",
        "PRODID:-//Gemeinsam Stark//Lernplattform//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Schulungen",
        "X-WR-CALNAME:Schulungen",
        "DESCRIPTION:Alle Schulungen",
        "URL:https://gemeinsam-stark.example/termine/",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ]:
        assert f"\r\n{line}\r\n" in text, line


def test_both_parsers_read_every_event(small_calendar):
    parsed, second = _both_parsers(small_calendar)
    assert len(parsed.walk("VEVENT")) == 2
    assert len(second.vevent_list) == 2
    titles = sorted(str(v.summary.value) for v in second.vevent_list)
    assert titles == ["Online, sicher; gut: Ümläute 🙂", "Psychosoziale Erste Hilfe"]
    description = next(
        v.description.value
        for v in second.vevent_list
        if "Zeile" in v.description.value
    )
    assert "Zeile eins\nZeile zwei, mit Komma; und Semikolon" in description


def test_uid_is_stable_and_carries_no_personal_data(small_calendar):
    again = _build(
        [
            _entry(
                _event(),
                _session(
                    _event(), 11, _local(2027, 3, 10, 17), _local(2027, 3, 10, 19)
                ),
            )
        ]
    )
    uids = re.findall(r"UID:(.*)\r\n", small_calendar.decode())
    assert uids == [
        "schulung-1-termin-11@gemeinsam-stark.example",
        "schulung-2-termin-21@gemeinsam-stark.example",
    ]
    assert uids[0] in again.decode()
    for component in Calendar.from_ical(small_calendar).walk("VEVENT"):
        for prop in ("DTSTAMP", "CREATED", "LAST-MODIFIED", "DTEND", "SEQUENCE"):
            assert prop in component


def test_local_times_with_vtimezone(small_calendar):
    text = small_calendar.decode()
    assert "DTSTART;TZID=Europe/Berlin:20270310T170000" in text
    assert "DTEND;TZID=Europe/Berlin:20270310T193000" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin" in text


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        # Last Sunday of March 2027 is the 28th, of October the 31st.
        ((2027, 3, 27), 9),
        ((2027, 3, 29), 8),
        ((2027, 10, 30), 8),
        ((2027, 11, 1), 9),
    ],
)
def test_times_survive_daylight_saving_switches(day, utc_hour):
    event = _event()
    start = _local(*day, 10)
    data = _build(
        [_entry(event, _session(event, 1, start, start + timedelta(hours=2)))]
    )
    assert f"DTSTART;TZID=Europe/Berlin:{day[0]}{day[1]:02d}{day[2]:02d}T100000" in (
        data.decode()
    )
    for parsed in (
        Calendar.from_ical(data).walk("VEVENT")[0]["DTSTART"].dt,
        vobject.readOne(data.decode()).vevent.dtstart.value,
    ):
        assert parsed.astimezone(UTC).hour == utc_hour
    transitions = Calendar.from_ical(data).walk("VTIMEZONE")[0].walk()
    assert {c.name for c in transitions} >= {"STANDARD", "DAYLIGHT"}


def test_all_day_sessions_have_an_exclusive_date_end():
    event = _event()
    session = _session(
        event, 1, _local(2027, 5, 3, 0), _local(2027, 5, 4, 23, 59), all_day=True
    )
    text = _build([_entry(event, session)]).decode()
    assert "DTSTART;VALUE=DATE:20270503" in text
    assert "DTEND;VALUE=DATE:20270505" in text


def test_cancelled_training_stays_with_status_prefix_and_higher_sequence():
    event = _event(is_cancelled=True, sequence=3, cancelled_reason="Krank, leider.")
    session = _session(event, 1, _local(2027, 4, 1, 10), _local(2027, 4, 1, 12))
    vevent = Calendar.from_ical(_build([_entry(event, session)])).walk("VEVENT")[0]
    assert vevent["STATUS"] == "CANCELLED"
    assert str(vevent["SUMMARY"]).startswith("Abgesagt: ")
    assert vevent["SEQUENCE"] == 3
    assert "Krank, leider." in str(vevent["DESCRIPTION"])


def test_location_and_categories():
    event = _event()
    session = _session(event, 1, _local(2027, 4, 1, 10), _local(2027, 4, 1, 12))
    online = _event(pk=2, format=EventPage.Format.ONLINE, slug="online")
    online_session = _session(online, 2, _local(2027, 4, 2, 10), _local(2027, 4, 2, 11))
    parsed = Calendar.from_ical(
        _build([_entry(event, session), _entry(online, online_session)])
    )
    first, second = parsed.walk("VEVENT")
    assert str(first["LOCATION"]) == (
        "Stadtteilzentrum Styrum, Großer Saal, Brunnenplatzweg 3, 45476 "
        "Mülheim an der Ruhr"
    )
    assert str(second["LOCATION"]) == "https://gemeinsam-stark.example/termine/online/"
    assert [str(c) for c in first["CATEGORIES"].cats] == ["Präsenz", "Handhabbarkeit"]
    assert "https://gemeinsam-stark.example/termine/grundkurs/" in str(
        first["DESCRIPTION"]
    )


def test_meeting_link_only_for_confirmed_entries():
    event = _event(
        format=EventPage.Format.ONLINE, meeting_url="https://meet.example.org/x"
    )
    session = _session(event, 1, _local(2027, 4, 1, 10), _local(2027, 4, 1, 12))
    public = _build([_entry(event, session)])
    waiting = _build([_entry(event, session, ical.WAITING)])
    confirmed = _build([_entry(event, session, ical.CONFIRMED)])
    assert b"meet.example.org" not in public
    assert b"meet.example.org" not in waiting
    assert b"STATUS:TENTATIVE" in waiting
    assert b"meet.example.org/x" in confirmed


def test_lines_end_in_crlf_and_fold_at_75_octets():
    event = _event(
        title="Ä" * 60 + " 🙂, Komma; Semikolon",
        summary="Lang " * 80 + "\nneue Zeile",
    )
    session = _session(event, 1, _local(2027, 4, 1, 10), _local(2027, 4, 1, 12))
    data = _build([_entry(event, session)])
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    parsed, second = _both_parsers(data)
    assert str(parsed.walk("VEVENT")[0]["SUMMARY"]) == event.title
    assert second.vevent.summary.value == event.title
    assert "\\, Komma\\; Semikolon" in data.decode().replace("\r\n ", "")


def test_empty_calendar_is_still_valid():
    data = _build([])
    parsed, _second = _both_parsers(data)
    assert parsed.walk("VEVENT") == []
    assert parsed.walk("VTIMEZONE")
    assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data


def test_invitation_has_organizer_attendee_and_method(contact_person):
    event = _event()
    session = _session(event, 1, _local(2027, 4, 1, 10), _local(2027, 4, 1, 12))
    data = _build([_entry(event, session)], method="REQUEST", attendee=contact_person)
    vevent = Calendar.from_ical(data).walk("VEVENT")[0]
    assert Calendar.from_ical(data)["METHOD"] == "REQUEST"
    assert str(vevent["ORGANIZER"]).startswith("mailto:")
    assert str(vevent["ATTENDEE"]) == f"mailto:{contact_person.email}"
    cancel = _build([_entry(event, session)], method="CANCEL", attendee=contact_person)
    cancelled = Calendar.from_ical(cancel).walk("VEVENT")[0]
    assert cancelled["UID"] == vevent["UID"]
    assert cancelled["SEQUENCE"] > vevent["SEQUENCE"]


@pytest.mark.django_db
def test_sequence_rises_on_time_place_and_status_only(make_event, venue):
    event = make_event()
    start = event.sequence
    event.title = "Neuer Titel"
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == start
    event.venue = venue
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == start + 1
    session = event.sessions.get()
    session.start -= timedelta(hours=1)
    event.sessions = [session]
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == start + 2
    event.is_cancelled = True
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.sequence == start + 3
    assert event.cancelled_at is not None


@pytest.mark.django_db
def test_feed_window_is_bounded_and_keeps_recent_cancellations(make_event):
    make_event(title="Vor langer Zeit", start=timezone.now() - timedelta(days=60))
    make_event(title="Weit weg", start=timezone.now() + timedelta(days=400))
    make_event(title="Bald")
    make_event(title="Gerade abgesagt", is_cancelled=True)
    old = make_event(
        title="Alt, heute abgesagt", start=timezone.now() - timedelta(days=45)
    )
    old.is_cancelled = True
    old.save_revision().publish()
    entries = selectors.public_feed_entries(selectors.CalendarFilters())
    titles = sorted(e.event.title for e in entries)
    assert titles == ["Alt, heute abgesagt", "Bald", "Gerade abgesagt"]
