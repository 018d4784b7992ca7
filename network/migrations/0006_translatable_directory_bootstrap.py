"""Directory entries become translatable, step one: a locale and a key, empty for now."""

import cms.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_conversations_replace_relayed_messages"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="directoryentry",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="directoryentry",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="directoryentry",
            name="name",
            field=models.CharField(
                max_length=150,
                validators=[cms.validators.validate_plain_name],
                verbose_name="Name",
            ),
        ),
    ]
