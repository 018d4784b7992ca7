"""The one way the platform sends e-mail (allauth's account mails aside).

``mail()`` renders a plain-text and an HTML part from templates in the
recipient's language, puts the site name in front of the subject, adds a
Reply-To only when a person reads the replies, a List-Unsubscribe header when
the mail is a subscription, and attachments such as a training's ``.ics``.

Every mail has a key: kind + object + version + recipient. The key is stored
in the same transaction as the mail is handed to the mail server, so a
retried Celery task finds it and sends nothing twice; a send that fails
stores nothing and the retry sends. Only the key is kept, never the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac

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
    with translation.override(language):
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
    with transaction.atomic():
        _record, created = SentMail.objects.select_for_update().get_or_create(**lookup)
        if not created:
            return False
        message = _message(
            person=person,
            address=address,
            template=template,
            context=context or {},
            subject=subject,
            language=language,
            reply_to=reply_to,
            unsubscribe_url=unsubscribe_url,
        )
        for attachment in attachments:
            message.attach(attachment.mime())
        # Inside the transaction: if the server refuses, the key is not kept.
        message.send()
    return True


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
) -> EmailMultiAlternatives:
    headers = {}
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
