"""Reads: who may do what, and the lists each page shows in fixed queries."""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy

from cms import memo, roles
from exchange.models import (
    Forum,
    Membership,
    Notification,
    Post,
    ReadState,
    Report,
    Subscription,
    Thread,
)
from learning import selectors as learning_selectors


def is_coordinator(user) -> bool:
    """Check the role once per request object (each check is a query)."""
    if not hasattr(user, "_exchange_is_coordinator"):
        user._exchange_is_coordinator = roles.is_coordinator(user)
    return user._exchange_is_coordinator


def _active_membership(user, forum: Forum) -> Membership | None:
    cache = getattr(user, "_exchange_memberships", None)
    if cache is None:
        cache = user._exchange_memberships = {}
    if forum.pk not in cache:
        cache[forum.pk] = Membership.objects.filter(
            forum=forum, user=user, status=Membership.Status.ACTIVE
        ).first()
    return cache[forum.pk]


def membership_of(user, forum: Forum) -> Membership | None:
    """Return the person's membership of ``forum`` in any state, or None.

    The active one is remembered for the permission checks, so a forum page
    asks once for both.
    """
    if not user.is_authenticated:
        return None
    found = Membership.objects.filter(forum=forum, user=user).first()
    cache = getattr(user, "_exchange_memberships", None)
    if cache is None:
        cache = user._exchange_memberships = {}
    active = found is not None and found.status == Membership.Status.ACTIVE
    cache[forum.pk] = found if active else None
    return found


def forget_memberships(user) -> None:
    """Drop the memberships remembered on a user object after they change."""
    user.__dict__.pop("_exchange_memberships", None)


def _leads_course(user, forum: Forum) -> bool:
    """The course's owner and the trainers named on it run its forum."""
    course = forum.course
    if course is None:
        return False
    return course.owner_id == user.pk or course.trainers.filter(pk=user.pk).exists()


def _in_course(user, forum: Forum) -> bool:
    if forum.course is None:
        return False
    if _leads_course(user, forum):
        return True
    return (
        learning_selectors.active_learner_ids(course_id=forum.course_id)
        .filter(user_id=user.pk)
        .exists()
    )


def can_read(user, forum: Forum) -> bool:
    """Tell whether a person may read the threads of a forum."""
    if not user.is_authenticated:
        return False
    if is_coordinator(user):
        return True
    if forum.kind == Forum.Kind.COURSE:
        return _in_course(user, forum)
    if not forum.is_approved:
        return False
    return forum.is_open or _active_membership(user, forum) is not None


def can_see(user, forum: Forum) -> bool:
    """Tell whether a person may open the forum page (a proposal or a group card)."""
    if can_read(user, forum):
        return True
    if not user.is_authenticated or not forum.is_group:
        return False
    return forum.is_approved or forum.founder_id == user.pk


def can_post(user, forum: Forum) -> bool:
    """Tell whether a person may start threads and reply in a forum."""
    if not user.is_authenticated:
        return False
    if forum.kind == Forum.Kind.COURSE:
        return can_read(user, forum)
    if not forum.is_approved:
        return False
    return is_coordinator(user) or _active_membership(user, forum) is not None


def can_moderate(user, forum: Forum) -> bool:
    """Coordinators moderate everything; founders their group, owners their course."""
    if not user.is_authenticated:
        return False
    if is_coordinator(user):
        return True
    if forum.kind == Forum.Kind.COURSE:
        return _leads_course(user, forum)
    membership = _active_membership(user, forum)
    return membership is not None and membership.role == Membership.Role.MODERATOR


def readable_forums(user) -> QuerySet[Forum]:
    """Return the forums a person may read, as one filterable query."""
    if not user.is_authenticated:
        return Forum.objects.none()
    if is_coordinator(user):
        return Forum.objects.all()
    member_of = Membership.objects.filter(
        user=user, status=Membership.Status.ACTIVE
    ).values("forum_id")
    enrolled_in = learning_selectors.active_course_ids(user=user)
    taught = user.taught_courses.values("pk")
    return Forum.objects.filter(
        Q(kind=Forum.Kind.COURSE, course__in=enrolled_in)
        | Q(kind=Forum.Kind.COURSE, course__owner=user)
        | Q(kind=Forum.Kind.COURSE, course__in=taught)
        | Q(
            kind=Forum.Kind.GROUP,
            status=Forum.Status.APPROVED,
            visibility=Forum.Visibility.OPEN,
        )
        | Q(kind=Forum.Kind.GROUP, status=Forum.Status.APPROVED, pk__in=member_of)
    )


def moderated_forums(user) -> QuerySet[Forum]:
    if not user.is_authenticated:
        return Forum.objects.none()
    if is_coordinator(user):
        return Forum.objects.all()
    moderator_of = Membership.objects.filter(
        user=user, status=Membership.Status.ACTIVE, role=Membership.Role.MODERATOR
    ).values("forum_id")
    taught = user.taught_courses.values("pk")
    return Forum.objects.filter(
        Q(pk__in=moderator_of)
        | Q(kind=Forum.Kind.COURSE, course__owner=user)
        | Q(kind=Forum.Kind.COURSE, course__in=taught)
    )


#: Forums the overview shows per list; the rest are a link away (``forum_list``).
OVERVIEW_LIMIT = 6


def _with_my_membership(forums: QuerySet[Forum], user) -> QuerySet[Forum]:
    """Annotate the person's membership status and role (empty when none)."""
    mine = Membership.objects.filter(user=user, forum=OuterRef("pk"))
    return forums.annotate(
        my_status=Subquery(mine.values("status")[:1]),
        my_role=Subquery(mine.values("role")[:1]),
    )


def course_forums_for(user) -> QuerySet[Forum]:
    """The forums of the courses a person takes, teaches or may read, busiest first."""
    forums = Forum.objects.filter(
        kind=Forum.Kind.COURSE, pk__in=readable_forums(user).values("pk")
    )
    return _with_my_membership(forums, user).order_by(
        models.F("last_activity_at").desc(nulls_last=True), "title", "pk"
    )


def groups_for(user) -> QuerySet[Forum]:
    """Approved topic groups: the person's own (member or asked to join) first,
    then the busiest."""
    forums = Forum.objects.filter(kind=Forum.Kind.GROUP, status=Forum.Status.APPROVED)
    return _with_my_membership(forums, user).order_by(
        models.F("my_status").desc(nulls_last=True),
        models.F("last_activity_at").desc(nulls_last=True),
        "title",
        "pk",
    )


def forum_overview(user) -> dict:
    """The overview: a few course forums and topic groups, each list with its
    total, and the person's own proposals. The same queries for 3 or 300
    forums; the full lists are paginated (``course_forums_for``, ``groups_for``)."""
    course_forums = course_forums_for(user)
    groups = groups_for(user)
    shown_courses = list(course_forums[:OVERVIEW_LIMIT])
    shown_groups = list(groups[:OVERVIEW_LIMIT])
    # Both totals in one query, whether or not a list is cut short.
    counts = Forum.objects.aggregate(
        courses=Count("pk", filter=Q(pk__in=course_forums.values("pk"))),
        groups=Count("pk", filter=Q(pk__in=groups.values("pk"))),
    )
    return {
        "course_forums": shown_courses,
        "course_forum_count": counts["courses"],
        "groups": shown_groups,
        "group_count": counts["groups"],
        "my_proposals": list(
            _with_my_membership(
                Forum.objects.filter(kind=Forum.Kind.GROUP, founder=user).exclude(
                    status=Forum.Status.APPROVED
                ),
                user,
            ).order_by("title")
        ),
    }


def forum_for_slug(slug: str) -> Forum | None:
    return Forum.objects.select_related("course").filter(slug=slug).first()


def thread_list(*, forum: Forum, user, moderator: bool) -> QuerySet[Thread]:
    """Threads of a forum, with authors and the reader's unread marker."""
    threads = Thread.objects.filter(forum=forum)
    if not moderator:
        threads = threads.filter(Q(is_published=True) | Q(author=user))
    read = ReadState.objects.filter(
        user=user, thread=OuterRef("pk"), last_read_at__gte=OuterRef("last_post_at")
    )
    return threads.select_related("author", "last_post_author").annotate(
        is_read=Exists(read)
    )


def thread_for_pk(pk: int, *, reader=None) -> Thread | None:
    """A thread with its forum; with ``reader``, also when they last read it
    (``reader_last_read_at``, None if never), in the same query."""
    threads = Thread.objects.select_related("forum", "forum__course", "author")
    if reader is not None and reader.is_authenticated:
        threads = threads.annotate(
            reader_last_read_at=Subquery(
                ReadState.objects.filter(user=reader, thread=OuterRef("pk")).values(
                    "last_read_at"
                )[:1]
            )
        )
    return threads.filter(pk=pk).first()


def thread_posts(*, thread: Thread, user, moderator: bool) -> QuerySet[Post]:
    """Posts of a thread in order; pending posts only for their author and
    moderators."""
    posts = Post.objects.filter(thread=thread)
    if not moderator:
        posts = posts.filter(Q(status=Post.Status.PUBLISHED) | Q(author=user))
    return posts.select_related("author", "hidden_by").order_by("created_at", "pk")


def is_following(*, user, forum: Forum | None = None, thread: Thread | None = None):
    if forum is not None:
        return Subscription.objects.filter(user=user, forum=forum).exists()
    return Subscription.objects.filter(user=user, thread=thread).exists()


def visible_posts_for(user) -> QuerySet[Post]:
    """Published, shown posts in the forums a person may read."""
    return Post.objects.filter(
        thread__forum__in=readable_forums(user),
        thread__is_published=True,
        status=Post.Status.PUBLISHED,
        deleted_at__isnull=True,
        hidden_at__isnull=True,
    )


def search_posts(*, user, query: str) -> QuerySet[Post]:
    """Find posts by text or thread title, only where the person may read."""
    return (
        visible_posts_for(user)
        .filter(Q(body__icontains=query) | Q(thread__title__icontains=query))
        .select_related("author", "thread", "thread__forum")
        .order_by("-created_at")
    )


def moderation_queue(user) -> dict:
    """Open reports, posts awaiting approval, join requests and proposals."""
    forums = moderated_forums(user)
    reports = list(
        Post.objects.filter(
            thread__forum__in=forums,
            reports__isnull=False,
            reports__resolved_at__isnull=True,
        )
        .select_related("author", "thread", "thread__forum")
        .distinct()
        .order_by("created_at")
    )
    open_reports = {}
    if reports:
        for report in Report.objects.filter(
            post__in=reports, resolved_at__isnull=True
        ).select_related("reporter"):
            open_reports.setdefault(report.post_id, []).append(report)
    for post in reports:
        post.open_reports = open_reports.get(post.pk, [])
    pending = list(
        Post.objects.filter(thread__forum__in=forums, status=Post.Status.PENDING)
        .select_related("author", "thread", "thread__forum")
        .order_by("created_at")
    )
    requests = list(
        Membership.objects.filter(
            forum__in=forums, status=Membership.Status.REQUESTED
        ).select_related("user", "forum")
    )
    proposals = (
        list(
            Forum.objects.filter(
                kind=Forum.Kind.GROUP, status=Forum.Status.PROPOSED
            ).select_related("founder")
        )
        if is_coordinator(user)
        else []
    )
    return {
        "reported_posts": reports,
        "pending_posts": pending,
        "join_requests": requests,
        "proposals": proposals,
    }


def notifications_for(user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related(
        "forum", "post", "post__thread", "post__author"
    )


def unread_notification_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def moderation_counts(user) -> dict | None:
    """How much waits in the moderation queue, or None for non-moderators."""
    forums = moderated_forums(user)
    if not forums.exists():
        return None
    counts = {
        "reports": Report.objects.filter(
            post__thread__forum__in=forums, resolved_at__isnull=True
        ).count(),
        "pending": Post.objects.filter(
            thread__forum__in=forums, status=Post.Status.PENDING
        ).count(),
        "proposals": Forum.objects.filter(
            kind=Forum.Kind.GROUP, status=Forum.Status.PROPOSED
        ).count()
        if is_coordinator(user)
        else 0,
    }
    counts["total"] = sum(counts.values())
    return counts


ROLE_BADGES = {
    "coordination": gettext_lazy("Koordination"),
    "moderation": gettext_lazy("Moderation"),
}


def attach_author_badges(forum: Forum, items) -> None:
    """Give each post or thread the role badge of its authors (one query).

    Coordinators and the forum's moderators (group moderators, the course's
    owner and trainers) carry a badge, so nobody can pass for them by name.
    Kept (cms.memo) until roles, memberships or the course's trainers change:
    the query that finds them cost more to build than the page's posts.
    """
    items = list(items)
    ids = {
        getattr(item, name)
        for item in items
        for name in ("author_id", "last_post_author_id")
        if getattr(item, name, None)
    }
    kinds = (
        memo.fragment(
            f"author-badges:{forum.pk}:{','.join(map(str, sorted(ids)))}",
            lambda: _author_badge_kinds(forum, ids),
        )
        if ids
        else {}
    )
    badges = {pk: ROLE_BADGES[kind] for pk, kind in kinds.items()}
    for item in items:
        item.author_badge = badges.get(getattr(item, "author_id", None), "")
        item.last_post_author_badge = badges.get(
            getattr(item, "last_post_author_id", None), ""
        )


def _author_badge_kinds(forum: Forum, ids: set[int]) -> dict[int, str]:
    """Return "coordination" or "moderation" for each author who carries a badge."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

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
        course = Forum._meta.get_field("course").related_model.objects.filter(
            pk=forum.course_id
        )
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
        pk: "coordination" if superuser or coord else "moderation"
        for pk, superuser, coord in rows
    }


def exchange_participants(user_ids) -> set[int]:
    """Return who of these people has a visible post in a topic group (one query)."""
    return set(
        Post.objects.filter(
            author_id__in=list(user_ids),
            status=Post.Status.PUBLISHED,
            deleted_at__isnull=True,
            hidden_at__isnull=True,
            thread__forum__kind=Forum.Kind.GROUP,
        )
        .values_list("author_id", flat=True)
        .distinct()
    )


# -- the moderation count in the header ------------------------------------------
# One cached map {person: items waiting for them}, rebuilt in a fixed number of
# queries after each change that alters it (a report, a post waiting or decided,
# a proposal, who moderates what). A page reads it with one cache lookup and no
# query; a person missing from the map has nothing waiting. After a cache flush
# the first page asks for a rebuild in the background and shows no count meanwhile.
TOTALS_KEY = "exchange:moderation:totals"
REFRESH_LOCK = "exchange:moderation:refreshing"


def moderation_totals() -> dict[int, int]:
    """Count per person what waits for their moderation (six queries)."""
    from collections import Counter

    from django.contrib.auth import get_user_model

    waiting: Counter = Counter()
    for forum_id, count in (
        Report.objects.filter(resolved_at__isnull=True)
        .values_list("post__thread__forum_id")
        .annotate(count=models.Count("pk"))
    ):
        waiting[forum_id] += count
    for forum_id, count in (
        Post.objects.filter(status=Post.Status.PENDING)
        .values_list("thread__forum_id")
        .annotate(count=models.Count("pk"))
    ):
        waiting[forum_id] += count
    proposals = Forum.objects.filter(
        kind=Forum.Kind.GROUP, status=Forum.Status.PROPOSED
    ).count()
    totals: Counter = Counter()
    if waiting:
        moderators: dict[int, set[int]] = {}
        for forum_id, user_id in Membership.objects.filter(
            forum_id__in=list(waiting),
            status=Membership.Status.ACTIVE,
            role=Membership.Role.MODERATOR,
        ).values_list("forum_id", "user_id"):
            moderators.setdefault(forum_id, set()).add(user_id)
        for forum_id, owner_id, trainer_id in Forum.objects.filter(
            pk__in=list(waiting), kind=Forum.Kind.COURSE
        ).values_list("pk", "course__owner_id", "course__trainers"):
            moderators.setdefault(forum_id, set()).update(
                {owner_id, trainer_id} - {None}
            )
        for forum_id, user_ids in moderators.items():
            for user_id in user_ids:
                totals[user_id] += waiting[forum_id]
    everything = sum(waiting.values()) + proposals
    if everything:
        for user_id in (
            get_user_model()
            .objects.filter(
                Q(groups__name=roles.COORDINATORS) | Q(is_superuser=True),
                is_active=True,
            )
            .values_list("pk", flat=True)
            .distinct()
        ):
            totals[user_id] = everything
    return {user_id: total for user_id, total in totals.items() if total}


def moderation_totals_refresh() -> dict[int, int]:
    from django.core.cache import cache

    totals = moderation_totals()
    cache.set(TOTALS_KEY, totals, None)
    cache.delete(REFRESH_LOCK)
    return totals


def cached_moderation_total(user) -> int:
    """How many items wait for this person's moderation: one cache lookup."""
    from django.core.cache import cache

    from cms import outbox

    totals = cache.get(TOTALS_KEY)
    if totals is None:
        if cache.add(REFRESH_LOCK, 1, 60):
            from exchange.tasks import moderation_totals_refresh_task

            outbox.refresh_after_commit(moderation_totals_refresh_task)
        return 0
    return totals.get(user.pk, 0)
