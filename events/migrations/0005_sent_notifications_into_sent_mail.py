"""Carry the sent-markers of booking e-mails into the one mail key table.

Old keys read "booking-confirmed:<booking>", "event-changed:<event>:<sequence>:
<booking>", "reminder:<booking>:<session>", "message:<message>:<user>"; each
becomes kind + object + version + recipient, so nothing is sent again.
"""

from django.db import migrations

SIMPLE = {
    "booking-confirmed": "events.booking_confirmed",
    "booking-waiting": "events.booking_waiting",
    "booking-promoted": "events.booking_promoted",
    "booking-moved": "events.booking_moved",
    "booking-cancelled": "events.booking_cancelled",
}


def _new_key(old: str) -> tuple[str, str, str] | None:
    prefix, _sep, rest = old.partition(":")
    parts = rest.split(":")
    if prefix in SIMPLE and len(parts) == 1:
        return SIMPLE[prefix], parts[0], ""
    if prefix == "event-changed" and len(parts) == 3:
        return "events.event_changed", parts[2], parts[1]
    if prefix == "reminder" and len(parts) == 2:
        return "events.reminder", parts[0], parts[1]
    if prefix == "message" and len(parts) == 2:
        return "events.trainer_message", parts[0], ""
    return None


def forwards(apps, schema_editor):
    SentNotification = apps.get_model("events", "SentNotification")
    SentMail = apps.get_model("cms", "SentMail")
    rows = []
    for old in SentNotification.objects.filter(sent_at__isnull=False).iterator():
        key = _new_key(old.key)
        if key is None:
            continue
        kind, object_key, version = key
        rows.append(
            SentMail(
                kind=kind,
                object_key=object_key,
                version=version,
                recipient_id=old.user_id,
                sent_at=old.sent_at,
            )
        )
    SentMail.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_sent_mail"),
        ("events", "0004_participation_summary_feed_last_used"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="SentNotification"),
    ]
