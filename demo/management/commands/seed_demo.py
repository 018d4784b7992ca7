from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.content.site import DEMO_PASSWORD, DEMO_USERS
from demo.seed import seed_demo


class Command(BaseCommand):
    help = "Build the German demo content (idempotent). Refuses production settings."

    def handle(self, *args, **options):
        # Production settings do not install this app, so the command does not
        # exist there; should someone add the app back, it still refuses.
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "seed_demo legt Demo-Konten mit bekanntem Passwort an und läuft "
                "deshalb nicht mit den Produktions-Einstellungen."
            )
        seed_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind angelegt."))
        self.stdout.write(f"Passwort aller Demo-Konten: {DEMO_PASSWORD}")
        for email, display_name, role, *_rest in DEMO_USERS[:3]:
            self.stdout.write(f"  {email:<28} {role} ({display_name})")
