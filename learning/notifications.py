"""E-mails of learning to a learner, each sent once per occasion."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms import mail
from cms.links import absolute_url
from learning.models import Certificate


def certificate_revocation_send(*, certificate: Certificate) -> bool:
    """Tell the holder that and why their certificate was revoked; send once.

    Return whether a mail went out. A retried task finds the revocation's key
    and sends nothing; a later revocation (a new date) is told again.
    """
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("user")
            .filter(pk=certificate.pk)
            .first()
        )
        if certificate is None or certificate.revoked_at is None:
            return False
        user = certificate.user
        with mail.recipient_language(user) as language:
            subject = _("Bescheinigung widerrufen: %(title)s") % {
                "title": certificate.course_title
            }
        sent = mail.mail(
            kind="learning.certificate_revoked",
            key=certificate.pk,
            version=certificate.revoked_at.isoformat(),
            to=user,
            template="learning/email/certificate_revoked",
            subject=subject,
            context={
                "user": user,
                "certificate": certificate,
                "dashboard_url": absolute_url(reverse("dashboard")),
                "language": language,
            },
        )
        if sent:
            certificate.revocation_notified_at = timezone.now()
            certificate.save(update_fields=["revocation_notified_at"])
    return sent
