from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.backup import BackupError, backup_restore, database_from_url


class Command(BaseCommand):
    help = (
        "Restore a backup folder written by `manage.py backup`: replaces the "
        "database's tables and the media folder. Stop the app first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "folder", help="e.g. /var/backups/gemeinsam-stark/20261202T023000Z"
        )
        parser.add_argument(
            "--database-url",
            help="restore into this database instead of DATABASE_URL's",
        )
        parser.add_argument(
            "--media-root", help="restore the media here instead of MEDIA_ROOT"
        )
        parser.add_argument(
            "--yes", action="store_true", help="do not ask before replacing data"
        )

    def handle(self, *args, folder, database_url, media_root, yes, **options):
        if not yes:
            answer = input(
                "This replaces the database and the media files. Type 'ja': "
            )
            if answer.strip().lower() not in {"ja", "yes"}:
                raise CommandError("Nothing restored.")
        try:
            backup_restore(
                Path(folder),
                database=database_from_url(database_url) if database_url else None,
                media_root=Path(media_root) if media_root else None,
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}"))
