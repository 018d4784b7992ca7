"""URLs of page routes: the page tree is the URL tree.

Views that belong to a page are routes of that page (``RoutablePageMixin``), so
their addresses follow the page when it is renamed or moved. Templates use
``{% routablepageurl page "name" %}``; Python code uses ``route_url``.
"""

import functools
import threading

from django.core.signals import request_finished, request_started

from cms.links import absolute_url


def route_url(page, name: str, *args, **kwargs) -> str:
    """Return the URL of the route ``name`` of a routable page."""
    return page.url + page.reverse_subpage(name, args=args, kwargs=kwargs)


def absolute_route_url(page, name: str, *args, **kwargs) -> str:
    """Return the route's URL with the site address, for mails and feeds."""
    return absolute_url(route_url(page, name, *args, **kwargs))


# The address of a page that exists once is looked up once per request: links
# drawn outside the page (lists, Mein Bereich) cost one query, however many.
_request_memo = threading.local()


def _remember(**kwargs) -> None:
    _request_memo.urls = {}


def _forget(**kwargs) -> None:
    _request_memo.urls = None


request_started.connect(_remember, dispatch_uid="cms-routing-remember")
request_finished.connect(_forget, dispatch_uid="cms-routing-forget")


def live_page_url(model) -> str | None:
    """Return the URL of the live page of a page type that exists once, or None.

    For links drawn outside that page (Mein Bereich, mails, lists).
    """
    urls = getattr(_request_memo, "urls", None)
    if urls is not None and model in urls:
        return urls[model]
    from cms import memo

    def build():
        from cms.i18n import in_default_locale

        # The German page: its translations share its address anyway.
        page = in_default_locale(model.objects.live()).first()
        return page.url if page is not None else None

    url = memo.fragment(f"live-page-url:{model._meta.label_lower}", build)
    if urls is not None:
        urls[model] = url
    return url


def live_route_url(model, name: str, *args, **kwargs) -> str | None:
    """Return the URL of a route of the live page of ``model``, or None."""
    base = live_page_url(model)
    if base is None:
        return None
    return base + model.get_resolver().reverse(name, *args, **kwargs)


@functools.cache
def _route_models(app_label: str) -> tuple:
    """The routable index pages (one each) of an app, looked up once."""
    from django.apps import apps
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    return tuple(
        model
        for model in apps.get_app_config(app_label).get_models()
        if issubclass(model, RoutablePageMixin) and model.max_count == 1
    )


def app_route_url(route: str, *args, **kwargs) -> tuple[object, str] | None:
    """Find ``"app:name"``: a route of the one index page of that app.

    Return the page model and the route's path below the page, or None.
    """
    from django.urls import NoReverseMatch

    app_label, _sep, name = route.partition(":")
    for model in _route_models(app_label):
        try:
            return model, model.get_resolver().reverse(name, *args, **kwargs)
        except NoReverseMatch:
            continue
    return None
