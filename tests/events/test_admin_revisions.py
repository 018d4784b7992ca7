"""An older revision of a training opens in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_old_revision_of_a_training_opens(client, make_event, coordinator):
    event = make_event(title="Erste Fassung")
    first = event.latest_revision
    event.title = "Zweite Fassung"
    event.save_revision().publish()
    client.force_login(coordinator)
    response = client.get(f"/admin/pages/{event.pk}/revisions/{first.pk}/view/")
    assert response.status_code == 200
    assert "Erste Fassung" in response.content.decode()
