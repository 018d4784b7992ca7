"""E-mails of the network, sent through the one mail service.

Each goes out once per key: a retried task finds the key and sends nothing.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cms import mail
from cms.links import absolute_url
from cms.models import User
from network.models import (
    AmbassadorProfile,
    Conversation,
    ConversationMessage,
    ReportPage,
    ReportSubscription,
    network_url,
)


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


def conversation_url(conversation: Conversation, *, for_ambassador: bool) -> str:
    """The page where this side reads and answers: their inbox, or for a
    visitor the conversation's own link (the only key they have)."""
    if not for_ambassador and conversation.is_visitor:
        return absolute_url(
            reverse(
                "network:visitor_conversation",
                kwargs={"token": conversation.visitor_token},
            )
        )
    return absolute_url(network_url("conversation", conversation.public_id))


def conversation_message_deliver(*, message_id: int) -> bool:
    """Tell the other side of a conversation about a message, once.

    The mail comes from the platform, has no Reply-To and names neither
    address: answering happens on the site, so no relay address has to
    receive, parse and forward mail (and nobody's address can slip out in a
    quoted reply). Messages of an unconfirmed visitor are not delivered.
    """
    with transaction.atomic():
        message = (
            ConversationMessage.objects.select_for_update(of=("self",))
            .select_related(
                "conversation", "conversation__ambassador", "conversation__sender"
            )
            .filter(
                pk=message_id,
                sent_at__isnull=True,
                conversation__confirmed_at__isnull=False,
            )
            .first()
        )
        if message is None:
            return False
        conversation = message.conversation
        if message.from_ambassador:
            profile = AmbassadorProfile.objects.filter(
                user_id=conversation.ambassador_id
            ).first()
            author = (
                profile.display_name if profile else conversation.ambassador.public_name
            )
            to = conversation.sender or conversation.sender_email
            language = "" if conversation.sender_id else conversation.language
        else:
            author = conversation.sender_label()
            to = conversation.ambassador
            language = ""
        sent = mail.mail(
            kind="network.conversation_message",
            key=message.pk,
            to=to,
            language=language,
            template="network/email/message",
            context={
                "message": message,
                "sender_name": author,
                "to_ambassador": not message.from_ambassador,
                "conversation_url": conversation_url(
                    conversation, for_ambassador=not message.from_ambassador
                ),
            },
        )
        message.sent_at = timezone.now()
        message.save(update_fields=["sent_at"])
        return sent


def conversation_confirmation_send(*, conversation_id: int) -> bool:
    """Ask a visitor to confirm their address before their message goes out."""
    from network.services import UNCONFIRMED_LIFETIME

    conversation = (
        Conversation.objects.select_related("ambassador")
        .filter(pk=conversation_id, confirmed_at__isnull=True, sender__isnull=True)
        .first()
    )
    if conversation is None:
        return False
    profile = AmbassadorProfile.objects.filter(
        user_id=conversation.ambassador_id
    ).first()
    return mail.mail(
        kind="network.conversation_confirm",
        key=conversation.pk,
        to=conversation.sender_email,
        language=conversation.language,
        template="network/email/conversation_confirm",
        context={
            "ambassador_name": profile.display_name if profile else "",
            "confirm_url": conversation_url(conversation, for_ambassador=False),
            "lifetime_days": UNCONFIRMED_LIFETIME.days,
        },
    )


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
