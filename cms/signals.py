"""Signal handlers of the site package."""

import functools

from allauth.account.signals import user_signed_up
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import cache, hooks, roles
from cms.models import District, HelpBox, Language, SiteSettings, Topic


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    log(instance=user, action="account.signup", user=user)


# -- What anonymous visitors see changes: refresh exactly those cached pages. --


def _page_tags(page: Page) -> list[str]:
    tags = _own_page_tags(page)
    # A translation is shown at its German page's address (cms.i18n).
    source = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .exclude(pk=page.pk)
        .first()
    )
    if source is not None:
        tags += _own_page_tags(source.specific_deferred)
    return tags


def _own_page_tags(page: Page) -> list[str]:
    tags = list(cache.page_tags(page))
    if page.depth > 1:
        tags.append(cache.page_tag(page.get_parent().pk))
    # The home page and its children, and pages in the menu or footer,
    # appear on every page.
    in_navigation = getattr(page, "show_in_footer", False) or page.show_in_menus
    if page.depth <= 3 or in_navigation:
        tags.append(cache.NAV)
    return tags


@receiver(page_published)
@receiver(page_unpublished)
def page_visibility_changed(sender, instance, **kwargs) -> None:
    cache.invalidate(*_page_tags(instance))


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    cache.invalidate(
        *_page_tags(instance),
        cache.page_tag(parent_page_before.pk),
        cache.page_tag(parent_page_after.pk),
        cache.NAV,
    )


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.live:
        cache.invalidate(cache.NAV, cache.page_tag(instance.pk))


@receiver(post_save)
@receiver(post_delete)
def public_content_changed(sender, instance, **kwargs) -> None:
    """Rows apps declare public (seats, venues, groups …) and the site's own."""
    if sender in (SiteSettings, HelpBox, District, Topic, Language):
        cache.invalidate(cache.NAV)
    elif sender in public_content_models():
        # A row may name the pages it shows on (a booking: its training and
        # the lists with free seats); otherwise every page of its app.
        tags = getattr(instance, "public_cache_tags", None)
        cache.invalidate(*(tags() if tags else [cache.app_tag(sender._meta.app_label)]))


@functools.cache
def public_content_models() -> frozenset:
    return frozenset(hooks.collect(hooks.PUBLIC_CONTENT_MODELS))


@receiver(user_logged_in)
def start_staff_session_clock(sender, request, user, **kwargs) -> None:
    from django.contrib.auth.models import Permission

    from cms.middleware import mark_staff_session

    if getattr(request, "session", None) is None:
        return
    # Asked of the database, not user.has_perm(): that would cache the
    # permissions on the object the caller keeps using.
    admin_access = user.is_superuser or (
        Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        .filter(Q(user=user) | Q(group__user=user))
        .exists()
    )
    if admin_access:
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
