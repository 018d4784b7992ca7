"""Thin views: each checks who asks, calls one service and redirects.

The views of a course or lesson are routes of that page (see ``learning.models``):
Wagtail has found the live page and checked its view restrictions before they run.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from cms.routing import route_url
from cms.spreadsheets import csv_download
from learning import selectors, services
from learning.models import Certificate, CoursePage, LessonPage
from learning.quiz import quiz_from_block, read_draw
from learning.selectors import QuizForm
from learning.services import LearningError

COMPLETED_MESSAGE = gettext_lazy(
    "Herzlichen Glückwunsch! Sie haben den Kurs abgeschlossen. Ihre "
    "Teilnahmebescheinigung finden Sie auf der Kursseite und in Mein Bereich."
)


@login_required
@require_POST
def course_start(request: HttpRequest, course: CoursePage) -> HttpResponse:
    try:
        services.enrolment_start(user=request.user, course=course)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(course.url)
    messages.success(
        request, _("Sie haben den Kurs gestartet. Viel Freude beim Lernen!")
    )
    # Started from a lesson page: stay on that lesson, if it belongs to the course.
    lesson_id = request.POST.get("lektion", "")
    if lesson_id.isdigit() and len(lesson_id) <= 18:
        lessons = LessonPage.objects.child_of(course).live()
        lesson = lessons.filter(pk=int(lesson_id)).first()
        if lesson is not None:
            return redirect(lesson.url)
    return redirect(route_url(course, "resume"))


@login_required
@require_POST
def course_leave(request: HttpRequest, course: CoursePage) -> HttpResponse:
    try:
        services.enrolment_leave(user=request.user, course=course)
    except LearningError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _(
                "Sie haben den Kurs verlassen. Ihr Lernfortschritt bleibt gespeichert, "
                "falls Sie später weitermachen möchten."
            ),
        )
    return redirect(course.url)


@login_required
@require_GET
def course_resume(request: HttpRequest, course: CoursePage) -> HttpResponse:
    """Go to the first open lesson ("Weiter lernen"), or to the course page."""
    detail = selectors.course_detail(course=course, user=request.user)
    lesson = next((item for item in detail["lessons"] if not item.is_done), None)
    return redirect(lesson.url if lesson else course.url)


@login_required
@require_POST
def lesson_done(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    messages.success(request, _("Die Lerneinheit ist als erledigt markiert."))
    return _after_progress(request, lesson)


def _after_progress(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    """Go on to the next lesson, or back to the course when it is complete."""
    course = services.course_of(lesson)
    detail = selectors.course_detail(course=course, user=request.user)
    if detail["enrolment"] and detail["enrolment"].completed_at:
        messages.success(request, COMPLETED_MESSAGE)
        return redirect(course.url)
    lessons = detail["lessons"]
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), -1)
    following = lessons[position + 1] if 0 <= position < len(lessons) - 1 else None
    return redirect(following.url if following else course.url)


# Quiz errors the person can mend: the form comes back as they left it.
SHOWN_AGAIN = ("incomplete_quiz", "order_twice", "answer_too_long")


def _posted_answers(post) -> dict:
    """Read ``frage-<id>`` (lists) and ``frage-<id>.<part>`` (mappings) fields."""
    answers: dict = {}
    for key in post:
        if not key.startswith("frage-") or len(key) > 200:
            continue
        question_id, _dot, part = key.removeprefix("frage-").partition(".")
        if part:
            parts = answers.setdefault(question_id, {})
            if isinstance(parts, dict):
                parts[part] = post.get(key, "")
        else:
            answers[question_id] = post.getlist(key)
    return answers


@login_required
@require_POST
def quiz_submit(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    answers = _posted_answers(request.POST)
    token = request.POST.get("ziehung", "")
    try:
        attempt = services.quiz_submit(
            user=request.user, lesson=lesson, answers=answers, draw=token
        )
    except LearningError as error:
        block = lesson.quiz_block
        if error.code in SHOWN_AGAIN and block:
            # Show the same questions again with the person's answers kept and
            # the open ones marked, rather than an empty form.
            quiz = quiz_from_block(block)
            draw = read_draw(token, quiz, user_id=request.user.pk, lesson_id=lesson.pk)
            form = QuizForm(
                draw=draw,
                given=answers,
                missing=getattr(error, "questions", []),
                error=error.message,
            )
            response = lesson.render(request, quiz_form=form)
            response.status_code = 400
            return response
        messages.error(request, str(error))
        return redirect(f"{lesson.url}#quiz")
    if attempt.passed:
        messages.success(
            request,
            _("Bestanden: %(score)s Prozent richtig. Gut gemacht!")
            % {"score": attempt.score},
        )
    else:
        messages.warning(
            request,
            _(
                "Noch nicht bestanden: %(score)s Prozent richtig, nötig sind "
                "%(mark)s Prozent. Lesen Sie die Rückmeldungen und versuchen Sie "
                "es noch einmal."
            )
            % {"score": attempt.score, "mark": attempt.pass_mark},
        )
    course = services.course_of(lesson)
    if attempt.passed and course is not None:
        enrolment = course.enrolments.filter(user=request.user).first()
        if enrolment and enrolment.completed_at:
            messages.success(request, COMPLETED_MESSAGE)
    return redirect(f"{lesson.url}?versuch={attempt.pk}#quiz-ergebnis")


@login_required
@require_POST
def note_save(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    block_id = request.POST.get("block", "")
    try:
        note = services.reflection_save(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            text=request.POST.get("text", ""),
        )
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    if note is None:
        messages.success(request, _("Ihre Notiz ist gelöscht."))
    else:
        messages.success(
            request, _("Ihre Notiz ist gespeichert. Nur Sie können sie sehen.")
        )
    return redirect(f"{lesson.url}#notiz-{block_id}")


@login_required
@require_GET
def notes(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "learning/notes.html",
        {"notes": list(selectors.my_notes(user=request.user))},
    )


@login_required
@require_GET
def notes_export(request: HttpRequest) -> HttpResponse:
    """Give the person all their notes as a CSV file (only their own)."""
    response, writer = csv_download("meine-notizen.csv", delimiter=",")
    writer.writerow(
        [_("Kurs"), _("Lerneinheit"), _("Frage"), _("Notiz"), _("Geändert")]
    )
    for note in selectors.my_notes(user=request.user):
        writer.writerow(
            [
                note.course.title,
                note.lesson_title,
                note.prompt,
                note.text,
                note.updated_at.isoformat(timespec="minutes"),
            ]
        )
    return response


@login_required
@require_GET
def certificate_download(request: HttpRequest, certificate_id: int) -> HttpResponse:
    """Hand out a certificate's PDF to its holder only; others get a 404."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("user"),
        pk=certificate_id,
        user=request.user,
    )
    if not certificate.is_valid:
        raise Http404
    if not certificate.pdf:
        # The task normally rendered it already; rendering is idempotent.
        certificate = services.certificate_pdf_render(certificate=certificate)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"teilnahmebescheinigung-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@require_GET
def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Show anyone whether a certificate is valid: name, course, date, nothing more."""
    certificate = Certificate.objects.filter(code=code.strip().upper()).first()
    status = 200 if certificate is not None else 404
    return render(
        request,
        "learning/certificate_verify.html",
        {"certificate": certificate, "code": code[:40]},
        status=status,
    )
