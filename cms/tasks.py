"""Celery tasks of the site package: thin wrappers around services."""

from celery import shared_task


# Acknowledged only after it ran, and given back to the broker when the worker
# dies: the row's claim and attempt count (cms.outbox) keep it from running twice.
@shared_task(acks_late=True, reject_on_worker_lost=True)
def outbox_send_task(row_id: int) -> bool:
    """Run one outbox row (a mail, a certificate, a notification): the sweep's
    way, for rows a drain did not take."""
    from cms import outbox

    return outbox.run(row_id)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def outbox_drain_task() -> int:
    """Run the outbox rows that are ready (woken after a commit)."""
    from cms import outbox

    return outbox.drain()


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


@shared_task(ignore_result=True, expires=60)
def worker_heartbeat_task() -> float:
    """Note that a worker runs (beat, every 30 s); /healthz reads its age."""
    from cms.observability import heartbeat_write

    return heartbeat_write()


@shared_task
def accessibility_feedback_notify_task(feedback_id: int) -> int:
    from cms.services import accessibility_feedback_notify

    return accessibility_feedback_notify(feedback_id=feedback_id)
