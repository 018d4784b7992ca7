"""A new person signs up, learns a course end to end and verifies the certificate.

Every page passes axe (WCAG 2.1 A/AA) and is photographed at phone and
desktop width.
"""

import io
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from learning.models import Certificate, CoursePage, LessonPage
from learning.quiz import quiz_from_block
from tests.browser.conftest import login

PASSWORD = "Ein-sicheres-Passwort-2026"


@pytest.fixture
def courses(site):
    from demo import learning as demo_learning

    demo_learning.seed(stdout=io.StringIO())
    return CoursePage.objects.live()


def sign_up(page, live_server, email: str) -> None:
    page.goto(f"{live_server.url}/konto/signup/")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Anzeigename").fill("Neue Lernende")
    page.get_by_label("Passwort:", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").fill(PASSWORD)
    page.get_by_label("Ich habe die Datenschutzhinweise gelesen.").check()
    page.get_by_role("button", name="Registrieren").click()
    code = re.search(r"^\s*([A-Z0-9-]{6,12})\s*$", mail.outbox[-1].body, re.M).group(1)
    page.locator("main input[name=code]").fill(code)
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text("Mein Bereich")


def show_certificate_layout(page, certificate) -> None:
    """Load the PDF's HTML into the browser, to look at the layout it prints."""
    from django.template.loader import render_to_string

    html = render_to_string(
        "learning/certificate_pdf.html",
        {
            "certificate": certificate,
            "site_url": "https://gemeinsam-stark.example",
            "dimension_labels": ["Verstehbarkeit", "Sinnhaftigkeit"],
        },
    )
    page.goto("about:blank")  # leave the site's CSP, which blocks inline styles
    page.set_content(html)
    expect(page.get_by_text(certificate.code)).to_be_visible()


def answer(page, lesson, *, correct: bool) -> None:
    quiz = quiz_from_block(lesson.quiz_block)
    for index, question in enumerate(quiz.questions):
        wrong = [a.id for a in question.answers if not a.correct]
        chosen = question.correct_ids if correct or index > 1 else set(wrong[:1])
        for answer_id in chosen:
            page.locator(f"#antwort-{answer_id}").check()
    page.locator("#quiz button[type=submit]").click()


def test_new_person_learns_a_course_and_verifies_the_certificate(
    courses, live_server, page, axe_check, shoot
):
    sign_up(page, live_server, "neu@example.org")

    page.goto(f"{live_server.url}/kurse/")
    expect(page.locator("h1")).to_have_text("Kurse")
    axe_check()
    shoot("lernen-katalog")
    page.get_by_label("Dimension").select_option("verstehbarkeit")
    page.get_by_role("button", name="Kurse anzeigen").click()
    expect(page.locator(".card-grid > li")).to_have_count(1)
    page.get_by_role("link", name=re.compile("Krisen verstehen")).click()
    expect(page.locator("h1")).to_contain_text("Krisen verstehen")
    axe_check()
    shoot("lernen-kursseite")

    page.get_by_role("button", name="Kurs starten").click()
    course = CoursePage.objects.get(slug="krisen-verstehen")
    lessons = list(LessonPage.objects.child_of(course).live())
    expect(page.locator("h1")).to_have_text(lessons[0].title)
    axe_check()
    shoot("lernen-lerneinheit")
    for lesson in lessons:
        expect(page.locator("h1")).to_have_text(lesson.title)
        if not lesson.has_quiz:
            page.get_by_role("button", name="Als erledigt markieren und weiter").click()
            continue
        answer(page, lesson, correct=False)
        expect(page.locator("#quiz-ergebnis h3")).to_have_text("Noch nicht bestanden")
        axe_check()
        shoot("lernen-quiz-nicht-bestanden")
        answer(page, lesson, correct=True)
        expect(page.locator("#quiz-ergebnis h3")).to_have_text("Bestanden")
        axe_check()
        shoot("lernen-quiz-bestanden")

    page.goto(f"{live_server.url}{course.url}")
    expect(page.get_by_text("Abgeschlossen am")).to_be_visible()
    axe_check()
    shoot("lernen-kurs-abgeschlossen")
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name="Teilnahmebescheinigung herunterladen (PDF)"
        ).click()
    path = download_info.value.path()
    with open(path, "rb") as handle:
        assert handle.read(4) == b"%PDF"

    certificate = Certificate.objects.get(user__email="neu@example.org")
    show_certificate_layout(page, certificate)
    shoot("lernen-bescheinigung-layout")
    page.goto(f"{live_server.url}/nachweis/{certificate.code}/")
    expect(page.get_by_text("Diese Bescheinigung ist gültig.")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Neue Lernende")
    axe_check()
    shoot("lernen-nachweis")
    page.goto(f"{live_server.url}/nachweis/FALSCH-1234/")
    expect(
        page.get_by_text("Zu diesem Prüfcode gibt es keine Bescheinigung.")
    ).to_be_visible()
    axe_check()

    page.goto(f"{live_server.url}/mein-bereich/")
    expect(page.get_by_role("heading", name="Mein Kohärenzprofil")).to_be_visible()
    axe_check()
    shoot("lernen-mein-bereich")


def test_demo_learner_sees_progress_and_notes(
    courses, live_server, page, axe_check, shoot
):
    from demo.content.site import DEMO_PASSWORD

    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Neue Kurse")).to_be_visible()
    axe_check()
    shoot("lernen-startseite")
    login(page, live_server, "lernende@example.org", DEMO_PASSWORD)
    expect(
        page.get_by_text("2 von 4 Lerneinheiten erledigt (50 Prozent)")
    ).to_be_visible()
    shoot("lernen-mein-bereich-lernende")
    page.get_by_role("link", name="Alle Notizen ansehen und herunterladen").click()
    expect(page.locator("h1")).to_have_text("Meine Notizen")
    axe_check()
    shoot("lernen-notizen")


def test_trainer_sees_the_learning_report(courses, live_server, page, shoot):
    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, "trainerin@example.org", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/admin/lernberichte/")
    expect(
        page.get_by_text("Abdeckung der drei Dimensionen im Katalog")
    ).to_be_visible()
    page.get_by_role("link", name=re.compile("Unterstützen im Alltag")).click()
    expect(page.locator("main")).to_contain_text("Ayla D.")
    shoot("lernen-admin-bericht")
