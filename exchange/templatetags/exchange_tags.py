"""Template tags other apps use to point to the exchange."""

from django import template

from exchange import selectors
from exchange.models import Forum

register = template.Library()


@register.inclusion_tag("exchange/includes/course_forum_link.html", takes_context=True)
def course_forum_link(context, course) -> dict:
    """Link to a course's forum for people who may read it (for course pages)."""
    request = context["request"]
    forum = Forum.objects.filter(course=course).first()
    if forum is None or not selectors.can_read(request.user, forum):
        forum = None
    return {"forum": forum}
