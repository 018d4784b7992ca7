"""Enrolment, progress, quizzes, completion and certificates."""

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader
from wagtail import hooks as wagtail_hooks
from wagtail.models import ModelLogEntry

from cms import hooks
from learning import services
from learning.models import (
    Certificate,
    Enrolment,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from learning.services import LearningError
from tests.learning.conftest import add_lesson, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


def finish(user, course):
    """Do every lesson of a course the way a learner would."""
    services.enrolment_start(user=user, course=course)
    for lesson in (lesson for lesson in lessons_of(course) if lesson.live):
        if lesson.has_quiz:
            services.quiz_submit(user=user, lesson=lesson, answers=quiz_answers(lesson))
        else:
            services.lesson_complete(user=user, lesson=lesson)


def test_start_leave_and_rejoin_keep_progress(course, contact_person):
    enrolment = services.enrolment_start(user=contact_person, course=course)
    first = lessons_of(course)[0]
    services.lesson_complete(user=contact_person, lesson=first)
    services.enrolment_leave(user=contact_person, course=course)
    enrolment.refresh_from_db()
    assert enrolment.left_at is not None
    assert LessonProgress.objects.filter(user=contact_person).count() == 1
    with pytest.raises(LearningError):
        services.lesson_complete(user=contact_person, lesson=lessons_of(course)[1])
    services.enrolment_start(user=contact_person, course=course)
    enrolment.refresh_from_db()
    assert enrolment.is_active
    assert ModelLogEntry.objects.filter(action="learning.enrolment_start").count() == 2


def test_leaving_a_course_one_is_not_in_is_refused(course, contact_person):
    with pytest.raises(LearningError) as error:
        services.enrolment_leave(user=contact_person, course=course)
    assert error.value.code == "not_active"


def test_lesson_of_a_course_not_enrolled_in_is_refused(course, contact_person):
    with pytest.raises(LearningError) as error:
        services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    assert error.value.code == "not_enrolled"
    assert not LessonProgress.objects.exists()


def test_a_quiz_lesson_is_done_only_by_passing_the_quiz(course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    quiz_lesson = lessons_of(course)[-1]
    assert quiz_lesson.has_quiz
    with pytest.raises(LearningError) as error:
        services.lesson_complete(user=contact_person, lesson=quiz_lesson)
    assert error.value.code == "quiz_required"


def test_fail_then_pass_a_quiz_stores_both_attempts(course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[-1]
    failed = services.quiz_submit(
        user=contact_person, lesson=lesson, answers=quiz_answers(lesson, correct=False)
    )
    assert (failed.score, failed.passed) == (50, False)
    assert not LessonProgress.objects.filter(lesson=lesson).exists()
    passed = services.quiz_submit(
        user=contact_person, lesson=lesson, answers=quiz_answers(lesson)
    )
    assert (passed.score, passed.passed) == (100, True)
    assert QuizAttempt.objects.filter(user=contact_person).count() == 2
    assert LessonProgress.objects.filter(lesson=lesson).exists()


@pytest.mark.parametrize(
    "tamper",
    [
        "unknown_question",
        "unknown_answer",
        "two_answers_for_single_choice",
        "missing_question",
        "answer_of_other_question",
    ],
)
def test_tampered_quiz_answers_record_nothing(course, contact_person, tamper):
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[-1]
    answers = quiz_answers(lesson)
    first, second = list(answers)
    if tamper == "unknown_question":
        answers["erfunden"] = ["x"]
    elif tamper == "unknown_answer":
        answers[first] = ["gibt-es-nicht"]
    elif tamper == "two_answers_for_single_choice":
        answers[first] = [*answers[first], *answers[second]]
    elif tamper == "missing_question":
        del answers[second]
    else:
        answers[first] = answers[second][:1]
    with pytest.raises(LearningError):
        services.quiz_submit(user=contact_person, lesson=lesson, answers=answers)
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


def test_completion_issues_a_certificate_with_a_pdf(
    course, contact_person, django_capture_on_commit_callbacks
):
    contact_person.first_name, contact_person.last_name = "Anna", "Muster"
    contact_person.save()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        finish(contact_person, course)
    assert len(callbacks) == 1
    enrolment = Enrolment.objects.get(user=contact_person, course=course)
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(user=contact_person, course=course)
    assert certificate.holder_name == "Anna Muster"
    assert len(certificate.code) == 19
    assert certificate.pdf
    with default_storage.open(certificate.pdf.name, "rb") as handle:
        text = PdfReader(handle).pages[0].extract_text()
    assert "Anna Muster" in text
    assert certificate.code in text
    assert "Krisen verstehen" in text
    assert "1,0 Stunden" in text


def test_pdf_rendering_is_idempotent(
    course, contact_person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        finish(contact_person, course)
    certificate = Certificate.objects.get()
    name = certificate.pdf.name
    services.certificate_pdf_render(certificate=certificate)
    certificate.refresh_from_db()
    assert certificate.pdf.name == name


def test_certificate_codes_differ(catalogue, contact_person, other_person):
    course = make_course(catalogue, lessons=1, quiz=False)
    finish(contact_person, course)
    finish(other_person, course)
    codes = set(Certificate.objects.values_list("code", flat=True))
    assert len(codes) == 2


def test_draft_lessons_do_not_count(course, contact_person):
    draft = add_lesson(course, "Entwurf")
    draft.unpublish()
    finish(contact_person, course)
    assert Enrolment.objects.get().completed_at is not None


def test_optional_lessons_do_not_count(course, contact_person):
    optional = add_lesson(course, "Vertiefung", required=False)
    finish_lessons = [lesson for lesson in lessons_of(course) if lesson != optional]
    services.enrolment_start(user=contact_person, course=course)
    for lesson in finish_lessons:
        if lesson.has_quiz:
            services.quiz_submit(
                user=contact_person, lesson=lesson, answers=quiz_answers(lesson)
            )
        else:
            services.lesson_complete(user=contact_person, lesson=lesson)
    assert Enrolment.objects.get().completed_at is not None


def test_adding_a_lesson_keeps_a_completion(course, contact_person):
    finish(contact_person, course)
    add_lesson(course, "Neue Lektion")
    enrolment = Enrolment.objects.get()
    assert services.completion_evaluate(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_deleting_a_lesson_with_records_is_refused(course, contact_person):
    from django.db.models import ProtectedError

    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=contact_person, lesson=lesson)
    note_block = next(b for b in lesson.body if b.block_type == "reflection")
    services.reflection_save(
        user=contact_person, lesson=lesson, block_id=note_block.id, text="Meine Notiz"
    )
    with pytest.raises(ProtectedError):
        lesson.delete()
    progress = LessonProgress.objects.get()
    assert progress.lesson == lesson
    assert progress.lesson_title == "Lektion 1"
    assert ReflectionNote.objects.get().text == "Meine Notiz"


def test_unpublishing_a_lesson_keeps_the_records(course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    services.lesson_complete(user=contact_person, lesson=lesson)
    lesson.unpublish()
    assert LessonProgress.objects.filter(lesson=lesson).exists()


def test_reflection_notes_are_saved_updated_and_deleted(course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    services.reflection_save(
        user=contact_person, lesson=lesson, block_id=block_id, text="Erste"
    )
    services.reflection_save(
        user=contact_person, lesson=lesson, block_id=block_id, text="Zweite"
    )
    assert ReflectionNote.objects.get().text == "Zweite"
    services.reflection_save(
        user=contact_person, lesson=lesson, block_id=block_id, text=" "
    )
    assert not ReflectionNote.objects.exists()
    with pytest.raises(LearningError):
        services.reflection_save(
            user=contact_person, lesson=lesson, block_id="fremd", text="x"
        )
    with pytest.raises(LearningError):
        services.reflection_save(
            user=contact_person, lesson=lesson, block_id=block_id, text="x" * 5001
        )


@pytest.fixture
def attendance():
    """A fake attendance provider, as the events app will register one."""
    attended: set[tuple[int, int]] = set()

    def answer(*, user, course):
        return (user.pk, course.pk) in attended

    with wagtail_hooks.register_temporarily(hooks.COURSE_TRAINING_ATTENDED, answer):
        yield attended


def attendance_changed(*, user, courses, training=None):
    """Tell the apps what the events app tells them when attendance changes."""
    hooks.call(
        hooks.ATTENDANCE_CHANGED,
        user=user,
        training=training,
        course_ids=[course.pk for course in courses],
    )


def test_blended_course_completes_when_attendance_is_recorded(
    catalogue, contact_person, attendance
):
    course = make_course(catalogue, requires_training=True)
    finish(contact_person, course)
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is None
    attendance.add((contact_person.pk, course.pk))
    attendance_changed(user=contact_person, courses=[course])
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(user=contact_person).exists()


def test_attendance_for_another_person_completes_nothing(
    catalogue, contact_person, other_person, attendance
):
    course = make_course(catalogue, requires_training=True)
    finish(contact_person, course)
    attendance.add((other_person.pk, course.pk))
    attendance_changed(user=other_person, courses=[course])
    assert Enrolment.objects.get().completed_at is None


def test_only_coordinators_revoke_certificates(
    course, contact_person, coordinator, trainer
):
    finish(contact_person, course)
    certificate = Certificate.objects.get()
    with pytest.raises(LearningError):
        services.certificate_revoke(certificate=certificate, actor=trainer, reason="x")
    services.certificate_revoke(
        certificate=certificate, actor=coordinator, reason="Irrtum"
    )
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revoked_by == coordinator
    with pytest.raises(LearningError):
        services.certificate_revoke(
            certificate=certificate, actor=coordinator, reason="Irrtum"
        )


def test_attendance_at_a_real_training_page_completes_the_course(
    catalogue, home_page, contact_person, attendance
):
    from events.models import EventIndexPage, EventPage

    course = make_course(catalogue, requires_training=True)
    calendar = home_page.add_child(
        instance=EventIndexPage(title="Termine", slug="termine")
    )
    training = calendar.add_child(
        instance=EventPage(title="Schulung", slug="schulung", related_courses=[course])
    )
    training.save_revision().publish()
    finish(contact_person, course)
    attendance.add((contact_person.pk, course.pk))
    attendance_changed(
        user=contact_person, training=training, courses=training.related_courses.all()
    )
    assert Enrolment.objects.get().completed_at is not None
