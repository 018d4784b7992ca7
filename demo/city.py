"""A city-sized dataset on top of the demo, built in minutes for benchmarks.

At ``scale=1`` it adds 5,000 people, 60 courses with 600 lessons, 150,000
lesson-progress rows, 1,500 trainings with 4,000 sessions over three years and
60,000 bookings, 100 topic groups with 100,000 posts, 300 directory entries and
500 training requests. Rows are written with ``bulk_create``, pages too
(``demo.tree.bulk_add_children`` computes the tree paths), live and without
revisions, then added to the search index. Every count scales with ``scale``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from datetime import time as clock

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from cms import roles
from cms.dimensions import Dimension
from cms.i18n import in_default_locale
from cms.models import District, Topic, User
from demo.tree import bulk_add_children
from events.models import Booking, EventIndexPage, EventPage, EventSession, Venue
from exchange.models import Forum, Membership, Post, Thread
from exchange.rendering import render_markdown
from learning.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
)
from network.models import DirectoryEntry, TrainingRequest

CITY = {
    "people": 5_000,
    "courses": 60,
    "lessons_per_course": 10,
    "progress": 150_000,
    "trainings": 1_500,
    "sessions": 4_000,
    "bookings": 60_000,
    "groups": 100,
    "posts": 100_000,
    "posts_per_thread": 50,
    "directory": 300,
    "requests": 500,
}
PREFIX = "stadt"
BATCH = 2_000
DIMENSIONS = [choice.value for choice in Dimension]
WORDS = (
    "Krise Nachbarschaft Zuhören Alltag Vertrauen Stadtteil Hilfe Familie "
    "Einsamkeit Trauer Begegnung Sprache Schule Arbeit Ehrenamt Ruhe Mut"
).split()


def city_counts(scale: float) -> dict[str, int]:
    """Return how many of each thing ``scale`` builds (at least one of each)."""
    counts = {
        key: max(1, round(value * scale))
        for key, value in CITY.items()
        if key not in ("lessons_per_course", "posts_per_thread")
    }
    counts["lessons_per_course"] = CITY["lessons_per_course"]
    counts["posts_per_thread"] = CITY["posts_per_thread"]
    counts["lessons"] = counts["courses"] * CITY["lessons_per_course"]
    # Every training has at least one session.
    counts["sessions"] = max(counts["sessions"], counts["trainings"])
    return counts


@contextmanager
def _keep_dates(*fields) -> Iterator[None]:
    """Let bulk_create write the given auto_now_add fields as set."""
    saved = [(field, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field, value in saved:
            field.auto_now_add = value


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


class CityBuilder:
    def __init__(self, *, scale: float, stdout, seed: int = 12) -> None:
        self.counts = city_counts(scale)
        self.stdout = stdout
        self.rng = random.Random(seed)
        self.now = timezone.now()
        self.timings: list[tuple[str, int, float]] = []

    def build(self) -> dict[str, int]:
        if User.objects.filter(email__startswith=f"{PREFIX}-").exists():
            self.stdout.write("Stadt-Daten sind schon angelegt; nichts zu tun.")
            return self.counts
        for name, step in (
            ("Personen", self.people),
            ("Kurse und Lerneinheiten", self.courses),
            ("Lernfortschritt", self.progress),
            ("Schulungen und Termine", self.trainings),
            ("Buchungen", self.bookings),
            ("Themengruppen und Beiträge", self.groups),
            ("Verzeichnis", self.directory),
            ("Schulungswünsche", self.requests),
        ):
            started = time.perf_counter()
            with transaction.atomic():
                made = step()
            seconds = time.perf_counter() - started
            self.timings.append((name, made, seconds))
            self.stdout.write(f"{name:<28} {made:>8}  {seconds:7.1f} s")
        total = sum(seconds for _n, _m, seconds in self.timings)
        self.stdout.write(f"{'zusammen':<28} {'':>8}  {total:7.1f} s")
        return self.counts

    # People -----------------------------------------------------------------
    def people(self) -> int:
        districts = list(District.objects.all())
        password = make_password(None)
        users = [
            User(
                email=f"{PREFIX}-{number}@example.org",
                display_name=f"Person {number}",
                district=self.rng.choice(districts) if districts else None,
                password=password,
                date_joined=self.now - timedelta(days=self.rng.randint(0, 1000)),
            )
            for number in range(self.counts["people"])
        ]
        User.objects.bulk_create(users, batch_size=BATCH)
        self.users = list(
            User.objects.filter(email__startswith=f"{PREFIX}-").order_by("pk")
        )
        group = Group.objects.get(name=roles.CONTACT_PERSONS)
        through = User.groups.through
        through.objects.bulk_create(
            [through(user_id=user.pk, group_id=group.pk) for user in self.users],
            batch_size=BATCH,
        )
        return len(self.users)

    # Learning ---------------------------------------------------------------
    def courses(self) -> int:
        index = CourseIndexPage.objects.first()
        trainer = User.objects.filter(groups__name=roles.TRAINERS).first()
        courses = bulk_add_children(
            index,
            [
                CoursePage(
                    title=f"Stadtkurs {number + 1}: {_words(self.rng, 3)}",
                    slug=f"{PREFIX}-kurs-{number + 1}",
                    summary=_words(self.rng, 20),
                    intro=f"<p>{_words(self.rng, 40)}</p>",
                    dimension=self.rng.choice(DIMENSIONS),
                    estimated_minutes=90,
                    owner=trainer,
                )
                for number in range(self.counts["courses"])
            ],
        )
        self.lessons: list[LessonPage] = []
        for course in courses:
            lessons = [
                LessonPage(
                    title=f"Lerneinheit {lesson_number + 1}",
                    slug=f"einheit-{lesson_number + 1}",
                    dimension=self.rng.choice(DIMENSIONS),
                    estimated_minutes=10,
                    owner=trainer,
                    body=[("paragraph", f"<p>{_words(self.rng, 80)}</p>")],
                )
                for lesson_number in range(self.counts["lessons_per_course"])
            ]
            for lesson in lessons:
                # What LessonPage.save would set.
                lesson.has_quiz = lesson.quiz_block is not None
            self.lessons.extend(bulk_add_children(course, lessons))
        self._index([*courses, *self.lessons])
        return len(self.lessons) + len(courses)

    def _index(self, pages) -> None:
        """Add bulk-made pages to the search index, as publishing would."""
        by_model: dict[type, list] = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page)
        backend = get_search_backend()
        for model, objects in by_model.items():
            backend.add_bulk(model, objects)

    def progress(self) -> int:
        by_course: dict[int, list[LessonPage]] = {}
        for lesson in self.lessons:
            by_course.setdefault(lesson.get_parent().pk, []).append(lesson)
        pairs = [(user, course_id) for user in self.users for course_id in by_course]
        self.rng.shuffle(pairs)
        # A small city has fewer lessons than rows wanted: each person does all.
        wanted = min(self.counts["progress"], len(self.users) * len(self.lessons))
        enrolments, rows = [], []
        for index, (user, course_id) in enumerate(pairs):
            left_pairs = len(pairs) - index
            missing = wanted - len(rows)
            if not missing:
                break
            lessons = by_course[course_id]
            size = len(lessons)
            if missing >= left_pairs * size:
                done = lessons
            else:
                done = lessons[: min(missing, self.rng.randint(1, size))]
            started = self.now - timedelta(days=self.rng.randint(1, 900))
            enrolments.append(
                Enrolment(
                    user=user,
                    course_id=course_id,
                    started_at=started,
                    last_activity_at=started + timedelta(days=len(done)),
                    completed_at=(
                        started + timedelta(days=len(done))
                        if len(done) == len(lessons)
                        else None
                    ),
                )
            )
            rows.extend(
                LessonProgress(
                    user=user,
                    course_id=course_id,
                    lesson=lesson,
                    lesson_title=lesson.title,
                    dimension=lesson.dimension,
                    completed_at=started + timedelta(days=step),
                )
                for step, lesson in enumerate(done)
            )
        with _keep_dates(Enrolment._meta.get_field("started_at")):
            Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
        LessonProgress.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)

    # Events -----------------------------------------------------------------
    def trainings(self) -> int:
        calendar = in_default_locale(EventIndexPage.objects.all()).first()
        venues = list(Venue.objects.all())
        topics = list(in_default_locale(Topic.objects))
        trainer = User.objects.filter(groups__name=roles.TRAINERS).first()
        trainings, sessions = self.counts["trainings"], self.counts["sessions"]
        # Spread the extra sessions: the first trainings get one more each.
        extra = sessions - trainings
        tz = timezone.get_current_timezone()
        today = timezone.localdate()
        events, sessions_of = [], []
        for number in range(trainings):
            # Three years: two behind, one ahead.
            day = today + timedelta(days=-730 + (number * 1095) // trainings)
            parts = 1 + extra // trainings + (number < extra % trainings)
            dates = [
                (
                    datetime.combine(
                        day + timedelta(days=7 * part), clock(9, 0), tzinfo=tz
                    ),
                    datetime.combine(
                        day + timedelta(days=7 * part), clock(12, 0), tzinfo=tz
                    ),
                )
                for part in range(parts)
            ]
            events.append(
                EventPage(
                    title=f"Schulung {number + 1}: {_words(self.rng, 3)}",
                    slug=f"{PREFIX}-schulung-{number + 1}",
                    summary=_words(self.rng, 20),
                    description=[("paragraph", f"<p>{_words(self.rng, 60)}</p>")],
                    format=EventPage.Format.IN_PERSON,
                    venue=self.rng.choice(venues) if venues else None,
                    dimension=self.rng.choice(DIMENSIONS),
                    capacity=self.rng.choice((20, 30, 40, 50)),
                    owner=trainer,
                    # What EventPage.save derives from the sessions.
                    starts_at=dates[0][0],
                    ends_at=dates[-1][1],
                )
            )
            sessions_of.append(dates)
        self.events = bulk_add_children(calendar, events)
        EventSession.objects.bulk_create(
            (
                EventSession(event=event, start=start, end=end, sort_order=order)
                for event, dates in zip(self.events, sessions_of, strict=True)
                for order, (start, end) in enumerate(dates)
            ),
            batch_size=BATCH,
        )
        if topics:
            through = EventPage.topics.through
            through.objects.bulk_create(
                (
                    through(eventpage_id=event.pk, topic_id=topic.pk)
                    for event in self.events
                    for topic in self.rng.sample(topics, min(2, len(topics)))
                ),
                batch_size=BATCH,
            )
        if trainer is not None:
            through = EventPage.trainers.through
            through.objects.bulk_create(
                (
                    through(eventpage_id=event.pk, user_id=trainer.pk)
                    for event in self.events
                ),
                batch_size=BATCH,
            )
        self._index(self.events)
        return EventSession.objects.filter(event__in=self.events).count()

    def bookings(self) -> int:
        wanted = self.counts["bookings"]
        rows, per_event = [], max(1, wanted // len(self.events))
        for position, event in enumerate(self.events):
            count = (
                per_event if position else wanted - per_event * (len(self.events) - 1)
            )
            people = self.rng.sample(self.users, min(count, len(self.users)))
            capacity = event.capacity or count
            for place, person in enumerate(people):
                queued = self.now - timedelta(days=self.rng.randint(1, 1000))
                if place < capacity:
                    status, confirmed = Booking.Status.CONFIRMED, queued
                else:
                    status, confirmed = Booking.Status.WAITING, None
                if self.rng.random() < 0.05:
                    status = Booking.Status.CANCELLED
                rows.append(
                    Booking(
                        event=event,
                        user=person,
                        status=status,
                        created_at=queued,
                        queued_at=queued,
                        confirmed_at=confirmed,
                        cancelled_at=queued if status == "cancelled" else None,
                    )
                )
        with _keep_dates(Booking._meta.get_field("created_at")):
            Booking.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)

    # Exchange ---------------------------------------------------------------
    def groups(self) -> int:
        forums = [
            Forum(
                kind=Forum.Kind.GROUP,
                title=f"Themengruppe {number + 1}: {_words(self.rng, 2)}",
                slug=f"{PREFIX}-gruppe-{number + 1}",
                description=_words(self.rng, 20),
                status=Forum.Status.APPROVED,
                visibility=Forum.Visibility.OPEN,
                founder=self.rng.choice(self.users),
            )
            for number in range(self.counts["groups"])
        ]
        Forum.objects.bulk_create(forums)
        forums = list(Forum.objects.filter(slug__startswith=f"{PREFIX}-gruppe-"))
        members = []
        for forum in forums:
            for person in self.rng.sample(self.users, min(40, len(self.users))):
                members.append(Membership(forum=forum, user=person))
        Membership.objects.bulk_create(members, batch_size=BATCH)
        wanted, per_thread = self.counts["posts"], self.counts["posts_per_thread"]
        thread_total = max(1, -(-wanted // per_thread))
        threads = []
        for number in range(thread_total):
            forum = forums[number % len(forums)]
            opened = self.now - timedelta(days=self.rng.randint(1, 1000))
            threads.append(
                Thread(
                    forum=forum,
                    title=f"Thema {number + 1}: {_words(self.rng, 4)}",
                    author=self.rng.choice(self.users),
                    created_at=opened,
                    last_post_at=opened,
                )
            )
        with _keep_dates(Thread._meta.get_field("created_at")):
            Thread.objects.bulk_create(threads, batch_size=BATCH)
        texts = [_words(self.rng, 30) for _ in range(50)]
        html = {text: render_markdown(text) for text in texts}
        posts, left = [], wanted
        for thread in threads:
            count = min(per_thread, left)
            left -= count
            for place in range(count):
                text = self.rng.choice(texts)
                written = thread.created_at + timedelta(hours=place)
                author = self.rng.choice(self.users)
                posts.append(
                    Post(
                        thread=thread,
                        author=author,
                        body=text,
                        html=html[text],
                        created_at=written,
                    )
                )
            thread.reply_count = max(0, count - 1)
            thread.last_post_at = written
            thread.last_post_author = author
        with _keep_dates(Post._meta.get_field("created_at")):
            for start in range(0, len(posts), BATCH):
                Post.objects.bulk_create(posts[start : start + BATCH])
        Thread.objects.bulk_update(
            threads, ["reply_count", "last_post_at", "last_post_author"], BATCH
        )
        for forum in forums:
            own = [thread for thread in threads if thread.forum_id == forum.pk]
            forum.thread_count = len(own)
            forum.last_activity_at = max(
                (thread.last_post_at for thread in own), default=None
            )
        Forum.objects.bulk_update(forums, ["thread_count", "last_activity_at"])
        return len(posts)

    # Network ----------------------------------------------------------------
    def directory(self) -> int:
        kinds = [choice.value for choice in DirectoryEntry.Kind]
        # bulk_create skips the signal that gives new rows the default language.
        locale = Locale.get_default()
        entries = []
        for number in range(self.counts["directory"]):
            name = f"Stadtangebot {number + 1} {self.rng.choice(WORDS)}"
            entries.append(
                DirectoryEntry(
                    name=name,
                    slug=slugify(name),
                    kind=self.rng.choice(kinds),
                    description=_words(self.rng, 30),
                    how_to_reach=_words(self.rng, 12),
                    phone="0208 000000",
                    street="Musterstraße 1",
                    postcode="45468",
                    locale=locale,
                )
            )
        DirectoryEntry.objects.bulk_create(entries)
        districts = list(District.objects.all())
        topics = list(in_default_locale(Topic.objects))
        entries = list(DirectoryEntry.objects.filter(name__startswith="Stadtangebot "))
        for relation, choices in (("districts", districts), ("topics", topics)):
            if not choices:
                continue
            through = getattr(DirectoryEntry, relation).through
            target = {"districts": "district_id", "topics": "topic_id"}[relation]
            rows = []
            for entry in entries:
                for choice in self.rng.sample(choices, min(2, len(choices))):
                    rows.append(
                        through(directoryentry_id=entry.pk, **{target: choice.pk})
                    )
            through.objects.bulk_create(rows, batch_size=BATCH)
        return len(entries)

    def requests(self) -> int:
        districts = list(District.objects.all())
        formats = [choice.value for choice in TrainingRequest.Format]
        rows = [
            TrainingRequest(
                title=f"Wunsch {number + 1}: {_words(self.rng, 3)}",
                description=_words(self.rng, 40),
                format=self.rng.choice(formats),
                district=self.rng.choice(districts),
                dimension=self.rng.choice(DIMENSIONS),
                author=self.rng.choice(self.users),
                support_count=0,
                created_at=self.now - timedelta(days=self.rng.randint(1, 900)),
            )
            for number in range(self.counts["requests"])
        ]
        TrainingRequest.objects.bulk_create(rows, batch_size=BATCH)
        return len(rows)


def seed_city(*, scale: float = 1.0, stdout) -> dict[str, int]:
    """Build the city-sized dataset (after the demo) and return the counts."""
    return CityBuilder(scale=scale, stdout=stdout).build()
