"""Links to the routes of the network page, wherever a template draws them."""

from django import template

from cms.routing import route_url
from network.models import NetworkIndexPage, network_url

register = template.Library()


@register.simple_tag(takes_context=True, name="network_url")
def network_url_tag(context, name: str, *args, **kwargs) -> str:
    """Return the URL of the network route ``name`` (like ``routablepageurl``)."""
    page = context.get("page")
    if isinstance(page, NetworkIndexPage):
        return route_url(page, name, *args, **kwargs)
    return network_url(name, *args, **kwargs)
