"""Signal handlers of the site package."""

from allauth.account.signals import user_signed_up
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.signals import page_published, page_unpublished

from cms import roles
from cms.cache import bump_public_cache


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    log(instance=user, action="account.signup", user=user)


# Any saved or deleted row of our apps, and every publish, may change what a
# cached public page shows (a title, free seats, a new post count).
CONTENT_APPS = {"cms", "learning", "events", "exchange", "network", "wagtailcore"}
# A log entry changes nothing anyone sees on a public page.
LOG_MODELS = (ModelLogEntry, PageLogEntry)


@receiver(post_save)
@receiver(post_delete)
def invalidate_public_pages(sender, **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS and sender not in LOG_MODELS:
        bump_public_cache()


page_published.connect(bump_public_cache)
page_unpublished.connect(bump_public_cache)
