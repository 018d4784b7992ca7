"""The network's public lists and entries come from the page cache for anonymous
visitors and are refreshed by a change of what they show."""

import pytest

from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings, home_page):
    from cms.models import SiteSettings

    settings.PUBLIC_PAGE_CACHE = True
    SiteSettings.objects.get_or_create(site=home_page.get_site())


def _status(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.headers.get("X-Cache", "")


def test_directory_entries_and_lists_are_cached_and_refreshed(
    cached, client, make_entry, make_request, other_person, on_commit
):
    entry = make_entry()
    request = make_request(other_person)
    paths = [
        network_path("directory_list"),
        network_path("directory_detail", entry.slug),
        network_path("ambassador_list"),
        network_path("request_list"),
        network_path("request_detail", request.pk),
    ]
    for path in paths:
        _status(client, path)
        assert _status(client, path) == "HIT", path
    with on_commit():
        entry.how_to_reach = "Kommen Sie vorbei."
        entry.save()
    assert _status(client, paths[1]) == "MISS"
    assert "Kommen Sie vorbei." in client.get(paths[1]).content.decode()


def test_forms_and_logged_in_views_are_never_cached(
    cached, client, other_person, make_request
):
    assert "X-Cache" not in client.get(network_path("request_create")).headers
    client.force_login(other_person)
    assert "X-Cache" not in client.get(network_path("request_list")).headers
