"""What the exchange shows on the home page and in "Mein Bereich"."""

from django.db.models import Q
from django.http import HttpRequest

from cms import memo
from exchange import selectors
from exchange.models import Forum, Membership

HOME_GROUPS = 6
DASHBOARD_NOTIFICATIONS = 5


def home_groups(request: HttpRequest) -> dict | None:
    """The most active approved open topic groups, in one query."""
    groups = list(
        Forum.objects.filter(
            kind=Forum.Kind.GROUP,
            status=Forum.Status.APPROVED,
            visibility=Forum.Visibility.OPEN,
        ).order_by("-last_activity_at", "title")[:HOME_GROUPS]
    )
    if not groups:
        return None
    return {"groups": groups}


def dashboard(request: HttpRequest) -> dict | None:
    """My groups and course forums, the latest notifications and their count."""
    user = request.user
    mine = Q(members__user=user, members__status=Membership.Status.ACTIVE)
    if not selectors.is_coordinator(user):
        mine |= Q(kind=Forum.Kind.COURSE)
    forums = list(
        selectors.readable_forums(user).filter(mine).distinct().order_by("title")
    )
    notifications = list(selectors.notifications_for(user)[:DASHBOARD_NOTIFICATIONS])
    return {
        "forums": forums,
        "notifications": notifications,
        "unread_count": selectors.unread_notification_count(user),
        "moderation": selectors.moderation_counts(user),
    }


def course_forum_link(request: HttpRequest, course) -> dict | None:
    """Link to a course's forum for people who may read it (for course pages)."""
    if not request.user.is_authenticated:
        return None

    def build() -> dict | None:
        forum = Forum.objects.filter(course=course).first()
        if forum is None:
            return None
        forum.course = course  # the page at hand: the checks need not read it
        if not selectors.can_read(request.user, forum):
            return None
        return {"url": forum.get_absolute_url(), "thread_count": forum.thread_count}

    # Kept per person until the forum, an enrolment or the trainers change.
    return memo.fragment(f"course-forum-link:{course.pk}", build, user=request.user)
