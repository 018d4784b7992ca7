"""Build iCalendar data (RFC 5545) for feeds and email invitations.

Rules every calendar client relies on: one VEVENT per session with a UID from
the database identity and the site's domain (never random, never personal),
local times with TZID=Europe/Berlin and a VTIMEZONE block, SEQUENCE from the
training, STATUS:CANCELLED kept instead of dropping the event, and the meeting
link only for confirmed participants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vDuration,
    vText,
)

from events.models import EventPage, EventSession

BERLIN = ZoneInfo("Europe/Berlin")
PRODID = "-//Gemeinsam Stark//Lernplattform//DE"
REFRESH = timedelta(hours=1)

PUBLIC = "public"
CONFIRMED = "confirmed"
WAITING = "waiting"


@dataclass(frozen=True)
class Entry:
    """One session as a calendar shows it, seen by the public or a participant."""

    event: EventPage
    session: EventSession
    url: str
    audience: str = PUBLIC


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def session_uid(session: EventSession) -> str:
    return f"schulung-{session.event_id}-termin-{session.pk}@{site_domain()}"


def new_calendar(
    *, name: str, description: str, url: str, method: str = "PUBLISH"
) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("description", description)
    calendar.add("x-wr-caldesc", description)
    calendar.add("url", url)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    return calendar


def build_calendar(
    entries: list[Entry],
    *,
    name: str,
    description: str,
    url: str,
    method: str = "PUBLISH",
    attendee=None,
    now: datetime | None = None,
) -> bytes:
    """Serialise the entries; ``attendee`` turns them into an invitation.

    Every line comes from icalendar's own serialiser (escaping, folding,
    types). The properties a training's sessions share are serialised once
    per training and reused for each session, which keeps a feed of
    thousands of sessions fast.
    """
    now = now or timezone.now()
    calendar = new_calendar(name=name, description=description, url=url, method=method)
    # The Europe/Berlin block is always present, so even a calendar without
    # trainings is valid and never empty.
    calendar.add_component(_berlin_timezone())
    head = calendar.to_ical()
    parts = [head[: -len(_CALENDAR_END)]]
    shared: dict[tuple[int, str], bytes] = {}
    for entry in entries:
        key = (entry.event.pk, entry.audience)
        if key not in shared:
            shared[key] = _inner(
                _shared_vevent(entry, now=now, method=method, attendee=attendee)
            )
        parts += [
            _VEVENT_BEGIN,
            _inner(_session_vevent(entry.session)),
            shared[key],
            _VEVENT_END,
        ]
    parts.append(_CALENDAR_END)
    return b"".join(parts)


_CALENDAR_END = b"END:VCALENDAR\r\n"
_VEVENT_BEGIN = b"BEGIN:VEVENT\r\n"
_VEVENT_END = b"END:VEVENT\r\n"


def _inner(vevent: Event) -> bytes:
    """Return a VEVENT's property lines without its BEGIN and END lines."""
    return vevent.to_ical()[len(_VEVENT_BEGIN) : -len(_VEVENT_END)]


def _session_vevent(session: EventSession) -> Event:
    vevent = Event()
    vevent.add("uid", session_uid(session))
    if session.all_day:
        first_day = timezone.localtime(session.start, BERLIN).date()
        last_day = timezone.localtime(session.end, BERLIN).date()
        vevent.add("dtstart", first_day)
        # DTEND of an all-day event is exclusive: the day after the last one.
        vevent.add("dtend", max(last_day, first_day) + timedelta(days=1))
    else:
        vevent.add("dtstart", session.start.astimezone(BERLIN))
        vevent.add("dtend", session.end.astimezone(BERLIN))
    return vevent


def _berlin_timezone() -> Timezone:
    """Return Europe/Berlin with the EU rules as yearly RRULEs.

    A list of explicit transition dates (what icalendar derives from
    zoneinfo) ends in 2038 and is misread by some parsers; the two rules are
    what Outlook, Google and Apple themselves publish for this zone.
    """
    timezone_ = Timezone()
    timezone_.add("tzid", "Europe/Berlin")
    timezone_.add("x-lic-location", "Europe/Berlin")
    for component, name, offset_from, offset_to, start, month in (
        (TimezoneDaylight(), "CEST", 1, 2, datetime(1970, 3, 29, 2), 3),
        (TimezoneStandard(), "CET", 2, 1, datetime(1970, 10, 25, 3), 10),
    ):
        component.add("tzname", name)
        component.add("tzoffsetfrom", timedelta(hours=offset_from))
        component.add("tzoffsetto", timedelta(hours=offset_to))
        component.add("dtstart", start)
        component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        timezone_.add_component(component)
    return timezone_


def _shared_vevent(entry: Entry, *, now: datetime, method: str, attendee) -> Event:
    """Return the properties every session of a training has in common."""
    event = entry.event
    vevent = Event()
    vevent.add("dtstamp", now)
    vevent.add("created", event.first_published_at or now)
    vevent.add("last-modified", event.last_published_at or now)
    sequence = event.sequence + (1 if method == "CANCEL" else 0)
    vevent.add("sequence", sequence)
    cancelled = event.is_cancelled or method == "CANCEL"
    summary = event.title
    if cancelled:
        summary = _("Abgesagt: %(title)s") % {"title": event.title}
    vevent.add("summary", summary)
    if cancelled:
        status = "CANCELLED"
    elif entry.audience == WAITING:
        status = "TENTATIVE"
    else:
        status = "CONFIRMED"
    vevent.add("status", status)
    vevent.add("location", _location(entry))
    categories = [str(event.get_format_display())]
    if event.dimension:
        categories.append(str(event.get_dimension_display()))
    vevent.add("categories", categories)
    vevent.add("description", _description(entry, cancelled=cancelled))
    vevent.add("url", entry.url)
    vevent.add("transp", "TRANSPARENT" if status == "TENTATIVE" else "OPAQUE")
    if attendee is not None:
        organizer = vCalAddress(f"mailto:{_organiser_email()}")
        organizer.params["cn"] = vText(settings.WAGTAIL_SITE_NAME)
        vevent.add("organizer", organizer)
        address = vCalAddress(f"mailto:{attendee.email}")
        address.params["cn"] = vText(str(attendee.public_name))
        address.params["role"] = vText("REQ-PARTICIPANT")
        address.params["partstat"] = vText(
            "DECLINED" if method == "CANCEL" else "ACCEPTED"
        )
        address.params["rsvp"] = vText("FALSE")
        vevent.add("attendee", address)
    return vevent


def _organiser_email() -> str:
    from email.utils import parseaddr

    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def _location(entry: Entry) -> str:
    event = entry.event
    if event.format == EventPage.Format.ONLINE or event.venue is None:
        return entry.url
    return event.venue.full_address


def _description(entry: Entry, *, cancelled: bool) -> str:
    event = entry.event
    lines = []
    if cancelled:
        lines.append(_("Diese Schulung wurde abgesagt."))
        if event.cancelled_reason:
            lines.append(event.cancelled_reason)
        lines.append("")
    if event.summary:
        lines.append(event.summary)
        lines.append("")
    lines.append(f"{_('Format')}: {event.get_format_display()}")
    if entry.audience == CONFIRMED and event.is_online and not cancelled:
        if event.meeting_url:
            lines.append(f"{_('Zugang zum Online-Treffen')}: {event.meeting_url}")
        if event.dial_in:
            lines.append(f"{_('Einwahl')}: {event.dial_in}")
    elif entry.audience == WAITING:
        lines.append(_("Sie stehen auf der Warteliste."))
    lines.append(f"{_('Buchung und Informationen')}: {entry.url}")
    return "\n".join(lines)
