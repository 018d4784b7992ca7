"""Courses that require a training: attendance completes them at once."""

from learning import services as learning
from learning.models import Certificate, Enrolment
from learning.selectors import coherence_profile
from tests.events.conftest import build_event
from tests.learning.conftest import lessons_of, make_course, quiz_answers


def _finish_online_part(user, course):
    learning.enrolment_start(user=user, course=course)
    *plain, quiz_lesson = lessons_of(course)
    for lesson in plain:
        learning.lesson_complete(user=user, lesson=lesson)
    learning.quiz_submit(
        user=user, lesson=quiz_lesson, answers=quiz_answers(quiz_lesson)
    )


def test_recorded_attendance_completes_a_blended_course_and_fills_the_profile(
    catalogue, calendar_page, contact_person, trainer
):
    from events import services as events
    from events.models import Attendance

    course = make_course(catalogue, requires_training=True)
    training = build_event(
        calendar_page,
        title="Erste Hilfe vor Ort",
        trainers=[trainer],
        dimension="handhabbarkeit",
    )
    training.related_courses.add(course)
    training.save_revision().publish()

    _finish_online_part(contact_person, course)
    enrolment = Enrolment.objects.get(user=contact_person, course=course)
    assert enrolment.completed_at is None, "the training is still missing"

    booking = events.booking_create(
        event=training, user=contact_person, actor=contact_person
    )
    session = training.sessions.get()
    events.attendance_record(
        session=session,
        booking=booking,
        state=Attendance.State.EXCUSED,
        actor=trainer,
        now=session.start,
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None, "excused is not attended"

    events.attendance_record(
        session=session,
        booking=booking,
        state=Attendance.State.ATTENDED,
        actor=trainer,
        now=session.start,
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(user=contact_person, course=course).exists()

    profile = {
        row["dimension"].value: row for row in coherence_profile(user=contact_person)
    }
    trainings = profile["handhabbarkeit"]["others"]
    assert [(part["count"], part["text"]) for part in trainings] == [
        (1, "1 besuchte Schulung")
    ]


def test_attendance_at_an_unrelated_training_does_not_count(
    catalogue, calendar_page, contact_person, trainer
):
    from events import services as events
    from events.models import Attendance

    course = make_course(catalogue, requires_training=True)
    other = build_event(calendar_page, title="Etwas anderes", trainers=[trainer])
    _finish_online_part(contact_person, course)
    booking = events.booking_create(
        event=other, user=contact_person, actor=contact_person
    )
    session = other.sessions.get()
    events.attendance_record(
        session=session,
        booking=booking,
        state=Attendance.State.ATTENDED,
        actor=trainer,
        now=session.start,
    )
    assert (
        Enrolment.objects.get(user=contact_person, course=course).completed_at is None
    )


def test_course_page_lists_its_trainings_and_links_the_forum(
    client, catalogue, calendar_page, contact_person, trainer
):
    from learning import services as learning_services

    course = make_course(catalogue, requires_training=True)
    training = build_event(calendar_page, title="Erste Hilfe im Stadtteil")
    training.related_courses.add(course)
    training.save_revision().publish()
    learning_services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    html = client.get(course.url).content.decode()
    assert "Erste Hilfe im Stadtteil" in html
    assert "Zum Kursforum" in html
