"""Celery tasks of the site package: thin wrappers around services."""

from celery import shared_task


# Acknowledged only after it ran, and given back to the broker when the worker
# dies: the row's claim and attempt count (cms.outbox) keep it from running twice.
@shared_task(acks_late=True, reject_on_worker_lost=True)
def outbox_send_task(row_id: int) -> bool:
    """Run one outbox row (a mail, a certificate, a notification)."""
    from cms import outbox

    return outbox.run(row_id)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def outbox_sweep_task() -> int:
    """Dispatch the outbox rows that are due and not sent (every minute)."""
    from cms import outbox

    return outbox.sweep()


@shared_task
def data_export_build_task(export_id: int) -> bool:
    from cms.privacy import data_export_build

    return data_export_build(export_id=export_id)


@shared_task
def data_exports_cleanup_task() -> int:
    from cms.privacy import data_exports_cleanup

    return data_exports_cleanup()


@shared_task
def retention_apply_task() -> dict[str, int]:
    """Run every retention rule (nightly; a second run finds nothing due)."""
    from cms.retention import retention_apply

    return retention_apply()
