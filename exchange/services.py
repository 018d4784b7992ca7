"""Business rules of the exchange: groups, threads, posts, moderation, follows."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import hooks, outbox, ratelimit
from cms.errors import DomainError
from cms.models import unique_slug
from cms.validators import validate_plain_name
from exchange import selectors
from exchange.models import (
    BODY_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    REASON_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Forum,
    Frequency,
    Membership,
    ModerationAction,
    ModerationPreference,
    Notification,
    NotificationPreference,
    Post,
    ReadState,
    Report,
    Subscription,
    Thread,
)
from exchange.rendering import render_markdown


class ExchangeError(DomainError):
    """A rule of the exchange was broken; the message is shown to the person."""

    messages = {
        "not_allowed": _("Dafür fehlt Ihnen die Berechtigung."),
        "not_approved": _("Diese Themengruppe ist noch nicht freigegeben."),
        "already_decided": _("Über diesen Vorschlag wurde bereits entschieden."),
        "not_a_group": _("Das ist nur in Themengruppen möglich."),
        "locked": _("Dieses Thema ist geschlossen. Antworten sind nicht möglich."),
        "rate_limited": _(
            "Sie haben gerade viele Beiträge geschrieben. Bitte warten Sie eine "
            "Minute und versuchen Sie es dann noch einmal."
        ),
        "empty_body": _("Bitte schreiben Sie einen Text."),
        "body_too_long": _(
            "Ihr Beitrag ist zu lang. Erlaubt sind höchstens %(limit)s Zeichen."
        ),
        "empty_title": _("Bitte geben Sie einen Titel ein."),
        "title_too_long": _(
            "Der Titel ist zu lang. Erlaubt sind höchstens %(limit)s Zeichen."
        ),
        "description_too_long": _(
            "Die Beschreibung ist zu lang. Erlaubt sind höchstens %(limit)s Zeichen."
        ),
        "reason_required": _("Bitte nennen Sie einen Grund."),
        "reason_too_long": _(
            "Der Grund ist zu lang. Erlaubt sind höchstens %(limit)s Zeichen."
        ),
        "not_editable": _("Dieser Beitrag kann nicht mehr bearbeitet werden."),
        "already_reported": _("Sie haben diesen Beitrag bereits gemeldet."),
        "own_post": _("Eigene Beiträge können Sie nicht melden."),
        "not_pending": _("Dieser Beitrag wartet nicht auf Freigabe."),
        "already_member": _("Sie sind bereits Mitglied dieser Gruppe."),
        "not_member": _("Sie sind kein Mitglied dieser Gruppe."),
        "last_moderator": _(
            "Sie moderieren diese Gruppe als Einzige:r. Bitte sprechen Sie "
            "zuerst mit der Koordination."
        ),
        "invalid_title": _("Bitte verwenden Sie nur sichtbare Zeichen im Titel."),
    }


# --- checks shared by the services -------------------------------------------


def _check_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ExchangeError("empty_title")
    if len(title) > TITLE_MAX_LENGTH:
        raise ExchangeError("title_too_long", limit=TITLE_MAX_LENGTH)
    try:
        validate_plain_name(title)
    except ValidationError as error:
        raise ExchangeError("invalid_title") from error
    return title


def _check_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n")
    if not body.strip():
        raise ExchangeError("empty_body")
    if len(body) > BODY_MAX_LENGTH:
        raise ExchangeError("body_too_long", limit=BODY_MAX_LENGTH)
    return body


def _check_reason(reason: str, *, required: bool = True) -> str:
    reason = (reason or "").strip()
    if required and not reason:
        raise ExchangeError("reason_required")
    if len(reason) > REASON_MAX_LENGTH:
        raise ExchangeError("reason_too_long", limit=REASON_MAX_LENGTH)
    return reason


def _check_rate_limit(user) -> None:
    """Allow a few posts per minute and person (``RATE_LIMITS``)."""
    if not ratelimit.consume(action="exchange.post", key=f"user:{user.pk}"):
        raise ExchangeError("rate_limited")


def _require(allowed: bool) -> None:
    if not allowed:
        raise ExchangeError("not_allowed")


def _log(*, forum, actor, action: str, post=None, thread=None, reason: str = ""):
    ModerationAction.objects.create(
        forum=forum, post=post, thread=thread, actor=actor, action=action, reason=reason
    )
    log(
        instance=post or thread or forum,
        action=f"exchange.{action}",
        user=actor,
        data={"forum": forum.pk, "reason": reason},
    )


def _unique_slug(title: str, *, prefix: str = "") -> str:
    return unique_slug(
        prefix + title, queryset=Forum.objects.all(), max_length=120, fallback="gruppe"
    )


# --- forums and groups --------------------------------------------------------


def course_forum_ensure(*, course) -> Forum:
    """Return the forum of a course, creating it the first time."""
    forum = Forum.objects.filter(course=course).first()
    if forum is not None:
        return forum
    with transaction.atomic():
        forum = Forum.objects.create(
            kind=Forum.Kind.COURSE,
            course=course,
            title=course.title[:TITLE_MAX_LENGTH],
            slug=_unique_slug(course.slug, prefix="kurs-"),
            description=getattr(course, "summary", "")[:DESCRIPTION_MAX_LENGTH],
            visibility=Forum.Visibility.MEMBERS,
            status=Forum.Status.APPROVED,
        )
        log(instance=forum, action="exchange.course_forum_created", user=None)
    return forum


def group_propose(
    *,
    user,
    title: str,
    description: str,
    visibility: str,
    pre_moderation: bool = False,
) -> Forum:
    """Propose a topic group; the founder moderates it once it is approved."""
    title = _check_title(title)
    description = (description or "").strip()
    if len(description) > DESCRIPTION_MAX_LENGTH:
        raise ExchangeError("description_too_long", limit=DESCRIPTION_MAX_LENGTH)
    if visibility not in Forum.Visibility.values:
        visibility = Forum.Visibility.OPEN
    with transaction.atomic():
        forum = Forum.objects.create(
            kind=Forum.Kind.GROUP,
            title=title,
            slug=_unique_slug(title),
            description=description,
            visibility=visibility,
            pre_moderation=pre_moderation,
            status=Forum.Status.PROPOSED,
            founder=user,
        )
        Membership.objects.create(
            forum=forum, user=user, role=Membership.Role.MODERATOR
        )
        Subscription.objects.create(user=user, forum=forum)
        log(instance=forum, action="exchange.group_proposed", user=user)
    return forum


def group_decide(*, forum: Forum, actor, approve: bool, reason: str = "") -> Forum:
    """Approve or reject a proposed topic group (coordinators only)."""
    _require(selectors.is_coordinator(actor))
    if not forum.is_group:
        raise ExchangeError("not_a_group")
    reason = _check_reason(reason, required=False)
    with transaction.atomic():
        forum = Forum.objects.select_for_update().get(pk=forum.pk)
        if forum.status != Forum.Status.PROPOSED:
            raise ExchangeError("already_decided")
        forum.status = Forum.Status.APPROVED if approve else Forum.Status.REJECTED
        forum.decision_reason = reason
        forum.last_activity_at = timezone.now()
        forum.save(update_fields=["status", "decision_reason", "last_activity_at"])
        _log(
            forum=forum,
            actor=actor,
            action="group_approved" if approve else "group_rejected",
            reason=reason,
        )
        if forum.founder_id:
            Notification.objects.create(
                recipient_id=forum.founder_id,
                kind=Notification.Kind.GROUP_DECIDED,
                forum=forum,
            )
    return forum


def membership_join(*, forum: Forum, user) -> Membership:
    """Join an open group, or ask to join a members-only group."""
    if not forum.is_group:
        raise ExchangeError("not_a_group")
    if not forum.is_approved:
        raise ExchangeError("not_approved")
    status = Membership.Status.ACTIVE if forum.is_open else Membership.Status.REQUESTED
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            forum=forum, user=user, defaults={"status": status}
        )
        if not created:
            raise ExchangeError("already_member")
        if status == Membership.Status.ACTIVE:
            Subscription.objects.get_or_create(user=user, forum=forum, thread=None)
        selectors.forget_memberships(user)
        log(instance=forum, action=f"exchange.membership_{status}", user=user)
    return membership


def membership_leave(*, forum: Forum, user) -> None:
    """Leave a group (or withdraw a request); its follows end with it."""
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update()
            .filter(forum=forum, user=user)
            .first()
        )
        if membership is None:
            raise ExchangeError("not_member")
        if (
            membership.role == Membership.Role.MODERATOR
            and not Membership.objects.filter(
                forum=forum,
                role=Membership.Role.MODERATOR,
                status=Membership.Status.ACTIVE,
            )
            .exclude(pk=membership.pk)
            .exists()
            and forum.is_approved
        ):
            raise ExchangeError("last_moderator")
        membership.delete()
        selectors.forget_memberships(user)
        Subscription.objects.filter(user=user, forum=forum).delete()
        Subscription.objects.filter(user=user, thread__forum=forum).delete()
        log(instance=forum, action="exchange.membership_left", user=user)


def membership_request_decide(*, membership: Membership, actor, approve: bool) -> None:
    """Let a moderator accept or decline a request to join."""
    _require(selectors.can_moderate(actor, membership.forum))
    with transaction.atomic():
        if approve:
            membership.status = Membership.Status.ACTIVE
            membership.save(update_fields=["status"])
            Subscription.objects.get_or_create(
                user=membership.user, forum=membership.forum, thread=None
            )
        else:
            membership.delete()
        selectors.forget_memberships(membership.user)
        _log(
            forum=membership.forum,
            actor=actor,
            action="join_accepted" if approve else "join_declined",
            reason=str(membership.user.public_name),
        )


# --- threads and posts ------------------------------------------------------------


def _needs_approval(forum: Forum, user) -> bool:
    return forum.pre_moderation and not selectors.can_moderate(user, forum)


def _touch_thread(thread: Thread, post: Post) -> None:
    thread.last_post_at = post.created_at
    thread.last_post_author_id = post.author_id
    thread.reply_count = max(
        Post.objects.filter(thread=thread, status=Post.Status.PUBLISHED).count() - 1, 0
    )
    thread.save(update_fields=["last_post_at", "last_post_author", "reply_count"])
    Forum.objects.filter(pk=thread.forum_id).update(last_activity_at=post.created_at)


def _after_publish(post: Post) -> None:
    from exchange.tasks import post_notify_task

    outbox.enqueue(post_notify_task, post.pk)
    _participation_changed(post)


def _alert_moderators(post: Post, kind: str, actor) -> None:
    """Tell the forum's moderators at once (in the platform and by e-mail)."""
    from exchange.tasks import moderation_notify_task

    outbox.enqueue(
        moderation_notify_task,
        post.pk,
        kind,
        actor.pk,
        key=f"moderation:{kind}:{post.pk}",
    )


def _participation_changed(post: Post) -> None:
    """Tell the other apps (qualification paths) that a person's posts changed."""
    if post.author_id:
        hooks.call(hooks.PARTICIPATION_CHANGED, user=post.author)


def thread_create(*, forum: Forum, user, title: str, body: str) -> Thread:
    """Start a thread with its opening post; the author follows it."""
    _require(selectors.can_post(user, forum))
    title, body = _check_title(title), _check_body(body)
    _check_rate_limit(user)
    pending = _needs_approval(forum, user)
    with transaction.atomic():
        now = timezone.now()
        thread = Thread.objects.create(
            forum=forum,
            title=title,
            author=user,
            is_published=not pending,
            last_post_at=now,
            last_post_author=user,
        )
        post = Post.objects.create(
            thread=thread,
            author=user,
            body=body,
            html=render_markdown(body),
            status=Post.Status.PENDING if pending else Post.Status.PUBLISHED,
        )
        Subscription.objects.get_or_create(user=user, thread=thread, forum=None)
        if pending:
            _alert_moderators(post, Notification.Kind.AWAITING, user)
        else:
            Forum.objects.filter(pk=forum.pk).update(last_activity_at=now)
            _count_threads(forum)
            _after_publish(post)
        log(instance=thread, action="exchange.thread_created", user=user)
    return thread


def _count_threads(forum: Forum) -> None:
    Forum.objects.filter(pk=forum.pk).update(
        thread_count=Thread.objects.filter(forum=forum, is_published=True).count()
    )


def post_create(*, thread: Thread, user, body: str) -> Post:
    """Reply in a thread; the author then follows it."""
    forum = thread.forum
    _require(selectors.can_post(user, forum) and thread.is_published)
    if thread.locked and not selectors.can_moderate(user, forum):
        raise ExchangeError("locked")
    body = _check_body(body)
    _check_rate_limit(user)
    pending = _needs_approval(forum, user)
    with transaction.atomic():
        post = Post.objects.create(
            thread=thread,
            author=user,
            body=body,
            html=render_markdown(body),
            status=Post.Status.PENDING if pending else Post.Status.PUBLISHED,
        )
        Subscription.objects.get_or_create(user=user, thread=thread, forum=None)
        if pending:
            _alert_moderators(post, Notification.Kind.AWAITING, user)
        else:
            _touch_thread(thread, post)
            _after_publish(post)
        log(instance=post, action="exchange.post_created", user=user)
    return post


def post_edit(*, post: Post, user, body: str) -> Post:
    """Let the author change their post; others see that it was edited."""
    _require(post.author_id == user.pk and selectors.can_read(user, post.thread.forum))
    if post.deleted_at or post.hidden_at or post.status == Post.Status.REJECTED:
        raise ExchangeError("not_editable")
    body = _check_body(body)
    with transaction.atomic():
        post.body, post.html = body, render_markdown(body)
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "html", "edited_at"])
        log(instance=post, action="exchange.post_edited", user=user)
    return post


def post_delete(*, post: Post, user) -> Post:
    """Delete one's own post; a placeholder keeps the thread readable."""
    _require(post.author_id == user.pk)
    if post.deleted_at:
        return post
    with transaction.atomic():
        post.deleted_at = timezone.now()
        post.body, post.html = "", ""
        post.save(update_fields=["deleted_at", "body", "html"])
        log(instance=post, action="exchange.post_deleted", user=user)
        _participation_changed(post)
    return post


def post_report(*, post: Post, user, reason: str) -> Report:
    """Ask the moderators to look at a post."""
    _require(selectors.can_read(user, post.thread.forum) and post.is_visible)
    if post.author_id == user.pk:
        raise ExchangeError("own_post")
    reason = _check_reason(reason)
    try:
        with transaction.atomic():
            report = Report.objects.create(post=post, reporter=user, reason=reason)
            log(instance=post, action="exchange.post_reported", user=user)
            _alert_moderators(post, Notification.Kind.REPORTED, user)
    except IntegrityError as error:
        raise ExchangeError("already_reported") from error
    return report


def _resolve_reports(post: Post, actor) -> None:
    Report.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=actor
    )
    # An update sends no signal: the header's count is refreshed here.
    from exchange.signals import moderation_changed

    moderation_changed()


def post_hide(*, post: Post, actor, reason: str) -> Post:
    """Hide a post; the reason is shown in its place."""
    forum = post.thread.forum
    _require(selectors.can_moderate(actor, forum))
    reason = _check_reason(reason)
    with transaction.atomic():
        post.hidden_at, post.hidden_by, post.hidden_reason = (
            timezone.now(),
            actor,
            reason,
        )
        post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        _resolve_reports(post, actor)
        _participation_changed(post)
        _log(forum=forum, actor=actor, action="post_hidden", post=post, reason=reason)
        if post.author_id and post.author_id != actor.pk:
            Notification.objects.get_or_create(
                recipient_id=post.author_id,
                post=post,
                defaults={"kind": Notification.Kind.POST_MODERATED, "forum": forum},
            )
    return post


def post_unhide(*, post: Post, actor) -> Post:
    forum = post.thread.forum
    _require(selectors.can_moderate(actor, forum))
    with transaction.atomic():
        post.hidden_at, post.hidden_by, post.hidden_reason = None, None, ""
        post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
        _log(forum=forum, actor=actor, action="post_shown", post=post)
        _participation_changed(post)
    return post


def reports_dismiss(*, post: Post, actor) -> None:
    """Close the open reports of a post without hiding it."""
    forum = post.thread.forum
    _require(selectors.can_moderate(actor, forum))
    with transaction.atomic():
        _resolve_reports(post, actor)
        _log(forum=forum, actor=actor, action="reports_dismissed", post=post)


def post_approve(*, post: Post, actor) -> Post:
    """Publish a post that waited for approval (and its thread, if it opens one)."""
    thread = post.thread
    _require(selectors.can_moderate(actor, thread.forum))
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status != Post.Status.PENDING:
            raise ExchangeError("not_pending")
        post.status = Post.Status.PUBLISHED
        post.save(update_fields=["status"])
        if not thread.is_published:
            thread.is_published = True
            thread.save(update_fields=["is_published"])
            _count_threads(thread.forum)
        _touch_thread(thread, post)
        _log(forum=thread.forum, actor=actor, action="post_approved", post=post)
        _after_publish(post)
    return post


def post_reject(*, post: Post, actor, reason: str) -> Post:
    """Decline a waiting post; only its author sees it, with the reason."""
    thread = post.thread
    _require(selectors.can_moderate(actor, thread.forum))
    reason = _check_reason(reason)
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status != Post.Status.PENDING:
            raise ExchangeError("not_pending")
        post.status, post.hidden_reason = Post.Status.REJECTED, reason
        post.save(update_fields=["status", "hidden_reason"])
        _log(
            forum=thread.forum,
            actor=actor,
            action="post_rejected",
            post=post,
            reason=reason,
        )
        if post.author_id:
            Notification.objects.get_or_create(
                recipient_id=post.author_id,
                post=post,
                defaults={
                    "kind": Notification.Kind.POST_MODERATED,
                    "forum": thread.forum,
                },
            )
    return post


def thread_set_flags(
    *, thread: Thread, actor, pinned: bool | None = None, locked: bool | None = None
) -> Thread:
    """Pin or lock a thread (moderators only)."""
    _require(selectors.can_moderate(actor, thread.forum))
    with transaction.atomic():
        fields = []
        if pinned is not None:
            thread.pinned = pinned
            fields.append("pinned")
            action = "thread_pinned" if pinned else "thread_unpinned"
        if locked is not None:
            thread.locked = locked
            fields.append("locked")
            action = "thread_locked" if locked else "thread_unlocked"
        if fields:
            thread.save(update_fields=fields)
            _log(forum=thread.forum, actor=actor, action=action, thread=thread)
    return thread


# --- following, reading, notifications ------------------------------------------


def follow_set(
    *, user, follow: bool, forum: Forum | None = None, thread: Thread | None = None
) -> None:
    """Follow or stop following a forum or a thread."""
    _require(selectors.can_read(user, forum or thread.forum))
    lookup = {"forum": forum, "thread": None} if forum else {"thread": thread}
    lookup.setdefault("forum", None)
    with transaction.atomic():
        if follow:
            Subscription.objects.get_or_create(user=user, **lookup)
        else:
            Subscription.objects.filter(user=user, **lookup).delete()


def preference_set(*, user, frequency: str, forum: Forum | None = None) -> None:
    """Set how often email comes, in general (forum None) or for one forum."""
    if frequency not in Frequency.values:
        raise ExchangeError("not_allowed")
    with transaction.atomic():
        NotificationPreference.objects.update_or_create(
            user=user, forum=forum, defaults={"frequency": frequency}
        )


def moderation_preference_set(*, user, frequency: str) -> None:
    """Set how often someone who moderates hears of reports and waiting posts."""
    if frequency not in Frequency.values:
        raise ExchangeError("not_allowed")
    ModerationPreference.objects.update_or_create(
        user=user, defaults={"frequency": frequency}
    )


def preference_clear(*, user, forum: Forum) -> None:
    """Let a forum follow the general setting again."""
    NotificationPreference.objects.filter(user=user, forum=forum).delete()


def thread_mark_read(*, thread: Thread, user) -> None:
    """Note that ``user`` has read ``thread`` up to now.

    Every view of a thread comes here. A reader who has already read every
    post (``thread.reader_last_read_at``, from ``selectors.thread_for_pk``)
    writes nothing: the marker says up to when they have read, and that has
    not moved (so what is kept for the pages that show unread markers stays
    kept). A returning reader's row is updated in one statement, which needs
    no transaction of its own; only the first read inserts (and two first
    reads at once keep one row).
    """
    last_read = getattr(thread, "reader_last_read_at", None)
    if last_read is not None and last_read >= thread.last_post_at:
        return
    now = timezone.now()
    if ReadState.objects.filter(user=user, thread=thread).update(last_read_at=now):
        return
    ReadState.objects.bulk_create(
        [ReadState(user=user, thread=thread, last_read_at=now)],
        update_conflicts=True,
        unique_fields=["user", "thread"],
        update_fields=["last_read_at"],
    )


def notifications_mark_read(*, user, notification_ids: list[int] | None = None) -> int:
    notifications = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        notifications = notifications.filter(pk__in=notification_ids)
    return notifications.update(read_at=timezone.now())
