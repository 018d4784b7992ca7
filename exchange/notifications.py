"""Who hears about a new post, and the emails: immediate, daily digest,
one-click unsubscribe."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms import mail, roles
from cms.links import absolute_url
from exchange.models import (
    Forum,
    Frequency,
    Membership,
    ModerationPreference,
    Notification,
    NotificationPreference,
    Post,
    Subscription,
    exchange_url,
)
from exchange.rendering import find_mentions
from learning import selectors as learning_selectors

UNSUBSCRIBE_SALT = "exchange.unsubscribe"
GENERAL = 0  # the forum id in a token that means "all exchange email"


def forum_reader_ids(forum: Forum, candidate_ids: set[int]) -> set[int]:
    """Return those of the candidates who may read the forum, in two queries."""
    if not candidate_ids:
        return set()
    users = get_user_model().objects.filter(pk__in=candidate_ids, is_active=True)
    coordinators = Q(groups__name=roles.COORDINATORS) | Q(is_superuser=True)
    if forum.kind == Forum.Kind.COURSE:
        enrolled = learning_selectors.active_learner_ids(course_id=forum.course_id)
        allowed = Q(pk__in=enrolled) | Q(pk=forum.course.owner_id) | coordinators
    elif forum.is_open:
        allowed = Q()
    else:
        members = Membership.objects.filter(
            forum=forum, status=Membership.Status.ACTIVE
        ).values("user_id")
        allowed = Q(pk__in=members) | coordinators
    return set(users.filter(allowed).values_list("pk", flat=True).distinct())


def mention_candidates(forum: Forum, thread_id: int) -> dict[str, int]:
    """Return display name -> user id of the people one can mention here."""
    members = Membership.objects.filter(
        forum=forum, status=Membership.Status.ACTIVE
    ).values("user_id")
    people = Q(pk__in=members) | Q(forum_posts__thread_id=thread_id)
    if forum.kind == Forum.Kind.COURSE:
        enrolled = learning_selectors.active_learner_ids(course_id=forum.course_id)
        people |= Q(pk__in=enrolled) | Q(pk=forum.course.owner_id)
    return dict(
        get_user_model()
        .objects.filter(people)
        .exclude(display_name="")
        .values_list("display_name", "pk")
        .distinct()
    )


def effective_frequencies(user_ids: set[int], forum_id: int) -> dict[int, str]:
    """Return each person's email frequency for a forum (its own setting wins)."""
    frequencies = dict.fromkeys(user_ids, Frequency.IMMEDIATE)
    general, specific = {}, {}
    for user_id, pref_forum, frequency in NotificationPreference.objects.filter(
        Q(forum__isnull=True) | Q(forum_id=forum_id), user_id__in=user_ids
    ).values_list("user_id", "forum_id", "frequency"):
        (specific if pref_forum else general)[user_id] = frequency
    frequencies.update(general)
    frequencies.update(specific)
    return frequencies


def post_notify(*, post: Post) -> list[int]:
    """Create the in-app notifications for a published post; return the ids to
    email at once. Running it twice creates nothing new."""
    thread = post.thread
    forum = thread.forum
    if post.status != Post.Status.PUBLISHED or not thread.is_published:
        return []
    followers = set(
        Subscription.objects.filter(Q(thread=thread) | Q(forum=forum)).values_list(
            "user_id", flat=True
        )
    )
    names = mention_candidates(forum, thread.pk)
    mentioned = {names[name] for name in find_mentions(post.body, list(names))}
    recipients = forum_reader_ids(forum, followers | mentioned) - {post.author_id}
    if not recipients:
        return []
    is_opening = not Post.objects.filter(
        thread=thread, created_at__lt=post.created_at
    ).exists()
    default_kind = (
        Notification.Kind.NEW_THREAD if is_opening else Notification.Kind.REPLY
    )
    Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                post=post,
                forum=forum,
                kind=Notification.Kind.MENTION
                if user_id in mentioned
                else default_kind,
            )
            for user_id in recipients
        ],
        ignore_conflicts=True,
    )
    frequencies = effective_frequencies(recipients, forum.pk)
    immediate = [u for u, f in frequencies.items() if f == Frequency.IMMEDIATE]
    return list(
        Notification.objects.filter(
            post=post, recipient_id__in=immediate, emailed_at__isnull=True
        ).values_list("pk", flat=True)
    )


MODERATION_KINDS = (Notification.Kind.REPORTED, Notification.Kind.AWAITING)


def moderator_ids(forum: Forum) -> set[int]:
    """Everyone who moderates the forum: its moderators, the course's owner and
    trainers, and the coordination (one query)."""
    people = (
        Q(groups__name=roles.COORDINATORS)
        | Q(is_superuser=True)
        | Q(
            forum_memberships__forum=forum,
            forum_memberships__status=Membership.Status.ACTIVE,
            forum_memberships__role=Membership.Role.MODERATOR,
        )
    )
    if forum.kind == Forum.Kind.COURSE and forum.course_id:
        people |= Q(pk=forum.course.owner_id) | Q(taught_courses=forum.course_id)
    return set(
        get_user_model()
        .objects.filter(people, is_active=True)
        .values_list("pk", flat=True)
        .distinct()
    )


def moderation_frequencies(user_ids) -> dict[int, str]:
    """Each person's choice for moderation e-mails (immediately by default)."""
    frequencies = dict.fromkeys(user_ids, Frequency.IMMEDIATE)
    frequencies.update(
        ModerationPreference.objects.filter(user_id__in=list(user_ids)).values_list(
            "user_id", "frequency"
        )
    )
    return frequencies


def moderation_notify(*, post: Post, kind: str, actor_id: int | None) -> list[int]:
    """Tell the forum's moderators that a post was reported or waits for approval.

    Create the in-app notifications (once per person, post and kind) and
    return the ids to e-mail at once; a second run creates and returns nothing.
    """
    if kind not in MODERATION_KINDS:
        return []
    forum = post.thread.forum
    recipients = moderator_ids(forum) - {actor_id, post.author_id}
    if not recipients:
        return []
    Notification.objects.bulk_create(
        [
            Notification(recipient_id=user_id, post=post, forum=forum, kind=kind)
            for user_id in recipients
        ],
        ignore_conflicts=True,
    )
    frequencies = moderation_frequencies(recipients)
    immediate = [u for u, f in frequencies.items() if f == Frequency.IMMEDIATE]
    return list(
        Notification.objects.filter(
            post=post, kind=kind, recipient_id__in=immediate, emailed_at__isnull=True
        ).values_list("pk", flat=True)
    )


def _frequency_of(notification: Notification) -> str:
    user = notification.recipient
    if notification.kind in MODERATION_KINDS:
        return moderation_frequencies({user.pk})[user.pk]
    return effective_frequencies({user.pk}, notification.forum_id)[user.pk]


def unsubscribe_token(*, user_id: int, forum_id: int) -> str:
    return signing.dumps({"u": user_id, "f": forum_id}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(*, user_id: int, forum_id: int) -> str:
    token = unsubscribe_token(user_id=user_id, forum_id=forum_id)
    return absolute_url(reverse("exchange:unsubscribe", args=[token]))


def _context(**context) -> dict:
    return {**context, "settings_url": absolute_url(exchange_url("settings"))}


def unsubscribe(*, token: str) -> tuple[object, Forum | None]:
    """Stop the kind of email the token names; raise BadSignature if forged."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    user = get_user_model().objects.get(pk=data["u"])
    forum = Forum.objects.filter(pk=data["f"]).first() if data["f"] else None
    with transaction.atomic():
        NotificationPreference.objects.update_or_create(
            user=user, forum=forum, defaults={"frequency": Frequency.NEVER}
        )
        if forum is None:
            # The digest stops for every forum that had asked for it.
            NotificationPreference.objects.filter(
                user=user, frequency=Frequency.DAILY
            ).update(frequency=Frequency.NEVER)
    return user, forum


def notification_email_send(*, notification_id: int) -> bool:
    """Email one notification unless it was emailed already or is unwanted."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("recipient", "forum", "post__thread", "post__author")
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None or notification.post is None:
            return False
        user, forum = notification.recipient, notification.forum
        if _frequency_of(notification) != Frequency.IMMEDIATE:
            return False
        post = notification.post
        moderation = notification.kind in MODERATION_KINDS
        with mail.recipient_language(user):
            subject = _subject(notification)
        mail.mail(
            kind="exchange.notification",
            key=notification.pk,
            to=user,
            subject=subject,
            template="exchange/email/notification",
            context=_context(
                notification=notification,
                post=post,
                thread=post.thread,
                forum=forum,
                moderation=moderation,
                post_url=absolute_url(
                    exchange_url("moderation")
                    if moderation
                    else post.get_absolute_url()
                ),
            ),
            unsubscribe_url=None
            if moderation
            else unsubscribe_url(user_id=user.pk, forum_id=forum.pk),
        )
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def _subject(notification: Notification) -> str:
    thread = notification.post.thread
    if notification.kind == Notification.Kind.REPORTED:
        return _("Moderation: Beitrag gemeldet in %(forum)s") % {
            "forum": notification.forum.title
        }
    if notification.kind == Notification.Kind.AWAITING:
        return _("Moderation: Beitrag wartet auf Freigabe in %(forum)s") % {
            "forum": notification.forum.title
        }
    if notification.kind == Notification.Kind.MENTION:
        return _("Sie wurden erwähnt: %(title)s") % {"title": thread.title}
    if notification.kind == Notification.Kind.NEW_THREAD:
        return _("Neues Thema in %(forum)s: %(title)s") % {
            "forum": notification.forum.title,
            "title": thread.title,
        }
    return _("Neue Antwort: %(title)s") % {"title": thread.title}


def digest_recipient_ids() -> list[int]:
    """People with notifications still waiting for a digest."""
    return list(
        Notification.objects.filter(
            post__isnull=False,
            emailed_at__isnull=True,
            digested_at__isnull=True,
            read_at__isnull=True,
        )
        .order_by()
        .values_list("recipient_id", flat=True)
        .distinct()
    )


def digest_send(*, user_id: int) -> int:
    """Send one person's daily summary; return how many notifications it held."""
    user = get_user_model().objects.get(pk=user_id)
    with transaction.atomic():
        waiting = list(
            Notification.objects.select_for_update(of=("self",))
            .filter(
                recipient=user,
                post__isnull=False,
                emailed_at__isnull=True,
                digested_at__isnull=True,
                read_at__isnull=True,
            )
            .select_related("forum", "post__thread", "post__author")
            .order_by("forum__title", "created_at")
        )
        prefs = dict(
            NotificationPreference.objects.filter(user=user).values_list(
                "forum_id", "frequency"
            )
        )
        general = prefs.get(None, Frequency.IMMEDIATE)
        moderation = moderation_frequencies({user.pk})[user.pk]
        due = [
            n
            for n in waiting
            if (
                moderation
                if n.kind in MODERATION_KINDS
                else prefs.get(n.forum_id, general)
            )
            == Frequency.DAILY
        ]
        if not due:
            return 0
        with mail.recipient_language(user):
            subject = ngettext(
                "Ihre Zusammenfassung aus dem Austausch: %(count)s Neuigkeit",
                "Ihre Zusammenfassung aus dem Austausch: %(count)s Neuigkeiten",
                len(due),
            ) % {"count": len(due)}
        # The newest notification names this digest: a retry finds its key.
        mail.mail(
            kind="exchange.digest",
            key=user.pk,
            version=max(n.pk for n in due),
            to=user,
            subject=subject,
            template="exchange/email/digest",
            context=_context(
                notifications=due,
                notifications_url=absolute_url(exchange_url("notifications")),
            ),
            unsubscribe_url=unsubscribe_url(user_id=user.pk, forum_id=GENERAL),
        )
        Notification.objects.filter(pk__in=[n.pk for n in due]).update(
            digested_at=timezone.now()
        )
    return len(due)
