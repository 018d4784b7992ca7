"""Signal handlers of the site package."""

import functools

from allauth.account.signals import user_signed_up
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import cache, hooks, roles
from cms.models import District, Language, SiteSettings, Topic


@receiver(user_signed_up)
def give_new_accounts_the_contact_person_role(sender, request, user, **kwargs) -> None:
    roles.add_role(user, roles.CONTACT_PERSONS)
    log(instance=user, action="account.signup", user=user)


# -- What anonymous visitors see changes: refresh exactly those cached pages. --


def _page_tags(page: Page) -> list[str]:
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
    if sender in (SiteSettings, District, Topic, Language):
        cache.invalidate(cache.NAV)
    elif sender in public_content_models():
        cache.invalidate(cache.app_tag(sender._meta.app_label))


@functools.cache
def public_content_models() -> frozenset:
    return frozenset(hooks.collect(hooks.PUBLIC_CONTENT_MODELS))
