"""E-mails of learning to a learner, each sent once per occasion."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from learning.models import Certificate


def certificate_revocation_send(*, certificate: Certificate) -> bool:
    """Tell the holder that and why their certificate was revoked; send once.

    Return whether a mail went out. A retried task finds the revocation marked
    as told and sends nothing; a later revocation is told again.
    """
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("user")
            .filter(pk=certificate.pk)
            .first()
        )
        if (
            certificate is None
            or certificate.revoked_at is None
            or certificate.revocation_notified_at is not None
            or not certificate.user.email
        ):
            return False
        user = certificate.user
        language = user.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                "user": user,
                "certificate": certificate,
                "dashboard_url": settings.SITE_URL + "/mein-bereich/",
                "site_name": settings.WAGTAIL_SITE_NAME,
                "language": language,
            }
            subject = _("Bescheinigung widerrufen: %(title)s") % {
                "title": certificate.course_title
            }
            text = render_to_string("learning/email/certificate_revoked.txt", context)
            html = render_to_string("learning/email/certificate_revoked.html", context)
        email = EmailMultiAlternatives(
            subject=f"[{settings.WAGTAIL_SITE_NAME}] {subject}",
            body=text,
            to=[user.email],
        )
        email.attach_alternative(html, "text/html")
        email.send()
        certificate.revocation_notified_at = timezone.now()
        certificate.save(update_fields=["revocation_notified_at"])
    return True
