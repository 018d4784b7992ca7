"""The network uses the shared topics and languages of ``cms``.

Every old topic and language is matched to a shared one by slug, then by
name, or created; every link of directory entries, ambassadors and reports,
and every report revision, moves with it.
"""

import modelcluster.fields
from django.db import migrations, models

from cms.taxonomy_migration import copy_links, merge_rows, remap_revisions

# (model, field, shared model, old model)
LINKS = (
    ("network.DirectoryEntry", "topics", "cms.Topic", "network.Topic"),
    ("network.DirectoryEntry", "languages", "cms.Language", "network.Language"),
    ("network.AmbassadorProfile", "topics", "cms.Topic", "network.Topic"),
    ("network.AmbassadorProfile", "languages", "cms.Language", "network.Language"),
    ("network.ReportPage", "topics", "cms.Topic", "network.Topic"),
)


def _move(apps, *, forwards: bool) -> None:
    mappings = {}
    for model, field, shared, old in LINKS:
        source, target = (old, shared) if forwards else (shared, old)
        if source not in mappings:
            mappings[source] = merge_rows(apps, source=source, target=target)
        mapping = mappings[source]
        shared_field = f"shared_{field}"
        copy_links(
            apps,
            model=model,
            from_field=field if forwards else shared_field,
            to_field=shared_field if forwards else field,
            mapping=mapping,
        )
        if model == "network.ReportPage":
            remap_revisions(apps, model=model, field=field, mapping=mapping)


def to_shared(apps, schema_editor):
    _move(apps, forwards=True)


def back(apps, schema_editor):
    _move(apps, forwards=False)


def _m2m(to, related_name, verbose_name=None, parental=False):
    field_class = (
        modelcluster.fields.ParentalManyToManyField
        if parental
        else models.ManyToManyField
    )
    options = {"verbose_name": verbose_name} if verbose_name else {}
    return field_class(blank=True, related_name=related_name, to=to, **options)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_taxonomy_topics_languages_name_slug_base"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="directoryentry",
            name="shared_topics",
            field=_m2m("cms.topic", "+"),
        ),
        migrations.AddField(
            model_name="directoryentry",
            name="shared_languages",
            field=_m2m("cms.language", "+"),
        ),
        migrations.AddField(
            model_name="ambassadorprofile",
            name="shared_topics",
            field=_m2m("cms.topic", "+"),
        ),
        migrations.AddField(
            model_name="ambassadorprofile",
            name="shared_languages",
            field=_m2m("cms.language", "+"),
        ),
        migrations.AddField(
            model_name="reportpage",
            name="shared_topics",
            field=_m2m("cms.topic", "+", parental=True),
        ),
        migrations.RunPython(to_shared, back),
        migrations.RemoveField(model_name="directoryentry", name="topics"),
        migrations.RemoveField(model_name="directoryentry", name="languages"),
        migrations.RemoveField(model_name="ambassadorprofile", name="topics"),
        migrations.RemoveField(model_name="ambassadorprofile", name="languages"),
        migrations.RemoveField(model_name="reportpage", name="topics"),
        migrations.DeleteModel(name="Language"),
        migrations.DeleteModel(name="Topic"),
        migrations.RenameField(
            model_name="directoryentry", old_name="shared_topics", new_name="topics"
        ),
        migrations.RenameField(
            model_name="directoryentry",
            old_name="shared_languages",
            new_name="languages",
        ),
        migrations.RenameField(
            model_name="ambassadorprofile",
            old_name="shared_topics",
            new_name="topics",
        ),
        migrations.RenameField(
            model_name="ambassadorprofile",
            old_name="shared_languages",
            new_name="languages",
        ),
        migrations.RenameField(
            model_name="reportpage", old_name="shared_topics", new_name="topics"
        ),
        migrations.AlterField(
            model_name="directoryentry",
            name="topics",
            field=_m2m("cms.topic", "directory_entries", "Themen"),
        ),
        migrations.AlterField(
            model_name="directoryentry",
            name="languages",
            field=_m2m("cms.language", "directory_entries", "Sprachen"),
        ),
        migrations.AlterField(
            model_name="ambassadorprofile",
            name="topics",
            field=_m2m("cms.topic", "ambassadors", "Themen"),
        ),
        migrations.AlterField(
            model_name="ambassadorprofile",
            name="languages",
            field=_m2m("cms.language", "ambassadors", "Sprachen"),
        ),
        migrations.AlterField(
            model_name="reportpage",
            name="topics",
            field=_m2m("cms.topic", "reports", "Themen", parental=True),
        ),
        migrations.AlterField(
            model_name="directoryentry",
            name="slug",
            field=models.SlugField(
                editable=False, max_length=150, unique=True, verbose_name="Kurzname"
            ),
        ),
    ]
