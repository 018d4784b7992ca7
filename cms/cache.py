"""Whole-page cache for anonymous visitors of public pages.

Pages opt in by setting ``response.public_cache = True``. Entries are keyed by
a global version that every publish, unpublish, delete or seat change bumps, so
a visitor never sees stale content; the old entries simply expire.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_vary_headers

VERSION_KEY = "public-cache-version"
TIMEOUT = 60 * 60
# Nothing personal may be cached: no session, no pending messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages", settings.CSRF_COOKIE_NAME)


def bump_public_cache(*args, **kwargs) -> None:
    """Invalidate every cached public page (a signal receiver, too)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _key(request) -> str | None:
    if request.method not in {"GET", "HEAD"}:
        return None
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return None
    version = cache.get_or_set(VERSION_KEY, 1, None)
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"public-page:{version}:{language}:{digest}"


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request) if settings.PUBLIC_PAGE_CACHE else None
        if key is not None and (cached := cache.get(key)) is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if key is not None and _cacheable(request, response):
            patch_vary_headers(response, ["Cookie"])
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, TIMEOUT)
            response["X-Cache"] = "MISS"
        return response


def _cacheable(request, response) -> bool:
    """Only anonymous 200s of pages that opted in and set no cookie."""
    user = getattr(request, "user", None)
    return (
        getattr(response, "public_cache", False)
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

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        match = getattr(request, "routable_resolver_match", None)
        if (
            match is None
            or match.url_name == "index_route"
            or getattr(match.func, "public_cache", False)
        ):
            response.public_cache = True
        return response
