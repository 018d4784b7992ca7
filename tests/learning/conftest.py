"""Build courses with lessons and a quiz for the learning tests."""

import pytest

from learning.models import CourseIndexPage, CoursePage, LessonPage
from learning.quiz import quiz_from_block

QUIZ = {
    "title": "Abschlussquiz",
    "pass_mark": 100,
    "questions": [
        {
            "text": "Was stärkt Menschen?",
            "multiple": False,
            "answers": [
                {"text": "Verstehen", "correct": True, "feedback": "Richtig."},
                {"text": "Schweigen", "correct": False, "feedback": "Leider nein."},
            ],
        },
        {
            "text": "Was gehört zum Kohärenzgefühl?",
            "multiple": True,
            "answers": [
                {"text": "Sinnhaftigkeit", "correct": True, "feedback": "Ja."},
                {"text": "Handhabbarkeit", "correct": True, "feedback": "Ja."},
                {"text": "Zufall", "correct": False, "feedback": "Nein."},
            ],
        },
    ],
}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_lesson(course, title, *, quiz=False, required=True, dimension="verstehbarkeit"):
    body = [
        ("text", "<p>Ein Text zum Lernen.</p>"),
        ("reflection", "Was hat Ihnen geholfen?"),
    ]
    if quiz:
        body.append(("quiz", QUIZ))
    lesson = course.add_child(
        instance=LessonPage(
            title=title,
            dimension=dimension,
            estimated_minutes=10,
            required=required,
            body=body,
        )
    )
    return publish(lesson)


@pytest.fixture
def catalogue(home_page):
    index = home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    return publish(index)


def make_course(catalogue, title="Krisen verstehen", *, lessons=2, quiz=True, **kwargs):
    course = catalogue.add_child(
        instance=CoursePage(
            title=title,
            summary="Worum es geht.",
            estimated_minutes=60,
            learning_goals="Ziel eins\nZiel zwei",
            **kwargs,
        )
    )
    publish(course)
    for number in range(lessons):
        add_lesson(course, f"Lektion {number + 1}")
    if quiz:
        add_lesson(course, "Quiz-Lektion", quiz=True, dimension="sinnhaftigkeit")
    return course


@pytest.fixture
def course(catalogue):
    return make_course(catalogue)


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def quiz_answers(lesson, *, correct=True):
    """Return the answers a learner would post, all right or the first wrong."""
    quiz = quiz_from_block(lesson.quiz_block)
    answers = {}
    for index, question in enumerate(quiz.questions):
        if correct or index > 0:
            answers[question.id] = sorted(question.correct_ids)
        else:
            wrong = [a.id for a in question.answers if not a.correct]
            answers[question.id] = wrong[:1]
    return answers
