from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0007_audit_entries_to_wagtail_log"),
    ]

    operations = [
        migrations.DeleteModel(name="AuditEntry"),
    ]
