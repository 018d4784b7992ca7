"""Compile the project's .po files to .mo with polib: no GNU gettext needed."""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext."

    def handle(self, *args, **options):
        app_locales = [
            Path(config.path) / "locale"
            for config in apps.get_app_configs()
            if Path(config.path).is_relative_to(settings.BASE_DIR)
            and "site-packages" not in Path(config.path).parts
        ]
        for locale_path in [*map(Path, settings.LOCALE_PATHS), *app_locales]:
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                self.stdout.write(
                    f"{po_path}: {len(catalogue.translated_entries())} übersetzt, "
                    f"{len(catalogue.untranslated_entries())} offen"
                )
