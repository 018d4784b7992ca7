"""Move the home-made audit trail into Wagtail's log.

Entries about a page become page log entries (they show in the page's
history), all others model log entries; actor, action, time, target and
details are kept as they were.
"""

from django.db import migrations

OUR_ACTIONS = ("account.", "events.", "learning.", "exchange.", "network.")


def audit_to_log(apps, schema_editor):
    AuditEntry = apps.get_model("cms", "AuditEntry")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    Page = apps.get_model("wagtailcore", "Page")

    page_types = set(Page.objects.values_list("content_type_id", flat=True))
    page_entries, model_entries = [], []
    for entry in AuditEntry.objects.order_by("pk").iterator():
        common = {
            "content_type_id": entry.target_type_id,
            "label": entry.target_repr,
            "action": entry.action,
            "data": entry.data,
            "timestamp": entry.created_at,
            "user_id": entry.actor_id,
        }
        if entry.target_type_id in page_types and entry.target_id.isdigit():
            page_entries.append(PageLogEntry(page_id=int(entry.target_id), **common))
        else:
            model_entries.append(ModelLogEntry(object_id=entry.target_id, **common))
    PageLogEntry.objects.bulk_create(page_entries, batch_size=500)
    ModelLogEntry.objects.bulk_create(model_entries, batch_size=500)


def log_to_audit(apps, schema_editor):
    AuditEntry = apps.get_model("cms", "AuditEntry")
    for model_name, target in (
        ("ModelLogEntry", "object_id"),
        ("PageLogEntry", "page_id"),
    ):
        LogEntry = apps.get_model("wagtailcore", model_name)
        ours = LogEntry.objects.none()
        for prefix in OUR_ACTIONS:
            ours = ours | LogEntry.objects.filter(action__startswith=prefix)
        for entry in ours.order_by("timestamp", "pk").iterator():
            audit = AuditEntry.objects.create(
                actor_id=entry.user_id,
                action=entry.action,
                target_type_id=entry.content_type_id,
                target_id=str(getattr(entry, target)),
                target_repr=entry.label[:255],
                data=entry.data,
            )
            # created_at is set on insert; give it back its real time.
            AuditEntry.objects.filter(pk=audit.pk).update(created_at=entry.timestamp)
        ours.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_sent_mail"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(audit_to_log, log_to_audit),
    ]
