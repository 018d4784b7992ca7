"""Keep the header's moderation count fresh: any change that may alter what
waits for moderation, or who moderates, invalidates the cached counts."""

from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from exchange.models import Forum, Membership, Post, Report
from exchange.selectors import (
    CONTENT_VERSION,
    PEOPLE_VERSION,
    moderation_version_bump,
)


def _bump(key: str, **kwargs) -> None:
    transaction.on_commit(partial(moderation_version_bump, key))


def _content_changed(sender, **kwargs) -> None:
    _bump(CONTENT_VERSION)


def _people_changed(sender, **kwargs) -> None:
    _bump(PEOPLE_VERSION)
    _bump(CONTENT_VERSION)


def connect() -> None:
    from django.contrib.auth import get_user_model

    for model in (Post, Report):
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"mod-{model}")
        post_delete.connect(
            _content_changed, sender=model, dispatch_uid=f"mod-del-{model}"
        )
    for model in (Forum, Membership):
        post_save.connect(_people_changed, sender=model, dispatch_uid=f"mod-{model}")
        post_delete.connect(
            _people_changed, sender=model, dispatch_uid=f"mod-del-{model}"
        )
    # Roles are groups: joining or leaving the coordination changes who moderates.
    m2m_changed.connect(
        _people_changed,
        sender=get_user_model().groups.through,
        dispatch_uid="mod-groups",
    )
