"""URLs of page routes: the page tree is the URL tree.

Views that belong to a page are routes of that page (``RoutablePageMixin``), so
their addresses follow the page when it is renamed or moved. Templates use
``{% routablepageurl page "name" %}``; Python code uses ``route_url``.
"""

from django.conf import settings


def route_url(page, name: str, *args, **kwargs) -> str:
    """Return the URL of the route ``name`` of a routable page."""
    return page.url + page.reverse_subpage(name, args=args, kwargs=kwargs)


def absolute_route_url(page, name: str, *args, **kwargs) -> str:
    """Return the route's URL with the site address, for mails and feeds."""
    url = route_url(page, name, *args, **kwargs)
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url
