"""Celery tasks of the site package: thin wrappers around services."""

from celery import shared_task


@shared_task
def retention_apply_task() -> dict[str, int]:
    """Run every retention rule (nightly; a second run finds nothing due)."""
    from cms.retention import retention_apply

    return retention_apply()
