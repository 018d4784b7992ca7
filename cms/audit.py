"""Record who did what to whom: every change that matters to people."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from cms.models import AuditEntry


def audit_record(
    *, actor, action: str, target: models.Model | None = None, **data
) -> AuditEntry:
    """Write one audit entry; ``data`` must be JSON-serialisable."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=ContentType.objects.get_for_model(target) if target else None,
        target_id=str(target.pk) if target is not None else "",
        target_repr=str(target)[:255] if target is not None else "",
        data=data,
    )
