"""Every question type in the browser: keyboard, open questions kept, axe clean."""

import io

import pytest
from playwright.sync_api import expect

from learning.models import CoursePage, LessonPage, QuizAttempt
from learning.quiz import TRUE, quiz_from_block
from tests.browser.conftest import login
from tests.factories import UserFactory

PASSWORD = "Ein-sicheres-Passwort-2026"


@pytest.fixture
def quiz_lesson(site):
    from demo import learning as demo_learning

    demo_learning.seed(stdout=io.StringIO())
    course = CoursePage.objects.get(slug="unterstuetzen-im-alltag")
    return LessonPage.objects.child_of(course).get(slug="selbstfuersorge")


def test_a_quiz_with_every_type_is_answered_in_the_browser(
    quiz_lesson, live_server, page, axe_check, shoot
):
    person = UserFactory(email="quiz@example.org", password=PASSWORD)
    login(page, live_server, person.email, PASSWORD)
    page.goto(f"{live_server.url}{quiz_lesson.url}")
    page.get_by_role("button", name="Kurs starten").click()
    page.goto(f"{live_server.url}{quiz_lesson.url}#quiz")
    quiz = quiz_from_block(quiz_lesson.quiz_block)
    assert {q.kind for q in quiz.questions} == {
        "choice",
        "true_false",
        "ordering",
        "matching",
        "self_check",
    }
    axe_check()

    # Sent with one question answered: the form comes back as it was left.
    first = quiz.questions[0]
    page.locator(f"#antwort-{sorted(first.correct_ids)[0]}").check()
    page.locator("#quiz button[type=submit]").click()
    expect(page.locator("#quiz-fehler")).to_contain_text("Bitte beantworten Sie")
    expect(page.locator(f"#antwort-{sorted(first.correct_ids)[0]}")).to_be_checked()
    expect(page.get_by_text("Diese Frage ist noch offen.")).to_have_count(
        len(quiz.questions) - 2  # the first, and the self-check may stay empty
    )
    axe_check()
    shoot("quiz-offene-fragen")

    for question in quiz.questions:
        if question.kind == "choice":
            for answer_id in question.correct_ids:
                page.locator(f"#antwort-{answer_id}").check()
        elif question.kind == "true_false":
            value = TRUE if question.true else "falsch"
            page.locator(f"#antwort-{question.id}-{value}").check()
        elif question.kind == "ordering":
            for position, step in enumerate(question.items, start=1):
                page.locator(f"#schritt-{step.id}").select_option(str(position))
        elif question.kind == "matching":
            for pair in question.pairs:
                page.locator(f"#paar-{pair.id}").select_option(label=pair.right)
        else:
            page.locator(f"#eigene-{question.id}").fill("Wenn ich schlecht schlafe.")
    page.locator("#quiz button[type=submit]").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#quiz-ergebnis h3")).to_have_text("Bestanden")
    expect(page.locator("#quiz-ergebnis")).to_contain_text("Musterantwort:")
    axe_check()
    shoot("quiz-alle-fragetypen-bestanden")
    attempt = QuizAttempt.objects.get(user=person)
    assert attempt.score == 100 and attempt.passed
