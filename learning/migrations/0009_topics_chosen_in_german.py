"""Editors choose the German topics, never a translation's own row."""

import cms.i18n
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0021_site_settings_without_help_box'),
        ('learning', '0008_merge_paths'),
    ]

    operations = [
        migrations.AlterField(
            model_name='pathstep',
            name='topic',
            field=models.ForeignKey(blank=True, limit_choices_to=cms.i18n.default_locale_only, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='cms.topic', verbose_name='Thema der Schulung'),
        ),
    ]
