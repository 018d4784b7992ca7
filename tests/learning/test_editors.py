"""Editors work in German: labelled blocks, no autosaved drafts, German
workflow names, and no course goes live without a lesson."""

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Task, Workflow

from cms import roles
from learning.blocks import KeyMessageBlock, ReflectionBlock
from learning.models import CoursePage
from tests.learning.conftest import add_lesson
from tests.learning.test_admin import course_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("block", "name"), [(KeyMessageBlock, "Merksatz"), (ReflectionBlock, "Reflexion")]
)
def test_text_blocks_in_a_stream_name_their_textarea(block, name):
    html = block().field.widget.render("body-0-value", "")
    assert 'aria-label="' in html and name in html


def test_autosave_is_off_so_opening_a_form_creates_no_draft(
    client, catalogue, coordinator
):
    assert settings.WAGTAIL_AUTOSAVE_INTERVAL == 0
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["learning", "coursepage", catalogue.pk]
    )
    before = CoursePage.objects.count()
    html = client.get(url).content.decode()
    assert "data-w-autosave-interval-value" not in html
    assert CoursePage.objects.count() == before


def test_the_review_workflow_has_a_german_name(db):
    Workflow.objects.create(name="Moderators approval")
    Task.objects.create(name="Moderators approval")
    roles.ensure_roles()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name="Freigabe durch die Koordination").exists()


def test_a_course_without_lessons_is_not_published(client, catalogue, coordinator):
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["learning", "coursepage", catalogue.pk]
    )
    data = course_form("Leer", "leer")
    data.pop("action-submit")
    data["action-publish"] = "Veröffentlichen"
    response = client.post(url, data)
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="leer")
    assert not course.live
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[course.pk])
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "mindestens eine veröffentlichte Lerneinheit" in text

    add_lesson(course, "Erste Lerneinheit")
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    response = client.post(edit, data)
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.live


def _course_in_review(client, catalogue, trainer):
    """A trainer submits a course without lessons to the coordinators' review."""
    client.force_login(trainer)
    url = reverse(
        "wagtailadmin_pages:add", args=["learning", "coursepage", catalogue.pk]
    )
    client.post(url, course_form("Noch leer", "noch-leer"))
    course = CoursePage.objects.get(slug="noch-leer")
    assert course.current_workflow_task is not None
    return course


def test_approving_a_course_without_lessons_in_the_editor_is_refused(
    client, catalogue, trainer, coordinator
):
    course = _course_in_review(client, catalogue, trainer)
    client.force_login(coordinator)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    data = course_form("Noch leer", "noch-leer")
    data.pop("action-submit")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit, data)
    assert response.status_code == 302
    assert response["Location"] == edit
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "kann noch nicht freigegeben werden" in text
    assert "mindestens eine veröffentlichte Lerneinheit" in text
    course.refresh_from_db()
    assert not course.live
    # Nothing changed: the course is still waiting for the coordinators.
    assert course.current_workflow_task is not None


def test_an_approval_from_the_review_list_obeys_the_same_rule(
    client, catalogue, trainer, coordinator
):
    course = _course_in_review(client, catalogue, trainer)
    state = course.current_workflow_state
    course.current_workflow_task.on_action(
        course.current_workflow_task_state, coordinator, "approve"
    )
    course.refresh_from_db()
    state.refresh_from_db()
    assert not course.live
    assert state.status == state.STATUS_NEEDS_CHANGES
    refused = state.task_states.order_by("-pk").first()
    assert "mindestens eine veröffentlichte Lerneinheit" in refused.comment

    add_lesson(course, "Erste Lerneinheit")
    client.force_login(trainer)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    data = course_form("Noch leer", "noch-leer")
    data.pop("action-submit")
    data["action-restart-workflow"] = "true"
    client.post(edit, data)
    course.refresh_from_db()
    course.current_workflow_task.on_action(
        course.current_workflow_task_state, coordinator, "approve"
    )
    course.refresh_from_db()
    assert course.live
