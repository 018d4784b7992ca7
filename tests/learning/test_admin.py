"""Trainers publish through review, coordinators approve; reports and revoking."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms import roles
from learning import services
from learning.models import Certificate, CoursePage, LessonPage
from tests.learning.conftest import lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_catalogue(catalogue):
    roles.grant_trainer_pages(catalogue)
    return catalogue


def course_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Kurz gesagt.",
            "intro": rich_text("<p>Einführung</p>"),
            "learning_goals": "Ziel",
            "audience": "Alle",
            "dimension": "handhabbarkeit",
            "estimated_minutes": 45,
            "cover_image_alt": "",
            "action-submit": "Zur Freigabe einreichen",
        }
    )


def lesson_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "dimension": "handhabbarkeit",
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield([("text", rich_text("<p>Inhalt</p>"))]),
            "action-submit": "Zur Freigabe einreichen",
        }
    )


def test_trainer_creates_course_with_two_lessons_and_coordinator_publishes(
    client, trainer_catalogue, trainer, coordinator
):
    client.force_login(trainer)
    add_course = reverse(
        "wagtailadmin_pages:add", args=["learning", "coursepage", trainer_catalogue.pk]
    )
    response = client.post(add_course, course_form("Gut zuhören", "gut-zuhoeren"))
    assert response.status_code == 302, response.content[:2000]
    course = CoursePage.objects.get(slug="gut-zuhoeren")
    assert course.owner == trainer and not course.live
    for number in (1, 2):
        add_lesson = reverse(
            "wagtailadmin_pages:add", args=["learning", "lessonpage", course.pk]
        )
        response = client.post(
            add_lesson, lesson_form(f"Teil {number}", f"teil-{number}")
        )
        assert response.status_code == 302
    assert LessonPage.objects.child_of(course).count() == 2
    assert course.current_workflow_state is not None
    assert not course.permissions_for_user(trainer).can_publish()

    client.force_login(coordinator)
    # Lessons first: a course is approved only with a published lesson.
    for page in [*LessonPage.objects.child_of(course), course]:
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]
        )
        response = client.post(url, {"comment": ""})
        assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live
    assert all(lesson.live for lesson in LessonPage.objects.child_of(course))
    assert client.get(course.url).status_code == 200


def test_trainer_cannot_edit_another_trainers_course(
    client, trainer_catalogue, trainer, other_trainer
):
    course = make_course(trainer_catalogue, lessons=1, quiz=False)
    course.owner = trainer
    course.save()
    assert course.permissions_for_user(trainer).can_edit()
    assert not course.permissions_for_user(other_trainer).can_edit()
    client.force_login(other_trainer)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    response = client.post(edit, course_form("Übernommen", course.slug))
    assert response.status_code in (302, 403)
    course.refresh_from_db()
    assert course.title == "Krisen verstehen"
    assert (
        CoursePage.objects.get(pk=course.pk).get_latest_revision().content["title"]
        != "Übernommen"
    )
    add_lesson = reverse(
        "wagtailadmin_pages:add", args=["learning", "lessonpage", course.pk]
    )
    response = client.post(add_lesson, lesson_form("Fremd", "fremd"))
    assert response.status_code == 302
    assert not LessonPage.objects.filter(slug="fremd").exists()


def test_contact_person_has_no_reports(client, contact_person):
    client.force_login(contact_person)
    response = client.get(reverse("learning_admin:report_index"))
    assert response.status_code in (302, 403, 404)


def test_reports_show_participants_and_export_csv(
    client, trainer_catalogue, trainer, other_trainer, contact_person
):
    course = make_course(trainer_catalogue)
    course.owner = trainer
    course.save()
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    client.force_login(trainer)
    index = client.get(reverse("learning_admin:report_index")).text
    assert "Krisen verstehen" in index
    assert "Verstehbarkeit" in index and "Lücke" in index
    url = reverse("learning_admin:report_course", args=[course.pk])
    page = client.get(url).text
    assert "Anna Ansprech" in page and "1 von 3 (33 %)" in page
    csv = client.get(url, {"format": "csv"}).content.decode()
    assert "Anna Ansprech" in csv and contact_person.email in csv
    client.force_login(other_trainer)
    assert client.get(url).status_code == 404
    assert (
        "Krisen verstehen"
        not in client.get(reverse("learning_admin:report_index")).text
    )


def test_coordinator_revokes_in_the_report(
    client, catalogue, contact_person, coordinator, trainer
):
    course = make_course(catalogue, lessons=0)
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    services.quiz_submit(
        user=contact_person, lesson=lesson, answers=quiz_answers(lesson)
    )
    certificate = Certificate.objects.get()
    url = reverse("learning_admin:certificate_revoke", args=[certificate.pk])
    client.force_login(trainer)
    assert client.post(url, {"reason": "x"}).status_code == 404
    client.force_login(coordinator)
    response = client.post(url, {"reason": "Falsche Person"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revocation_reason == "Falsche Person"


def test_trainer_previews_a_new_and_an_edited_lesson(
    client, trainer_catalogue, trainer
):
    course = make_course(trainer_catalogue, lessons=1, quiz=False)
    course.owner = trainer
    course.save()
    client.force_login(trainer)
    data = lesson_form("Vorschau-Lektion", "vorschau")
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["learning", "lessonpage", course.pk],
    )
    assert client.post(url, data).json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Vorschau-Lektion" in preview.text
    lesson = lessons_of(course)[0]
    lesson.owner = trainer
    lesson.save()
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    assert client.post(url, lesson_form("Geändert", lesson.slug)).json()["is_valid"]
    assert "Geändert" in client.get(url).text


def test_scheduled_publishing_of_a_course(trainer_catalogue, trainer):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    course = make_course(trainer_catalogue, lessons=1, quiz=False)
    course.unpublish()
    course.refresh_from_db()
    course.go_live_at = timezone.now() + timedelta(hours=1)
    revision = course.save_revision(user=trainer)
    revision.publish()
    course.refresh_from_db()
    assert not course.live
    assert revision.approved_go_live_at is not None
    # Let the hour pass: move the scheduled time into the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    course.refresh_from_db()
    assert course.live


def test_coordinators_look_up_certificates(
    client, catalogue, contact_person, coordinator, trainer
):
    course = make_course(catalogue, lessons=0)
    services.enrolment_start(user=contact_person, course=course)
    lesson = lessons_of(course)[0]
    services.quiz_submit(
        user=contact_person, lesson=lesson, answers=quiz_answers(lesson)
    )
    certificate = Certificate.objects.get()
    client.force_login(coordinator)
    listing = client.get("/admin/bescheinigungen/", {"q": certificate.code})
    assert listing.status_code == 200
    assert certificate.code in listing.text
    detail = client.get(f"/admin/bescheinigungen/inspect/{certificate.pk}/")
    assert detail.status_code == 200
    assert certificate.holder_name in detail.text
    client.force_login(trainer)
    assert client.get("/admin/bescheinigungen/").status_code in (302, 403)


def test_course_editor_offers_only_trainers(
    client, trainer_catalogue, trainer, contact_person, coordinator
):
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["learning", "coursepage", trainer_catalogue.pk]
    )
    html = client.get(url).text
    assert trainer.display_name in html
    assert contact_person.display_name not in html


def test_course_report_csv_neutralises_formulas_in_names(
    client, catalogue, coordinator
):
    from learning import services
    from tests.factories import UserFactory
    from tests.learning.conftest import make_course

    course = make_course(catalogue, "Kurs mit Formel")
    sneaky = UserFactory(display_name="=HYPERLINK(1)")
    services.enrolment_start(user=sneaky, course=course)
    client.force_login(coordinator)
    response = client.get(
        reverse("learning_admin:report_course", args=[course.pk]), {"format": "csv"}
    )
    body = response.content.decode()
    assert "'=HYPERLINK(1)" in body
