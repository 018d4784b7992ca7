"""The demo content builds, twice, with learners at the promised stages."""

import io

import pytest

from demo import learning as demo_learning
from demo.site import seed_site
from learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ReflectionNote,
)

pytestmark = pytest.mark.django_db


def test_seed_demo_is_complete_and_idempotent(client):
    for _run in range(2):
        seed_site()
        demo_learning.seed(stdout=io.StringIO())
    courses = CoursePage.objects.live()
    assert courses.count() == 3
    assert {c.dimension for c in courses} == {
        "verstehbarkeit",
        "handhabbarkeit",
        "sinnhaftigkeit",
    }
    for course in courses:
        lessons = LessonPage.objects.child_of(course).live()
        assert 3 <= lessons.count() <= 5
        assert lessons.filter(has_quiz=True).count() == 1
        assert course.cover_image and course.cover_image_alt
        assert course.owner.email == "trainerin@example.org"
    images = [
        block.value
        for lesson in LessonPage.objects.all()
        for block in lesson.body
        if block.block_type == "image"
    ]
    assert images and all(value["alt_text"] for value in images)

    lena = Enrolment.objects.get(user__email="lernende@example.org")
    assert lena.completed_at is None
    assert (
        LessonProgress.objects.filter(user__email="lernende@example.org").count() == 2
    )
    assert (
        ReflectionNote.objects.filter(user__email="lernende@example.org").count() == 1
    )
    ayla = Enrolment.objects.get(user__email="absolventin@example.org")
    assert ayla.completed_at is not None
    certificate = Certificate.objects.get(user__email="absolventin@example.org")
    assert certificate.pdf
    assert certificate.holder_name == "Ayla Demir"

    assert client.get("/kurse/").status_code == 200
    assert "Krisen verstehen" in client.get("/").text
