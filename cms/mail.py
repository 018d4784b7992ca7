"""The one way the platform sends e-mail (allauth's account mails aside).

``mail()`` renders a plain-text and an HTML part from templates in the
recipient's language, puts the site name in front of the subject, adds a
Reply-To only when a person reads the replies, a List-Unsubscribe header when
the mail is a subscription, and attachments such as a training's ``.ics``.

Every mail has a key: kind + object + version + recipient. The key is claimed
in a short transaction before the mail goes to the mail server and confirmed
in a transaction that commits the moment the server took it, so a retried
task finds it and sends nothing twice; a send that fails keeps no key and the
retry sends. A worker that dies between the server's answer and the commit
leaves a claim that is sent again after ``OUTBOX_CLAIM_TIMEOUT`` with the
same Message-ID (derived from the key). Only the key is kept, never the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac

from cms.i18n import interface_language
from cms.links import absolute_url
from cms.models import SentMail, User

# A retry comes within hours and a mail is triggered again at most while its
# object is in use: after this long a key guards nothing and is deleted.
RETENTION = timedelta(days=400)


@dataclass(frozen=True)
class Attachment:
    """A file to attach; ``params`` go into its Content-Type (``method=…``)."""

    filename: str
    content: bytes
    content_type: str
    params: dict[str, str] = field(default_factory=dict)

    def mime(self) -> MIMEBase:
        maintype, subtype = self.content_type.split("/", 1)
        part = MIMEBase(maintype, subtype)
        if maintype == "text":
            part.set_payload(self.content.decode("utf-8"), charset="utf-8")
        else:
            part.set_payload(self.content)
        # Calendar programs read ``method`` unquoted, as it appears in the body.
        extra = "".join(f"; {name}={value}" for name, value in self.params.items())
        charset = "; charset=utf-8" if maintype == "text" else ""
        part.replace_header("Content-Type", f"{self.content_type}{charset}{extra}")
        part.add_header("Content-Disposition", "attachment", filename=self.filename)
        return part


def language_of(recipient: User | None, fallback: str = "") -> str:
    """Return the language to write to someone in: theirs, else German."""
    chosen = recipient.preferred_language if recipient is not None else fallback
    codes = {code for code, _name in settings.LANGUAGES}
    return chosen if chosen in codes else settings.LANGUAGE_CODE


@contextmanager
def recipient_language(recipient: User | None, fallback: str = "") -> Iterator[str]:
    """Translate everything inside into the recipient's language."""
    language = language_of(recipient, fallback)
    with translation.override(interface_language(language)):
        yield language


def coordination_address() -> str:
    """Return the coordination's contact address (read by people), or ""."""
    from wagtail.models import Site

    from cms.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else ""


def address_hash(address: str) -> str:
    """Return a keyed hash of an address, so keys hold no bare address."""
    return salted_hmac("cms.mail.address", address.strip().lower()).hexdigest()


def mail(
    *,
    kind: str,
    key: object,
    to: User | str,
    template: str,
    context: dict | None = None,
    subject: str | None = None,
    version: object = "",
    language: str = "",
    reply_to: str | None = None,
    unsubscribe_url: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> bool:
    """Send one mail unless its key was sent before; tell whether it went out.

    ``to`` is a person or, for subscribers without an account, an address
    (then ``language`` is theirs). ``template`` names ``<template>.txt`` and
    ``<template>.html``; without ``subject``, ``<template>_subject.txt`` gives
    it. Pass ``reply_to`` only with the address of a person who reads the
    replies, and ``unsubscribe_url`` (a link that ends the subscription on a
    plain POST, RFC 8058) for every mail someone subscribed to.
    """
    person = to if isinstance(to, User) else None
    address = person.email if person is not None else to
    if not address:
        return False
    lookup = {
        "kind": kind,
        "object_key": str(key),
        "version": str(version),
        "recipient": person,
        "address_hash": "" if person is not None else address_hash(address),
    }
    record = _claim(lookup)
    if record is None:
        return False
    connection = get_connection()
    try:
        message = _message(
            person=person,
            address=address,
            template=template,
            context=context or {},
            subject=subject,
            language=language,
            reply_to=reply_to,
            unsubscribe_url=unsubscribe_url,
            message_id=message_id(lookup),
        )
        for attachment in attachments:
            message.attach(attachment.mime())
        connection.open()
        message.connection = connection
        # The confirmation is written before the mail goes and committed the
        # moment the server has answered: a worker that dies before the
        # answer leaves the claim unconfirmed (the mail is sent again later),
        # and the gap in which a dying worker loses a confirmation is the
        # single COMMIT after the answer, not a statement and a commit.
        with transaction.atomic():
            SentMail.objects.filter(pk=record.pk).update(
                confirmed=True, sent_at=timezone.now()
            )
            message.send()
    except BaseException:
        # Refused or not sent: keep no key, so the retry sends.
        SentMail.objects.filter(pk=record.pk, confirmed=False).delete()
        connection.close()
        raise
    connection.close()
    return True


class MailInFlight(Exception):
    """Another worker claimed this mail a moment ago; try again later."""


def _claim(lookup: dict) -> SentMail | None:
    """Claim a mail's key in a short transaction of its own; None if it went out.

    A key that is claimed but not confirmed belongs to a worker that is
    sending it; once the claim is older than ``OUTBOX_CLAIM_TIMEOUT`` that
    worker is taken for dead and the mail is claimed and sent again (with the
    same Message-ID, so a mailbox that saw it shows it once).
    """
    now = timezone.now()
    with transaction.atomic():
        record, created = SentMail.objects.select_for_update().get_or_create(
            **lookup, defaults={"confirmed": False, "sent_at": now}
        )
    if created:
        return record
    if record.confirmed:
        return None
    timeout = timedelta(seconds=getattr(settings, "OUTBOX_CLAIM_TIMEOUT", 300))
    taken = SentMail.objects.filter(
        pk=record.pk, confirmed=False, sent_at__lt=now - timeout
    ).update(sent_at=now)
    if not taken:
        raise MailInFlight(f"{lookup['kind']}:{lookup['object_key']}")
    return record


def message_id(lookup: dict) -> str:
    """Return the mail's Message-ID, the same for every send of one key."""
    recipient = lookup["recipient"]
    who = f"u{recipient.pk}" if recipient is not None else lookup["address_hash"]
    key = f"{lookup['kind']}|{lookup['object_key']}|{lookup['version']}|{who}"
    digest = salted_hmac("cms.mail.message-id", key).hexdigest()[:40]
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "localhost"
    return f"<{digest}@{domain}>"


def _message(
    *,
    person: User | None,
    address: str,
    template: str,
    context: dict,
    subject: str | None,
    language: str,
    reply_to: str | None,
    unsubscribe_url: str | None,
    message_id: str,
) -> EmailMultiAlternatives:
    headers = {"Message-ID": message_id}
    if unsubscribe_url:
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if not reply_to:
        # Nobody reads the sender's mailbox: ask holiday auto-replies to stay away.
        headers["Auto-Submitted"] = "auto-generated"
    with recipient_language(person, language) as code:
        context = {
            **context,
            "recipient": person,
            "language": code,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "site_url": settings.SITE_URL,
            "dashboard_url": absolute_url(reverse("dashboard")),
            "unsubscribe_url": unsubscribe_url,
            "reply_possible": bool(reply_to),
        }
        if subject is None:
            subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=f"[{settings.WAGTAIL_SITE_NAME}] {' '.join(subject.split())}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        reply_to=[reply_to] if reply_to else None,
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def sent_mail_prune(*, now: datetime | None = None) -> int:
    """Delete the keys older than the retention period; return how many."""
    before = (now or timezone.now()) - RETENTION
    deleted, _rows = SentMail.objects.filter(sent_at__lt=before).delete()
    return deleted
