"""Mails of the network through the one mail service: once, in the recipient's
language, Reply-To only when a person reads it, unsubscribe in one click."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from network import services
from network.models import ConversationMessage, ReportSubscription
from network.tasks import (
    conversation_message_deliver_task,
    report_confirmation_send_task,
    report_digest_send_task,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPLY_ON_SITE = "nicht auf diese E-Mail, sondern auf der Plattform"


def _one_click(header: str):
    """Post to a List-Unsubscribe link as a mail program does: no cookie, no CSRF."""
    path = header.strip("<>").removeprefix("http://127.0.0.1:8000")
    return Client(enforce_csrf_checks=True).post(
        path, {"List-Unsubscribe": "One-Click"}
    )


def test_report_digest_is_a_subscription_with_a_working_one_click_unsubscribe(
    contact_person, make_report
):
    subscription = services.report_subscribe(user=contact_person)
    make_report(50)
    assert report_digest_send_task(subscription.pk) == 1
    (digest,) = mail.outbox
    assert digest.subject.startswith("[Gemeinsam Stark] ")
    assert not digest.reply_to
    header = digest.extra_headers["List-Unsubscribe"]
    assert str(subscription.token) in header
    assert digest.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert _one_click(header).status_code == 302
    assert not ReportSubscription.objects.exists()


def test_a_retried_report_digest_sends_nothing_twice(contact_person, make_report):
    subscription = services.report_subscribe(user=contact_person)
    make_report(51)
    assert report_digest_send_task(subscription.pk) == 1
    assert report_digest_send_task(subscription.pk) == 0
    assert len(mail.outbox) == 1


def test_an_address_subscriber_reads_in_the_language_they_chose(make_report):
    subscription = ReportSubscription.objects.create(
        email="reader@example.org", language="en", confirmed_at=timezone.now()
    )
    make_report(52)
    report_digest_send_task(subscription.pk)
    (digest,) = mail.outbox
    assert digest.to == ["reader@example.org"]
    assert digest.body.startswith("Hello,")
    assert '<html lang="en">' in digest.alternatives[0][0]


def test_a_retried_confirmation_task_sends_one_mail(news_index, on_commit):
    with on_commit():
        services.report_subscribe_email(email="leser@example.org", language="de")
    subscription = ReportSubscription.objects.get()
    assert report_confirmation_send_task(subscription.pk) is False
    assert len(mail.outbox) == 1
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers


def test_relayed_message_has_no_reply_to_and_points_to_the_site(
    ambassador, contact_person, on_commit
):
    with on_commit():
        message = services.ambassador_message_send(
            sender=contact_person, ambassador_id=ambassador.pk, body="Erste Frage"
        )
    (sent,) = mail.outbox
    assert not sent.reply_to
    assert REPLY_ON_SITE in sent.body
    assert f"/netzwerk/nachrichten/{message.conversation.public_id}/" in sent.body
    assert "List-Unsubscribe" not in sent.extra_headers


def test_relayed_message_is_sent_once_in_the_recipients_language(
    ambassador, contact_person, on_commit
):
    recipient = ambassador.user
    recipient.preferred_language = "en"
    recipient.save(update_fields=["preferred_language"])
    with on_commit():
        message = services.ambassador_message_send(
            sender=contact_person, ambassador_id=ambassador.pk, body="Hallo"
        )
    assert conversation_message_deliver_task(message.pk) is False
    (sent,) = mail.outbox
    assert sent.subject == "[Gemeinsam Stark] Message from Anna Ansprech"
    assert sent.body.startswith("Hello ")
    assert ConversationMessage.objects.get().sent_at is not None


def test_supporters_hear_of_the_training_once_in_their_language(
    make_request, contact_person, coordinator, training, on_commit
):
    request = make_request(contact_person)
    english = UserFactory(preferred_language="en")
    services.training_request_support(request=request, user=english)
    with on_commit():
        services.training_request_plan(
            request=request, actor=coordinator, training=training
        )
    by_address = {m.to[0]: m for m in mail.outbox}
    assert by_address[english.email].body.startswith("Hello ")
    assert by_address[contact_person.email].body.startswith("Guten Tag ")
    assert all(m.subject.startswith("[Gemeinsam Stark] ") for m in mail.outbox)
