"""Move the "Hilfe holen" texts from the site settings into the help box snippet.

The default site's settings give the German box; without settings there is
nothing to move and the box shows its default introduction.
"""

import uuid

from django.conf import settings
from django.db import migrations


def forwards(apps, schema_editor):
    HelpBox = apps.get_model("cms", "HelpBox")
    SiteSettings = apps.get_model("cms", "SiteSettings")
    Locale = apps.get_model("wagtailcore", "Locale")
    source = (
        SiteSettings.objects.filter(site__is_default_site=True).first()
        or SiteSettings.objects.order_by("pk").first()
    )
    if source is None or HelpBox.objects.exists():
        return
    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    HelpBox.objects.create(
        translation_key=uuid.uuid4(),
        locale=locale,
        intro=source.help_intro,
        contacts=list(source.help_contacts.raw_data),
    )


def backwards(apps, schema_editor):
    HelpBox = apps.get_model("cms", "HelpBox")
    SiteSettings = apps.get_model("cms", "SiteSettings")
    box = HelpBox.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if box is None:
        return
    for row in SiteSettings.objects.all():
        row.help_intro = box.intro
        row.help_contacts = list(box.contacts.raw_data)
        row.save(update_fields=["help_intro", "help_contacts"])


class Migration(migrations.Migration):
    dependencies = [("cms", "0019_translatable_topics_and_help_box")]

    operations = [migrations.RunPython(forwards, backwards)]
