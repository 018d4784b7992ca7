"""The demo's qualification path "Ansprechperson werden", one person half way.

Ayla has finished two courses and attended two past trainings (with the
attendance recorded), so she stands at four of seven steps. Idempotent: a
second run finds the path, the trainings and the records and changes nothing.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from cms.models import User
from demo.pages import publish
from events.models import Attendance, Booking, EventIndexPage, EventPage, EventSession
from learning import paths
from learning.models import CoursePage, PathStep, QualificationPath

SLUG = "ansprechperson-werden"
COURSE_SLUGS = (
    "krisen-verstehen",
    "unterstuetzen-im-alltag",
    "gemeinsam-stark-im-stadtteil",
)
DIMENSIONS = ("verstehbarkeit", "handhabbarkeit", "sinnhaftigkeit")
ON_THE_WAY = "absolventin@example.org"
SUMMARY = (
    "Der Weg zur Ansprechperson des Netzwerks: die drei Online-Kurse, je eine "
    "Schulung zu jeder Säule des Kohärenzgefühls und ein erster Beitrag im "
    "Austausch. Die Reihenfolge ist ein Vorschlag, die Schulungen können Sie "
    "jederzeit besuchen."
)


def seed(*, stdout) -> None:
    path = QualificationPath.objects.filter(slug=SLUG).first()
    if path is None:
        courses = {c.slug: c for c in CoursePage.objects.filter(slug__in=COURSE_SLUGS)}
        path = QualificationPath(
            title="Ansprechperson werden", slug=SLUG, summary=SUMMARY, in_order=True
        )
        steps = [
            PathStep(kind=PathStep.Kind.COURSE, course=courses[slug])
            for slug in COURSE_SLUGS
            if slug in courses
        ]
        steps += [
            PathStep(kind=PathStep.Kind.TRAINING, dimension=value)
            for value in DIMENSIONS
        ]
        steps.append(PathStep(kind=PathStep.Kind.EXCHANGE))
        path.steps = steps
        path.save()
    person = User.objects.filter(email=ON_THE_WAY).first()
    if person is not None:
        _attended_trainings(person)
        paths.path_join(user=person, path=path)
    stdout.write(f"Lernpfade: {QualificationPath.objects.count()}")


TRAINER_EMAIL = "trainerin@example.org"
# Held weeks ago: Ayla was there, and the trainer recorded it.
PAST_TRAININGS = (
    {
        "slug": "rueckblick-krisen-erkennen",
        "title": "Krisen früh erkennen (Rückblick)",
        "summary": "Warnzeichen einer Krise erkennen und ruhig ansprechen.",
        "dimension": "verstehbarkeit",
        "days_ago": 40,
    },
    {
        "slug": "rueckblick-hilfen-finden",
        "title": "Hilfen im Stadtteil finden (Rückblick)",
        "summary": "Welche Stelle hilft wobei, und wie kommt man hin?",
        "dimension": "handhabbarkeit",
        "days_ago": 20,
    },
)


def _attended_trainings(person: User) -> int:
    """Give the person on the way two held trainings she attended."""
    calendar = EventIndexPage.objects.first()
    if calendar is None:
        return 0
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    tz = timezone.get_current_timezone()
    count = 0
    for data in PAST_TRAININGS:
        event = EventPage.objects.filter(slug=data["slug"]).first()
        if event is None:
            day = timezone.localdate() - timedelta(days=data["days_ago"])
            event = EventPage(
                slug=data["slug"],
                title=data["title"],
                summary=data["summary"],
                dimension=data["dimension"],
                capacity=20,
                owner=trainer,
            )
            event.sessions = [
                EventSession(
                    start=datetime.combine(day, time(17, 0), tzinfo=tz),
                    end=datetime.combine(day, time(19, 0), tzinfo=tz),
                )
            ]
            calendar.add_child(instance=event)
            if trainer is not None:
                event.trainers.set([trainer])
        publish(event)
        booking, _created = Booking.objects.get_or_create(
            event=event,
            user=person,
            status=Booking.Status.CONFIRMED,
            defaults={
                "queued_at": event.sessions.first().start - timedelta(days=7),
                "confirmed_at": event.sessions.first().start - timedelta(days=7),
            },
        )
        for session in event.sessions.all():
            Attendance.objects.update_or_create(
                booking=booking,
                session=session,
                defaults={
                    "state": Attendance.State.ATTENDED,
                    "recorded_by": trainer,
                },
            )
        count += 1
    return count
