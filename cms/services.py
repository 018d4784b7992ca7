"""Business rules of the site package that are not about accounts or privacy."""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms import mail
from cms.links import absolute_url
from cms.models import AccessibilityFeedback, SiteSettings, User

ADMIN_EDIT_URL = "wagtailsnippets_cms_accessibilityfeedback:edit"


@transaction.atomic
def accessibility_feedback_create(
    *,
    message: str,
    name: str = "",
    email: str = "",
    page_url: str = "",
    user: User | None = None,
    language: str = "de",
) -> AccessibilityFeedback:
    """Put a report of a barrier in the coordination's queue and tell them.

    The sender gets a confirmation with the answer deadline when they gave an
    address.
    """
    feedback = AccessibilityFeedback.objects.create(
        message=message.strip(),
        name=name.strip(),
        email=email.strip().lower(),
        page_url=page_url.strip(),
        user=user if user is not None and user.is_authenticated else None,
        language=language,
    )
    log(
        instance=feedback,
        action="cms.accessibility_feedback",
        user=feedback.user,
    )
    from cms import outbox
    from cms.tasks import accessibility_feedback_notify_task

    # Written with the report, so the mail survives a crash or a broker outage.
    outbox.enqueue(
        accessibility_feedback_notify_task,
        feedback.pk,
        key=f"accessibility-feedback:{feedback.pk}",
    )
    return feedback


def feedback_address() -> str:
    """Return where reports of barriers go: the feedback address, else contact."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    site_settings = SiteSettings.for_site(site)
    return site_settings.feedback_email or site_settings.contact_email


def accessibility_feedback_notify(*, feedback_id: int) -> int:
    """Mail a report to the coordination and a receipt to its sender; return
    how many mails went out (a retry sends none twice)."""
    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None:
        return 0
    coordination = feedback_address()
    sent = 0
    context = {
        "feedback": feedback,
        "admin_url": absolute_url(
            reverse(
                "wagtailsnippets_cms_accessibilityfeedback:edit", args=[feedback.pk]
            )
        ),
    }
    if coordination:
        sent += mail.mail(
            kind="cms.accessibility_feedback",
            key=feedback.pk,
            to=coordination,
            language="de",
            template="cms/email/accessibility_feedback",
            context=context,
            # The coordination answers the sender directly.
            reply_to=feedback.email or None,
        )
    if feedback.email:
        with mail.recipient_language(None, feedback.language):
            subject = _("Wir haben Ihre Meldung einer Barriere erhalten")
        sent += mail.mail(
            kind="cms.accessibility_feedback_receipt",
            key=feedback.pk,
            to=feedback.email,
            language=feedback.language,
            subject=subject,
            template="cms/email/accessibility_feedback_receipt",
            context=context,
            reply_to=coordination or None,
        )
    return sent
