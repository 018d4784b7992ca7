"""Show the outbox: rows waiting, sent and given up; try the given-up ones again."""

from django.core.management.base import BaseCommand
from django.db.models import Count, Q
from django.utils import timezone

from cms import outbox
from cms.models import Outbox


class Command(BaseCommand):
    help = "Show the outbox; --retry-failed tries the given-up rows again."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="Give every given-up row a fresh set of attempts, due now.",
        )

    def handle(self, *args, retry_failed: bool = False, **options) -> None:
        if retry_failed:
            # Due as if the broker had lost them: the next sweep sends them.
            retried = Outbox.objects.filter(failed_at__isnull=False).update(
                failed_at=None,
                claimed_at=None,
                attempts=0,
                due_at=timezone.now() - outbox.sweep_grace(),
            )
            self.stdout.write(f"retried: {retried} (the sweep sends them)")
        counts = Outbox.objects.aggregate(
            waiting=Count("pk", filter=Q(sent_at__isnull=True, failed_at__isnull=True)),
            sent=Count("pk", filter=Q(sent_at__isnull=False)),
            failed=Count("pk", filter=Q(failed_at__isnull=False)),
        )
        self.stdout.write(
            "waiting: {waiting}  sent: {sent}  given up: {failed}".format(**counts)
        )
        failed = Outbox.objects.filter(failed_at__isnull=False).order_by("-failed_at")
        for row in failed[:20]:
            self.stdout.write(
                f"{row.pk} {row.kind} {row.failed_at:%Y-%m-%d %H:%M} "
                f"{row.attempts}x: {row.last_error[:200]}"
            )
