"""Template tags of the exchange: the role badges next to authors' names."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

register = template.Library()


ROLE_BADGES = {
    "coordination": _("Koordination"),
    "moderation": _("Moderation"),
}


@register.simple_tag
def author_roles(forum, *item_lists) -> dict:
    """Return the role badge of each author in these posts or threads.

    Coordinators and the forum's moderators (group moderators, the course's
    owner and trainers) carry a badge, so nobody can pass for them by name.
    One query, however many items.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db.models import Exists, OuterRef, Q

    from cms import roles
    from exchange.models import Membership
    from learning.models import CoursePage

    ids = set()
    for items in item_lists:
        for item in items:
            for name in ("author_id", "last_post_author_id"):
                if getattr(item, name, None):
                    ids.add(getattr(item, name))
    if not ids:
        return {}
    coordinator = Exists(
        Group.objects.filter(user=OuterRef("pk"), name=roles.COORDINATORS)
    )
    moderator = Exists(
        Membership.objects.filter(
            forum=forum,
            user=OuterRef("pk"),
            status=Membership.Status.ACTIVE,
            role=Membership.Role.MODERATOR,
        )
    )
    if forum.course_id is not None:
        course = CoursePage.objects.filter(pk=forum.course_id)
        moderator = (
            moderator
            | Exists(course.filter(owner=OuterRef("pk")))
            | Exists(course.filter(trainers=OuterRef("pk")))
        )
    rows = (
        get_user_model()
        .objects.filter(pk__in=ids)
        .filter(Q(is_superuser=True) | coordinator | moderator)
        .annotate(is_coordinator=coordinator)
        .values_list("pk", "is_superuser", "is_coordinator")
    )
    return {
        pk: ROLE_BADGES["coordination" if superuser or coord else "moderation"]
        for pk, superuser, coord in rows
    }


@register.simple_tag
def role_badge(badges: dict, user_id) -> str:
    """Render an author's role as a word in a badge (read out in brackets)."""
    label = badges.get(user_id)
    if not label:
        return ""
    return format_html(
        '<span class="badge badge--role"><span class="visually-hidden">(</span>'
        '{}<span class="visually-hidden">)</span></span>',
        label,
    )
