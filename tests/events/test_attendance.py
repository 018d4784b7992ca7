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
        session=first,
        booking=booking,
        state="teilgenommen",
        actor=trainer,
        now=first.start,
    )
    assert heard[-1][0] == contact_person
    assert heard[-1][2] == [course.pk]
    assert attended_training_for_course(contact_person, course)
    services.attendance_record(
        session=first,
        booking=booking,
        state="entschuldigt",
        actor=trainer,
        now=first.end,
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
    session = event.sessions.get()
    services.attendance_record(
        session=session,
        booking=booking,
        state="teilgenommen",
        actor=coordinator,
        now=session.start,
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


# Attendance only when it can be true: from 30 minutes before a session starts
# until 7 days after it ends.


@pytest.fixture
def held(make_event, trainer, contact_person):
    """A training with one session, a trainer and one confirmed participant."""
    event = make_event(trainers=[trainer])
    return event, event.sessions.get(), _book(event, contact_person)


def _record(session, booking, actor, now, state="teilgenommen"):
    return services.attendance_record(
        session=session, booking=booking, state=state, actor=actor, now=now
    )


def test_attendance_opens_thirty_minutes_before_the_start(held, trainer):
    _event, session, booking = held
    with pytest.raises(services.BookingError) as error:
        _record(session, booking, trainer, session.start - timedelta(minutes=31))
    assert error.value.code == "attendance_not_yet"
    assert "erst ab" in error.value.message
    assert not Attendance.objects.exists()
    _record(session, booking, trainer, session.start - timedelta(minutes=30))
    assert Attendance.objects.get().state == "teilgenommen"


def test_attendance_days_before_the_session_is_refused_and_tells_nobody(
    held, trainer, course, heard
):
    event, session, booking = held
    event.related_courses.add(course)
    with pytest.raises(services.BookingError) as error:
        _record(session, booking, trainer, timezone.now())
    assert error.value.code == "attendance_not_yet"
    assert not Attendance.objects.exists()
    assert heard == []


def test_attendance_closes_seven_days_after_the_end(held, trainer):
    _event, session, booking = held
    _record(session, booking, trainer, session.end + timedelta(days=7))
    with pytest.raises(services.BookingError) as error:
        _record(
            session,
            booking,
            trainer,
            session.end + timedelta(days=7, minutes=1),
            state="nicht_erschienen",
        )
    assert error.value.code == "attendance_closed"
    assert "nur bis" in error.value.message
    assert Attendance.objects.get().state == "teilgenommen", "nothing changed"


def test_the_window_comes_from_the_settings(held, trainer, settings):
    settings.ATTENDANCE_OPENS_MINUTES_BEFORE = 60
    settings.ATTENDANCE_CLOSES_DAYS_AFTER = 1
    _event, session, booking = held
    _record(session, booking, trainer, session.start - timedelta(minutes=59))
    with pytest.raises(services.BookingError):
        _record(session, booking, trainer, session.end + timedelta(days=1, seconds=1))


def test_check_in_before_the_session_shows_why_and_saves_nothing(client, held, trainer):
    from cms.routing import route_url

    event, session, booking = held
    url = route_url(event, "check_in", session.pk)
    client.force_login(trainer)
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "kann erst ab" in html
    assert 'name="state"' not in html, "no buttons while attendance cannot be true"
    response = client.post(url, {"booking": booking.pk, "state": "teilgenommen"})
    assert response.status_code == 302
    assert not Attendance.objects.exists()
    shown = client.get(url).content.decode()
    assert "kann erst ab" in shown


def test_check_in_after_the_window_answers_in_english(
    client, make_event, trainer, contact_person
):
    from cms.routing import route_url

    start = timezone.now() + timedelta(minutes=10)
    event = make_event(trainers=[trainer], start=start)
    session = event.sessions.get()
    booking = _book(event, contact_person)
    _record(session, booking, trainer, start)
    # The session lies more than a week in the past.
    session.start = start - timedelta(days=10)
    session.end = session.start + timedelta(hours=2)
    session.save()
    trainer.preferred_language = "en"
    trainer.save(update_fields=["preferred_language"])
    client.force_login(trainer)
    url = route_url(event, "check_in", session.pk)
    response = client.post(
        url, {"booking": booking.pk, "state": "nicht_erschienen"}, follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "could only be recorded or changed until" in html
    assert Attendance.objects.get().state == "teilgenommen"
