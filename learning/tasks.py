"""Celery tasks of learning: thin wrappers that take ids and call a service."""

from celery import shared_task

from learning import notifications, services
from learning.models import Certificate


@shared_task
def certificate_pdf_render_task(certificate_id: int) -> None:
    certificate = (
        Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    )
    if certificate is not None:
        services.certificate_pdf_render(certificate=certificate)


@shared_task
def certificate_revocation_send_task(certificate_id: int) -> bool:
    # Safe to retry: the service marks the revocation as told.
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    return bool(certificate) and notifications.certificate_revocation_send(
        certificate=certificate
    )
