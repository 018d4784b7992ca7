"""Editors choose the German topics, never a translation's own row."""

import cms.i18n
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0021_site_settings_without_help_box'),
        ('exchange', '0004_moderation_alerts'),
    ]

    operations = [
        migrations.AlterField(
            model_name='forum',
            name='topics',
            field=models.ManyToManyField(blank=True, limit_choices_to=cms.i18n.default_locale_only, related_name='forums', to='cms.topic', verbose_name='Themen'),
        ),
    ]
