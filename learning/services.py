"""Business rules of learning: enrolment, progress, quizzes, completion, certificates.

Each function runs in one transaction, takes the acting person and leaves an
audit entry for changes that matter to people. Completion is evaluated at
once, whenever something that could complete a course happens.
"""

import base64
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import hooks, outbox, roles
from cms.errors import DomainError
from cms.i18n import interface_language
from learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
    RevocationCause,
)
from learning.quiz import QuizInputError, clean_answers, quiz_from_block, read_draw
from learning.quiz import score as quiz_score

NOTE_MAX_LENGTH = 5000


class LearningError(DomainError):
    """A learning action that cannot be done, with a message for the person."""

    messages = {
        "course_unavailable": _("Diesen Kurs gibt es nicht oder nicht mehr."),
        "lesson_unavailable": _("Diese Lerneinheit gibt es nicht oder nicht mehr."),
        "not_enrolled": _(
            "Bitte starten Sie zuerst den Kurs, zu dem diese Lerneinheit gehört."
        ),
        "not_active": _("Sie nehmen an diesem Kurs nicht teil."),
        "quiz_required": _(
            "Diese Lerneinheit ist erledigt, sobald Sie das Quiz bestanden haben."
        ),
        "no_quiz": _("Zu dieser Lerneinheit gibt es kein Quiz."),
        "invalid_answer": _(
            "Ihre Antworten passen nicht zu diesem Quiz. Bitte laden Sie die Seite "
            "neu und versuchen Sie es noch einmal."
        ),
        "incomplete_quiz": _(
            "Bitte beantworten Sie alle Fragen. Die offenen Fragen sind markiert."
        ),
        "quiz_changed": _(
            "Das Quiz wurde inzwischen geändert. Bitte beantworten Sie die Fragen "
            "noch einmal."
        ),
        "order_twice": _("Bitte vergeben Sie jede Position nur einmal."),
        "answer_too_long": _("Die Antwort ist zu lang (höchstens 3000 Zeichen)."),
        "invalid_note": _("Zu dieser Stelle kann keine Notiz gespeichert werden."),
        "note_too_long": _("Die Notiz ist zu lang (höchstens 5000 Zeichen)."),
        "forbidden": _("Dazu fehlt Ihnen die Berechtigung."),
        "already_revoked": _("Diese Bescheinigung ist bereits widerrufen."),
    }


def course_of(lesson: LessonPage) -> CoursePage | None:
    """Return the live course a lesson belongs to."""
    return CoursePage.objects.live().parent_of(lesson).first()


def counted_lessons(course: CoursePage):
    """Return the published lessons that count for completion."""
    from django.db.models import Q

    return (
        LessonPage.objects.child_of(course)
        .live()
        .filter(Q(required=True) | Q(has_quiz=True))
    )


@transaction.atomic
def enrolment_start(*, user, course: CoursePage) -> Enrolment:
    """Start a course (or rejoin one that was left); records are kept."""
    if not course.live:
        raise LearningError("course_unavailable")
    enrolment, created = Enrolment.objects.select_for_update().get_or_create(
        user=user, course=course
    )
    if created or enrolment.left_at is not None:
        enrolment.left_at = None
        enrolment.last_activity_at = timezone.now()
        enrolment.save(update_fields=["left_at", "last_activity_at"])
        log(
            instance=enrolment,
            action="learning.enrolment_start",
            user=user,
            data={"course": course.pk},
        )
        completion_evaluate(enrolment=enrolment)
    return enrolment


@transaction.atomic
def enrolment_leave(*, user, course: CoursePage) -> Enrolment:
    """Leave a course; progress, notes and certificates stay."""
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course=course, left_at__isnull=True)
        .first()
    )
    if enrolment is None:
        raise LearningError("not_active")
    enrolment.left_at = timezone.now()
    enrolment.save(update_fields=["left_at"])
    log(
        instance=enrolment,
        action="learning.enrolment_leave",
        user=user,
        data={"course": course.pk},
    )
    return enrolment


def _active_enrolment(*, user, lesson: LessonPage) -> tuple[Enrolment, CoursePage]:
    if not lesson.live:
        raise LearningError("lesson_unavailable")
    course = course_of(lesson)
    if course is None:
        raise LearningError("lesson_unavailable")
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course=course, left_at__isnull=True)
        .first()
    )
    if enrolment is None:
        raise LearningError("not_enrolled")
    return enrolment, course


def _mark_done(*, user, lesson: LessonPage, course: CoursePage) -> LessonProgress:
    progress, created = LessonProgress.objects.get_or_create(
        user=user,
        lesson=lesson,
        defaults={
            "course": course,
            "lesson_title": lesson.title,
            "dimension": lesson.dimension,
            "completed_at": timezone.now(),
        },
    )
    if created:
        # On the person's record, not the lesson page: the page history is for
        # editors and must not list who learns what.
        log(
            instance=progress,
            action="learning.lesson_complete",
            user=user,
            data={"course": course.pk, "lesson": lesson.pk},
        )
    return progress


def _touch(enrolment: Enrolment) -> None:
    enrolment.last_activity_at = timezone.now()
    enrolment.save(update_fields=["last_activity_at"])


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson without a quiz as done and re-evaluate the course."""
    enrolment, course = _active_enrolment(user=user, lesson=lesson)
    if lesson.has_quiz:
        raise LearningError("quiz_required")
    progress = _mark_done(user=user, lesson=lesson, course=course)
    _touch(enrolment)
    completion_evaluate(enrolment=enrolment)
    return progress


@transaction.atomic
def quiz_submit(
    *, user, lesson: LessonPage, answers: dict, draw: str = ""
) -> QuizAttempt:
    """Score a quiz on the server; a passed quiz marks its lesson as done.

    ``answers`` maps question ids to what was posted: a list of answer ids
    (choice, true/false, self-check text) or a mapping (ordering: step id to
    position; matching: left id to the code of the chosen right-hand side).
    ``draw`` is the signed token naming the questions this person was asked.
    Anything that does not belong to the draw is refused and nothing is
    recorded. ``LearningError.params["questions"]`` names unanswered questions.
    """
    enrolment, course = _active_enrolment(user=user, lesson=lesson)
    block = lesson.quiz_block
    if block is None:
        raise LearningError("no_quiz")
    quiz = quiz_from_block(block)
    try:
        drawn = read_draw(draw, quiz, user_id=user.pk, lesson_id=lesson.pk)
        stored = clean_answers(quiz, drawn, answers)
    except QuizInputError as error:
        failure = LearningError(error.code)
        failure.questions = getattr(error, "missing", None) or (
            [error.question_id] if error.question_id else []
        )
        raise failure from error
    result = quiz_score(quiz, stored)
    passed = result >= quiz.pass_mark
    attempt = QuizAttempt.objects.create(
        user=user,
        course=course,
        lesson=lesson,
        questions=drawn.question_ids,
        answers=stored,
        score=result,
        pass_mark=quiz.pass_mark,
        passed=passed,
    )
    log(
        instance=attempt,
        action="learning.quiz_submit",
        user=user,
        data={"lesson": lesson.pk, "score": result, "passed": passed},
    )
    if passed:
        _mark_done(user=user, lesson=lesson, course=course)
    _touch(enrolment)
    completion_evaluate(enrolment=enrolment)
    return attempt


@transaction.atomic
def reflection_save(
    *, user, lesson: LessonPage, block_id: str, text: str
) -> ReflectionNote | None:
    """Save (or, when emptied, delete) a learner's private note to a prompt."""
    enrolment, course = _active_enrolment(user=user, lesson=lesson)
    prompts = {b.id: b.value for b in lesson.body if b.block_type == "reflection"}
    if block_id not in prompts:
        raise LearningError("invalid_note")
    text = text.strip()
    if len(text) > NOTE_MAX_LENGTH:
        raise LearningError("note_too_long")
    if not text:
        ReflectionNote.objects.filter(
            user=user, lesson=lesson, block_id=block_id
        ).delete()
        return None
    note, _created = ReflectionNote.objects.update_or_create(
        user=user,
        lesson=lesson,
        block_id=block_id,
        defaults={
            "course": course,
            "lesson_title": lesson.title,
            "prompt": str(prompts[block_id]),
            "text": text,
        },
    )
    _touch(enrolment)
    return note


def completion_evaluate(*, enrolment: Enrolment) -> bool:
    """Complete the course if every rule holds.

    A course is complete when every published required lesson is done, every
    published quiz is passed and, if the course asks for it, the person
    attended one of its trainings. Only ``completion_withdraw`` takes a
    completion back, when the attendance it rested on is corrected.
    """
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.completed_at is not None:
            return True
        if not enrolment.is_active:
            return False
        course = CoursePage.objects.get(pk=enrolment.course_id)
        lesson_ids = set(counted_lessons(course).values_list("pk", flat=True))
        if not lesson_ids:
            return False
        done = set(
            LessonProgress.objects.filter(
                user_id=enrolment.user_id, lesson_id__in=lesson_ids
            ).values_list("lesson_id", flat=True)
        )
        if done != lesson_ids:
            return False
        if course.requires_training and not any(
            hooks.call(
                hooks.COURSE_TRAINING_ATTENDED, user=enrolment.user, course=course
            )
        ):
            return False
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        log(
            instance=enrolment,
            action="learning.course_complete",
            user=enrolment.user,
            data={"course": course.pk},
        )
        certificate_issue(enrolment=enrolment, course=course)
        return True


def _new_code() -> str:
    """Return an unguessable, readable code: 80 random bits in base32 groups."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def certificate_issue(*, enrolment: Enrolment, course: CoursePage) -> Certificate:
    """Issue the certificate of a completed course and render its PDF after commit."""
    from learning.tasks import certificate_pdf_render_task

    user = enrolment.user
    dimensions = sorted(
        set(
            LessonPage.objects.child_of(course)
            .live()
            .values_list("dimension", flat=True)
        )
        | {course.dimension}
    )
    with transaction.atomic():
        certificate, created = Certificate.objects.get_or_create(
            user=user,
            course=course,
            defaults={
                "code": _new_code(),
                "holder_name": user.get_full_name(),
                "course_title": course.title,
                "dimensions": dimensions,
                "minutes": course.estimated_minutes,
                "issued_at": enrolment.completed_at or timezone.now(),
            },
        )
        if created:
            log(instance=certificate, action="learning.certificate_issue", user=user)
            outbox.enqueue(certificate_pdf_render_task, certificate.pk, recipient=user)
        elif (
            certificate.revoked_at is not None
            and certificate.revocation_cause == RevocationCause.ATTENDANCE
        ):
            # Withdrawn only because an attendance was corrected: completed
            # again, the same certificate (and code) is valid again.
            certificate.revoked_at = None
            certificate.revoked_by = None
            certificate.revocation_reason = ""
            certificate.revocation_cause = ""
            certificate.revocation_notified_at = None
            certificate.save(update_fields=_REVOCATION_FIELDS)
            log(
                instance=certificate, action="learning.certificate_reinstate", user=user
            )
    return certificate


def _refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"Certificates load nothing from outside: {url}")


def certificate_pdf_render(*, certificate: Certificate) -> Certificate:
    """Render the certificate's PDF once; a second call changes nothing."""
    from weasyprint import HTML

    if certificate.pdf:
        return certificate
    from cms.dimensions import Dimension

    with translation.override(interface_language(certificate.user.preferred_language)):
        html = render_to_string(
            "learning/certificate_pdf.html",
            {
                "certificate": certificate,
                "site_url": settings.SITE_URL,
                "dimension_labels": [
                    Dimension(value).label
                    for value in certificate.dimensions
                    if value in Dimension.values
                ],
            },
        )
    pdf = HTML(string=html, base_url=None, url_fetcher=_refuse_fetch).write_pdf()
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not locked.pdf:
            locked.pdf.save(f"{secrets.token_hex(16)}.pdf", ContentFile(pdf), save=True)
    return locked


_REVOCATION_FIELDS = [
    "revoked_at",
    "revoked_by",
    "revocation_reason",
    "revocation_cause",
    "revocation_notified_at",
]


def _revoke(certificate: Certificate, *, actor, reason: str, cause: str) -> Certificate:
    """Revoke a locked certificate and tell its holder why, after commit."""
    from learning.tasks import certificate_revocation_send_task

    certificate.revoked_at = timezone.now()
    certificate.revoked_by = actor
    certificate.revocation_reason = reason.strip()[:300]
    certificate.revocation_cause = cause
    certificate.revocation_notified_at = None
    certificate.save(update_fields=_REVOCATION_FIELDS)
    log(
        instance=certificate,
        action="learning.certificate_revoke",
        user=actor,
        data={"reason": certificate.revocation_reason, "cause": cause},
    )
    outbox.enqueue(
        certificate_revocation_send_task, certificate.pk, recipient=certificate.user
    )
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke a certificate (coordinators only); the record stays for the audit."""
    if not roles.is_coordinator(actor):
        raise LearningError("forbidden")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise LearningError("already_revoked")
    return _revoke(
        certificate, actor=actor, reason=reason, cause=RevocationCause.MANUAL
    )


def completion_on_attendance(*, user, training, course_ids: list[int]) -> None:
    """Re-evaluate the courses a training counts for, once attendance changes.

    A completion that rested on this attendance is taken back at once when
    the person no longer attended any training of the course.
    """
    for enrolment in Enrolment.objects.filter(user=user, course_id__in=course_ids):
        if enrolment.completed_at is not None:
            completion_withdraw(enrolment=enrolment, training=training)
        elif enrolment.is_active:
            completion_evaluate(enrolment=enrolment)


def _attended_training_for_course(user, course) -> bool:
    return any(hooks.call(hooks.COURSE_TRAINING_ATTENDED, user=user, course=course))


def completion_withdraw(*, enrolment: Enrolment, training) -> bool:
    """Take back a completion whose required training is no longer attended.

    The certificate is revoked with the reason, in the holder's language, and
    the holder is told by e-mail; both come back if the course is completed
    again. Return whether the completion was taken back.
    """
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .select_related("user")
            .get(pk=enrolment.pk)
        )
        if enrolment.completed_at is None:
            return False
        course = CoursePage.objects.get(pk=enrolment.course_id)
        user = enrolment.user
        if not course.requires_training or _attended_training_for_course(user, course):
            return False
        enrolment.completed_at = None
        enrolment.save(update_fields=["completed_at"])
        # The attendance change itself is in the audit trail with its actor.
        log(
            instance=enrolment,
            action="learning.completion_withdraw",
            user=None,
            data={"course": course.pk, "training": training.pk},
        )
        certificate = (
            Certificate.objects.select_for_update()
            .filter(user=user, course=course, revoked_at__isnull=True)
            .first()
        )
        if certificate is not None:
            with translation.override(interface_language(user.preferred_language)):
                reason = gettext(
                    "Ihre Teilnahme an der Schulung „%(title)s“ ist nicht mehr als "
                    "„teilgenommen“ erfasst. Der Kurs „%(course)s“ verlangt die "
                    "Teilnahme an einer seiner Schulungen."
                ) % {"title": training.title, "course": course.title}
            # Revoked by the rule, not by a person: revoked_by stays empty.
            _revoke(
                certificate,
                actor=None,
                reason=reason,
                cause=RevocationCause.ATTENDANCE,
            )
        return True


def page_delete_refusal(*, pages) -> str | None:
    """Say why these pages (with everything below them) cannot be deleted.

    A course with learners or a lesson with learners' records is unpublished
    instead; deleting it would erase what people have learned.
    """
    from wagtail.models import Page

    query = Page.objects.none()
    for page in pages:
        query |= Page.objects.descendant_of(page, inclusive=True)
    ids = query.values("pk")
    for course in CoursePage.objects.filter(pk__in=ids).order_by("path"):
        learners = _learners_of_course(course)
        if learners:
            return ngettext(
                "Der Kurs „%(title)s“ kann nicht gelöscht werden: %(count)d "
                "Person hat darin gelernt (Kurs begonnen, Lernfortschritt, Notizen "
                "oder Bescheinigung). Heben Sie stattdessen die Veröffentlichung "
                "auf: Der Kurs verschwindet von der Website, die Lernstände "
                "bleiben erhalten.",
                "Der Kurs „%(title)s“ kann nicht gelöscht werden: %(count)d "
                "Personen haben darin gelernt (Kurs begonnen, Lernfortschritt, "
                "Notizen oder Bescheinigungen). Heben Sie stattdessen die "
                "Veröffentlichung auf: Der Kurs verschwindet von der Website, die "
                "Lernstände bleiben erhalten.",
                learners,
            ) % {"title": course.title, "count": learners}
    lessons = LessonPage.objects.filter(pk__in=ids).order_by("path")
    for lesson in lessons:
        if (
            LessonProgress.objects.filter(lesson=lesson).exists()
            or QuizAttempt.objects.filter(lesson=lesson).exists()
            or ReflectionNote.objects.filter(lesson=lesson).exists()
        ):
            return gettext(
                "Die Lerneinheit „%(title)s“ kann nicht gelöscht werden, weil "
                "Lernende sie schon bearbeitet haben (Lernfortschritt, Quiz oder "
                "Notizen). Heben Sie stattdessen die Veröffentlichung auf; die "
                "Lernstände bleiben erhalten."
            ) % {"title": lesson.title}
    return None


def _learners_of_course(course: CoursePage) -> int:
    """Count the people who hold any record of this course."""
    users = set()
    for model in (Enrolment, LessonProgress, QuizAttempt, ReflectionNote, Certificate):
        users.update(
            model.objects.filter(course=course).values_list("user_id", flat=True)
        )
    return len(users)


# -- Course feedback: optional, anonymous, at the end of a course ---------------

FEEDBACK_SUBJECT = "learning.coursepage"


def course_feedback_survey(*, course: CoursePage, user=None):
    """Return the course's feedback survey; invite ``user`` if they finished it.

    Without a questionnaire the course asks for no feedback (``None``). Only a
    person who completed the course is invited, once.
    """
    from cms import questionnaires

    survey = questionnaires.Survey.objects.filter(
        subject=FEEDBACK_SUBJECT, object_id=course.pk
    ).first()
    if survey is None and course.feedback_questionnaire_id:
        survey, _ = questionnaires.survey_open(
            subject=FEEDBACK_SUBJECT,
            object_id=course.pk,
            questionnaire=course.feedback_questionnaire,
            title=course.title,
            closes_at=None,
        )
    if survey is not None and user is not None and user.is_authenticated:
        finished = Enrolment.objects.filter(
            user=user, course=course, completed_at__isnull=False
        ).exists()
        if finished:
            questionnaires.invite(survey=survey, user_ids=[user.pk])
    return survey
