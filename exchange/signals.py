"""Keep the header's moderation count fresh: a change that alters what waits
for moderation, or who moderates, rebuilds the cached counts after commit."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from cms import outbox
from exchange.models import Forum, Membership, Post, Report


def moderation_changed() -> None:
    """Rebuild the counts once the transaction commits (in the background)."""
    from exchange.tasks import moderation_totals_refresh_task

    outbox.refresh_after_commit(moderation_totals_refresh_task)


def _any(sender, **kwargs) -> None:
    moderation_changed()


def _post_saved(sender, instance, created, update_fields, **kwargs) -> None:
    # Published posts change nothing; a waiting one, or a decision, does.
    if instance.status != Post.Status.PUBLISHED or (
        update_fields is not None and "status" in update_fields
    ):
        moderation_changed()


def _forum_saved(sender, instance, created, update_fields, **kwargs) -> None:
    if (
        instance.status == Forum.Status.PROPOSED
        or created
        or (update_fields is None or "status" in update_fields)
    ):
        moderation_changed()


def _membership_saved(sender, instance, created, update_fields, **kwargs) -> None:
    if instance.role == Membership.Role.MODERATOR or (
        update_fields is not None and {"role", "status"} & set(update_fields)
    ):
        moderation_changed()


def _groups_changed(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_"):
        moderation_changed()


def connect() -> None:
    from django.contrib.auth import get_user_model

    post_save.connect(_any, sender=Report, dispatch_uid="mod-report")
    post_delete.connect(_any, sender=Report, dispatch_uid="mod-report-del")
    post_save.connect(_post_saved, sender=Post, dispatch_uid="mod-post")
    post_delete.connect(_any, sender=Post, dispatch_uid="mod-post-del")
    post_save.connect(_forum_saved, sender=Forum, dispatch_uid="mod-forum")
    post_delete.connect(_any, sender=Forum, dispatch_uid="mod-forum-del")
    post_save.connect(_membership_saved, sender=Membership, dispatch_uid="mod-member")
    post_delete.connect(_any, sender=Membership, dispatch_uid="mod-member-del")
    # Roles are groups: joining or leaving the coordination changes who moderates.
    m2m_changed.connect(
        _groups_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="mod-groups",
    )
