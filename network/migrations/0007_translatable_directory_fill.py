"""Give every existing directory entry the default language and a translation key."""

import uuid

from django.conf import settings
from django.db import migrations


def fill(apps, schema_editor):
    DirectoryEntry = apps.get_model("network", "DirectoryEntry")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    for entry in DirectoryEntry.objects.filter(translation_key__isnull=True):
        entry.translation_key = uuid.uuid4()
        entry.locale = locale
        entry.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [("network", "0006_translatable_directory_bootstrap")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
