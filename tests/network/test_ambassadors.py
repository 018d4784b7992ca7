"""Ambassadors: opt-in and out, relayed messages, rate limit, privacy."""

import pytest
from django.core import mail
from django.urls import reverse

from network import services
from network.models import AmbassadorMessage, AmbassadorProfile, network_url
from network.services import MESSAGES_PER_HOUR, NetworkError
from network.tasks import ambassador_message_deliver_task
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
    assert not AmbassadorMessage.objects.exists()
    assert not mail.outbox


def test_message_is_relayed_without_revealing_addresses(
    client, ambassador, contact_person, other_person, on_commit
):
    client.force_login(contact_person)
    with on_commit():
        response = client.post(_message_url(ambassador), {"body": "Können wir reden?"})
    assert response.status_code == 302
    [sent] = mail.outbox
    assert sent.to == [other_person.email]
    assert contact_person.email not in sent.body
    assert contact_person.email not in sent.alternatives[0][0]
    assert not sent.reply_to
    assert "Können wir reden?" in sent.body
    assert "Anna Ansprech" in sent.subject

    # The ambassador answers through the platform; the answer is relayed back.
    message = AmbassadorMessage.objects.get()
    reply_url = reverse("network:message_reply", args=[message.public_id])
    assert reply_url in sent.body
    client.force_login(contact_person)
    assert client.get(reply_url).status_code == 404
    client.force_login(other_person)
    with on_commit():
        client.post(reply_url, {"body": "Gern, am Dienstag."})
    answer = mail.outbox[-1]
    assert answer.to == [contact_person.email]
    assert other_person.email not in answer.body
    assert "Gern, am Dienstag." in answer.body


def test_sender_may_choose_to_share_the_address(
    client, ambassador, contact_person, on_commit
):
    client.force_login(contact_person)
    with on_commit():
        client.post(_message_url(ambassador), {"body": "Hallo", "share_email": "on"})
    assert mail.outbox[0].reply_to == [contact_person.email]


def test_delivery_is_idempotent(ambassador, contact_person, on_commit):
    with on_commit():
        message = services.ambassador_message_send(
            sender=contact_person, ambassador_id=ambassador.pk, body="Hallo"
        )
    assert len(mail.outbox) == 1
    assert ambassador_message_deliver_task.delay(message.pk).get() is False
    assert len(mail.outbox) == 1


def test_messages_are_rate_limited(client, ambassador, contact_person, on_commit):
    client.force_login(contact_person)
    for n in range(MESSAGES_PER_HOUR):
        with on_commit():
            client.post(_message_url(ambassador), {"body": f"Nachricht {n}"})
    response = client.post(_message_url(ambassador), {"body": "Noch eine"})
    assert response.status_code == 200
    assert "später noch einmal" in response.content.decode()
    assert AmbassadorMessage.objects.count() == MESSAGES_PER_HOUR
    assert len(mail.outbox) == MESSAGES_PER_HOUR


@pytest.mark.parametrize(
    ("body", "expected"),
    [("  ", "muss ausgefüllt werden"), ("x" * 3000, "höchstens 2000")],
)
def test_empty_or_huge_messages_are_refused(
    client, ambassador, contact_person, body, expected
):
    client.force_login(contact_person)
    response = client.post(_message_url(ambassador), {"body": body})
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not AmbassadorMessage.objects.exists()


def test_nobody_writes_to_themselves(ambassador, other_person):
    with pytest.raises(NetworkError) as error:
        services.ambassador_message_send(
            sender=other_person, ambassador_id=ambassador.pk, body="Hallo"
        )
    assert error.value.code == "message_self"


def test_anonymous_visitors_log_in_before_writing(client, ambassador):
    response = client.get(_message_url(ambassador))
    assert response.status_code == 302
    assert "/konto/login/" in response.url


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


def test_an_ambassador_is_not_flooded_by_many_senders(ambassador):
    from network.services import MESSAGES_PER_RECIPIENT_DAY
    from tests.factories import UserFactory

    AmbassadorMessage.objects.bulk_create(
        [
            AmbassadorMessage(sender=sender, recipient=ambassador.user, body="Hallo")
            for sender in UserFactory.create_batch(MESSAGES_PER_RECIPIENT_DAY)
        ]
    )
    with pytest.raises(NetworkError) as error:
        services.ambassador_message_send(
            sender=UserFactory(), ambassador_id=ambassador.pk, body="Hallo"
        )
    assert error.value.code == "recipient_busy"
    assert AmbassadorMessage.objects.count() == MESSAGES_PER_RECIPIENT_DAY


def test_only_the_recipient_replies(ambassador, contact_person, on_commit):
    from tests.factories import UserFactory

    with on_commit():
        message = services.ambassador_message_send(
            sender=contact_person, ambassador_id=ambassador.pk, body="Hallo"
        )
    with pytest.raises(NetworkError) as error:
        services.ambassador_message_reply(
            original=message, sender=UserFactory(), body="Ich mische mich ein."
        )
    assert error.value.code == "not_recipient"
    assert AmbassadorMessage.objects.count() == 1
