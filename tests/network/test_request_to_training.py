"""From a training request to a training: "Schulung planen" opens a draft.

The draft carries the request's title, description, format, dimension and
district; the request becomes planned, and its supporters are told once, when
the training is published, never for the draft, never twice.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventSession
from network import services
from network.models import TrainingRequest
from tests.factories import UserFactory
from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(home_page):
    page = home_page.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    page.save_revision().publish()
    return page


def _start(client, request):
    return client.post(
        network_path("request_coordinate", request.pk, "schulung-anlegen")
    )


def _publish(page, user):
    page = EventPage.objects.get(pk=page.pk)
    start = timezone.now() + timedelta(days=20)
    page.sessions = [EventSession(start=start, end=start + timedelta(hours=2))]
    page.save_revision(user=user).publish(user=user)
    return page


def test_schulung_planen_opens_a_prefilled_draft_and_publishing_plans_the_request(
    client,
    calendar,
    make_request,
    contact_person,
    coordinator,
    district,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    request = make_request(contact_person)
    supporters = UserFactory.create_batch(2)
    for user in supporters:
        services.training_request_support(request=request, user=user)
    client.force_login(coordinator)
    assert "Schulung planen" in client.get(request.get_absolute_url()).text
    with django_capture_on_commit_callbacks(execute=True):
        response = _start(client, request)
    draft = EventPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert not draft.live and draft.get_parent().pk == calendar.pk
    assert draft.title == "Gespräche mit Trauernden"
    assert "Sicherheit im Gespräch" in str(draft.description)
    assert draft.summary == "Wir brauchen Sicherheit im Gespräch."
    assert (draft.dimension, draft.district_id, draft.format) == (
        "handhabbarkeit",
        district.pk,
        "praesenz",
    )
    assert draft.owner == coordinator
    request.refresh_from_db()
    assert request.training_id == draft.pk
    assert request.status == TrainingRequest.Status.OPEN
    assert mailoutbox == []
    # The public page does not link the unpublished draft.
    client.logout()
    assert f"/{draft.slug}/" not in client.get(request.get_absolute_url()).text
    # Pressed again while it is a draft: the same draft opens.
    client.force_login(coordinator)
    assert _start(client, request)["Location"] == response["Location"]
    assert EventPage.objects.count() == 1
    detail = client.get(request.get_absolute_url()).text
    assert "Entwurf der Schulung öffnen" in detail

    with django_capture_on_commit_callbacks(execute=True):
        _publish(draft, coordinator)
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.PLANNED
    told = sorted(m.to[0] for m in mailoutbox)
    assert told == sorted(u.email for u in [contact_person, *supporters]) or told == (
        sorted(u.email for u in supporters)
    )
    sent = len(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        _publish(draft, coordinator)
    assert len(mailoutbox) == sent


def test_without_a_calendar_or_for_a_closed_request_nothing_is_created(
    client, make_request, contact_person, coordinator, home_page
):
    request = make_request(contact_person)
    client.force_login(coordinator)
    response = client.post(
        network_path("request_coordinate", request.pk, "schulung-anlegen"),
        follow=True,
    )
    assert response.status_code == 200
    assert "Es gibt noch keinen Kalender" in response.text
    assert not EventPage.objects.exists()
    home_page.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    services.training_request_decline(
        request=request, reason="Nein.", actor=coordinator
    )
    response = client.post(
        network_path("request_coordinate", request.pk, "schulung-anlegen"),
        follow=True,
    )
    assert "Dieser Wunsch ist abgelehnt oder zusammengeführt" in response.text
    assert not EventPage.objects.exists()


@pytest.mark.parametrize("role", ["contact", "trainer"])
def test_only_coordinators_plan_a_training(
    client, calendar, make_request, contact_person, trainer, role
):
    request = make_request(contact_person)
    client.force_login(contact_person if role == "contact" else trainer)
    response = client.post(
        network_path("request_coordinate", request.pk, "schulung-anlegen")
    )
    assert response.status_code == 404
    assert not EventPage.objects.exists()
