"""Celery tasks of learning: thin wrappers that take ids and call a service."""

from celery import shared_task

from learning import services
from learning.models import Certificate


@shared_task(acks_late=True)
def certificate_pdf_render_task(certificate_id: int) -> None:
    certificate = (
        Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    )
    if certificate is not None:
        services.certificate_pdf_render(certificate=certificate)
