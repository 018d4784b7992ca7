import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.demo import DEMO_APPS, seed_site
from cms.demo_content import DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = "Build the German demo content (idempotent). Refuses production settings."

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "seed_demo legt Demo-Konten mit bekanntem Passwort an und läuft "
                "deshalb nicht mit den Produktions-Einstellungen."
            )
        seed_site()
        for app in DEMO_APPS:
            if importlib.util.find_spec(f"{app}.demo") is not None:
                importlib.import_module(f"{app}.demo").seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind angelegt."))
        self.stdout.write(f"Passwort aller Demo-Konten: {DEMO_PASSWORD}")
        for email, display_name, role, *_rest in DEMO_USERS[:3]:
            self.stdout.write(f"  {email:<28} {role} ({display_name})")
