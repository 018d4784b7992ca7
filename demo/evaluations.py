"""Demo evaluations and report data: past trainings with attendance, two
questionnaire templates, anonymous answers and lessons done over a year.

Two past trainings have enough answers to show results, a third too few; the
participants live in several districts and learned in several quarters, so
every report figure shows something and some cells read "< 5".
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from cms import questionnaires as q
from cms.i18n import in_default_locale
from cms.models import District, Topic, User
from demo.content.evaluations import FREE_TEXTS, PAST, QUESTIONNAIRES
from demo.pages import publish
from events.models import Attendance, Booking, EventIndexPage, EventPage, EventSession
from learning.models import LessonPage, LessonProgress

TRAINER_EMAIL = "trainerin@example.org"
CONTACT_EMAIL = "ansprechperson@example.org"
PEOPLE = 36
# Districts of the demo participants: the first ones have many people, the
# last one few, so that the reports suppress a cell.
DISTRICT_WEIGHTS = (
    ("Styrum", 10),
    ("Saarn", 8),
    ("Eppinghofen", 7),
    ("Heißen", 6),
    ("Broich", 3),
    (None, 2),
)


@transaction.atomic
def seed(*, stdout) -> None:
    calendar = in_default_locale(EventIndexPage.objects.all()).first()
    if calendar is None:
        return
    templates = [_questionnaire(data) for data in QUESTIONNAIRES]
    people = _people()
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    contact = User.objects.filter(email=CONTACT_EMAIL).first()
    rng = random.Random(14)
    for row in PAST:
        event = _past_training(calendar, row, trainer)
        _attendance(event, people, row, rng)
        answers = row[10]
        if answers is not None:
            # The demo contact person attended the latest one and may still
            # evaluate it (Mein Bereich → Schulungen bewerten).
            latest = row is PAST[-1] and contact is not None
            _evaluation(
                event,
                templates[row[11]],
                answers,
                rng,
                also=contact if latest else None,
            )
    _lessons(people, rng)
    stdout.write(
        f"Bewertungen: {len(templates)} Fragebögen, {len(PAST)} vergangene "
        f"Schulungen, {q.Survey.objects.count()} Befragungen"
    )


def _questionnaire(data: dict) -> q.Questionnaire:
    questionnaire = q.Questionnaire.objects.filter(name=data["name"]).first()
    if questionnaire is not None:
        return questionnaire
    questionnaire = q.Questionnaire(
        name=data["name"], intro=data["intro"], is_default=data["is_default"]
    )
    questionnaire.questions = [
        q.Question(
            kind=kind,
            text=text,
            required=required,
            choices=choices,
            low_label=low,
            high_label=high,
        )
        for kind, text, required, choices, low, high in data["questions"]
    ]
    questionnaire.save()
    return questionnaire


def _people() -> list[User]:
    districts = {d.name: d for d in District.objects.all()}
    names = [name for name, weight in DISTRICT_WEIGHTS for _ in range(weight)]
    people = []
    for number in range(1, PEOPLE + 1):
        district = names[(number - 1) % len(names)]
        person, created = User.objects.get_or_create(
            email=f"teilnahme-{number:02d}@example.org",
            defaults={
                "display_name": f"Teilnahme {number:02d}",
                "district": districts.get(district) if district else None,
            },
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
        people.append(person)
    return people


def _past_training(calendar, row, trainer) -> EventPage:
    slug, title, day, fmt, dimension, topic, capacity = row[:7]
    event = in_default_locale(EventPage.objects.filter(slug=slug)).first()
    if event is None:
        start = datetime.combine(
            timezone.localdate() + timedelta(days=day),
            time(17, 0),
            tzinfo=timezone.get_current_timezone(),
        )
        event = EventPage(slug=slug, title=title)
        event.sessions = [EventSession(start=start, end=start + timedelta(hours=2))]
        event.summary = "Eine vergangene Schulung für die Auswertungen."
        event.format = fmt
        event.dimension = dimension
        event.capacity = capacity
        event.owner = trainer
        calendar.add_child(instance=event)
        event.topics.set(
            [in_default_locale(Topic.objects).get_or_create(name=topic)[0]]
        )
        if trainer is not None:
            event.trainers.set([trainer])
        publish(event)
    return event


def _attendance(event, people, row, rng) -> None:
    attended, no_shows, waiting = row[7], row[8], row[9]
    if Booking.objects.filter(event=event).exists():
        return
    chosen = rng.sample(people, attended + no_shows + waiting)
    session = event.sessions.first()
    for index, person in enumerate(chosen):
        if index >= attended + no_shows:
            Booking.objects.create(
                event=event,
                user=person,
                status=Booking.Status.WAITING,
                queued_at=event.starts_at - timedelta(days=3, seconds=-index),
            )
            continue
        booking = Booking.objects.create(
            event=event,
            user=person,
            status=Booking.Status.CONFIRMED,
            confirmed_at=event.starts_at - timedelta(days=7),
        )
        Attendance.objects.create(
            booking=booking,
            session=session,
            state=Attendance.State.ATTENDED
            if index < attended
            else Attendance.State.NO_SHOW,
        )


def _evaluation(event, questionnaire, answers: int, rng, also=None) -> None:
    survey, created = q.survey_open(
        subject="events.eventpage",
        object_id=event.pk,
        questionnaire=questionnaire,
        title=event.title,
        closes_at=event.ends_at + timedelta(days=14),
    )
    if not created:
        return
    if also is not None:
        booking, _ = Booking.objects.get_or_create(
            event=event,
            user=also,
            status=Booking.Status.CONFIRMED,
            defaults={"confirmed_at": event.starts_at - timedelta(days=7)},
        )
        Attendance.objects.get_or_create(
            booking=booking,
            session=event.sessions.first(),
            defaults={"state": Attendance.State.ATTENDED},
        )
    attendees = list(
        User.objects.filter(
            bookings__event=event,
            bookings__attendances__state=Attendance.State.ATTENDED,
        )
        .exclude(pk=getattr(also, "pk", None))
        .order_by("email")
    )
    q.invite(
        survey=survey,
        user_ids=[person.pk for person in attendees] + ([also.pk] if also else []),
    )
    # The demo writes past answers: the closing date does not apply to it.
    now = min(timezone.now(), survey.closes_at - timedelta(minutes=1))
    for person in attendees[:answers]:
        data = {}
        for question in survey.questions:
            if question["kind"] == "scale":
                data[question["key"]] = str(rng.choice([3, 4, 4, 5, 5, 2]))
            elif question["kind"] == "single":
                data[question["key"]] = str(rng.randrange(len(question["choices"])))
            elif question["kind"] == "multiple":
                data[question["key"]] = [
                    str(i)
                    for i in range(len(question["choices"]))
                    if rng.random() < 0.5
                ] or ["0"]
            elif rng.random() < 0.8:
                data[question["key"]] = rng.choice(FREE_TEXTS)
        q.submit(survey=survey, user=person, data=data, now=now)


def _lessons(people, rng) -> None:
    """Lessons done by the demo participants over the last four quarters."""
    lessons = list(LessonPage.objects.live().order_by("pk")[:8])
    if not lessons or LessonProgress.objects.filter(user__in=people).exists():
        return
    today = timezone.now()
    rows = []
    for index, person in enumerate(people):
        for lesson in rng.sample(lessons, min(len(lessons), 1 + index % 4)):
            days = rng.randrange(10, 360)
            rows.append(
                LessonProgress(
                    user=person,
                    course_id=lesson.get_parent().pk,
                    lesson=lesson,
                    lesson_title=lesson.title,
                    dimension=lesson.dimension,
                    completed_at=today - timedelta(days=days),
                )
            )
    LessonProgress.objects.bulk_create(rows, ignore_conflicts=True)
