"""Emails of the network, in plain text and HTML, in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import override

from cms.models import User


def send_to_user(
    *,
    user: User,
    template: str,
    context: dict,
    reply_to: list[str] | None = None,
) -> None:
    """Send a templated mail to a person, in their language."""
    send_to_address(
        email=user.email,
        language=user.preferred_language,
        template=template,
        context={**context, "recipient": user},
        reply_to=reply_to,
    )


def send_to_address(
    *,
    email: str,
    language: str,
    template: str,
    context: dict,
    reply_to: list[str] | None = None,
) -> None:
    """Render ``<template>_subject.txt``, ``.txt`` and ``.html`` and send them."""
    context = {**context, "site_url": settings.SITE_URL}
    with override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    mail = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        reply_to=reply_to,
    )
    mail.attach_alternative(html, "text/html")
    mail.send()
