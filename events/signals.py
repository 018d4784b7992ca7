"""Keep the feeds' change marker fresh whenever trainings or bookings change."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_unpublished

from cms.models import Topic
from events.models import Booking, EventPage, EventSession, Venue


def _bump(**kwargs) -> None:
    from events.selectors import feed_version_bump

    # After commit: a request in between must not cache old data as new.
    transaction.on_commit(feed_version_bump)


def connect() -> None:
    for model in (EventPage, EventSession, Booking, Venue, Topic):
        post_save.connect(_bump, sender=model, dispatch_uid=f"feed-{model.__name__}")
        post_delete.connect(
            _bump, sender=model, dispatch_uid=f"feed-del-{model.__name__}"
        )
    m2m_changed.connect(
        _bump, sender=EventPage.topics.through, dispatch_uid="feed-topics"
    )
    page_unpublished.connect(_bump, dispatch_uid="feed-unpublished")
