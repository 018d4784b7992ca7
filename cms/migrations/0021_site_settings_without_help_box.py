"""The help box lives in its own translatable snippet now (0020 moved its data)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("cms", "0020_help_box_from_site_settings")]

    operations = [
        migrations.RemoveField(model_name="sitesettings", name="help_contacts"),
        migrations.RemoveField(model_name="sitesettings", name="help_intro"),
    ]
