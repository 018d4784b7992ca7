"""The one mail service: keyed once, in the recipient's language, honest headers."""

import importlib
from datetime import timedelta
from smtplib import SMTPException

import pytest
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from cms import links, mail
from cms.models import SentMail
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _send(to, **kwargs) -> bool:
    defaults = {
        "kind": "test.kind",
        "key": 1,
        "to": to,
        "template": "network/email/report_confirm",
        "context": {"confirm_url": "https://example.org/bestaetigen"},
    }
    return mail.mail(**{**defaults, **kwargs})


def test_the_same_key_is_sent_once_and_only_the_key_is_kept(mailoutbox):
    person = UserFactory()
    assert _send(person) is True
    assert _send(person) is False
    assert len(mailoutbox) == 1
    (record,) = SentMail.objects.values()
    assert record["kind"] == "test.kind"
    assert record["object_key"] == "1"
    assert record["recipient_id"] == person.pk
    # Nothing of the mail itself is stored: no subject, body or address.
    assert set(record) == {
        "id", "kind", "object_key", "version", "recipient_id", "address_hash",
        "sent_at", "confirmed",
    }  # fmt: skip


def test_a_new_version_or_another_recipient_is_a_new_mail(mailoutbox):
    first, second = UserFactory.create_batch(2)
    assert _send(first, version=1)
    assert _send(first, version=2)
    assert _send(second, version=2)
    assert _send("gast@example.org")
    assert not _send("Gast@Example.org ")
    assert len(mailoutbox) == 4
    stored = SentMail.objects.get(recipient__isnull=True)
    assert stored.address_hash and "gast" not in stored.address_hash


def test_a_failed_send_keeps_no_key_so_the_retry_sends(mailoutbox, monkeypatch):
    person = UserFactory()
    original = EmailMultiAlternatives.send

    def fail(self, *args, **kwargs):
        raise SMTPException("Server weg")

    monkeypatch.setattr(EmailMultiAlternatives, "send", fail)
    with pytest.raises(SMTPException):
        _send(person)
    assert not SentMail.objects.exists()
    monkeypatch.setattr(EmailMultiAlternatives, "send", original)
    assert _send(person) is True
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("preferred", "expected", "greeting"),
    [("en", "en", "Hello,"), ("de", "de", "Guten Tag,"), ("fr", "de", "Guten Tag,")],
)
def test_the_language_follows_the_recipient_else_german(
    mailoutbox, preferred, expected, greeting
):
    person = UserFactory(preferred_language=preferred)
    _send(person)
    (message,) = mailoutbox
    assert message.body.startswith(greeting)
    assert f'<html lang="{expected}">' in message.alternatives[0][0]


def test_an_address_without_account_gets_its_own_language(mailoutbox):
    _send("gast@example.org", language="en")
    assert mailoutbox[0].body.startswith("Hello,")
    assert mailoutbox[0].subject.startswith("[Gemeinsam Stark] ")


def test_reply_to_only_when_someone_reads_the_reply(mailoutbox):
    person = UserFactory()
    _send(person, key=1)
    _send(person, key=2, reply_to="koordination@example.org")
    silent, answered = mailoutbox
    assert not silent.reply_to
    assert silent.extra_headers["Auto-Submitted"] == "auto-generated"
    assert answered.reply_to == ["koordination@example.org"]
    assert "Auto-Submitted" not in answered.extra_headers


def test_list_unsubscribe_only_on_subscriptions(mailoutbox):
    person = UserFactory()
    _send(person, key=1)
    _send(person, key=2, unsubscribe_url="https://example.org/abbestellen/x/")
    plain, subscription = mailoutbox
    assert "List-Unsubscribe" not in plain.extra_headers
    assert subscription.extra_headers["List-Unsubscribe"] == (
        "<https://example.org/abbestellen/x/>"
    )
    assert subscription.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


def test_attachments_keep_their_content_type_parameters(mailoutbox):
    _send(
        UserFactory(),
        attachments=[
            mail.Attachment(
                filename="schulung.ics",
                content=b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                content_type="text/calendar",
                params={"method": "REQUEST"},
            )
        ],
    )
    (part,) = mailoutbox[0].attachments
    assert part.get_content_type() == "text/calendar"
    assert part["Content-Type"].endswith("; method=REQUEST")
    assert part.get_filename() == "schulung.ics"
    assert b"BEGIN:VCALENDAR" in part.get_payload(decode=True)


def test_a_person_without_address_gets_nothing(mailoutbox):
    person = UserFactory()
    person.email = ""
    assert _send(person) is False
    assert not mailoutbox and not SentMail.objects.exists()


def test_old_keys_are_pruned_after_the_retention_period():
    person = UserFactory()
    _send(person, key=1)
    _send(person, key=2)
    SentMail.objects.filter(object_key="1").update(
        sent_at=timezone.now() - mail.RETENTION - timedelta(days=1)
    )
    assert mail.sent_mail_prune() == 1
    assert list(SentMail.objects.values_list("object_key", flat=True)) == ["2"]


def test_pruning_is_part_of_the_nightly_retention_run():
    from cms.retention import retention_apply

    person = UserFactory()
    _send(person)
    later = timezone.now() + mail.RETENTION + timedelta(days=1)
    assert retention_apply(now=later)["sent-mail-keys"] == 1
    assert not SentMail.objects.exists()


def test_absolute_url(settings):
    settings.SITE_URL = "https://lernen.example.org"
    assert links.absolute_url("/termine/") == "https://lernen.example.org/termine/"
    assert links.absolute_url("termine/") == "https://lernen.example.org/termine/"
    assert links.absolute_url() == "https://lernen.example.org/"
    assert links.absolute_url("https://a.example/x") == "https://a.example/x"


def test_old_booking_markers_map_onto_the_new_keys():
    migration = importlib.import_module(
        "events.migrations.0005_sent_notifications_into_sent_mail"
    )
    assert migration._new_key("booking-confirmed:12") == (
        "events.booking_confirmed", "12", "",
    )  # fmt: skip
    assert migration._new_key("event-changed:3:4:12") == (
        "events.event_changed", "12", "4",
    )  # fmt: skip
    assert migration._new_key("reminder:12:7") == ("events.reminder", "12", "7")
    assert migration._new_key("message:5:9") == ("events.trainer_message", "5", "")
    assert migration._new_key("unbekannt:1") is None
