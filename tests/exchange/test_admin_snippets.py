"""Reports and the moderation log come from the site, never from the admin."""

import pytest

from exchange.models import ModerationAction, Report

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Report, ModerationAction])
def test_no_add_view_for_records_made_by_the_site(client, coordinator, model):
    client.force_login(coordinator)
    url = f"/admin/snippets/exchange/{model._meta.model_name}/add/"
    assert client.get(url).status_code in (302, 403, 404)
    response = client.post(url, {})
    assert response.status_code in (302, 403, 404)
    assert not model.objects.exists()
    listing = client.get(f"/admin/snippets/exchange/{model._meta.model_name}/")
    assert listing.status_code == 200
    assert url not in listing.content.decode()
