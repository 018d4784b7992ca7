"""Attendance per session, and how it feeds course completion."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail import hooks as wagtail_hooks

from cms import hooks
from events import services
from events.models import Attendance
from learning.models import CourseIndexPage, CoursePage

pytestmark = pytest.mark.django_db


def attended_training_for_course(user, course) -> bool:
    return any(hooks.call(hooks.COURSE_TRAINING_ATTENDED, user=user, course=course))


@pytest.fixture
def course(home_page):
    index = home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    return index.add_child(instance=CoursePage(title="Krisen verstehen", slug="krisen"))


def _book(event, person):
    return services.booking_create(event=event, user=person, actor=person)


@pytest.fixture
def heard():
    """What the apps are told when attendance changes."""
    told = []

    def listener(*, user, training, course_ids):
        told.append((user, training, course_ids))

    with wagtail_hooks.register_temporarily(hooks.ATTENDANCE_CHANGED, listener):
        yield told


def test_trainer_records_attendance_and_completion_hears_of_it(
    make_event, trainer, contact_person, course, heard
):
    start = timezone.now() + timedelta(days=1)
    event = make_event(
        trainers=[trainer],
        sessions=[
            (start, start + timedelta(hours=2)),
            (start + timedelta(days=7), start + timedelta(days=7, hours=2)),
        ],
    )
    event.related_courses.add(course)
    event.save()
    booking = _book(event, contact_person)
    assert not attended_training_for_course(contact_person, course)
    first = event.sessions.order_by("start").first()
    services.attendance_record(
        session=first, booking=booking, state="teilgenommen", actor=trainer
    )
    assert heard[-1][0] == contact_person
    assert heard[-1][2] == [course.pk]
    assert attended_training_for_course(contact_person, course)
    services.attendance_record(
        session=first, booking=booking, state="entschuldigt", actor=trainer
    )
    assert Attendance.objects.get().state == "entschuldigt"
    assert not attended_training_for_course(contact_person, course)


def test_attendance_at_a_cancelled_training_does_not_count(
    make_event, coordinator, contact_person, course
):
    event = make_event()
    event.related_courses.add(course)
    event.save()
    booking = _book(event, contact_person)
    services.attendance_record(
        session=event.sessions.get(),
        booking=booking,
        state="teilgenommen",
        actor=coordinator,
    )
    event.is_cancelled = True
    event.save_revision().publish()
    assert not attended_training_for_course(contact_person, course)


def test_trainer_of_another_training_cannot_record(
    make_event, trainer, other_trainer, contact_person
):
    event = make_event(trainers=[trainer])
    booking = _book(event, contact_person)
    with pytest.raises(services.BookingError):
        services.attendance_record(
            session=event.sessions.get(),
            booking=booking,
            state="teilgenommen",
            actor=other_trainer,
        )
    assert not Attendance.objects.exists()


def test_session_of_another_training_is_refused(make_event, trainer, contact_person):
    event = make_event(trainers=[trainer])
    other = make_event(trainers=[trainer], title="Andere Schulung")
    booking = _book(event, contact_person)
    with pytest.raises(services.BookingError) as error:
        services.attendance_record(
            session=other.sessions.get(),
            booking=booking,
            state="teilgenommen",
            actor=trainer,
        )
    assert error.value.code == "wrong_session"
    assert not Attendance.objects.exists()


def test_unknown_state_is_refused(make_event, trainer, contact_person):
    event = make_event(trainers=[trainer])
    booking = _book(event, contact_person)
    with pytest.raises(services.BookingError):
        services.attendance_record(
            session=event.sessions.get(), booking=booking, state="x", actor=trainer
        )
