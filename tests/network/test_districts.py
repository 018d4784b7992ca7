"""The district overview for coordinators."""

import pytest

from network import services
from network.models import AmbassadorProfile
from tests.budgets import PAGE_ROUTE_QUERIES
from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db

URL = network_path("district_overview")


@pytest.mark.parametrize("role", ["contact", "trainer"])
def test_only_coordinators_see_the_overview(client, contact_person, trainer, role):
    client.force_login(contact_person if role == "contact" else trainer)
    assert client.get(URL).status_code == 404


def test_counts_per_district(
    client,
    coordinator,
    district,
    other_district,
    make_request,
    make_entry,
    contact_person,
    other_person,
    training,
    django_assert_max_num_queries,
):
    make_request(contact_person)
    planned = make_request(contact_person, title="Geplant")
    services.training_request_plan(
        request=planned, actor=coordinator, training=training
    )
    make_entry()
    AmbassadorProfile.objects.create(
        user=other_person, display_name="B.", district=district
    )
    client.force_login(coordinator)
    with django_assert_max_num_queries(14 + PAGE_ROUTE_QUERIES):
        response = client.get(URL)
    rows = {d.name: d for d in response.context["districts"]}
    styrum = rows[district.name]
    assert (styrum.open_requests, styrum.trainings) == (1, 1)
    assert (styrum.active_ambassadors, styrum.services) == (1, 1)
    saarn = rows[other_district.name]
    assert (saarn.open_requests, saarn.active_ambassadors, saarn.services) == (0, 0, 0)


def test_admin_menu_links_the_overview_for_coordinators_only(
    client, coordinator, trainer
):
    client.force_login(coordinator)
    assert URL in client.get("/admin/").content.decode()
    client.force_login(trainer)
    assert URL not in client.get("/admin/").content.decode()


def test_a_training_counts_for_the_district_of_its_venue(
    client, coordinator, district, other_district, training
):
    from events.models import Venue

    training.venue = Venue.objects.create(
        name="Stadtteilzentrum",
        street="Weg 1",
        postcode="45476",
        district=other_district,
    )
    training.save_revision().publish()
    client.force_login(coordinator)
    rows = {d.name: d for d in client.get(URL).context["districts"]}
    assert rows[other_district.name].trainings == 1
    assert rows[district.name].trainings == 0


def test_a_training_counts_for_its_own_district_first(
    client,
    coordinator,
    contact_person,
    district,
    other_district,
    training,
    make_request,
):
    from events.models import Venue

    training.venue = Venue.objects.create(
        name="Stadtteilzentrum", street="Weg 1", postcode="45476", district=district
    )
    training.district = other_district
    training.save_revision().publish()
    planned = make_request(contact_person, title="Geplant")
    services.training_request_plan(
        request=planned, actor=coordinator, training=training
    )
    client.force_login(coordinator)
    rows = {d.name: d for d in client.get(URL).context["districts"]}
    # Its own district wins over the venue's and the request's.
    assert rows[other_district.name].trainings == 1
    assert rows[district.name].trainings == 0


def test_the_overview_explains_the_count(client, coordinator):
    client.force_login(coordinator)
    page = client.get(URL).content.decode()
    assert "Eine Schulung mit eigenem Stadtteil zählt für diesen." in page
