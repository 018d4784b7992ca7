"""Reads of learning, each in a fixed number of queries whatever the sizes."""

from dataclasses import dataclass
from functools import partial

from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Substr
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

from cms import hooks, memo
from cms.dimensions import DIMENSION_QUESTIONS, Dimension
from cms.i18n import in_default_locale, in_default_locale_for_search, localize_titles
from learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from learning.quiz import (
    Draw,
    answer_label,
    is_correct,
    new_draw,
    public_questions,
    quiz_from_block,
    sign_draw,
)

COVER_FILTER = "fill-640x360"
SEARCH_MAX_LENGTH = 200
DURATIONS = {
    "kurz": (None, 60),
    "mittel": (61, 120),
    "lang": (121, None),
}
LESSON_LIST_FIELDS = (
    "id",
    "title",
    "translation_key",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "dimension",
    "estimated_minutes",
    "required",
    "has_quiz",
)


@dataclass
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def width(self) -> int:
        """Return the percentage in steps of 5, for a CSS width class."""
        return round(self.percent / 5) * 5


def _with_covers(queryset):
    images = get_image_model().objects.prefetch_renditions(COVER_FILTER)
    return queryset.prefetch_related(Prefetch("cover_image", queryset=images))


def _lesson_count_subquery():
    lessons = (
        LessonPage.objects.filter(
            live=True, depth=OuterRef("depth") + 1, path__startswith=OuterRef("path")
        )
        .order_by()
        .values("depth")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Subquery(lessons)


def catalogue_for(*, index_page, params: QueryDict) -> dict:
    """Return the catalogue's live courses, filtered by dimension, duration, text."""
    dimension = params.get("dimension", "")
    duration = params.get("dauer", "")
    query = params.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    courses = CoursePage.objects.child_of(index_page).live().public()
    if dimension in Dimension.values:
        courses = courses.filter(dimension=dimension)
    else:
        dimension = ""
    if duration in DURATIONS:
        low, high = DURATIONS[duration]
        if low is not None:
            courses = courses.filter(estimated_minutes__gte=low)
        if high is not None:
            courses = courses.filter(estimated_minutes__lte=high)
    else:
        duration = ""
    if query:
        found = in_default_locale_for_search(CoursePage.objects.live()).search(query)
        courses = courses.filter(pk__in=[course.pk for course in found])
    courses = _with_covers(
        courses.annotate(lesson_count=_lesson_count_subquery()).order_by("title")
    )
    return {
        "courses": localize_titles(courses, "summary"),
        "filter_dimension": dimension,
        "filter_duration": duration,
        "query": query,
        "dimension_choices": Dimension.choices,
        "is_filtered": bool(dimension or duration or query),
    }


def catalogue_page():
    """Return the live course catalogue page, if there is one."""
    from learning.models import CourseIndexPage

    return CourseIndexPage.objects.live().only("id", "url_path", "path").first()


def newest_courses(*, limit: int = 3) -> list[CoursePage]:
    """Return the newest published courses for the home page."""
    courses = (
        in_default_locale(CoursePage.objects.live())
        .public()
        .annotate(lesson_count=_lesson_count_subquery())
        .order_by("-first_published_at")[:limit]
    )
    return localize_titles(_with_covers(courses), "summary")


def lessons_of(course: CoursePage) -> list[LessonPage]:
    """Return a course's published lessons in order, without their bodies."""
    return localize_titles(
        LessonPage.objects.child_of(course).live().only(*LESSON_LIST_FIELDS)
    )


def _counted(lessons: list[LessonPage]) -> list[LessonPage]:
    return [lesson for lesson in lessons if lesson.required or lesson.has_quiz]


def _done_ids(user, lesson_ids) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        LessonProgress.objects.filter(user=user, lesson_id__in=lesson_ids).values_list(
            "lesson_id", flat=True
        )
    )


def _progress(lessons, done_ids, enrolment) -> Progress:
    counted = _counted(lessons)
    if enrolment is not None and enrolment.completed_at:
        return Progress(done=len(counted), total=len(counted))
    return Progress(
        done=sum(1 for lesson in counted if lesson.pk in done_ids), total=len(counted)
    )


def _next_lesson(lessons, done_ids):
    for lesson in lessons:
        if lesson.pk not in done_ids:
            return lesson
    return None


def _course_outline(course: CoursePage) -> tuple[list, list, list]:
    """A course's lessons, trainers and related trainings: the same for all."""
    return (
        lessons_of(course),
        list(course.trainers.all().only("id", "display_name")),
        _related_trainings(course),
    )


def course_detail(*, course: CoursePage, user, kept: bool = True) -> dict:
    """Return what the course page shows: lessons, the person's progress, trainers.

    ``kept``: the course's outline may come from what is kept (cms.memo); not
    for a preview, which shows a draft's trainers under the page's own id.
    """
    if kept:
        lessons, trainers, related_trainings = memo.fragment(
            f"learning:outline:{course.pk}", lambda: _course_outline(course)
        )
    else:
        lessons, trainers, related_trainings = _course_outline(course)

    def own_records() -> tuple:
        """The person's enrolment, certificate, lessons done and booking."""
        if not user.is_authenticated:
            return None, None, set(), None
        return (
            Enrolment.objects.filter(user=user, course=course).first(),
            Certificate.objects.filter(user=user, course=course).first(),
            _done_ids(user, [lesson.pk for lesson in lessons]),
            _booked_training(user, related_trainings),
        )

    if kept and user.is_authenticated:
        # Kept per person (cms.memo) until anybody's enrolment, certificate,
        # progress or booking change.
        enrolment, certificate, done_ids, booked = memo.fragment(
            f"learning:course-records:{course.pk}", own_records, user=user
        )
    else:
        enrolment, certificate, done_ids, booked = own_records()
    for lesson in lessons:
        lesson.is_done = lesson.pk in done_ids
    dimensions = sorted({lesson.dimension for lesson in lessons} | {course.dimension})
    return {
        "lessons": lessons,
        "enrolment": enrolment,
        "is_enrolled": enrolment is not None and enrolment.is_active,
        "certificate": certificate,
        "progress": _progress(lessons, done_ids, enrolment),
        "next_lesson": _next_lesson(lessons, done_ids)
        or (lessons[0] if lessons else None),
        "trainers": trainers,
        "course_dimensions": [Dimension(d) for d in dimensions],
        "related_trainings": related_trainings,
        "booked_training": booked,
    }


def _related_trainings(course: CoursePage) -> list:
    """Return the live trainings that count for this course, soonest first."""
    if not course.requires_training:
        return []
    # "trainings" is the reverse side of the events app's link to courses.
    return localize_titles(
        in_default_locale(course.trainings.live())
        .filter(is_cancelled=False)
        .order_by(F("starts_at").asc(nulls_last=True))
        .only("id", "title", "url_path", "starts_at", "translation_key")
    )


def _booked_training(user, trainings: list) -> dict | None:
    """Return the related training the person has booked (or waits for), if any.

    ``{"training": …, "waiting": bool}``; a seat counts before a place on a
    waiting list, the sooner training before the later.
    """
    if not trainings or not user.is_authenticated:
        return None
    # "bookings" is the reverse side of the events app's link to people.
    bookings = user.bookings.filter(
        event_id__in=[training.pk for training in trainings],
        status__in=user.bookings.model.ACTIVE,
    ).values_list("event_id", "status")
    found = dict(bookings)
    booked = [training for training in trainings if training.pk in found]
    if not booked:
        return None
    waiting = user.bookings.model.Status.WAITING
    training = next((t for t in booked if found[t.pk] != waiting), booked[0])
    return {"training": training, "waiting": found[training.pk] == waiting}


@dataclass(frozen=True)
class QuizForm:
    """A quiz answered with gaps or errors, shown again as the person left it."""

    draw: Draw
    given: dict
    missing: list[str]
    error: str


def _lesson_place(lesson: LessonPage) -> tuple[CoursePage | None, list]:
    """The lesson's course and that course's lessons, in order."""
    course = (
        CoursePage.objects.parent_of(lesson)
        .only(
            "id",
            "title",
            "url_path",
            "path",
            "depth",
            "live",
            "requires_training",
            "translation_key",
        )
        .first()
    )
    if course is None:
        return None, []
    localize_titles([course])
    return course, lessons_of(course)


def lesson_detail(
    *, lesson: LessonPage, user, params: QueryDict, quiz_form: QuizForm | None = None
) -> dict:
    """Return what the lesson page shows: body with forms, navigation, progress."""
    if lesson.pk is None:
        course, lessons = _lesson_place(lesson)
    else:
        # Read from the database even in a preview: kept (cms.memo).
        course, lessons = memo.fragment(
            f"learning:lesson-place:{lesson.pk}", lambda: _lesson_place(lesson)
        )
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    previous_lesson = next_lesson = None
    if position is not None:
        previous_lesson = lessons[position - 1] if position > 0 else None
        next_lesson = lessons[position + 1] if position + 1 < len(lessons) else None

    def own_records() -> tuple:
        """The person's enrolment, notes on this lesson and lessons done."""
        enrolment = None
        notes: dict[str, ReflectionNote] = {}
        if user.is_authenticated and course is not None:
            enrolment = Enrolment.objects.filter(user=user, course=course).first()
        # A preview of a lesson not yet saved has no records of its own.
        if user.is_authenticated and lesson.pk is not None:
            notes = {
                note.block_id: note
                for note in ReflectionNote.objects.filter(user=user, lesson=lesson)
            }
        return enrolment, notes, _done_ids(user, [item.pk for item in lessons])

    if user.is_authenticated and lesson.pk is not None:
        # Kept per person (cms.memo) until anybody's enrolment, notes or
        # progress change.
        enrolment, notes, done_ids = memo.fragment(
            f"learning:own-records:{lesson.pk}", own_records, user=user
        )
    else:
        enrolment, notes, done_ids = own_records()
    attempt = None
    if user.is_authenticated and lesson.pk is not None:
        attempt = _shown_attempt(user=user, lesson=lesson, params=params)
    is_enrolled = enrolment is not None and enrolment.is_active
    body = []
    for index, raw in enumerate(lesson.body.raw_data):
        item = {"block_type": raw["type"], "id": raw.get("id")}
        if raw["type"] not in ("reflection", "quiz"):
            # Kept blocks are rendered from what is kept: converting them
            # (images: a query) waits until a block is rendered anew.
            item["block"] = SimpleLazyObject(partial(lesson.body.__getitem__, index))
            body.append(item)
            continue
        block = item["block"] = lesson.body[index]
        if block.block_type == "reflection":
            item["note"] = notes.get(block.id)
        elif block.block_type == "quiz":
            quiz = quiz_from_block(block)
            draw = quiz_form.draw if quiz_form else new_draw(quiz)
            item["quiz"] = quiz
            item["questions"] = _quiz_questions(quiz, draw, quiz_form)
            item["quiz_error"] = quiz_form.error if quiz_form else ""
            if user.is_authenticated and lesson.pk is not None:
                item["draw_token"] = sign_draw(
                    draw, user_id=user.pk, lesson_id=lesson.pk
                )
            if attempt is not None:
                item["result"] = quiz_result(quiz=quiz, attempt=attempt)
        body.append(item)
    return {
        "course": course,
        "body": body,
        "enrolment": enrolment,
        "is_enrolled": is_enrolled,
        "is_done": lesson.pk in done_ids,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "position": (position or 0) + 1,
        "lesson_total": len(lessons),
        "progress": _progress(lessons, done_ids, enrolment),
        "dimension_question": DIMENSION_QUESTIONS.get(lesson.dimension, ""),
    }


def _shown_attempt(*, user, lesson, params) -> QuizAttempt | None:
    """Return the person's own attempt named in ``?versuch=``, if it is theirs."""
    attempt_id = params.get("versuch", "")
    if not attempt_id.isdigit() or len(attempt_id) > 18:
        return None
    return QuizAttempt.objects.filter(
        pk=int(attempt_id), user=user, lesson=lesson
    ).first()


def _quiz_questions(quiz, draw: Draw, quiz_form: QuizForm | None) -> list[dict]:
    """The drawn questions for the form, with what was given when shown again."""
    questions = public_questions(quiz, draw)
    if quiz_form is None:
        return questions
    missing = set(quiz_form.missing)
    for question in questions:
        given = quiz_form.given.get(question["id"])
        question["missing"] = question["id"] in missing
        if question["kind"] in ("ordering", "matching"):
            given = given if isinstance(given, dict) else {}
            targets = (
                question["items"]
                if question["kind"] == "ordering"
                else question["lefts"]
            )
            for target in targets:
                target["given"] = str(given.get(target["id"], ""))
        elif question["kind"] == "self_check":
            question["given"] = (given or [""])[0] if isinstance(given, list) else ""
        else:
            question["given"] = given if isinstance(given, list) else []
    return questions


def quiz_result(*, quiz, attempt: QuizAttempt) -> dict:
    """Return an attempt's result, per question in the kind's own words."""
    by_id = quiz.by_id
    questions = []
    for question_id in attempt.questions or list(attempt.answers):
        question = by_id.get(question_id)
        if question is None:
            continue
        stored = attempt.answers.get(question_id)
        entry = {
            "id": question.id,
            "kind": question.kind,
            "text": question.text,
            "scored": question.scored,
            "correct": question.scored and is_correct(question, stored),
            "explanation": question.explanation,
        }
        if question.kind == "choice":
            chosen = set(stored or [])
            entry["chosen"] = [
                {"text": a.text, "feedback": a.feedback, "correct": a.correct}
                for a in question.answers
                if a.id in chosen
            ]
        elif question.kind == "self_check":
            entry["answer"] = stored or ""
            entry["model_answer"] = question.model_answer
        else:
            entry["answer"] = answer_label(question, stored)
        questions.append(entry)
    return {"attempt": attempt, "questions": questions}


def _lessons_of_courses(courses: list[CoursePage]) -> dict[int, list[LessonPage]]:
    """Return the published lessons of many courses in one query, by course id."""
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    # Courses sit at one depth; a lesson's parent path is its path minus a step.
    lessons: dict[int, list[LessonPage]] = {course.pk: [] for course in courses}
    length = len(courses[0].path)
    queryset = (
        LessonPage.objects.live()
        .annotate(parent_path=Substr("path", 1, length))
        .filter(parent_path__in=list(by_path), depth=courses[0].depth + 1)
        .only(*LESSON_LIST_FIELDS)
        .order_by("path")
    )
    for lesson in queryset:
        lessons[by_path[lesson.parent_path]].append(lesson)
    return lessons


def my_courses(*, user) -> list[dict]:
    """Return the person's active, unfinished courses with progress and next lesson."""
    enrolments = list(
        Enrolment.objects.filter(
            user=user,
            left_at__isnull=True,
            completed_at__isnull=True,
            course__live=True,
        )
        .select_related("course")
        .order_by("-last_activity_at", "-started_at")
    )
    lessons = _lessons_of_courses([e.course for e in enrolments])
    done_ids = (
        set(
            LessonProgress.objects.filter(user=user).values_list("lesson_id", flat=True)
        )
        if enrolments
        else set()
    )
    rows = []
    for enrolment in enrolments:
        course_lessons = lessons[enrolment.course_id]
        rows.append(
            {
                "enrolment": enrolment,
                "course": enrolment.course,
                "progress": _progress(course_lessons, done_ids, enrolment),
                "next_lesson": _next_lesson(course_lessons, done_ids),
            }
        )
    return rows


def my_certificates(*, user) -> list[Certificate]:
    return list(Certificate.objects.filter(user=user).select_related("course"))


def my_notes(*, user):
    return ReflectionNote.objects.filter(user=user).select_related("lesson", "course")


def coherence_profile(*, user) -> list[dict]:
    """Return per dimension the completed lessons (and what other apps add).

    Each row has the total, the parts it is made of and a bar width in steps
    of 5 % of the largest total.
    """
    lessons = dict(
        LessonProgress.objects.filter(user=user)
        .values("dimension")
        .annotate(count=Count("pk"))
        .values_list("dimension", "count")
    )
    sources = hooks.ordered(hooks.collect(hooks.COHERENCE_SOURCES), key="key")
    others = [(source, source.counts(user)) for source in sources]
    rows = []
    for dimension in Dimension:
        parts = [{"label": None, "count": lessons.get(dimension.value, 0)}]
        parts += [
            {
                "label": source.label,
                "count": counts.get(dimension.value, 0),
                "text": source.describe(counts.get(dimension.value, 0)),
            }
            for source, counts in others
        ]
        rows.append(
            {
                "dimension": dimension,
                "question": DIMENSION_QUESTIONS[dimension],
                "lessons": parts[0]["count"],
                "others": parts[1:],
                "count": sum(part["count"] for part in parts),
            }
        )
    highest = max((row["count"] for row in rows), default=0)
    for row in rows:
        row["width"] = round(20 * row["count"] / highest) * 5 if highest else 0
    return rows


def course_report(*, course: CoursePage) -> dict:
    """Return each participant's progress, completion and last activity in a course."""
    lessons = lessons_of(course)
    counted_ids = [lesson.pk for lesson in _counted(lessons)]
    enrolments = list(
        Enrolment.objects.filter(course=course)
        .select_related("user")
        .annotate(
            done=Count(
                "user__lesson_progress",
                filter=Q(user__lesson_progress__lesson_id__in=counted_ids),
            )
        )
        .order_by("user__display_name", "pk")
    )
    certificates = {
        certificate.user_id: certificate
        for certificate in Certificate.objects.filter(course=course)
    }
    total = len(counted_ids)
    rows = []
    for enrolment in enrolments:
        done = total if enrolment.completed_at else enrolment.done
        rows.append(
            {
                "enrolment": enrolment,
                "progress": Progress(done=done, total=total),
                "certificate": certificates.get(enrolment.user_id),
            }
        )
    return {"course": course, "rows": rows, "lesson_total": total}


def dimension_coverage() -> list[dict]:
    """Return how many published lessons the catalogue has per dimension."""
    counts = dict(
        in_default_locale(LessonPage.objects.live())
        .values("dimension")
        .annotate(count=Count("pk"))
        .values_list("dimension", "count")
    )
    highest = max(counts.values(), default=0)
    return [
        {
            "dimension": dimension,
            "count": counts.get(dimension.value, 0),
            "width": (
                round(20 * counts.get(dimension.value, 0) / highest) * 5
                if highest
                else 0
            ),
        }
        for dimension in Dimension
    ]


def reportable_courses(*, user):
    """Return the courses whose reports a person may see (coordinators: all)."""
    from cms import roles

    courses = in_default_locale(CoursePage.objects.all()).order_by("title")
    if not roles.is_coordinator(user):
        courses = courses.filter(Q(owner=user) | Q(trainers=user)).distinct()
    return courses.annotate(
        participant_count=Count("enrolments", distinct=True),
        completed_count=Count(
            "enrolments",
            filter=Q(enrolments__completed_at__isnull=False),
            distinct=True,
        ),
    )


def active_learner_ids(*, course_id: int) -> QuerySet:
    """Return the ids of the people enrolled in a course, as a subquery."""
    return Enrolment.objects.filter(course_id=course_id, left_at__isnull=True).values(
        "user_id"
    )


def active_course_ids(*, user) -> QuerySet:
    """Return the ids of the courses a person is enrolled in, as a subquery."""
    return Enrolment.objects.filter(user=user, left_at__isnull=True).values("course_id")


def course_panels(*, course: CoursePage, request) -> list[str]:
    """Return the boxes other apps add to a course page, rendered."""
    rendered = []
    for panel in hooks.ordered(hooks.collect(hooks.COURSE_PANELS)):
        context = panel.get_context(request, course)
        if context is not None:
            rendered.append(render_to_string(panel.template, context, request))
    return rendered


# Fewer people than this and an answer pattern could point to someone.
ITEM_ANALYSIS_MIN_PEOPLE = 5


def quiz_item_analysis(*, course: CoursePage) -> list[dict]:
    """Per quiz question of a course: how people fared at their first try.

    For each question: how many people answered it (in the first attempt in
    which they were asked it), how many of them got it right, and the wrong
    answer chosen most often. Below ``ITEM_ANALYSIS_MIN_PEOPLE`` people the
    figures stay hidden. Self-check answers are never shown: they are notes.
    Two queries, however many lessons and attempts.
    """
    from collections import Counter

    lessons = [
        lesson
        for lesson in LessonPage.objects.child_of(course).order_by("path")
        if lesson.has_quiz
    ]
    attempts = (
        QuizAttempt.objects.filter(lesson__in=lessons)
        .order_by("user_id", "created_at", "pk")
        .values_list("lesson_id", "user_id", "questions", "answers")
    )
    # (lesson, question) -> {user: stored answer at first try}
    first_tries: dict[tuple, dict] = {}
    for lesson_id, user_id, asked, answers in attempts:
        for question_id in asked or list(answers):
            seen = first_tries.setdefault((lesson_id, question_id), {})
            if user_id not in seen and question_id in answers:
                seen[user_id] = answers[question_id]
    report = []
    for lesson in lessons:
        quiz = quiz_from_block(lesson.quiz_block)
        rows = []
        for number, question in enumerate(quiz.questions, start=1):
            given = list(first_tries.get((lesson.pk, question.id), {}).values())
            row = {
                "number": number,
                "question": question,
                "people": len(given),
                "enough": len(given) >= ITEM_ANALYSIS_MIN_PEOPLE,
            }
            if row["enough"] and question.scored:
                right = sum(is_correct(question, answer) for answer in given)
                wrong = Counter(
                    answer_label(question, answer)
                    for answer in given
                    if not is_correct(question, answer)
                )
                row["right"] = right
                row["right_percent"] = round(100 * right / len(given))
                if wrong:
                    label, count = wrong.most_common(1)[0]
                    row["common_wrong"] = label
                    row["common_wrong_count"] = count
            rows.append(row)
        report.append({"lesson": lesson, "quiz": quiz, "rows": rows})
    return report
