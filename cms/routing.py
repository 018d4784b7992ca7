"""URLs of page routes: the page tree is the URL tree.

Views that belong to a page are routes of that page (``RoutablePageMixin``), so
their addresses follow the page when it is renamed or moved. Templates use
``{% routablepageurl page "name" %}``; Python code uses ``route_url``.
"""

from django.conf import settings
from django.core.cache import cache


def route_url(page, name: str, *args, **kwargs) -> str:
    """Return the URL of the route ``name`` of a routable page."""
    return page.url + page.reverse_subpage(name, args=args, kwargs=kwargs)


def absolute_route_url(page, name: str, *args, **kwargs) -> str:
    """Return the route's URL with the site address, for mails and feeds."""
    url = route_url(page, name, *args, **kwargs)
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url


def live_page_url(model) -> str | None:
    """Return the URL of the live page of a page type that exists once, or None.

    For links drawn outside that page (Mein Bereich, mails, lists). Cached until
    the next change of content, which also covers renaming and moving the page.
    """
    from cms.cache import VERSION_KEY

    version = cache.get_or_set(VERSION_KEY, 1, None)
    key = f"live-page-url:{model._meta.label_lower}:{version}"
    url = cache.get(key)
    if url is None:
        page = model.objects.live().first()
        url = page.url if page is not None else ""
        cache.set(key, url, 60 * 60)
    return url or None


def live_route_url(model, name: str, *args, **kwargs) -> str | None:
    """Return the URL of a route of the live page of ``model``, or None."""
    base = live_page_url(model)
    if base is None:
        return None
    return base + model.get_resolver().reverse(name, *args, **kwargs)
