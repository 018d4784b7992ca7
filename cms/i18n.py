"""Translated pages at the addresses people already know.

Translations are made with wagtail-localize: in the admin, or as PO files that
outside translators fill in. Each translation is a page of its own in the
tree of its locale. We do not serve that tree. Every address is routed through
the German tree, whatever the language, and the German page is served with the
text of its translation in the chosen language:

* addresses stay the same in every language (the language is the visitor's
  choice, kept in a cookie or the profile), so links, bookmarks, mails and
  feeds keep working, and the page cache keys on the language;
* bookings, enrolments, progress, forums and permissions belong to the one
  German page: a translation never splits a course's learners or a training's
  seats into two;
* a page not translated yet is shown in German with a short notice in the
  chosen language, its German parts marked ``lang="de"``.

The translation's own pages are content only; lists that show pages of a
locale-wide query leave them out with ``in_default_locale``.

Snippets that people read (topics, directory entries, the "Hilfe holen" box)
work the same way: a translation is a row of its own, made in the admin or
from a PO file; every relation, filter and address keeps the German row, and
``localize_snippets`` lends it the translation's text. Queries that list such
snippets leave the translations' rows out with ``in_default_locale``.
"""

import functools

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site
from wagtail_localize.fields import TranslatableField, get_translatable_fields

# Kept from the German page: the slug makes the address.
UNTRANSLATED = {"slug", "draft_title"}


def default_language() -> str:
    return settings.LANGUAGE_CODE


def active_language() -> str:
    return translation.get_language() or default_language()


def serve(request, path: str):
    """Serve the page at ``path`` of the German tree in the chosen language."""
    from wagtail import views as wagtail_views

    # Wagtail's own routing starts at the site's root in the active language
    # (``root_page.localized``); ours starts at the site's (German) root page.
    # Its serve view reuses the route kept on the request.
    if not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        try:
            request._wagtail_route_for_request = (
                site.root_page.specific.route(
                    request, [part for part in path.split("/") if part]
                )
                if site is not None
                else None
            )
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


@functools.cache
def translated_field_names(model) -> tuple[str, ...]:
    """Return the names of the text fields a translation of ``model`` replaces."""
    names = []
    for field in get_translatable_fields(model):
        if not isinstance(field, TranslatableField):
            continue
        if field.field_name in UNTRANSLATED:
            continue
        model_field = model._meta.get_field(field.field_name)
        if model_field.concrete and not model_field.is_relation:
            names.append(field.field_name)
    return tuple(names)


def localize_page(page) -> None:
    """Give ``page`` the text of its live translation into the active language.

    The page keeps its id, tree position and every relation; only its text
    fields change, in memory. ``page.content_language`` says which language the
    text is in; ``page.translation_missing`` that the chosen language has none.
    """
    page.content_language = default_language()
    page.translation_missing = False
    language = active_language()
    if language == default_language():
        return
    model = type(page)
    found = (
        model.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=language,
            live=True,
        )
        .only(*translated_field_names(model))
        .first()
    )
    if found is None:
        page.translation_missing = True
        return
    for name in translated_field_names(model):
        setattr(page, name, getattr(found, name))
    page.content_language = language


def localize_titles(pages, *fields: str) -> list:
    """Give the listed pages the titles (and ``fields``) of their translations.

    One query for the whole list, none in the default language. Every page of
    the list must be of one model when ``fields`` are named.
    """
    pages = list(pages)
    language = active_language()
    for page in pages:
        page.content_language = default_language()
    if language == default_language() or not pages:
        return pages
    model = type(pages[0]) if fields else Page
    rows = model.objects.filter(
        translation_key__in={page.translation_key for page in pages},
        locale__language_code=language,
        live=True,
    ).values("translation_key", "title", *fields)
    found = {row["translation_key"]: row for row in rows}
    for page in pages:
        row = found.get(page.translation_key)
        if row is None:
            continue
        for name in ("title", *fields):
            setattr(page, name, row[name])
        page.content_language = language
    return pages


def localize_snippets(items, *fields: str) -> list:
    """Give German snippets the text of their translations into the active language.

    ``fields`` default to the model's translated text fields. One query for
    the whole list (all of one model), none in the default language. Each
    item's ``content_language`` says which language its text is in.
    """
    items = list(items)
    default = default_language()
    for item in items:
        item.content_language = default
    language = active_language()
    if language == default or not items:
        return items
    model = type(items[0])
    fields = fields or translated_field_names(model)
    rows = model.objects.filter(
        translation_key__in={item.translation_key for item in items},
        locale__language_code=language,
    ).values("translation_key", *fields)
    found = {row["translation_key"]: row for row in rows}
    for item in items:
        row = found.get(item.translation_key)
        if row is None:
            continue
        for name in fields:
            # An empty translated text keeps the German one (and its lang mark).
            if row[name] or not getattr(item, name):
                setattr(item, name, row[name])
        item.content_language = language
    return items


def localize_related(items, *relations: str) -> list:
    """Localize the prefetched related snippets (``topics`` …) of ``items``.

    One query per relation for the whole list, none in the default language.
    """
    items = list(items)
    if active_language() == default_language():
        return items
    for relation in relations:
        localize_snippets(
            related for item in items for related in getattr(item, relation).all()
        )
    return items


def in_default_locale(queryset):
    """Leave out the translations' own pages or snippets: each appears once."""
    return queryset.filter(locale__language_code=default_language())


def default_locale_only() -> dict:
    """``limit_choices_to`` of relations to translatable snippets: editors pick
    the German row, never a translation's own."""
    return {"locale__language_code": default_language()}


def in_default_locale_for_search(queryset):
    """Like ``in_default_locale``, on a filter field that search backends know."""
    from wagtail.models import Locale

    return queryset.filter(locale=Locale.get_default())


def content_lang_attrs(item) -> str:
    """Return ``lang`` (and ``dir``) for text not in the active language, or ""."""
    if isinstance(item, dict):
        language = item.get("content_language", default_language())
    else:
        language = getattr(item, "content_language", default_language())
    active = active_language()
    if language == active:
        return ""
    if translation.get_language_bidi() != _is_bidi(language):
        return format_html(
            ' lang="{}" dir="{}"', language, "rtl" if _is_bidi(language) else "ltr"
        )
    return format_html(' lang="{}"', language)


def _is_bidi(language: str) -> bool:
    return language.split("-")[0] in settings.LANGUAGES_BIDI
