"""The editing interface: training forms, venue snippets, participant button."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_coordinator_edits_trainings_and_venues(client, make_event, coordinator, venue):
    event = make_event(venue=venue)
    client.force_login(coordinator)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert "Termine" in html and "Veranstaltungsort" in html
    add = client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["events", "eventpage", event.get_parent().pk],
        )
    )
    assert add.status_code == 200
    explore = client.get(reverse("wagtailadmin_explore", args=[event.get_parent().pk]))
    assert explore.status_code == 200
    assert reverse("events_admin_participants", args=[event.pk]) in (
        explore.content.decode()
    )
    venues = client.get(reverse("wagtailsnippets_events_venue:list"))
    assert venues.status_code == 200 and "Stadtteilzentrum Styrum" in (
        venues.content.decode()
    )


def test_trainer_creating_a_training_runs_it(client, calendar_page, trainer):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        streamfield,
    )

    from cms import roles
    from events.models import EventPage

    roles.grant_trainer_pages(calendar_page)
    client.force_login(trainer)
    url = reverse(
        "wagtailadmin_pages:add", args=["events", "eventpage", calendar_page.pk]
    )
    data = nested_form_data(
        {
            "title": "Neue Schulung",
            "slug": "neue-schulung",
            "summary": "",
            "description": streamfield([]),
            "format": "online",
            "sessions": inline_formset(
                [
                    {
                        "start": "2030-05-06 10:00",
                        "end": "2030-05-06 12:00",
                        "all_day": "",
                    }
                ]
            ),
            "standard_questions": "auto",
            "questions": inline_formset([]),
            "waiting_list_enabled": "on",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="neue-schulung")
    assert list(event.trainers.all()) == [trainer]
    assert event.starts_at is not None
