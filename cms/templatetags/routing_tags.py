"""``{% route "app:name" … %}``: a link to a route of an app's index page.

Like ``{% url %}``, but the address follows the page (the exchange, the
network) wherever editors publish it. For the page at hand, templates may also
use Wagtail's ``{% routablepageurl page "name" %}``.
"""

from django import template
from django.urls import NoReverseMatch

from cms.routing import app_route_url, live_page_url

register = template.Library()


@register.simple_tag(takes_context=True)
def route(context, name: str, *args, **kwargs) -> str:
    found = app_route_url(name, *args, **kwargs)
    if found is None:
        raise NoReverseMatch(f"No route {name!r}")
    model, path = found
    page = context.get("page")
    if isinstance(page, model):
        # A list draws a route per item (a thread's posts): the page's address
        # is worked out once per page object, which lives for one request.
        base = page.__dict__.get("_route_base")
        if base is None:
            base = page.__dict__["_route_base"] = page.url
    else:
        base = live_page_url(model)
    # Without the page the app's pages are not published: link home.
    return base + path if base else "/"
