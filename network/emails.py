"""E-mails of the network, sent through the one mail service.

Each goes out once per key: a retried task finds the key and sends nothing.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cms import mail
from cms.links import absolute_url
from cms.models import User
from network.models import AmbassadorMessage, ReportPage, ReportSubscription


def training_request_notify_supporters(*, request) -> int:
    """Tell every supporter once that the linked training is open for booking."""
    if request.training_id is None:
        return 0
    training = request.training
    supporters = User.objects.filter(
        training_request_supports__request=request, is_active=True
    ).order_by("pk")
    # One key per person and training: a retry, or a later merge that brings
    # the same supporters along, tells nobody twice.
    return sum(
        mail.mail(
            kind="network.training_planned",
            key=request.pk,
            version=training.pk,
            to=user,
            template="network/email/training_planned",
            context={"request": request, "training": training},
        )
        for user in supporters
    )


def ambassador_message_deliver(*, message_id: int) -> bool:
    """Relay a message once; a second call sends nothing."""
    with transaction.atomic():
        message = (
            AmbassadorMessage.objects.select_for_update()
            .select_related("sender", "recipient")
            .filter(pk=message_id, sent_at__isnull=True)
            .first()
        )
        if message is None:
            return False
        reply_path = reverse(
            "network:message_reply", kwargs={"public_id": message.public_id}
        )
        # A direct answer reaches the sender only when they chose to share
        # their address; otherwise the mail points to the reply page.
        sent = mail.mail(
            kind="network.message",
            key=message.pk,
            to=message.recipient,
            template="network/email/message",
            context={
                "message": message,
                "sender_name": message.sender.public_name,
                "reply_url": absolute_url(reply_path),
            },
            reply_to=message.sender.email if message.share_email else None,
        )
        message.sent_at = timezone.now()
        message.save(update_fields=["sent_at"])
        return sent


def _token_url(name: str, subscription: ReportSubscription) -> str:
    return absolute_url(reverse(name, kwargs={"token": subscription.token}))


def report_confirmation_send(*, subscription_id: int) -> bool:
    subscription = ReportSubscription.objects.filter(
        pk=subscription_id, confirmed_at__isnull=True
    ).first()
    if subscription is None or not subscription.email:
        return False
    requested = subscription.confirmation_sent_at
    # A new request after the waiting interval is a new mail.
    return mail.mail(
        kind="network.report_confirm",
        key=subscription.pk,
        version=requested.isoformat() if requested else "",
        to=subscription.email,
        language=subscription.language,
        template="network/email/report_confirm",
        context={"confirm_url": _token_url("network:report_confirm", subscription)},
    )


def report_digest_send(*, subscription_id: int) -> int:
    """Mail one subscriber the reports published since their last digest."""
    with transaction.atomic():
        subscription = (
            ReportSubscription.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(pk=subscription_id, confirmed_at__isnull=False)
            .exclude(user__is_active=False)
            .first()
        )
        if subscription is None:
            return 0
        since = subscription.last_sent_at or subscription.confirmed_at
        reports = list(
            ReportPage.objects.live()
            .public()
            .filter(first_published_at__gt=since)
            .order_by("first_published_at")
        )
        if not reports:
            return 0
        newest = max(r.first_published_at for r in reports)
        mail.mail(
            kind="network.report_digest",
            key=subscription.pk,
            version=newest.isoformat(),
            to=subscription.user or subscription.email,
            language=subscription.language,
            template="network/email/report_digest",
            context={"reports": reports},
            unsubscribe_url=_token_url("network:report_unsubscribe", subscription),
        )
        subscription.last_sent_at = newest
        subscription.save(update_fields=["last_sent_at"])
        return len(reports)
