"""Ambassadors: opt-in and out, the list, privacy (messages: test_inbox)."""

import pytest
from django.core import mail

from network.models import AmbassadorProfile, Conversation, network_url
from tests.budgets import PAGE_ROUTE_QUERIES
from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db

SETTINGS_URL = network_path("ambassador_settings")
LIST_URL = network_path("ambassador_list")


def _message_url(profile) -> str:
    return network_url("ambassador_message", profile.pk)


def test_opt_in_shows_the_display_name_never_the_email(
    client, contact_person, district, topic
):
    client.force_login(contact_person)
    response = client.post(
        SETTINGS_URL,
        {
            "display_name": "Anna A.",
            "district": district.pk,
            "topics": [topic.pk],
            "about": "Ich höre zu.",
        },
    )
    assert response.status_code == 302
    profile = AmbassadorProfile.objects.get(user=contact_person)
    assert list(profile.topics.all()) == [topic]
    client.logout()
    html = client.get(LIST_URL, {"stadtteil": district.slug}).content.decode()
    assert "Anna A." in html
    assert contact_person.email not in html


def test_opt_in_with_an_unknown_district_changes_nothing(client, contact_person):
    client.force_login(contact_person)
    response = client.post(SETTINGS_URL, {"display_name": "Anna", "district": 9999})
    assert response.status_code == 200
    assert "Diesen Stadtteil gibt es nicht" in response.content.decode()
    assert not AmbassadorProfile.objects.exists()


def test_opt_out_removes_at_once(client, ambassador, other_person, contact_person):
    client.force_login(other_person)
    client.post(network_url("ambassador_opt_out"))
    assert not AmbassadorProfile.objects.exists()
    assert "Bernd B." not in client.get(LIST_URL).content.decode()

    client.force_login(contact_person)
    response = client.post(_message_url(ambassador), {"body": "Hallo"}, follow=True)
    assert response.status_code == 200
    assert any(
        "nicht mehr als Botschafter:in eingetragen" in str(m)
        for m in response.context["messages"]
    )
    assert not Conversation.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("count", [2, 60])
def test_list_query_budget_stays_flat(
    client, district, topic, count, django_assert_max_num_queries
):
    from tests.factories import UserFactory

    for user in UserFactory.create_batch(count):
        profile = AmbassadorProfile.objects.create(
            user=user, display_name=user.display_name, district=district
        )
        profile.topics.add(topic)
    with django_assert_max_num_queries(16 + PAGE_ROUTE_QUERIES):
        response = client.get(LIST_URL)
    assert response.status_code == 200
