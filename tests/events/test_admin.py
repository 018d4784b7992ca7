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
