"""Celery tasks of the network: thin wrappers that take ids and send a mail."""

from celery import shared_task
from django.db import transaction

from cms import outbox
from network import emails
from network.models import ReportSubscription, TrainingRequest


@shared_task
def training_request_notify_supporters_task(request_id: int) -> int:
    request = (
        TrainingRequest.objects.select_related("training").filter(pk=request_id).first()
    )
    if request is None:
        return 0
    return emails.training_request_notify_supporters(request=request)


@shared_task
def conversation_message_deliver_task(message_id: int) -> bool:
    return emails.conversation_message_deliver(message_id=message_id)


@shared_task
def conversation_confirmation_send_task(conversation_id: int) -> bool:
    return emails.conversation_confirmation_send(conversation_id=conversation_id)


@shared_task
def unread_totals_refresh_task() -> int:
    from network.selectors import unread_totals_refresh

    return unread_totals_refresh()


@shared_task
def report_digest_send_task(subscription_id: int) -> int:
    return emails.report_digest_send(subscription_id=subscription_id)


@shared_task
def report_confirmation_send_task(subscription_id: int) -> bool:
    return emails.report_confirmation_send(subscription_id=subscription_id)


@shared_task
def report_digests_send_task() -> int:
    """Queue one digest per subscriber; run it daily from the beat schedule."""
    ids = list(
        ReportSubscription.objects.filter(confirmed_at__isnull=False).values_list(
            "pk", flat=True
        )
    )
    with transaction.atomic():
        for subscription_id in ids:
            outbox.enqueue(report_digest_send_task, subscription_id)
    return len(ids)
