"""Editors choose the German topics, never a translation's own row."""

import cms.i18n
import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0021_site_settings_without_help_box'),
        ('events', '0012_merge_evaluations'),
    ]

    operations = [
        migrations.AlterField(
            model_name='eventpage',
            name='topics',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, limit_choices_to=cms.i18n.default_locale_only, related_name='events', to='cms.topic', verbose_name='Themen'),
        ),
    ]
