"""Celery tasks of the project package: thin wrappers around a service."""

from celery import shared_task

from cms import mail


@shared_task
def sent_mail_prune_task() -> int:
    return mail.sent_mail_prune()
