"""Carry the records of supporters told about a training into the mail keys,
so no supporter is told twice after the change."""

from django.db import migrations


def forwards(apps, schema_editor):
    TrainingNotice = apps.get_model("network", "TrainingNotice")
    SentMail = apps.get_model("cms", "SentMail")
    SentMail.objects.bulk_create(
        [
            SentMail(
                kind="network.training_planned",
                object_key=str(notice.request_id),
                version=str(notice.training_id),
                recipient_id=notice.user_id,
                sent_at=notice.sent_at,
            )
            for notice in TrainingNotice.objects.iterator()
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_sent_mail"),
        ("network", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="TrainingNotice"),
    ]
