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

The chosen language and the interface language can differ. A city adds a
content language (Arabic, Turkish …) in the settings; until a catalogue of the
interface's words exists for it (a PO file in ``locale/`` or ``SITE_LOCALE_DIR``),
buttons, menus and messages stay German. The page then says so: ``<html>`` is
German and left to right, and each translated part carries its own ``lang`` and
``dir``, so a screen reader speaks each part in its language.

The translation's own pages are content only; lists that show pages of a
locale-wide query leave them out with ``in_default_locale``.

Snippets that people read (topics, directory entries, the "Hilfe holen" box)
work the same way: a translation is a row of its own, made in the admin or
from a PO file; every relation, filter and address keeps the German row, and
``localize_snippets`` lends it the translation's text. Queries that list such
snippets leave the translations' rows out with ``in_default_locale``.
"""

import contextvars
import copy
import functools
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site
from wagtail_localize.fields import TranslatableField, get_translatable_fields

# Kept from the German page: the slug makes the address.
UNTRANSLATED = {"slug", "draft_title"}


class KeptOnTheOriginalMixin:
    """A page whose ``KEPT_ON_THE_ORIGINAL`` fields belong to the German page.

    wagtail-localize copies every field into a translation when it is made
    and again on every update. Fields named here (child rows that others
    count, values that must be unique) are not copied; list each as a
    ``BaseTranslatableField`` in ``override_translatable_fields`` so that no
    update copies it either.
    """

    KEPT_ON_THE_ORIGINAL: tuple[str, ...] = ()

    def copy_for_translation(
        self, locale, copy_parents=False, alias=False, exclude_fields=None
    ):
        return super().copy_for_translation(
            locale,
            copy_parents=copy_parents,
            alias=alias,
            exclude_fields=[*self.KEPT_ON_THE_ORIGINAL, *(exclude_fields or [])],
        )


def default_language() -> str:
    return settings.LANGUAGE_CODE


# The language a person chose for this request (the content language); the
# interface may be in another (``interface_language``).
_chosen_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "chosen_language", default=None
)


def interface_language(language: str) -> str:
    """Return the language the interface speaks when ``language`` is chosen."""
    if language in _interface_languages(
        tuple(code for code, _name in settings.LANGUAGES),
        tuple(str(path) for path in settings.LOCALE_PATHS),
    ):
        return language
    return default_language()


@functools.lru_cache(maxsize=8)
def _interface_languages(languages: tuple, locale_paths: tuple) -> frozenset[str]:
    """German, and every chosen language with a catalogue of our own words."""
    found = {default_language()}
    for code in languages:
        folder = translation.to_locale(code)
        if any(
            (Path(path) / folder / "LC_MESSAGES" / "django.mo").exists()
            for path in locale_paths
        ):
            found.add(code)
    return frozenset(found)


def activate(language: str):
    """Activate ``language`` for this request's content and its interface.

    Returns a token for ``deactivate`` at the end of the request.
    """
    translation.activate(interface_language(language))
    return _chosen_language.set(language)


def deactivate(token) -> None:
    _chosen_language.reset(token)


def active_language() -> str:
    """Return the language content is shown in: the chosen one.

    Code that switches the interface language for a moment (``translation.
    override``, e.g. for a mail) switches the content with it.
    """
    current = translation.get_language() or default_language()
    chosen = _chosen_language.get()
    if chosen and interface_language(chosen) == current:
        return chosen
    return current


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
                _route(request, site, [part for part in path.split("/") if part])
                if site is not None
                else None
            )
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def _route(request, site, parts: list[str]):
    """Route ``parts`` from the site's root, remembering which page answered.

    Wagtail walks the tree with two queries per level (the child, then its
    specific row): five levels cost ten queries on every request. Which page
    answers an address, and what that page holds, change only when a page is
    written, so the page is kept as a fragment (cms.memo) until its tables
    move; each request gets its own copy, and the page routes the rest itself
    (its own sub-routes, whether it is live), exactly as in the walk.
    """
    from cms import memo

    walked = {}

    def walk():
        # A copy: the site is kept (cms.memo), and its root page would carry
        # the served page and its restrictions into whatever holds the site.
        root = copy.copy(site.root_page).specific
        result = root.route(request, parts)
        walked["result"] = result
        consumed = result.page.url_path[len(root.url_path) :].strip("/")
        return result.page, len(consumed.split("/")) if consumed else 0

    page, consumed = memo.fragment(
        f"route-page:{site.pk}:{site.root_page_id}:{'/'.join(parts)}", walk
    )
    if "result" in walked:
        result = walked["result"]
    else:
        result = page.route(request, parts[consumed:])
    _keep_view_restrictions(result.page)
    return result


def _keep_view_restrictions(page) -> None:
    """Let Wagtail's check before serving read the page's restrictions from the memo.

    They change only when a page or a restriction is written; asking them costs
    two queries (the ancestors, then their restrictions) on every request.
    """
    from cms import memo

    restrictions = memo.fragment(
        f"view-restrictions:{page.pk}",
        lambda: list(Page.get_view_restrictions(page)),
    )
    page.get_view_restrictions = _KeptRestrictions(restrictions)


class _KeptRestrictions:
    """A page's restrictions as its ``get_view_restrictions``: unlike a lambda,
    it can be pickled with the page into anything kept that holds it."""

    def __init__(self, restrictions: list):
        self.restrictions = restrictions

    def __call__(self) -> list:
        return self.restrictions


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
    model = type(pages[0]) if fields and pages else Page
    return _take_translations(pages, model, ("title", *fields), live=True)


def localize_snippets(items, *fields: str) -> list:
    """Give German snippets the text of their translations into the active language.

    ``fields`` default to the model's translated text fields. One query for
    the whole list (all of one model), none in the default language.
    """
    items = list(items)
    if not items:
        return items
    model = type(items[0])
    return _take_translations(items, model, fields or translated_field_names(model))


def _take_translations(items: list, model, fields, **conditions) -> list:
    """Set ``fields`` of ``items`` from their translations into the active language.

    Each item's ``content_language`` says which language its text is in; an
    empty translated text keeps the German one.
    """
    default = default_language()
    for item in items:
        item.content_language = default
    language = active_language()
    if language == default or not items:
        return items
    rows = model.objects.filter(
        translation_key__in={item.translation_key for item in items},
        locale__language_code=language,
        **conditions,
    ).values("translation_key", *fields)
    found = {row["translation_key"]: row for row in rows}
    for item in items:
        row = found.get(item.translation_key)
        if row is None:
            continue
        for name in fields:
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


def is_in_default_locale(page) -> bool:
    """Tell whether ``page`` is the German original, not a translation."""
    return page.locale.language_code == default_language()


def default_locale_only() -> dict:
    """``limit_choices_to`` of relations to translatable snippets: editors pick
    the German row, never a translation's own."""
    return {"locale__language_code": default_language()}


def in_default_locale_for_search(queryset):
    """Like ``in_default_locale``, on a filter field that search backends know."""
    from wagtail.models import Locale

    return queryset.filter(locale=Locale.get_default())


def content_lang_attrs(item) -> str:
    """Return ``lang`` (and ``dir``) for text not in the page's language, or "".

    The page (``<html>``) speaks the interface language; content may be in the
    chosen language or, untranslated, in German. Text in another language than
    both is marked, and so is German text inside a page whose content is in
    another language, since it may sit inside a part marked with that language.
    """
    if isinstance(item, dict):
        language = item.get("content_language", default_language())
    else:
        language = getattr(item, "content_language", default_language())
    interface = translation.get_language() or default_language()
    content = active_language()
    if language == interface and language == content:
        return ""
    if _is_bidi(language) or _is_bidi(interface) or _is_bidi(content):
        return format_html(
            ' lang="{}" dir="{}"', language, "rtl" if _is_bidi(language) else "ltr"
        )
    return format_html(' lang="{}"', language)


def _is_bidi(language: str) -> bool:
    return language.split("-")[0] in settings.LANGUAGES_BIDI
