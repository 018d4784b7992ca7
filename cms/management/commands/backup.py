from django.core.management.base import BaseCommand, CommandError

from cms.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump) and the media files into BACKUP_DIR; "
        "delete backups older than BACKUP_RETENTION_DAYS (at most 30)."
    )

    def handle(self, *args, **options):
        try:
            target = backup_create()
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written: {target}"))
