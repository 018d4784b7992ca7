"""Give every existing topic the default language and a translation key."""

import uuid

from django.conf import settings
from django.db import migrations


def fill(apps, schema_editor):
    Topic = apps.get_model("cms", "Topic")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    for topic in Topic.objects.filter(translation_key__isnull=True):
        topic.translation_key = uuid.uuid4()
        topic.locale = locale
        topic.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    # After the apps' old topic tables were merged into this one: those
    # migrations create topics without a language.
    dependencies = [
        ("cms", "0017_translatable_topics_bootstrap"),
        ("events", "0004_topics_shared_and_own_district"),
        ("network", "0002_topics_languages_shared"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
