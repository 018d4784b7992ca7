"""Celery tasks: thin, take ids, idempotent (a second run sends nothing)."""

from celery import shared_task
from django.db import transaction

from cms import outbox
from exchange import notifications
from exchange.models import Post


@shared_task
def post_notify_task(post_id: int) -> int:
    post = Post.objects.select_related("thread__forum__course").filter(pk=post_id)
    post = post.first()
    if post is None:
        return 0
    ids = notifications.post_notify(post=post)
    with transaction.atomic():
        for notification_id in ids:
            outbox.enqueue(notification_email_send_task, notification_id)
    return len(ids)


@shared_task
def moderation_notify_task(post_id: int, kind: str, actor_id: int | None) -> int:
    post = Post.objects.select_related("thread__forum__course").filter(pk=post_id)
    post = post.first()
    if post is None:
        return 0
    ids = notifications.moderation_notify(post=post, kind=kind, actor_id=actor_id)
    with transaction.atomic():
        for notification_id in ids:
            outbox.enqueue(notification_email_send_task, notification_id)
    return len(ids)


@shared_task
def moderation_totals_refresh_task() -> int:
    from exchange.selectors import moderation_totals_refresh

    return len(moderation_totals_refresh())


@shared_task
def notification_email_send_task(notification_id: int) -> bool:
    return notifications.notification_email_send(notification_id=notification_id)


@shared_task
def digest_send_all_task() -> int:
    user_ids = notifications.digest_recipient_ids()
    with transaction.atomic():
        for user_id in user_ids:
            outbox.enqueue(digest_send_task, user_id, recipient=user_id)
    return len(user_ids)


@shared_task
def digest_send_task(user_id: int) -> int:
    return notifications.digest_send(user_id=user_id)
