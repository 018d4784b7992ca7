"""The ambassador inbox: conversations kept on the site for both sides, unread
markers, the mail relay that never shows an address, visitors who confirm
their address first, opt-out, shared rate limits, retention and privacy."""

import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cms.personal_data import declarations
from cms.privacy import Erasure
from cms.retention import retention_apply
from network import services
from network.models import Conversation, ConversationMessage, network_url
from network.services import NetworkError
from tests.budgets import PAGE_ROUTE_QUERIES, ROUTE_LINK_QUERIES
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

VISITOR_EMAIL = "gast.geheim@example.org"
INBOX_URL_NAME = "inbox"


def _message_url(profile) -> str:
    return network_url("ambassador_message", profile.pk)


def _conversation_url(conversation) -> str:
    return network_url("conversation", conversation.public_id)


def _visitor_url(conversation) -> str:
    return reverse(
        "network:visitor_conversation", kwargs={"token": conversation.visitor_token}
    )


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def _send(sender, ambassador, body="Hallo", on_commit=None):
    if on_commit is None:
        return services.ambassador_message_send(
            sender=sender, ambassador_id=ambassador.pk, body=body
        )
    with on_commit():
        return services.ambassador_message_send(
            sender=sender, ambassador_id=ambassador.pk, body=body
        )


def _visitor_post(client, ambassador, body="Ich suche Rat.", email=VISITOR_EMAIL):
    return client.post(
        _message_url(ambassador),
        {"name": "Gisela Gast", "email": email, "body": body},
    )


# Both sides keep the conversation --------------------------------------------


def test_both_sides_see_the_history_and_answer_on_the_site(
    client, ambassador, contact_person, other_person, on_commit
):
    client.force_login(contact_person)
    with on_commit():
        response = client.post(_message_url(ambassador), {"body": "Können wir reden?"})
    conversation = Conversation.objects.get()
    assert response.status_code == 302
    assert response.url == _conversation_url(conversation)
    [to_ambassador] = mail.outbox
    assert to_ambassador.to == [other_person.email]
    assert not to_ambassador.reply_to
    assert _conversation_url(conversation) in to_ambassador.body

    # The ambassador finds it in the inbox, unread, and answers.
    client.force_login(other_person)
    inbox = client.get(network_url(INBOX_URL_NAME)).content.decode()
    assert "Anna Ansprech" in inbox
    assert "1 neu" in inbox
    page = client.get(_conversation_url(conversation)).content.decode()
    assert "Können wir reden?" in page
    assert "thread-message--new" in page
    assert "1 neu" not in client.get(network_url(INBOX_URL_NAME)).content.decode()
    with on_commit():
        client.post(_conversation_url(conversation), {"body": "Gern, am Dienstag."})
    to_sender = mail.outbox[-1]
    assert to_sender.to == [contact_person.email]
    assert _conversation_url(conversation) in to_sender.body
    assert "Gern, am Dienstag." in to_sender.body

    # The sender reads the whole history in their own inbox.
    client.force_login(contact_person)
    assert "Bernd B." in client.get(network_url(INBOX_URL_NAME)).content.decode()
    page = client.get(_conversation_url(conversation)).content.decode()
    assert page.index("Können wir reden?") < page.index("Gern, am Dienstag.")
    assert ConversationMessage.objects.count() == 2


def test_no_email_address_leaks_through_inbox_pages_or_mails(
    client, ambassador, contact_person, other_person, on_commit
):
    _send(contact_person, ambassador, on_commit=on_commit)
    conversation = Conversation.objects.get()
    with on_commit():
        services.conversation_reply(
            conversation=conversation, body="Antwort", user=other_person
        )
    addresses = (contact_person.email, other_person.email)
    for person in (contact_person, other_person):
        client.force_login(person)
        for url in (network_url(INBOX_URL_NAME), _conversation_url(conversation)):
            html = client.get(url).content.decode()
            assert not any(address in html for address in addresses)
    for sent in mail.outbox:
        other = [a for a in addresses if a not in sent.to]
        text = sent.body + sent.alternatives[0][0] + sent.subject
        assert not any(address in text for address in other)
        assert not sent.reply_to
        assert not any(address in sent.from_email for address in addresses)


def test_a_second_message_continues_the_same_conversation(
    ambassador, contact_person, on_commit
):
    _send(contact_person, ambassador, "Eins", on_commit)
    _send(contact_person, ambassador, "Zwei", on_commit)
    assert Conversation.objects.count() == 1
    assert Conversation.objects.get().ambassador_unread == 2
    assert len(mail.outbox) == 2


def test_delivery_is_idempotent(ambassador, contact_person, on_commit):
    from network.tasks import conversation_message_deliver_task

    message = _send(contact_person, ambassador, on_commit=on_commit)
    assert len(mail.outbox) == 1
    assert conversation_message_deliver_task.delay(message.pk).get() is False
    assert len(mail.outbox) == 1


def test_unread_count_shows_in_the_header_and_clears_on_reading(
    client, ambassador, contact_person, other_person, on_commit
):
    _send(contact_person, ambassador, "Eins", on_commit)
    _send(contact_person, ambassador, "Zwei", on_commit)
    client.force_login(other_person)
    html = client.get(network_url(INBOX_URL_NAME)).content.decode()
    assert 'nav-badge__count">2<' in html
    assert "ungelesene Nachrichten" in html
    client.get(_conversation_url(Conversation.objects.get()))
    html = client.get(network_url(INBOX_URL_NAME)).content.decode()
    assert "nav-badge__count" not in html


# Nobody reads another's conversation ------------------------------------------


def test_nobody_opens_another_persons_conversation_by_guessing(
    client, ambassador, contact_person, on_commit
):
    _send(contact_person, ambassador, "Vertraulich", on_commit)
    conversation = Conversation.objects.get()
    stranger = UserFactory()
    client.force_login(stranger)
    for url in (
        _conversation_url(conversation),
        network_url("conversation", uuid.uuid4()),
        # The visitor's link is another key: a person's conversation has none.
        _visitor_url(conversation),
        reverse(
            "network:visitor_conversation", kwargs={"token": conversation.public_id}
        ),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Vertraulich" not in response.content.decode()
    response = client.post(_conversation_url(conversation), {"body": "Ich auch"})
    assert response.status_code == 404
    assert "Vertraulich" not in client.get(network_url(INBOX_URL_NAME)).content.decode()
    with pytest.raises(NetworkError) as error:
        services.conversation_reply(
            conversation=conversation, body="Ich auch", user=stranger
        )
    assert error.value.code == "not_participant"
    assert ConversationMessage.objects.count() == 1


def test_an_anonymous_visitor_is_sent_to_the_login_for_the_inbox(client):
    response = client.get(network_url(INBOX_URL_NAME))
    assert response.status_code == 302
    assert "/konto/login/" in response.url


# Visitors without an account ----------------------------------------------------


def test_a_visitor_writes_after_confirming_the_address(
    client, ambassador, other_person, on_commit
):
    assert 'name="email"' in client.get(_message_url(ambassador)).content.decode()
    with on_commit():
        response = _visitor_post(client, ambassador)
    assert response.status_code == 302
    conversation = Conversation.objects.get()
    assert conversation.confirmed_at is None
    # Only the confirmation goes out; nothing reaches the ambassador yet.
    [confirm] = mail.outbox
    assert confirm.to == [VISITOR_EMAIL]
    assert _visitor_url(conversation) in confirm.body
    client.force_login(other_person)
    assert "Gisela" not in client.get(network_url(INBOX_URL_NAME)).content.decode()
    assert client.get(_conversation_url(conversation)).status_code == 404
    client.logout()

    # Opening the link (as a mail scanner does) confirms nothing.
    page = client.get(_visitor_url(conversation))
    assert page.status_code == 200
    assert "Adresse bestätigen" in page.content.decode()
    # The page names the deletion rule that the retention run applies.
    days = services.UNCONFIRMED_LIFETIME.days
    assert f"alles nach {days} Tagen gelöscht" in page.content.decode()
    assert Conversation.objects.get().confirmed_at is None
    with on_commit():
        client.post(_visitor_url(conversation), {"aktion": "bestaetigen"})
    assert Conversation.objects.get().confirmed_at is not None
    to_ambassador = mail.outbox[-1]
    assert to_ambassador.to == [other_person.email]
    assert "Gisela Gast" in to_ambassador.subject
    assert VISITOR_EMAIL not in to_ambassador.body + to_ambassador.alternatives[0][0]

    # The ambassador sees a name, never the address, and answers.
    client.force_login(other_person)
    for url in (network_url(INBOX_URL_NAME), _conversation_url(conversation)):
        html = client.get(url).content.decode()
        assert "Gisela Gast" in html
        assert VISITOR_EMAIL not in html
    with on_commit():
        client.post(_conversation_url(conversation), {"body": "Rufen Sie mich an?"})
    answer = mail.outbox[-1]
    assert answer.to == [VISITOR_EMAIL]
    assert _visitor_url(conversation) in answer.body
    assert other_person.email not in answer.body

    # The visitor reads it through their link and writes back.
    client.logout()
    html = client.get(_visitor_url(conversation)).content.decode()
    assert "Rufen Sie mich an?" in html
    assert other_person.email not in html
    with on_commit():
        client.post(_visitor_url(conversation), {"body": "Ja, gern."})
    assert mail.outbox[-1].to == [other_person.email]
    assert ConversationMessage.objects.count() == 3


def test_a_second_confirmation_click_sends_nothing_twice(client, ambassador, on_commit):
    with on_commit():
        _visitor_post(client, ambassador)
    conversation = Conversation.objects.get()
    for _ in range(2):
        with on_commit():
            client.post(_visitor_url(conversation), {"aktion": "bestaetigen"})
    assert len(mail.outbox) == 2  # the confirmation and one relayed message


def test_an_unconfirmed_visitor_cannot_add_messages(client, ambassador, on_commit):
    with on_commit():
        _visitor_post(client, ambassador)
    conversation = Conversation.objects.get()
    client.post(_visitor_url(conversation), {"body": "Noch etwas"})
    assert ConversationMessage.objects.count() == 1
    with pytest.raises(NetworkError) as error:
        services.conversation_reply(conversation=conversation, body="Noch etwas")
    assert error.value.code == "not_confirmed"


def test_visitor_form_errors_change_nothing(client, ambassador):
    response = client.post(
        _message_url(ambassador),
        {"name": "Gisela", "email": "keine-adresse", "body": "Hallo"},
    )
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in response.content.decode()
    assert not Conversation.objects.exists()
    assert not mail.outbox


def test_unknown_visitor_link_is_not_found(client):
    url = reverse("network:visitor_conversation", kwargs={"token": uuid.uuid4()})
    assert client.get(url).status_code == 404
    assert client.post(url, {"aktion": "bestaetigen"}).status_code == 404


# Opt-out ------------------------------------------------------------------------


def test_writing_to_an_ambassador_who_opted_out_changes_nothing(
    client, ambassador, contact_person, other_person, on_commit
):
    _send(contact_person, ambassador, "Vorher", on_commit)
    conversation = Conversation.objects.get()
    services.ambassador_opt_out(user=other_person)
    mail.outbox.clear()

    client.force_login(contact_person)
    response = client.post(_message_url(ambassador), {"body": "Hallo"}, follow=True)
    assert response.status_code == 200
    assert any("nicht mehr als Botschafter:in" in m for m in _messages(response))
    response = client.post(
        _conversation_url(conversation), {"body": "Noch da?"}, follow=True
    )
    assert response.status_code == 200
    assert any("nicht mehr als Botschafter:in" in m for m in _messages(response))
    assert "nicht mehr schreiben" in response.content.decode()
    assert ConversationMessage.objects.count() == 1
    assert not mail.outbox

    client.logout()
    response = _visitor_post(client, ambassador)
    assert response.status_code == 302
    assert Conversation.objects.count() == 1


def test_in_english_the_opt_out_message_is_english(
    client, ambassador, contact_person, other_person
):
    services.ambassador_opt_out(user=other_person)
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    client.force_login(contact_person)
    response = client.post(_message_url(ambassador), {"body": "Hello"}, follow=True)
    assert response.status_code == 200
    assert any("no longer listed as an ambassador" in m for m in _messages(response))
    assert not Conversation.objects.exists()


def test_a_visitor_confirming_after_the_opt_out_sends_nothing(
    client, ambassador, other_person, on_commit
):
    with on_commit():
        _visitor_post(client, ambassador)
    conversation = Conversation.objects.get()
    services.ambassador_opt_out(user=other_person)
    with on_commit():
        response = client.post(
            _visitor_url(conversation), {"aktion": "bestaetigen"}, follow=True
        )
    assert response.status_code == 200
    assert any("nicht mehr als Botschafter:in" in m for m in _messages(response))
    assert Conversation.objects.get().confirmed_at is None
    assert len(mail.outbox) == 1  # only the confirmation request


def test_the_ambassador_may_still_answer_after_opting_out(
    ambassador, contact_person, other_person, on_commit
):
    _send(contact_person, ambassador, on_commit=on_commit)
    services.ambassador_opt_out(user=other_person)
    with on_commit():
        services.conversation_reply(
            conversation=Conversation.objects.get(),
            body="Ein letztes Wort",
            user=other_person,
        )
    assert mail.outbox[-1].to == [contact_person.email]


# Bad input and rate limits (cms.ratelimit) -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [("  ", "muss ausgefüllt werden"), ("x" * 3000, "höchstens 2000")],
)
def test_empty_or_huge_messages_are_refused(
    client, ambassador, contact_person, body, expected, on_commit
):
    client.force_login(contact_person)
    response = client.post(_message_url(ambassador), {"body": body})
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not Conversation.objects.exists()
    _send(contact_person, ambassador, on_commit=on_commit)
    conversation = Conversation.objects.get()
    response = client.post(_conversation_url(conversation), {"body": body})
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert ConversationMessage.objects.count() == 1


def test_nobody_writes_to_themselves(ambassador, other_person):
    with pytest.raises(NetworkError) as error:
        _send(other_person, ambassador)
    assert error.value.code == "message_self"


def test_messages_are_limited_by_the_shared_rate_limiter(
    client, settings, ambassador, contact_person, on_commit
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "network.message": "2/h"}
    client.force_login(contact_person)
    for n in range(2):
        with on_commit():
            client.post(_message_url(ambassador), {"body": f"Nachricht {n}"})
    response = client.post(_message_url(ambassador), {"body": "Noch eine"})
    assert response.status_code == 200
    assert "später noch einmal" in response.content.decode()
    assert ConversationMessage.objects.count() == 2
    assert len(mail.outbox) == 2


def test_an_ambassador_is_not_flooded_by_many_senders(settings, ambassador):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "network.message_received": "3/d"}
    for sender in UserFactory.create_batch(3):
        _send(sender, ambassador)
    with pytest.raises(NetworkError) as error:
        _send(UserFactory(), ambassador)
    assert error.value.code == "recipient_busy"
    assert ConversationMessage.objects.count() == 3


def test_visitors_cannot_mail_bomb_an_address(client, settings, ambassador, on_commit):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "network.message_confirm": "2/h"}
    for _ in range(3):
        with on_commit():
            response = _visitor_post(client, ambassador)
    assert response.status_code == 200
    assert "später noch einmal" in response.content.decode()
    assert Conversation.objects.count() == 2
    assert len(mail.outbox) == 2


def test_the_old_quota_constants_are_gone():
    # One limiter for the platform: the network keeps no quotas of its own.
    assert not hasattr(services, "MESSAGES_PER_HOUR")
    assert not hasattr(services, "MESSAGES_PER_RECIPIENT_DAY")


# Retention, export, erasure ---------------------------------------------------------


def test_conversations_are_deleted_as_the_inbox_says(
    client, ambassador, contact_person, other_person, on_commit
):
    client.force_login(contact_person)
    _send(contact_person, ambassador, on_commit=on_commit)
    html = client.get(network_url(INBOX_URL_NAME)).content.decode()
    months = services.CONVERSATION_RETENTION_MONTHS
    assert f"{months} Monate nach der letzten Nachricht gelöscht" in html
    now = timezone.now()
    kept = Conversation.objects.get()
    Conversation.objects.filter(pk=kept.pk).update(
        last_message_at=now - timedelta(days=30 * (months - 1))
    )
    old = Conversation.objects.create(
        ambassador=other_person,
        sender=UserFactory(),
        confirmed_at=now,
        last_message_at=now - timedelta(days=31 * months),
    )
    ConversationMessage.objects.create(conversation=old, body="Alt")
    unconfirmed = Conversation.objects.create(
        ambassador=other_person,
        sender_email="alt@example.org",
        created_at=now - services.UNCONFIRMED_LIFETIME - timedelta(hours=1),
    )
    fresh_unconfirmed = Conversation.objects.create(
        ambassador=other_person, sender_email="neu@example.org"
    )
    result = retention_apply(now=now)
    assert result["network-conversations"] == 2
    remaining = set(Conversation.objects.values_list("pk", flat=True))
    assert remaining == {kept.pk, fresh_unconfirmed.pk}
    assert not ConversationMessage.objects.filter(conversation=old).exists()
    assert unconfirmed.pk not in remaining
    assert retention_apply(now=now)["network-conversations"] == 0


def test_export_shows_both_sides_by_name_never_by_address(
    client, ambassador, contact_person, other_person, on_commit
):
    with on_commit():
        _visitor_post(client, ambassador)
    conversation = Conversation.objects.get()
    client.post(_visitor_url(conversation), {"aktion": "bestaetigen"})
    _send(contact_person, ambassador, "Von Anna", on_commit)
    item = next(d for d in declarations() if d.model == "network.Conversation")
    exported = item.export(other_person)
    assert {row["mit"] for row in exported} == {"Gisela Gast", "Anna Ansprech"}
    assert VISITOR_EMAIL not in str(exported)
    assert contact_person.email not in str(exported)
    [mine] = item.export(contact_person)
    assert mine["mit"] == "Bernd B."
    assert mine["nachrichten"][0] == {
        "von_ihnen": True,
        "text": "Von Anna",
        "geschrieben_am": mine["nachrichten"][0]["geschrieben_am"],
    }


def test_erasure_removes_conversations_of_either_side_and_of_the_address(
    ambassador, contact_person, other_person
):
    _send(contact_person, ambassador)
    Conversation.objects.create(
        ambassador=other_person, sender_email=contact_person.email
    )
    unrelated = Conversation.objects.create(
        ambassador=other_person, sender=UserFactory()
    )
    item = next(d for d in declarations() if d.model == "network.Conversation")
    item.erase(
        Erasure(user=contact_person, actor=None, identifiers=(contact_person.email,))
    )
    assert list(Conversation.objects.values_list("pk", flat=True)) == [unrelated.pk]


# Query budgets -------------------------------------------------------------------


@pytest.mark.parametrize("count", [2, 40])
def test_inbox_query_budget_stays_flat(
    client, other_person, ambassador, count, django_assert_max_num_queries
):
    now = timezone.now()
    for sender in UserFactory.create_batch(count):
        conversation = Conversation.objects.create(
            ambassador=other_person,
            sender=sender,
            confirmed_at=now,
            ambassador_unread=1,
        )
        ConversationMessage.objects.bulk_create(
            [
                ConversationMessage(conversation=conversation, body=f"Text {n}")
                for n in range(3)
            ]
        )
    client.force_login(other_person)
    with django_assert_max_num_queries(15 + PAGE_ROUTE_QUERIES):
        response = client.get(network_url(INBOX_URL_NAME))
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == min(count, 25)


@pytest.mark.parametrize("count", [2, 80])
def test_conversation_query_budget_stays_flat(
    client,
    other_person,
    contact_person,
    ambassador,
    count,
    django_assert_max_num_queries,
):
    conversation = Conversation.objects.create(
        ambassador=other_person,
        sender=contact_person,
        confirmed_at=timezone.now(),
        ambassador_unread=count,
    )
    ConversationMessage.objects.bulk_create(
        [
            ConversationMessage(
                conversation=conversation, body=f"Text {n}", from_ambassador=n % 2
            )
            for n in range(count)
        ]
    )
    client.force_login(other_person)
    with django_assert_max_num_queries(15 + PAGE_ROUTE_QUERIES):
        response = client.get(_conversation_url(conversation))
    assert response.status_code == 200
    assert len(response.context["history"]) == count


def test_visitor_conversation_query_budget_stays_flat(
    client, ambassador, other_person, django_assert_max_num_queries
):
    conversation = Conversation.objects.create(
        ambassador=other_person,
        sender_email=VISITOR_EMAIL,
        confirmed_at=timezone.now(),
    )
    ConversationMessage.objects.bulk_create(
        [
            ConversationMessage(conversation=conversation, body=f"T {n}")
            for n in range(50)
        ]
    )
    # The page itself, plus the links to routes drawn in the site's header.
    with django_assert_max_num_queries(12 + ROUTE_LINK_QUERIES):
        response = client.get(_visitor_url(conversation))
    assert response.status_code == 200


def test_the_header_figure_costs_no_query_and_comes_back_after_a_cache_flush(
    ambassador, contact_person, other_person, on_commit, django_assert_num_queries
):
    from django.core.cache import cache

    from network import selectors

    _send(contact_person, ambassador, "Eins", on_commit)
    _send(contact_person, ambassador, "Zwei", on_commit)
    with django_assert_num_queries(0):
        assert selectors.unread_total(other_person) == 2
    cache.clear()
    with django_assert_num_queries(0):
        assert selectors.unread_total(other_person) == 0
    assert selectors.unread_totals_refresh() == 1
    assert selectors.unread_total(other_person) == 2
    assert selectors.unread_total(contact_person) == 0
    # Deleting the conversation (retention, erasure) takes the figure along.
    services.conversations_delete(Conversation.objects.all())
    assert selectors.unread_total(other_person) == 0
