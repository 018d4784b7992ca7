"""The home-page and "Mein Bereich" sections of the trainings app."""

from cms.i18n import localize_titles


def next_trainings_context(request) -> dict | None:
    from events import selectors

    events = selectors.next_trainings(limit=3)
    index = selectors.calendar_page()
    return {"events": events, "calendar": index}


def my_bookings_context(request) -> dict | None:
    from events import selectors
    from events.models import CalendarFeed

    user = request.user
    if not user.is_authenticated:
        return None
    return {
        **selectors.my_bookings(user),
        "trainer_events": localize_titles(selectors.trainer_events(user)),
        "feed_count": CalendarFeed.objects.filter(
            user=user, revoked_at__isnull=True
        ).count(),
        "calendar": selectors.calendar_page(),
    }


def open_evaluations_context(request) -> dict | None:
    """Trainings the person is asked to evaluate; nothing when there are none."""
    from events import selectors

    if not request.user.is_authenticated:
        return None
    items = selectors.open_evaluations(request.user)
    return {"evaluations": items} if items else None
