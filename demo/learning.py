"""Demo courses, a trainer who owns them and two learners with records.

Idempotent: a second run updates the courses' texts, keeps lesson bodies that
exist (so learners' notes stay attached) and adds nothing twice.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms import roles
from cms.models import User
from demo.content.learning import COURSES
from demo.images import draw_motif
from demo.pages import index_page, publish
from learning import services
from learning.models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    QuizAttempt,
    ReflectionNote,
)
from learning.quiz import new_draw, quiz_from_block, sign_draw, solution

TRAINER = "trainerin@example.org"
LEARNER_IN_PROGRESS = "lernende@example.org"
GRADUATE = "absolventin@example.org"
CATALOGUE_INTRO = (
    "<p>Unsere Online-Kurse können Sie in Ihrem eigenen Tempo machen, auch auf "
    "dem Handy. Jede Lerneinheit gehört zu einer der drei Säulen des "
    "Kohärenzgefühls: <b>Verstehbarkeit</b>, <b>Handhabbarkeit</b> und "
    "<b>Sinnhaftigkeit</b>.</p>"
)


def seed(*, stdout) -> None:
    trainer = User.objects.get(email=TRAINER)
    index = index_page(
        CourseIndexPage,
        title="Kurse",
        slug="kurse",
        intro=CATALOGUE_INTRO,
        sections=("courses",),
    )
    roles.grant_trainer_pages(index)
    courses = {data["slug"]: _course(index, data, trainer) for data in COURSES}
    _learner_in_progress(courses)
    _graduate(courses)
    stdout.write(f"Kurse: {len(courses)} im Katalog {index.get_url()}")


def _image(title: str, motif: str):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        # A flushed test database has no root collection, which images need.
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        filename = f"{title[:40].lower().replace(' ', '-')}.png"
        image = image_model(title=title)
        image.file = ImageFile(BytesIO(draw_motif(motif)), name=filename)
        image.save()
    return image


def _body(lesson: dict, quiz: dict | None) -> list:
    body = []
    for block_type, value in lesson["body"]:
        if block_type == "heading":
            body.append(("heading", {"text": value, "level": "h2"}))
        elif block_type == "image":
            image = _image(value["alt"][:200], value["motif"])
            body.append(
                (
                    "image",
                    {
                        "image": image,
                        "alt_text": value["alt"],
                        "decorative": False,
                        "caption": value.get("caption", ""),
                    },
                )
            )
        else:
            body.append((block_type, value))
    if quiz is not None:
        body.append(
            (
                "quiz",
                {
                    "title": quiz["title"],
                    "pass_mark": quiz["pass_mark"],
                    "questions": quiz["questions"],
                    "draw": quiz.get("draw"),
                    "shuffle_answers": quiz.get("shuffle_answers", False),
                },
            )
        )
    return body


def _course(index, data: dict, trainer) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    fields = {
        "title": data["title"],
        "summary": data["summary"],
        "intro": data["intro"],
        "learning_goals": "\n".join(data["learning_goals"]),
        "audience": data["audience"],
        "dimension": data["dimension"],
        "estimated_minutes": data["duration_minutes"],
        "cover_image": _image(data["image"]["alt"][:200], data["image"]["motif"]),
        "cover_image_alt": data["image"]["alt"],
    }
    if course is None:
        course = index.add_child(
            instance=CoursePage(slug=data["slug"], owner=trainer, **fields)
        )
    for name, value in fields.items():
        setattr(course, name, value)
    course.owner = trainer
    course.trainers.set([trainer])
    publish(course, user=trainer)
    quiz = data.get("quiz")
    for lesson_data in data["lessons"]:
        lesson_quiz = (
            quiz if quiz and quiz["lesson_slug"] == lesson_data["slug"] else None
        )
        lesson = LessonPage.objects.child_of(course).filter(slug=lesson_data["slug"])
        lesson = lesson.first()
        if lesson is None:
            lesson = course.add_child(
                instance=LessonPage(
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    owner=trainer,
                    dimension=lesson_data["dimension"],
                    estimated_minutes=lesson_data["minutes"],
                    required=lesson_data.get("required", True),
                    body=_body(lesson_data, lesson_quiz),
                )
            )
        lesson.title = lesson_data["title"]
        lesson.dimension = lesson_data["dimension"]
        lesson.estimated_minutes = lesson_data["minutes"]
        lesson.required = lesson_data.get("required", True)
        publish(lesson, user=trainer)
    return course


def _lessons(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live())


def _quiz_submit(user, lesson, *, first_wrong: bool = False):
    """Answer a lesson's quiz as a browser would, all right or the first wrong."""
    quiz = quiz_from_block(lesson.quiz_block)
    draw = new_draw(quiz)
    answers = solution(quiz, draw)
    if first_wrong:
        first = next(
            question
            for question in (quiz.by_id[qid] for qid in draw.question_ids)
            if question.kind == "choice"
        )
        answers[first.id] = [a.id for a in first.answers if not a.correct][:1]
    token = sign_draw(draw, user_id=user.pk, lesson_id=lesson.pk)
    return services.quiz_submit(user=user, lesson=lesson, answers=answers, draw=token)


def _learner_in_progress(courses: dict) -> None:
    """Lena has done two lessons of the first course and written a note."""
    user = User.objects.get(email=LEARNER_IN_PROGRESS)
    course = courses["krisen-verstehen"]
    services.enrolment_start(user=user, course=course)
    first, second = _lessons(course)[:2]
    for lesson in (first, second):
        services.lesson_complete(user=user, lesson=lesson)
    prompt = next((b for b in first.body if b.block_type == "reflection"), None)
    if prompt and not ReflectionNote.objects.filter(user=user, lesson=first).exists():
        services.reflection_save(
            user=user,
            lesson=first,
            block_id=prompt.id,
            text=(
                "Geholfen haben mir damals meine Schwester, lange Spaziergänge "
                "und das Gefühl, nicht allein zu sein."
            ),
        )


def _graduate(courses: dict) -> None:
    """Ayla has completed the second course (one failed quiz attempt first)."""
    user = User.objects.get(email=GRADUATE)
    course = courses["unterstuetzen-im-alltag"]
    enrolment = services.enrolment_start(user=user, course=course)
    if not Enrolment.objects.get(pk=enrolment.pk).completed_at:
        _finish(user, course)
    # Rendered here too, so the demo has its PDF even before a worker runs.
    for certificate in Certificate.objects.filter(user=user, pdf=""):
        services.certificate_pdf_render(certificate=certificate)


def _finish(user, course) -> None:
    for lesson in _lessons(course):
        if not lesson.has_quiz:
            services.lesson_complete(user=user, lesson=lesson)
            continue
        if not QuizAttempt.objects.filter(user=user, lesson=lesson).exists():
            _quiz_submit(user, lesson, first_wrong=True)
        _quiz_submit(user, lesson)
