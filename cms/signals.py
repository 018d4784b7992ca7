"""Signal handlers of the site package."""

from allauth.account.signals import user_signed_up
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from cms import hooks, roles
from cms.audit import audit_record
from cms.cache import bump_public_cache
from cms.models import AuditEntry


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    audit_record(actor=user, action="account.signup", target=user)


# Saved or deleted rows of the models apps declare public (and the site's own),
# and every publish, may change what a cached public page shows (a title, free
# seats, a new post count).
SITE_CONTENT_APPS = {"cms", "wagtailcore"}


@receiver(post_save)
@receiver(post_delete)
def invalidate_public_pages(sender, **kwargs) -> None:
    if sender is AuditEntry:
        return
    if sender._meta.app_label in SITE_CONTENT_APPS or sender in public_content_models():
        bump_public_cache()


def public_content_models() -> set:
    return set(hooks.collect(hooks.PUBLIC_CONTENT_MODELS))


page_published.connect(bump_public_cache)
page_unpublished.connect(bump_public_cache)
