"""Learners' records never vanish by accident, and a certificate tells the truth.

* A course with learners (enrolments, progress, notes, certificates) or a
  lesson with progress cannot be deleted: not in the page's delete view, not
  by bulk delete, not by code. The refusal names the right action (unpublish),
  changes nothing and never answers 500.
* Attendance taken back takes back a blended course's completion at once; the
  certificate is revoked with the reason, the learner is told once by e-mail
  and sees it in "Mein Bereich"; the public verification page says
  "widerrufen" with the date. Attending again makes it valid again.
"""

from datetime import timedelta

import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone

from events import services as events
from learning import services
from learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from tests.events.conftest import build_event
from tests.learning.conftest import lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


def _records():
    return tuple(
        model.objects.count()
        for model in (
            CoursePage,
            LessonPage,
            Enrolment,
            LessonProgress,
            QuizAttempt,
            ReflectionNote,
            Certificate,
        )
    )


@pytest.fixture
def learnt(catalogue, contact_person):
    """A course in which a person has done one lesson and written a note."""
    course = make_course(catalogue)
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=contact_person, lesson=lesson)
    block = next(b for b in lesson.body if b.block_type == "reflection")
    services.reflection_save(
        user=contact_person, lesson=lesson, block_id=block.id, text="Meine Notiz"
    )
    return course, lesson


# Deleting courses and lessons


def test_delete_view_refuses_a_course_with_learners(client, learnt, coordinator):
    course, _lesson = learnt
    before = _records()
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:delete", args=[course.pk])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == reverse(
            "wagtailadmin_pages:edit", args=[course.pk]
        )
    html = client.get(response["Location"]).content.decode()
    assert "kann nicht gelöscht werden" in html
    assert "1 Person hat darin gelernt" in html
    assert "Heben Sie stattdessen die Veröffentlichung" in html
    assert _records() == before


def test_delete_view_refuses_a_lesson_with_progress(client, learnt, coordinator):
    _course, lesson = learnt
    before = _records()
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:delete", args=[lesson.pk]), follow=True
    )
    assert response.status_code == 200
    assert "Die Lerneinheit" in response.content.decode()
    assert _records() == before


def test_a_lesson_nobody_touched_can_be_deleted(client, learnt, coordinator):
    course, _lesson = learnt
    untouched = lessons_of(course)[1]
    client.force_login(coordinator)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[untouched.pk]))
    assert response.status_code == 302
    assert not LessonPage.objects.filter(pk=untouched.pk).exists()


def test_a_course_without_learners_can_be_deleted(client, catalogue, coordinator):
    course = make_course(catalogue, "Leerer Kurs")
    client.force_login(coordinator)
    url = reverse("wagtailadmin_pages:delete", args=[course.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not CoursePage.objects.filter(pk=course.pk).exists()


def test_a_certificate_alone_keeps_the_course(
    client, catalogue, contact_person, coordinator
):
    course = make_course(catalogue, lessons=1, quiz=False)
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    # Only the certificate is left (as after an erasure of the other records).
    Enrolment.objects.all().delete()
    LessonProgress.objects.all().delete()
    ReflectionNote.objects.all().delete()
    assert services.page_delete_refusal(pages=[course]) is not None
    client.force_login(coordinator)
    client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]))
    assert Certificate.objects.get().course_id == course.pk


def test_deleting_the_catalogue_above_a_course_with_learners_is_refused(
    client, learnt, catalogue, coordinator
):
    before = _records()
    client.force_login(coordinator)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[catalogue.pk]))
    assert response.status_code == 302
    assert _records() == before


def test_bulk_delete_refuses_courses_with_learners(client, learnt, coordinator):
    course, lesson = learnt
    before = _records()
    client.force_login(coordinator)
    listing = reverse("wagtailadmin_explore", args=[course.pk])
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={lesson.pk}&next={listing}"
    )
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == listing
    assert "Die Lerneinheit" in client.get(listing).content.decode()
    assert _records() == before


def test_code_cannot_cascade_learners_records(learnt):
    course, lesson = learnt
    before = _records()
    with pytest.raises(ProtectedError):
        LessonPage.objects.get(pk=lesson.pk).delete()
    with pytest.raises(ProtectedError):
        CoursePage.objects.get(pk=course.pk).delete()
    assert _records() == before


def test_unpublishing_is_the_way_and_keeps_everything(client, learnt, coordinator):
    course, _lesson = learnt
    before = _records()
    client.force_login(coordinator)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[course.pk]))
    assert response.status_code == 302
    assert not CoursePage.objects.get(pk=course.pk).live
    assert _records() == before


# Withdrawn attendance revokes a certificate


@pytest.fixture
def calendar(home_page):
    from events.models import EventIndexPage

    page = home_page.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    page.save_revision().publish()
    return page


@pytest.fixture
def blended(catalogue, calendar, contact_person, trainer):
    """A person who finished a course that asks for a training, and attended it."""
    course = make_course(catalogue, "Erste Hilfe", requires_training=True)
    start = timezone.now() + timedelta(days=2)
    training = build_event(
        calendar, title="Erste Hilfe vor Ort", trainers=[trainer], start=start
    )
    training.related_courses.add(course)
    training.save_revision().publish()
    services.enrolment_start(user=contact_person, course=course)
    *plain, quiz_lesson = lessons_of(course)
    for lesson in plain:
        services.lesson_complete(user=contact_person, lesson=lesson)
    services.quiz_submit(
        user=contact_person, lesson=quiz_lesson, answers=quiz_answers(quiz_lesson)
    )
    booking = events.booking_create(
        event=training, user=contact_person, actor=contact_person
    )
    session = training.sessions.get()
    events.attendance_record(
        session=session,
        booking=booking,
        state="teilgenommen",
        actor=trainer,
        now=session.start,
    )
    certificate = Certificate.objects.get(user=contact_person, course=course)
    return course, session, booking, certificate


def _set_attendance(session, booking, trainer, state):
    events.attendance_record(
        session=session, booking=booking, state=state, actor=trainer, now=session.end
    )


def _revocation_mails(mailoutbox):
    return [m for m in mailoutbox if "Bescheinigung widerrufen" in m.subject]


def test_withdrawn_attendance_revokes_the_certificate_and_tells_the_learner(
    client,
    blended,
    contact_person,
    trainer,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    course, session, booking, certificate = blended
    assert certificate.is_valid
    with django_capture_on_commit_callbacks(execute=True):
        _set_attendance(session, booking, trainer, "nicht_erschienen")
    enrolment = Enrolment.objects.get(user=contact_person, course=course)
    assert enrolment.completed_at is None, "completion recomputed at once"
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revocation_cause == "attendance"
    assert certificate.revoked_by is None, "revoked by the rule, not a person"
    assert "Erste Hilfe vor Ort" in certificate.revocation_reason

    mails = _revocation_mails(mailoutbox)
    assert len(mails) == 1 and mails[0].to == [contact_person.email]
    assert "Erste Hilfe vor Ort" in mails[0].body
    assert "nicht mehr als „teilgenommen“ erfasst" in mails[0].body
    # A retried task, or a second correction, sends nothing twice.
    from learning.tasks import certificate_revocation_send_task

    with django_capture_on_commit_callbacks(execute=True):
        certificate_revocation_send_task(certificate.pk)
        _set_attendance(session, booking, trainer, "entschuldigt")
    assert len(_revocation_mails(mailoutbox)) == 1

    client.force_login(contact_person)
    dashboard = client.get(reverse("dashboard")).content.decode()
    date = f"{timezone.localtime(certificate.revoked_at):%-d}."
    assert "Bescheinigung widerrufen am" in dashboard and date in dashboard
    assert "Erste Hilfe vor Ort" in dashboard
    download = reverse("learning:certificate_download", args=[certificate.pk])
    assert client.get(download).status_code == 404

    client.logout()
    verify = client.get(certificate.get_absolute_url())
    html = verify.content.decode()
    assert verify.status_code == 200
    assert "widerrufen" in html and "Widerrufen am" in html and date in html
    assert "Diese Bescheinigung ist gültig" not in html
    assert certificate.revocation_reason not in html, "the reason stays private"


def test_attending_again_makes_the_certificate_valid_again(
    blended, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    course, session, booking, certificate = blended
    with django_capture_on_commit_callbacks(execute=True):
        _set_attendance(session, booking, trainer, "nicht_erschienen")
        _set_attendance(session, booking, trainer, "teilgenommen")
    certificate.refresh_from_db()
    assert certificate.is_valid and certificate.revocation_reason == ""
    assert Certificate.objects.count() == 1, "same code, same certificate"
    assert Enrolment.objects.get(course=course).completed_at is not None


def test_a_coordinators_revocation_tells_the_learner_too(
    blended, coordinator, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    _course, session, booking, certificate = blended
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_revoke(
            certificate=certificate, actor=coordinator, reason="Fehlerhaft ausgestellt"
        )
    mails = _revocation_mails(mailoutbox)
    assert len(mails) == 1 and "Fehlerhaft ausgestellt" in mails[0].body
    # Attendance again does not undo a coordinator's decision.
    _set_attendance(session, booking, trainer, "teilgenommen")
    certificate.refresh_from_db()
    assert not certificate.is_valid


def test_the_revocation_mail_speaks_the_learners_language(
    blended, contact_person, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    _course, session, booking, certificate = blended
    with django_capture_on_commit_callbacks(execute=True):
        _set_attendance(session, booking, trainer, "nicht_erschienen")
    mail = next(m for m in mailoutbox if "revoked" in m.subject)
    assert "no longer recorded as" in mail.body
    certificate.refresh_from_db()
    assert "no longer recorded as" in certificate.revocation_reason


def test_withdrawal_outside_the_window_changes_nothing(blended, trainer, mailoutbox):
    course, session, booking, certificate = blended
    with pytest.raises(events.BookingError):
        events.attendance_record(
            session=session,
            booking=booking,
            state="nicht_erschienen",
            actor=trainer,
            now=session.end + timedelta(days=8),
        )
    certificate.refresh_from_db()
    assert certificate.is_valid
    assert Enrolment.objects.get(course=course).completed_at is not None
