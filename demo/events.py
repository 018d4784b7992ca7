"""Demo trainings: venues, the calendar page and 18 trainings over eight weeks."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from cms import roles
from cms.i18n import in_default_locale
from cms.models import District, Topic, User
from demo.content.events import TRAININGS, VENUES
from demo.pages import index_page, publish
from events.models import (
    Booking,
    EventIndexPage,
    EventPage,
    EventSession,
    Venue,
)
from learning.models import CoursePage

TRAINER_EMAIL = "trainerin@example.org"
WAITING_EMAILS = (
    "ansprechperson@example.org",
    "helga@example.org",
    "yusuf@example.org",
)
INTRO = (
    "<p>Hier finden Sie alle Schulungen des Netzwerks: vor Ort in den "
    "Stadtteilen, online oder beides zugleich. Alle Angebote sind kostenlos.</p>"
)


@transaction.atomic
def seed(*, stdout) -> None:
    calendar = index_page(
        EventIndexPage,
        title="Schulungen und Termine",
        slug="termine",
        intro=INTRO,
        sections=("trainings",),
    )
    roles.grant_trainer_pages(calendar)
    venues = _venues()
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    created = 0
    for data in TRAININGS:
        event, is_new = _training(calendar, data, venues, trainer)
        created += is_new
        if data["full"]:
            _fill(event)
    stdout.write(f"Schulungen: {len(TRAININGS)} ({created} neu), {len(venues)} Orte")


def _venues() -> dict[str, Venue]:
    districts = {d.name: d for d in District.objects.all()}
    venues = {}
    for data in VENUES:
        values = {
            key: data[key]
            for key in (
                "street",
                "postcode",
                "city",
                "room",
                "step_free",
                "accessible_toilet",
                "hearing_loop",
                "sign_language_on_request",
                "public_transport",
            )
        }
        values.update(
            district=districts.get(data["district"]),
            latitude=data["lat"],
            longitude=data["lon"],
        )
        venues[data["key"]], _ = Venue.objects.update_or_create(
            name=data["name"], defaults=values
        )
    return venues


def _training(calendar, data, venues, trainer) -> tuple[EventPage, bool]:
    # The German page: its English translation has the same slug.
    event = in_default_locale(EventPage.objects.filter(slug=data["slug"])).first()
    is_new = event is None
    if is_new:
        event = EventPage(slug=data["slug"])
        event.sessions = [_session(item) for item in data["sessions"]]
    event.title = data["title"]
    event.summary = data["summary"]
    event.description = [("paragraph", data["description"])]
    event.format = data["format"]
    event.venue = venues.get(data["venue"]) if data["venue"] else None
    event.dimension = data["dimension"]
    event.target_group = data["target_group"]
    event.capacity = data["capacity"]
    event.waiting_list_enabled = data["waiting_list"]
    event.meeting_url = data["meeting_url"] or ""
    event.dial_in = data["dial_in"] or ""
    event.is_cancelled = bool(data["cancelled_reason"])
    event.cancelled_reason = data["cancelled_reason"] or ""
    if is_new:
        event.owner = trainer
        calendar.add_child(instance=event)
    event.topics.set(
        [
            in_default_locale(Topic.objects).get_or_create(name=name)[0]
            for name in data["topics"]
        ]
    )
    if trainer is not None:
        event.trainers.set([trainer])
    course = _course(data["related_course"])
    event.related_courses.set([course] if course else [])
    publish(event)
    return event, is_new


def _session(item) -> EventSession:
    day = timezone.localdate() + timedelta(days=item["day"])
    tz = timezone.get_current_timezone()

    def at(clock: str) -> datetime:
        hour, minute = (int(part) for part in clock.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=tz)

    return EventSession(start=at(item["start"]), end=at(item["end"]))


def _course(slug: str | None):
    if not slug:
        return None
    return CoursePage.objects.filter(slug=slug).first()


def _fill(event: EventPage) -> None:
    """Take every seat with demo participants and put three people on the list."""
    waiting = list(User.objects.filter(email__in=WAITING_EMAILS).order_by("email"))
    taken = Booking.objects.filter(event=event, status=Booking.Status.CONFIRMED)
    missing = (event.capacity or 0) - taken.count()
    now = timezone.now()
    for number in range(1, missing + 1):
        person, created = User.objects.get_or_create(
            email=f"teilnehmende-{number}@example.org",
            defaults={"display_name": f"Teilnehmende {number}"},
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
        Booking.objects.get_or_create(
            event=event,
            user=person,
            status=Booking.Status.CONFIRMED,
            defaults={"queued_at": now, "confirmed_at": now},
        )
    for offset, person in enumerate(waiting):
        Booking.objects.get_or_create(
            event=event,
            user=person,
            status=Booking.Status.WAITING,
            defaults={"queued_at": now + timedelta(seconds=offset + 1)},
        )
