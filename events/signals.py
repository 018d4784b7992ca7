"""Keep the feeds' change marker fresh whenever trainings or bookings change."""

from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import outbox
from cms.i18n import is_in_default_locale
from cms.models import Topic
from events.models import Booking, EventIndexPage, EventPage, EventSession, Venue


def _bump(**kwargs) -> None:
    from events.selectors import feed_version_bump

    # After commit: a request in between must not cache old data as new.
    transaction.on_commit(feed_version_bump)


def _training_unpublished(sender, instance, **kwargs) -> None:
    """Tell the people booked on a training taken offline, after commit."""
    # A translation going offline takes only its text away: nobody is told.
    if isinstance(instance, EventPage) and is_in_default_locale(instance):
        from events import tasks

        # Once per unpublishing, so calendars accept the attached cancellation.
        EventPage.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
        outbox.enqueue(tasks.event_changed_task, instance.pk, ["unpublished"])


def _email_confirmed(sender, request, email_address, **kwargs) -> None:
    """Move bookings made by phone to the account that confirmed the address."""
    from events.services import contact_bookings_claim

    if email_address.verified and email_address.primary:
        contact_bookings_claim(user=email_address.user, email=email_address.email)


def _training_published(sender, instance, **kwargs) -> None:
    """Tell the other apps (training requests) that a training went live."""
    if isinstance(instance, EventPage) and is_in_default_locale(instance):
        from cms import hooks

        revision = kwargs.get("revision")
        user = getattr(revision, "user", None) if revision is not None else None
        hooks.call(hooks.TRAINING_PUBLISHED, training=instance, user=user)


def connect() -> None:
    from allauth.account.signals import email_confirmed

    email_confirmed.connect(_email_confirmed, dispatch_uid="events-contact-claim")
    # The calendar page too: renaming or moving it changes every address.
    for model in (EventIndexPage, EventPage, EventSession, Booking, Venue, Topic):
        post_save.connect(_bump, sender=model, dispatch_uid=f"feed-{model.__name__}")
        post_delete.connect(
            _bump, sender=model, dispatch_uid=f"feed-del-{model.__name__}"
        )
    m2m_changed.connect(
        _bump, sender=EventPage.topics.through, dispatch_uid="feed-topics"
    )
    page_unpublished.connect(_bump, dispatch_uid="feed-unpublished")
    page_unpublished.connect(
        _training_unpublished, dispatch_uid="events-training-unpublished"
    )
    post_page_move.connect(_bump, dispatch_uid="feed-moved")
    page_published.connect(
        _training_published, dispatch_uid="events-training-published"
    )
