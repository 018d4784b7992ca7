"""Trainings use the shared topics of ``cms`` and gain a district of their own.

Every old topic is matched to a shared one by slug, then by name, or created;
every link of every training and every page revision moves with it.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

from cms.taxonomy_migration import copy_links, merge_rows, remap_revisions


def _move(apps, *, source, target, from_field, to_field):
    mapping = merge_rows(apps, source=source, target=target)
    copy_links(
        apps,
        model="events.EventPage",
        from_field=from_field,
        to_field=to_field,
        mapping=mapping,
    )
    remap_revisions(apps, model="events.EventPage", field="topics", mapping=mapping)


def topics_to_shared(apps, schema_editor):
    _move(
        apps,
        source="events.Topic",
        target="cms.Topic",
        from_field="topics",
        to_field="shared_topics",
    )


def topics_back(apps, schema_editor):
    _move(
        apps,
        source="cms.Topic",
        target="events.Topic",
        from_field="shared_topics",
        to_field="topics",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_taxonomy_topics_languages_name_slug_base"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0003_venues_sessions_bookings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventpage",
            name="district",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Für welchen Stadtteil die Schulung gedacht ist. Leer lassen = "
                    "der Stadtteil des Veranstaltungsorts."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="events",
                to="cms.district",
                verbose_name="Stadtteil",
            ),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="shared_topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="cms.topic"
            ),
        ),
        migrations.RunPython(topics_to_shared, topics_back),
        migrations.RemoveField(model_name="eventpage", name="topics"),
        migrations.DeleteModel(name="Topic"),
        migrations.RenameField(
            model_name="eventpage", old_name="shared_topics", new_name="topics"
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                related_name="events",
                to="cms.topic",
                verbose_name="Themen",
            ),
        ),
    ]
