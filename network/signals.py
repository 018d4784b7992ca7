"""Keep the crisis-services cache fresh; send digests when a report is published."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from cms import outbox
from cms.models import HelpBox
from network.models import DirectoryEntry, ReportPage
from network.selectors import forget_crisis_services


@receiver(page_published, sender=ReportPage)
def report_published(sender, instance, **kwargs) -> None:
    from network.tasks import report_digests_send_task

    # Reports appear about weekly, so each publication sends the digest; a
    # subscriber only ever gets reports not sent before.
    outbox.enqueue(report_digests_send_task)


@receiver(post_save, sender=DirectoryEntry)
@receiver(post_delete, sender=DirectoryEntry)
@receiver(post_save, sender=HelpBox)
@receiver(post_delete, sender=HelpBox)
def directory_entry_changed(sender, **kwargs) -> None:
    forget_crisis_services()
