from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.city import seed_city
from demo.seed import seed_demo


class Command(BaseCommand):
    help = (
        "Build the demo and a city-sized dataset on top of it for benchmarks "
        "(5,000 people, 600 lessons, 4,000 sessions, 100,000 posts at --scale 1)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Factor for every count (0.01 builds a hundredth).",
        )

    def handle(self, *args, scale: float, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError(
                "seed_city legt Demo-Konten an und läuft deshalb nicht mit den "
                "Produktions-Einstellungen."
            )
        if not 0 < scale <= 10:
            raise CommandError("--scale muss größer als 0 und höchstens 10 sein.")
        seed_demo(stdout=self.stdout)
        seed_city(scale=scale, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Stadt-Daten sind angelegt."))
