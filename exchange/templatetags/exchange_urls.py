"""Links to the routes of the exchange page, wherever a template draws them."""

from django import template

from cms.routing import route_url
from exchange.models import ExchangeIndexPage, exchange_url

register = template.Library()


@register.simple_tag(takes_context=True, name="exchange_url")
def exchange_url_tag(context, name: str, *args, **kwargs) -> str:
    """Return the URL of the exchange route ``name`` (like ``routablepageurl``)."""
    page = context.get("page")
    if isinstance(page, ExchangeIndexPage):
        return route_url(page, name, *args, **kwargs)
    return exchange_url(name, *args, **kwargs)
