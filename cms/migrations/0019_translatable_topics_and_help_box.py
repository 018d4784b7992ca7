"""Topics become translatable; the "Hilfe holen" box becomes a translatable snippet."""

import django.db.models.deletion
import uuid
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0018_translatable_topics_fill"),
        # Keeps the merges in their old order (the calendar's topics first,
        # so their names win) when a database migrates from before them.
        ("events", "0004_topics_shared_and_own_district"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="HelpBox",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "translation_key",
                    models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                (
                    "intro",
                    models.CharField(
                        default="Wenn es Ihnen oder jemandem in Ihrer Nähe gerade nicht gut geht:",
                        max_length=300,
                        verbose_name="Einleitung",
                    ),
                ),
                (
                    "contacts",
                    wagtail.fields.StreamField(
                        [("contact", 5)],
                        blank=True,
                        block_lookup={
                            0: ("wagtail.blocks.CharBlock", (), {"label": "Name"}),
                            1: (
                                "cms.blocks.PhoneBlock",
                                (),
                                {"label": "Telefon", "required": False},
                            ),
                            2: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "Erreichbarkeit", "required": False},
                            ),
                            3: (
                                "wagtail.blocks.CharBlock",
                                (),
                                {"label": "Beschreibung", "required": False},
                            ),
                            4: (
                                "wagtail.blocks.URLBlock",
                                (),
                                {"label": "Webseite", "required": False},
                            ),
                            5: (
                                "wagtail.blocks.StructBlock",
                                [
                                    [
                                        ("name", 0),
                                        ("phone", 1),
                                        ("hours", 2),
                                        ("description", 3),
                                        ("url", 4),
                                    ]
                                ],
                                {},
                            ),
                        },
                        help_text="Krisendienste aus dem Verzeichnis erscheinen zusätzlich, Nummern aus dieser Liste nicht doppelt.",
                        verbose_name="Hilfe-Kontakte",
                    ),
                ),
            ],
            options={
                "verbose_name": "Kasten „Hilfe holen“",
                "verbose_name_plural": "Kasten „Hilfe holen“",
                "abstract": False,
            },
        ),
        migrations.AlterField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="topic",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="topic",
            constraint=models.UniqueConstraint(
                fields=("locale", "name"), name="cms_topic_unique_name_per_language",
                violation_error_message="Diesen Namen gibt es in dieser Sprache schon.",
            ),
        ),
        migrations.AddField(
            model_name="helpbox",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="helpbox",
            unique_together={("translation_key", "locale")},
        ),
    ]
