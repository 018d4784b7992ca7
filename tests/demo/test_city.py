"""``seed_city`` builds a city-sized dataset; a tiny scale proves it in a test."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from cms.models import User
from demo.city import CITY, city_counts
from events.models import Booking, EventPage, EventSession
from exchange.models import Forum, Post, Thread
from learning.models import CoursePage, LessonPage, LessonProgress
from network.models import DirectoryEntry, TrainingRequest

pytestmark = pytest.mark.django_db(transaction=False)
SCALE = 0.01


def test_city_counts_scale_every_number():
    full = city_counts(1)
    assert full["people"] == 5_000 and full["posts"] == 100_000
    assert full["lessons"] == 600 and full["sessions"] == 4_000
    assert full["bookings"] == 60_000 and full["progress"] == 150_000
    tiny = city_counts(SCALE)
    for key in ("people", "trainings", "sessions", "bookings", "posts", "requests"):
        assert tiny[key] == round(CITY[key] * SCALE), key


def test_seed_city_builds_proportional_counts():
    out = io.StringIO()
    call_command("seed_city", scale=SCALE, stdout=out)
    counts = city_counts(SCALE)
    city = User.objects.filter(email__startswith="stadt-")
    assert city.count() == counts["people"]
    assert all(user.has_usable_password() is False for user in city[:3])
    courses = CoursePage.objects.filter(slug__startswith="stadt-kurs-")
    assert courses.count() == counts["courses"]
    lessons = LessonPage.objects.descendant_of(courses.first())
    assert lessons.live().count() == counts["lessons_per_course"]
    # A hundredth of the city has fewer lessons than rows: everyone did all.
    assert LessonProgress.objects.filter(user__in=city).count() == min(
        counts["progress"], counts["people"] * counts["lessons"]
    )
    trainings = EventPage.objects.filter(slug__startswith="stadt-schulung-")
    assert trainings.live().count() == counts["trainings"]
    assert (
        EventSession.objects.filter(event__in=trainings).count() == (counts["sessions"])
    )
    assert trainings.filter(starts_at__isnull=False).count() == counts["trainings"]
    assert Booking.objects.filter(event__in=trainings).count() == counts["bookings"]
    # No training is booked beyond its seats.
    for training in trainings[:5]:
        confirmed = training.bookings.filter(status=Booking.Status.CONFIRMED)
        assert confirmed.count() <= training.capacity
    groups = Forum.objects.filter(slug__startswith="stadt-gruppe-")
    assert groups.count() == counts["groups"]
    assert Post.objects.filter(thread__forum__in=groups).count() == counts["posts"]
    thread = Thread.objects.filter(forum__in=groups).first()
    assert thread.reply_count == thread.posts.count() - 1
    assert (
        DirectoryEntry.objects.filter(name__startswith="Stadtangebot").count()
        == (counts["directory"])
    )
    assert TrainingRequest.objects.filter(author__in=city).count() == counts["requests"]
    assert "Lernfortschritt" in out.getvalue() and " s\n" in out.getvalue()
    # Pages made in bulk leave a sound tree (paths, depths, child counts).
    assert Page.find_problems() == ([], [], [], [], [])
    training = trainings.order_by("path").last()
    assert training.get_parent().specific_class.__name__ == "EventIndexPage"
    assert training.url_path.endswith(f"/{training.slug}/")
    assert training.topics.count() == 2 and training.trainers.count() == 1
    lesson = lessons.first()
    assert lesson.get_parent().pk == courses.first().pk
    assert not lesson.has_quiz
    # Searchable as published pages are.
    assert EventPage.objects.live().search(training.title.split(": ")[1])
    # A second run adds nothing.
    call_command("seed_city", scale=SCALE, stdout=io.StringIO())
    assert city.count() == counts["people"]


def test_seed_city_refuses_a_silly_scale():
    with pytest.raises(CommandError):
        call_command("seed_city", scale=0, stdout=io.StringIO())
