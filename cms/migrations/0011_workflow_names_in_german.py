"""Wagtail's default review workflow and task speak German.

Wagtail creates them as "Moderators approval"; editors then read
"In Moderators approval einreichen". Review goes to the coordination
(``cms.roles``), so both are named after it. Only the untouched default names
change; a name an editor chose stays.
"""

from django.db import migrations

OLD = "Moderators approval"
NEW = "Freigabe durch die Koordination"


def rename(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=OLD).update(name=NEW)
    apps.get_model("wagtailcore", "Task").objects.filter(name=OLD).update(name=NEW)


def rename_back(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=NEW).update(name=OLD)
    apps.get_model("wagtailcore", "Task").objects.filter(name=NEW).update(name=OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0010_merge_taxonomy_and_wagtail_log"),
        ("wagtailcore", "0083_workflowcontenttype"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
