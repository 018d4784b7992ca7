"""Celery tasks of the site package: thin wrappers around services."""

from celery import shared_task


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


@shared_task
def accessibility_feedback_notify_task(feedback_id: int) -> int:
    from cms.services import accessibility_feedback_notify

    return accessibility_feedback_notify(feedback_id=feedback_id)
