"""Keep the cached crisis services in step with the directory."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.models import SiteSettings
from network.models import DirectoryEntry
from network.selectors import forget_crisis_services


@receiver(post_save, sender=DirectoryEntry)
@receiver(post_delete, sender=DirectoryEntry)
@receiver(post_save, sender=SiteSettings)
def directory_entry_changed(sender, **kwargs) -> None:
    forget_crisis_services()
