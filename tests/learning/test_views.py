"""Pages and actions as a learner uses them, bad input and other people's data."""

import pytest
from django.urls import reverse

from cms.routing import route_url
from learning import services
from learning.models import (
    Certificate,
    Enrolment,
    LessonProgress,
    QuizAttempt,
    ReflectionNote,
)
from learning.quiz import quiz_from_block
from tests.learning.conftest import lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


def post_quiz(client, lesson, answers):
    data = {f"frage-{qid}": ids for qid, ids in answers.items()}
    return client.post(route_url(lesson, "quiz"), data)


def test_catalogue_lists_and_filters_courses(client, catalogue):
    make_course(catalogue, "Krisen verstehen", dimension="verstehbarkeit")
    make_course(catalogue, "Sinn finden", dimension="sinnhaftigkeit")
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert "Krisen verstehen" in response.text and "Sinn finden" in response.text
    response = client.get(catalogue.url, {"dimension": "sinnhaftigkeit"})
    assert "Sinn finden" in response.text and "Krisen verstehen" not in response.text
    response = client.get(catalogue.url, {"dauer": "lang"})
    assert "Sinn finden" not in response.text
    response = client.get(catalogue.url, {"dimension": "<script>", "dauer": "x"})
    assert response.status_code == 200
    assert "Sinn finden" in response.text


def test_catalogue_search(client, catalogue):
    make_course(catalogue, "Krisen verstehen")
    make_course(catalogue, "Sinn finden")
    response = client.get(catalogue.url, {"q": "Krisen"})
    assert "Krisen verstehen" in response.text
    assert "Sinn finden" not in response.text


def test_course_page_for_anonymous_and_learner(client, course, contact_person):
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Anmelden und Kurs starten" in response.text
    client.force_login(contact_person)
    assert "Kurs starten" in client.get(course.url).text
    catalogue = course.get_parent()
    assert f'<p class="back-link"><a href="{catalogue.url}">' in response.text


def test_start_requires_login(client, course):
    response = client.post(route_url(course, "start"))
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_start_resume_and_progress_text(client, course, contact_person):
    client.force_login(contact_person)
    response = client.post(route_url(course, "start"))
    assert response["Location"] == route_url(course, "resume")
    first, second, _quiz = lessons_of(course)
    assert client.get(response["Location"])["Location"] == first.url
    response = client.post(route_url(first, "done"))
    assert response["Location"] == second.url
    resume = client.get(route_url(course, "resume"))
    assert resume["Location"] == second.url
    page = client.get(course.url).text
    assert "1 von 3 Lerneinheiten erledigt (33 Prozent)" in page


def test_quiz_answers_are_not_in_the_page_before_submitting(
    client, course, contact_person
):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    html = client.get(lesson.url).text
    assert "Was stärkt Menschen?" in html
    assert "Verstehen" in html
    assert "Richtig." not in html and "Leider nein." not in html
    assert "correct" not in html.lower()


def test_fail_then_pass_the_quiz_through_the_page(client, course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    response = post_quiz(client, lesson, quiz_answers(lesson, correct=False))
    assert response.status_code == 302
    result = client.get(response["Location"]).text
    assert "Noch nicht bestanden" in result
    assert "Leider nein." in result
    assert "Noch einmal versuchen" in result
    response = post_quiz(client, lesson, quiz_answers(lesson))
    page = client.get(response["Location"]).text
    assert "Bestanden" in page
    assert QuizAttempt.objects.count() == 2


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("unknown_answer", "Ihre Antworten passen nicht zu diesem Quiz"),
        ("unknown_question", "Ihre Antworten passen nicht zu diesem Quiz"),
    ],
)
def test_bad_quiz_input_gives_a_message_and_records_nothing(
    client, course, contact_person, case, message
):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    answers = quiz_answers(lesson)
    if case == "unknown_answer":
        answers[next(iter(answers))] = ["999"]
    elif case == "unknown_question":
        answers["fremd"] = ["1"]
    else:
        answers = {}
    response = post_quiz(client, lesson, answers)
    assert response.status_code == 302
    page = client.get(response["Location"]).text
    assert message in page
    assert not QuizAttempt.objects.exists()


def test_an_incomplete_quiz_comes_back_as_left_with_open_questions_marked(
    client, course, contact_person
):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    first, second = quiz_answers(lesson).items()
    response = post_quiz(client, lesson, dict([first]))
    assert response.status_code == 400
    page = response.text
    assert "Bitte beantworten Sie alle Fragen" in page
    # The answered question keeps its choice; only the open one is marked.
    assert f'value="{first[1][0]}" checked' in page
    assert page.count("Diese Frage ist noch offen.") == 1
    assert f'aria-describedby="offen-{second[0]}"' in page
    assert not QuizAttempt.objects.exists()


def test_quiz_of_a_course_not_enrolled_in_is_refused(client, course, contact_person):
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    response = post_quiz(client, lesson, quiz_answers(lesson))
    assert response.status_code == 302
    assert "Bitte starten Sie zuerst den Kurs" in client.get(lesson.url).text
    assert not QuizAttempt.objects.exists()


def test_marking_a_lesson_of_a_course_not_enrolled_in_is_refused(
    client, course, contact_person
):
    client.force_login(contact_person)
    lesson = lessons_of(course)[0]
    response = client.post(route_url(lesson, "done"))
    assert response.status_code == 302
    assert not LessonProgress.objects.exists()


def test_unknown_or_draft_lessons_answer_404(client, course, contact_person):
    client.force_login(contact_person)
    lesson = lessons_of(course)[0]
    lesson.unpublish()
    for url in (
        route_url(lesson, "done"),
        f"{course.url}gibt-es-nicht/erledigt/",
        f"{course.url}gibt-es-nicht/quiz/",
        f"{course.get_parent().url}gibt-es-nicht/starten/",
    ):
        assert client.post(url).status_code == 404


def test_get_on_an_action_is_refused(client, course, contact_person):
    client.force_login(contact_person)
    lesson = lessons_of(course)[0]
    assert client.get(route_url(lesson, "done")).status_code == 405


def test_notes_are_private_and_exportable(client, course, contact_person, other_person):
    services.enrolment_start(user=contact_person, course=course)
    services.enrolment_start(user=other_person, course=course)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    client.force_login(contact_person)
    client.post(
        route_url(lesson, "note"),
        {"block": block_id, "text": "Geheimer Gedanke von Anna"},
    )
    assert ReflectionNote.objects.get().user == contact_person
    assert "Geheimer Gedanke von Anna" in client.get(lesson.url).text
    export = client.get(reverse("learning:notes_export"))
    assert "Geheimer Gedanke von Anna" in export.content.decode()
    client.force_login(other_person)
    assert "Geheimer Gedanke" not in client.get(lesson.url).text
    assert "Geheimer Gedanke" not in client.get(reverse("learning:notes")).text
    assert "Geheimer Gedanke" not in client.get(reverse("learning:notes_export")).text
    assert "Geheimer Gedanke" not in client.get(reverse("dashboard")).text


def test_a_tampered_note_form_changes_nothing(client, course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[0]
    response = client.post(
        route_url(lesson, "note"),
        {"block": "gibt-es-nicht", "text": "x"},
    )
    assert response.status_code == 302
    assert not ReflectionNote.objects.exists()


def test_someone_elses_attempt_is_not_shown(
    client, course, contact_person, other_person
):
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[-1]
    attempt = services.quiz_submit(
        user=contact_person, lesson=lesson, answers=quiz_answers(lesson, correct=False)
    )
    services.enrolment_start(user=other_person, course=course)
    client.force_login(other_person)
    page = client.get(f"{lesson.url}?versuch={attempt.pk}").text
    assert "Noch nicht bestanden" not in page
    assert "Leider nein." not in page


def finished(user, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_start(user=user, course=course)
        for lesson in lessons_of(course):
            if lesson.has_quiz:
                services.quiz_submit(
                    user=user, lesson=lesson, answers=quiz_answers(lesson)
                )
            else:
                services.lesson_complete(user=user, lesson=lesson)
    return Certificate.objects.get(user=user, course=course)


def test_certificate_download_and_public_verification(
    client, course, contact_person, other_person, django_capture_on_commit_callbacks
):
    contact_person.first_name, contact_person.last_name = "Anna", "Muster"
    contact_person.save()
    certificate = finished(contact_person, course, django_capture_on_commit_callbacks)
    client.force_login(contact_person)
    download = client.get(
        reverse("learning:certificate_download", args=[certificate.pk])
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    client.force_login(other_person)
    assert (
        client.get(
            reverse("learning:certificate_download", args=[certificate.pk])
        ).status_code
        == 404
    )
    client.logout()
    verify = client.get(certificate.get_absolute_url())
    assert verify.status_code == 200
    assert "gültig" in verify.text and "Anna Muster" in verify.text
    assert contact_person.email not in verify.text
    lower = client.get(
        reverse("learning:certificate_verify", args=[certificate.code.lower()])
    )
    assert "Anna Muster" in lower.text


def test_foreign_certificate_code_is_a_clear_404(client):
    response = client.get(reverse("learning:certificate_verify", args=["AAAA-BBBB"]))
    assert response.status_code == 404
    assert "keine Bescheinigung" in response.text


def test_revoked_certificate_shows_as_revoked(
    client, course, contact_person, coordinator, django_capture_on_commit_callbacks
):
    certificate = finished(contact_person, course, django_capture_on_commit_callbacks)
    services.certificate_revoke(certificate=certificate, actor=coordinator, reason="x")
    page = client.get(certificate.get_absolute_url()).text
    assert "widerrufen" in page
    client.force_login(contact_person)
    url = reverse("learning:certificate_download", args=[certificate.pk])
    assert client.get(url).status_code == 404


def test_dashboard_shows_courses_profile_and_certificates(
    client, catalogue, contact_person, django_capture_on_commit_callbacks
):
    done = make_course(catalogue, "Fertiger Kurs", lessons=1, quiz=False)
    open_course = make_course(catalogue, "Offener Kurs")
    finished(contact_person, done, django_capture_on_commit_callbacks)
    services.enrolment_start(user=contact_person, course=open_course)
    client.force_login(contact_person)
    page = client.get(reverse("dashboard")).text
    assert "Offener Kurs" in page
    assert "0 von 3 Lerneinheiten erledigt" in page
    assert "Nächste Lerneinheit: Lektion 1" in page
    assert "Fertiger Kurs" in page
    assert "Teilnahmebescheinigung herunterladen" in page
    assert "Mein Kohärenzprofil" in page
    assert "1 Lerneinheit, 0 besuchte Schulungen</span>" in page


def test_home_page_lists_new_courses(client, home_page, course):
    home_page.body = [("section", {"section": "courses", "heading": ""})]
    home_page.save_revision().publish()
    page = client.get("/").text
    assert course.title in page


def test_lesson_page_shows_navigation(client, course):
    first, second, third = lessons_of(course)
    page = client.get(second.url).text
    assert f"Zurück: <span>{first.title}</span>" in page
    assert f"Weiter: <span>{third.title}</span>" in page
    assert "Lerneinheit 2 von 3" in page


def test_quiz_block_ids_are_stable(course):
    lesson = lessons_of(course)[-1]
    first = quiz_from_block(lesson.quiz_block)
    lesson.refresh_from_db()
    again = quiz_from_block(lesson.quiz_block)
    assert [q.id for q in first.questions] == [q.id for q in again.questions]
    assert all(q.id for q in first.questions)


def test_huge_ids_are_a_404_not_a_500(client, course, contact_person):
    client.force_login(contact_person)
    huge = "9" * 30
    assert client.post(f"{course.url}{huge}/erledigt/").status_code == 404
    assert client.get(f"/mein-bereich/bescheinigungen/{huge}/").status_code == 404
    lesson = lessons_of(course)[-1]
    assert client.get(f"{lesson.url}?versuch={huge}").status_code == 200
    assert client.post(f"{course.get_parent().url}{huge}/starten/").status_code == 404


def test_video_loads_nothing_from_a_third_party_before_the_click(client, course):
    lesson = lessons_of(course)[0]
    lesson.body.append(
        (
            "video",
            {
                "title": "Ein Gespräch",
                "url": "https://video.example.com/watch?v=1",
                "transcript": "<p>Abschrift</p>",
            },
        )
    )
    lesson.save_revision().publish()
    html = client.get(lesson.url).text
    assert "<iframe" not in html
    assert 'src="https://video.example.com' not in html
    assert "<details>" in html and 'href="https://video.example.com' in html


def test_course_page_in_english(client, course, contact_person):
    contact_person.preferred_language = "en"
    contact_person.save()
    client.force_login(contact_person)
    html = client.get(course.url, HTTP_ACCEPT_LANGUAGE="en").text
    assert "Start the course" in html
    assert "Your progress" in html


def test_profile_adds_what_other_apps_count(
    client, course, contact_person, monkeypatch
):
    from cms import hooks

    original_collect = hooks.collect
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    source = hooks.CoherenceSource(
        key="test",
        label="Gespräche",
        counts=lambda user: {"handhabbarkeit": 2},
        describe=lambda count: f"{count} Gespräche",
    )
    # Only this source: the events app's own one would add its words too.
    monkeypatch.setattr(
        hooks,
        "collect",
        lambda name: (
            [source] if name == hooks.COHERENCE_SOURCES else original_collect(name)
        ),
    )
    client.force_login(contact_person)
    page = client.get(reverse("dashboard")).text
    assert "1 Lerneinheit, 0 Gespräche" in page
    assert "0 Lerneinheiten, 2 Gespräche" in page


def test_a_form_without_csrf_token_is_refused_and_records_nothing(
    course, contact_person
):
    from django.test import Client

    services.enrolment_start(user=contact_person, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    response = post_quiz(client, lesson, quiz_answers(lesson))
    assert response.status_code == 403
    assert not QuizAttempt.objects.exists()


def test_someone_elses_progress_is_not_shown(
    client, course, contact_person, other_person
):
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    services.enrolment_start(user=other_person, course=course)
    client.force_login(other_person)
    page = client.get(course.url).text
    assert "0 von 3 Lerneinheiten erledigt" in page
    assert "lesson-list__status--done" not in page
    dashboard = client.get(reverse("dashboard")).text
    assert "0 von 3 Lerneinheiten erledigt" in dashboard
    assert "Geheimer" not in dashboard


def test_starting_from_a_lesson_stays_on_it(client, catalogue, course, contact_person):
    other = make_course(catalogue, "Anderer Kurs", lessons=1, quiz=False)
    client.force_login(contact_person)
    second = lessons_of(course)[1]
    start = route_url(course, "start")
    assert client.post(start, {"lektion": second.pk})["Location"] == second.url
    services.enrolment_leave(user=contact_person, course=course)
    foreign = lessons_of(other)[0]
    response = client.post(start, {"lektion": foreign.pk})
    assert response["Location"] == route_url(course, "resume")
    response = client.post(start, {"lektion": "9" * 40})
    assert response.status_code == 302
