"""Signal handlers of the site package."""

from allauth.account.signals import user_signed_up
from django.contrib.auth.signals import user_logged_in
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from cms import roles
from cms.audit import audit_record
from cms.cache import bump_public_cache
from cms.models import AuditEntry


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    audit_record(actor=user, action="account.signup", target=user)


# Any saved or deleted row of our apps, and every publish, may change what a
# cached public page shows (a title, free seats, a new post count).
CONTENT_APPS = {"cms", "learning", "events", "exchange", "network", "wagtailcore"}


@receiver(post_save)
@receiver(post_delete)
def invalidate_public_pages(sender, **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS and sender is not AuditEntry:
        bump_public_cache()


page_published.connect(bump_public_cache)
page_unpublished.connect(bump_public_cache)


@receiver(user_logged_in)
def start_staff_session_clock(sender, request, user, **kwargs) -> None:
    from cms.middleware import mark_staff_session

    if getattr(request, "session", None) is not None and user.has_perm(
        "wagtailadmin.access_admin"
    ):
        mark_staff_session(request, user)


@receiver(pre_save)
def reencode_new_images(sender, instance, **kwargs) -> None:
    """Re-encode every newly stored image of any model, however it arrived.

    The image forms do it already (and answer bad files with a message); this
    catches the rest: avatars, images created in code or from an upload that
    Wagtail parked first. Renditions are made here from clean originals.
    """
    from wagtail.images.models import AbstractRendition

    from cms.validators import reencode_image

    if issubclass(sender, AbstractRendition):
        return
    for field in sender._meta.concrete_fields:
        if not isinstance(field, models.ImageField):
            continue
        image = getattr(instance, field.attname)
        if not image or (image._committed and not instance._state.adding):
            continue
        if getattr(image.file, "reencoded", False):
            continue
        name = image.name.rsplit("/", 1)[-1]
        with image.open("rb") as stored:
            clean = reencode_image(stored, name=name)
        if image._committed:
            image.storage.delete(image.name)
        image.save(name, clean, save=False)
        field.update_dimension_fields(instance, force=True)
        if hasattr(instance, "_set_image_file_metadata"):
            instance._set_image_file_metadata()
