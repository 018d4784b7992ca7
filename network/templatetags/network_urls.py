"""Links to the routes of the network and reports pages, wherever drawn."""

from django import template

from cms.routing import route_url
from network.models import NetworkIndexPage, NewsIndexPage, network_url, news_url

register = template.Library()


@register.simple_tag(takes_context=True, name="network_url")
def network_url_tag(context, name: str, *args, **kwargs) -> str:
    """Return the URL of the network route ``name`` (like ``routablepageurl``)."""
    page = context.get("page")
    if isinstance(page, NetworkIndexPage):
        return route_url(page, name, *args, **kwargs)
    return network_url(name, *args, **kwargs)


@register.simple_tag(takes_context=True, name="news_url")
def news_url_tag(context, name: str, *args, **kwargs) -> str:
    """Return the URL of a route of the situation reports page."""
    page = context.get("page")
    if isinstance(page, NewsIndexPage):
        return route_url(page, name, *args, **kwargs)
    return news_url(name, *args, **kwargs)
