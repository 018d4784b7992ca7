"""Whole-page cache for anonymous visitors of public pages.

A page opts in with ``PublicPageMixin``. Its response is stored together with
the versions of the *tags* it depends on: ``nav`` (menus, footer, site
settings), ``page:<id>`` (the page itself and what it lists) and ``app:<label>``
(the data of an app it shows, such as free seats). A change bumps only the tags
it touches, after its transaction commits; an entry whose tags moved is a miss
and is built anew. Logins, read markers and other private rows bump nothing,
so the cache stays warm while people use the platform.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils.cache import patch_vary_headers

from cms.redis_cache import RedisCache

NAV = "nav"
# Every app tag bumps this one too: for pages that show all apps (the home page).
ALL_APPS = "apps"
TIMEOUT = 60 * 60
# Any bump moves this counter too: an entry rendered while it moved may hold
# data from before the change, so it is not stored.
EPOCH = "epoch"
# Nothing personal may be cached: no session, no pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages", settings.CSRF_COOKIE_NAME)


def page_tag(page_id: int) -> str:
    return f"page:{page_id}"


def app_tag(app_label: str, part: str = "") -> str:
    """Return the tag of an app's data, or of one ``part`` of it.

    A page of the app depends on ``app:<label>``; a part (``app:events:seats``)
    is what only some pages show, such as the free seats in lists of trainings.
    """
    return f"app:{app_label}:{part}" if part else f"app:{app_label}"


def page_tags(page) -> set[str]:
    """Return the tags a page's own change touches: itself and its app's data.

    The site's own pages (cms) show no app's data.
    """
    tags = {page_tag(page.pk)}
    if page._meta.app_label != "cms":
        tags.add(app_tag(page._meta.app_label))
    return tags


def _tag_key(tag: str) -> str:
    return f"public-tag:{tag}"


def tag_versions(tags) -> dict[str, int]:
    """Return the current version of each tag (0 for one never bumped)."""
    found = cache.get_many([_tag_key(tag) for tag in tags])
    return {tag: found.get(_tag_key(tag), 0) for tag in tags}


def invalidate(*tags: str) -> None:
    """Refresh every cached page that depends on one of the tags, after commit."""
    transaction.on_commit(lambda: _bump((*tags, EPOCH)))


def _bump(tags) -> None:
    if any(tag.startswith("app:") for tag in tags):
        tags = (*tags, ALL_APPS)
    bump_counters([_tag_key(tag) for tag in set(tags)])


def fresh_counter() -> int:
    """A start for a counter that is missing (never set, flushed or evicted).

    Starting again at 0 could meet a value that an entry kept elsewhere (in
    a process, or in the cache itself) recorded before the counter vanished.
    """
    return secrets.randbits(48)


def bump_counters(keys) -> None:
    """Move each counter in the default cache by one (a missing one from a fresh start).

    On Redis one round trip for all of them.
    """
    store = caches["default"]
    if isinstance(store, RedisCache):
        pipe = store._cache.get_client(write=True).pipeline(transaction=False)
        for key in keys:
            key = store.make_and_validate_key(key)
            pipe.set(key, fresh_counter(), nx=True)
            pipe.incr(key)
        pipe.execute()
        return
    for key in keys:
        start = fresh_counter()
        cache.add(key, start, None)
        try:
            cache.incr(key)
        except ValueError:
            # Evicted between add and incr: any fresh value will do.
            cache.set(key, fresh_counter(), None)


def _key(request) -> str | None:
    if request.method not in {"GET", "HEAD"}:
        return None
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return None
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"public-page:{language}:{digest}"


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request) if settings.PUBLIC_PAGE_CACHE else None
        if key is None:
            return self.get_response(request)
        entry = cache.get(key)
        if entry is not None:
            versions, cached = entry
            if tag_versions(versions) == versions:
                cached["X-Cache"] = "HIT"
                return cached
        epoch = tag_versions([EPOCH])
        response = self.get_response(request)
        if _cacheable(request, response):
            patch_vary_headers(response, ["Cookie"])
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            versions = tag_versions([*response.public_cache_tags, EPOCH])
            if versions.pop(EPOCH) == epoch[EPOCH]:
                cache.set(key, (versions, response), TIMEOUT)
            response["X-Cache"] = "MISS"
        return response


def _cacheable(request, response) -> bool:
    """Only anonymous 200s of pages that opted in and set no cookie."""
    user = getattr(request, "user", None)
    return (
        bool(getattr(response, "public_cache_tags", None))
        and response.status_code == 200
        and not response.cookies
        and not (user is not None and user.is_authenticated)
    )


def public_route(view):
    """Mark a route of a routable page as the same for every anonymous visitor."""
    view.public_cache = True
    return view


class PublicPageMixin:
    """Let anonymous visitors get this page from the whole-page cache.

    Of a routable page only the page itself (Wagtail's ``index_route``) and the
    routes marked with ``public_route`` are cached; its other routes (forms,
    actions, downloads) never are.
    """

    def public_cache_tags(self) -> set[str]:
        """Return what this page shows: itself, the menus, its app's data."""
        return {NAV, *page_tags(self)}

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if (
            match is None
            or match.url_name == "index_route"
            or getattr(match.func, "public_cache", False)
        ):
            response.public_cache_tags = self.public_cache_tags()
        return response
