"""Directory entries become translatable (one name per language); topics are chosen in German."""

import cms.i18n
import django.db.models.deletion
import modelcluster.fields
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0021_site_settings_without_help_box'),
        ('network', '0007_translatable_directory_fill'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='ambassadorprofile',
            name='topics',
            field=models.ManyToManyField(blank=True, limit_choices_to=cms.i18n.default_locale_only, related_name='ambassadors', to='cms.topic', verbose_name='Themen'),
        ),
        migrations.AlterField(
            model_name='directoryentry',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='directoryentry',
            name='topics',
            field=models.ManyToManyField(blank=True, limit_choices_to=cms.i18n.default_locale_only, related_name='directory_entries', to='cms.topic', verbose_name='Themen'),
        ),
        migrations.AlterField(
            model_name='directoryentry',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name='reportpage',
            name='topics',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, limit_choices_to=cms.i18n.default_locale_only, related_name='reports', to='cms.topic', verbose_name='Themen'),
        ),
        migrations.AlterUniqueTogether(
            name='directoryentry',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='directoryentry',
            constraint=models.UniqueConstraint(fields=('locale', 'name'), name='network_directoryentry_unique_name_per_language',
                violation_error_message="Diesen Namen gibt es in dieser Sprache schon.",
            ),
        ),
    ]
