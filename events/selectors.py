"""Reads for the calendar, the training pages, Mein Bereich and the feeds."""

from __future__ import annotations

import calendar as pycalendar
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, FloatField, Max, Prefetch, Q, QuerySet
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail.models import Site

from cms import memo
from cms.i18n import (
    default_language,
    in_default_locale,
    localize_snippets,
    localize_titles,
)
from cms.links import absolute_url as site_url
from cms.models import District, Topic
from cms.routing import absolute_route_url
from events.ical import CONFIRMED, PUBLIC, WAITING, Entry
from events.models import (
    ACCESSIBILITY_FEATURES,
    Attendance,
    Booking,
    CalendarFeed,
    EventPage,
    EventSession,
    ParticipationSummary,
    Venue,
)
from events.questions import has_digital_topic, is_full_day, questions_for

FEED_DAYS_BACK = 30
FEED_DAYS_AHEAD = 365
ACCESSIBILITY_KEYS = {key for key, _label in ACCESSIBILITY_FEATURES}


@dataclass
class CalendarFilters:
    """The calendar's filters, cleaned: unknown values are simply ignored."""

    format: str = ""
    dimension: str = ""
    topic: str = ""
    venue: int | None = None
    district: str = ""
    feature: str = ""
    free_seats: bool = False
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query) -> CalendarFilters:
        from cms.dimensions import Dimension

        def value(name: str) -> str:
            return (query.get(name) or "").strip()[:80]

        filters = cls()
        if value("format") in EventPage.Format.values:
            filters.format = value("format")
        if value("dimension") in Dimension.values:
            filters.dimension = value("dimension")
        filters.topic = value("thema")
        filters.district = value("stadtteil")
        if value("ort").isdigit() and len(value("ort")) < 10:
            filters.venue = int(value("ort"))
        if value("barrierefrei") in ACCESSIBILITY_KEYS:
            filters.feature = value("barrierefrei")
        filters.free_seats = value("freie_plaetze") in ("1", "on", "ja")
        return filters

    def apply(self, events: QuerySet) -> QuerySet:
        if self.format:
            events = events.filter(format=self.format)
        if self.dimension:
            events = events.filter(dimension=self.dimension)
        if self.topic:
            events = events.filter(topics__slug=self.topic)
        if self.venue is not None:
            events = events.filter(venue_id=self.venue)
        if self.district:
            # A training's own district comes first; without one, its venue's.
            events = events.filter(
                Q(district__slug=self.district)
                | Q(district__isnull=True, venue__district__slug=self.district)
            )
        if self.feature:
            events = events.filter(**{f"venue__{self.feature}": True})
        if self.free_seats:
            events = events.filter(
                Q(capacity__isnull=True) | Q(capacity__gt=F("confirmed_count")),
                is_cancelled=False,
            )
        return events.distinct() if self.topic else events

    @property
    def active(self) -> bool:
        return bool(
            self.format
            or self.dimension
            or self.topic
            or self.venue is not None
            or self.district
            or self.feature
            or self.free_seats
        )


def trainings() -> QuerySet[EventPage]:
    """Every training once: the German pages, never their translations.

    Sessions, bookings and attendance hang on the German page; every list,
    feed, reminder and report starts here (or filters with
    ``in_default_locale``), so a translated training is counted once.
    """
    return in_default_locale(EventPage.objects.all())


def events_with_counts() -> QuerySet:
    """Live trainings with their seat counts, venue, sessions and topics."""
    return (
        trainings()
        .live()
        .public()
        .select_related("venue", "venue__district")
        .prefetch_related(
            Prefetch("sessions", queryset=EventSession.objects.order_by("start")),
            "topics",
        )
        .annotate(
            confirmed_count=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.CONFIRMED)
            ),
            waiting_count=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.WAITING)
            ),
        )
    )


#: Trainings on one page of the calendar's list; more follow on the next page.
UPCOMING_PER_PAGE = 20


def upcoming_events(filters: CalendarFilters, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    events = filters.apply(events_with_counts().filter(ends_at__gte=now))
    return events.order_by("starts_at", "pk")


def _month_window(year: int, month: int) -> tuple[datetime, datetime]:
    """Return the local start of the month grid's first day and after its last.

    The grid shows whole weeks, so a few days of the months around it too.
    """
    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    zone = timezone.get_current_timezone()
    first, last = weeks[0][0], weeks[-1][-1] + timedelta(days=1)
    return (
        datetime.combine(first, datetime.min.time(), tzinfo=zone),
        datetime.combine(last, datetime.min.time(), tzinfo=zone),
    )


def past_events(filters: CalendarFilters, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    return filters.apply(events_with_counts().filter(ends_at__lt=now)).order_by(
        "-starts_at", "-pk"
    )


def free_seats(event: EventPage) -> int | None:
    """Return the free seats of an event annotated by events_with_counts()."""
    if event.capacity is None:
        return None
    return max(event.capacity - event.confirmed_count, 0)


def group_by_week(events: list) -> list[dict]:
    """Group events (sorted by start) into calendar weeks, Monday first."""
    weeks: list[dict] = []
    for event in events:
        local = timezone.localtime(event.starts_at)
        monday = local.date() - timedelta(days=local.weekday())
        if not weeks or weeks[-1]["monday"] != monday:
            weeks.append(
                {
                    "monday": monday,
                    "sunday": monday + timedelta(days=6),
                    "week": monday.isocalendar()[1],
                    "events": [],
                }
            )
        weeks[-1]["events"].append(event)
    return weeks


def month_grid(events: list, year: int, month: int) -> list[list[dict]]:
    """Return the weeks of a month, each day with the sessions on that day."""
    by_day: dict[date, list] = {}
    for event in events:
        for session in event.sessions.all():
            day = timezone.localtime(session.start).date()
            by_day.setdefault(day, []).append({"event": event, "session": session})
    weeks = []
    for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {
                    "date": day,
                    "in_month": day.month == month,
                    "entries": by_day.get(day, []),
                }
                for day in week
            ]
        )
    return weeks


def filter_options() -> dict:
    """Return the choices the calendar's filter form offers."""
    # One condition on the same training: live and German (not a translation).
    live = {"events__live": True, "events__locale__language_code": default_language()}
    return {
        # One query; one more for the names in another language than German.
        "topics": localize_snippets(
            in_default_locale(Topic.objects).filter(**live).distinct()
        ),
        "venues": list(Venue.objects.filter(**live).distinct()),
        "districts": list(
            District.objects.filter(Q(venues__isnull=False) | Q(**live)).distinct()
        ),
    }


def site_root_path() -> str:
    """Return the default site's root path, kept until a site or page changes.

    Every mail about a training links to it: a worker sending hundreds after a
    rush of bookings asked for the site and its root page each time.
    """
    return memo.fragment("events:site-root-path", _site_root_path)


def _site_root_path() -> str:
    site = Site.objects.filter(is_default_site=True).only("root_page").first()
    if site is None:
        return "/"
    return site.root_page.url_path


def absolute_url(event: EventPage, root_path: str) -> str:
    path = event.url_path
    if path.startswith(root_path):
        path = "/" + path[len(root_path) :]
    return site_url(path)


def calendar_page():
    from events.models import EventIndexPage

    return in_default_locale(EventIndexPage.objects.live()).first()


def absolute_url_of_calendar() -> str:
    """Return the calendar page's address, or the site's if there is none."""
    from events.models import EventIndexPage

    index = in_default_locale(EventIndexPage.objects.live()).only("url_path").first()
    if index is None:
        return site_url("/")
    return absolute_url(index, site_root_path())


def _feed_window(now: datetime, prefix: str = "") -> Q:
    """Sessions from 30 days back to a year ahead; a cancellation stays 30 days.

    Calendars that refreshed before a cancellation must still learn of it,
    even when the training's date has passed long ago.
    """
    back = now - timedelta(days=FEED_DAYS_BACK)
    ahead = now + timedelta(days=FEED_DAYS_AHEAD)
    return Q(**{f"{prefix}starts_at__lte": ahead}) & (
        Q(**{f"{prefix}ends_at__gte": back})
        | Q(**{f"{prefix}is_cancelled": True, f"{prefix}cancelled_at__gte": back})
    )


def feed_events(now: datetime | None = None) -> QuerySet:
    """Live trainings inside the feed window, cancelled ones included."""
    now = now or timezone.now()
    return (
        trainings()
        .live()
        .public()
        .filter(_feed_window(now))
        .select_related("venue", "venue__district")
        .prefetch_related(
            Prefetch("sessions", queryset=EventSession.objects.order_by("start"))
        )
        .order_by("starts_at", "pk")
    )


def public_feed_entries(filters: CalendarFilters, now=None) -> list[Entry]:
    events = feed_events(now)
    if filters.free_seats:
        events = events.annotate(
            confirmed_count=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.CONFIRMED)
            )
        )
    events = localize_titles(filters.apply(events), "summary")
    root = site_root_path()
    return [
        Entry(event=event, session=session, url=absolute_url(event, root))
        for event in events
        for session in event.sessions.all()
    ]


def event_entries(event: EventPage, audience: str = PUBLIC) -> list[Entry]:
    url = absolute_url(event, site_root_path())
    sessions = sorted(event.sessions.all(), key=lambda s: s.start)
    return [
        Entry(event=event, session=session, url=url, audience=audience)
        for session in sessions
    ]


def personal_feed_entries(user, now=None) -> list[Entry]:
    """Sessions of a person's active bookings, confirmed or waiting."""
    now = now or timezone.now()
    bookings = (
        Booking.objects.filter(user=user, status__in=Booking.ACTIVE)
        .filter(_feed_window(now, prefix="event__"), event__live=True)
        .select_related("event", "event__venue", "event__venue__district")
        .prefetch_related(
            Prefetch("event__sessions", queryset=EventSession.objects.order_by("start"))
        )
        .order_by("event__starts_at", "pk")
    )
    localize_titles([booking.event for booking in bookings], "summary")
    root = site_root_path()
    return [
        Entry(
            event=booking.event,
            session=session,
            url=absolute_url(booking.event, root),
            audience=CONFIRMED if booking.is_confirmed else WAITING,
        )
        for booking in bookings
        for session in booking.event.sessions.all()
    ]


FEED_VERSION_KEY = "events:feed-version"


def public_feed_fingerprint() -> tuple[str, datetime]:
    """Change marker and last change of the public feeds, read from the cache.

    A conditional GET is answered from this alone, without touching the
    database; every change to trainings or bookings replaces the marker.
    """
    version = cache.get(FEED_VERSION_KEY)
    if version is None:
        version = feed_version_bump()
    marker, changed = version
    # The feed's window moves daily.
    return f"{marker}-{timezone.localdate()}", changed


def feed_version_bump() -> tuple[str, datetime]:
    version = (uuid.uuid4().hex, timezone.now())
    cache.set(FEED_VERSION_KEY, version, None)
    return version


def personal_feed_fingerprint(user) -> tuple[str, datetime | None]:
    bookings = Booking.objects.filter(user=user).aggregate(
        changed=Max("updated_at"), count=Count("pk")
    )
    events = EventPage.objects.filter(bookings__user=user).aggregate(
        changed=Max("last_published_at")
    )
    marker = (
        f"{user.pk}-{bookings['changed']}-{bookings['count']}-"
        f"{events['changed']}-{timezone.localdate()}"
    )
    return marker, _latest(bookings["changed"], events["changed"])


def _latest(*values):
    present = [value for value in values if value is not None]
    return max(present) if present else None


def feed_for_token(token: str) -> CalendarFeed | None:
    """Return the live feed link for a token, or None; compared in constant time."""
    import hmac

    if not token or len(token) > 100:
        return None
    digest = CalendarFeed.hash_token(token)
    feed = (
        CalendarFeed.objects.filter(token_hash=digest, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if feed is None or not hmac.compare_digest(feed.token_hash, digest):
        return None
    if not feed.user.is_active:
        return None
    return feed


def waiting_position(booking: Booking) -> int:
    """Return the 1-based place of a waiting booking in its queue."""
    return (
        Booking.objects.filter(
            event_id=booking.event_id,
            status=Booking.Status.WAITING,
            queued_at__lte=booking.queued_at,
        )
        .exclude(queued_at=booking.queued_at, pk__gt=booking.pk)
        .count()
    )


def confirmed_count(event: EventPage) -> int:
    return Booking.objects.filter(event=event, status=Booking.Status.CONFIRMED).count()


def bookable_event(page_id: int, root_path: str) -> EventPage | None:
    """Return the live training a booking form names, in the site's tree.

    One query: it also answers what the training's standard questions need to
    know (a full-day session, the digital topic), so a booking reads neither.
    """
    from django.db.models import DurationField as Duration
    from django.db.models import Exists, ExpressionWrapper, OuterRef

    from events.questions import DIGITAL_TOPIC_SLUG, FULL_DAY

    length = ExpressionWrapper(F("end") - F("start"), output_field=Duration())
    sessions = EventSession.objects.filter(event=OuterRef("pk"))
    return (
        EventPage.objects.live()
        .filter(pk=page_id, path__startswith=root_path)
        .annotate(
            has_full_day_session=Exists(
                sessions.annotate(length=length).filter(
                    Q(all_day=True) | Q(length__gte=FULL_DAY)
                )
            ),
            has_digital_topic=Exists(
                EventPage.topics.through.objects.filter(
                    eventpage_id=OuterRef("pk"), topic__slug=DIGITAL_TOPIC_SLUG
                )
            ),
        )
        .first()
    )


def view_restrictions(event: EventPage) -> list:
    """Return the view restrictions of the training and its ancestors.

    What Wagtail's ``get_view_restrictions`` finds (an alias counts with the
    restrictions of its original), in one query instead of two.
    """
    from wagtail.models import PageViewRestriction

    step = EventPage.steplen
    paths = [event.path[:end] for end in range(step, len(event.path) + 1, step)]
    return list(
        PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()
    )


def user_booking(event: EventPage, user) -> Booking | None:
    if not user.is_authenticated:
        return None
    return Booking.objects.filter(
        event=event, user=user, status__in=Booking.ACTIVE
    ).first()


def my_bookings(user, now: datetime | None = None) -> dict:
    """Upcoming bookings, waiting-list places and past trainings of one person."""
    now = now or timezone.now()
    bookings = list(
        Booking.objects.filter(user=user, status__in=Booking.ACTIVE, event__live=True)
        .select_related("event", "event__venue", "event__venue__district")
        .prefetch_related(
            Prefetch(
                "event__sessions", queryset=EventSession.objects.order_by("start")
            ),
            Prefetch(
                "attendances", queryset=Attendance.objects.select_related("session")
            ),
        )
        .order_by("event__starts_at", "pk")
    )
    localize_titles([booking.event for booking in bookings])
    waiting = [b for b in bookings if b.is_waiting and not b.event.is_past(now)]
    if waiting:
        positions = _waiting_positions([b.event_id for b in waiting])
        for booking in waiting:
            booking.position = positions.get(booking.pk)
    held = [b for b in bookings if b.is_confirmed and b.event.is_past(now)]
    for booking in held:
        states = {a.session_id: a.state for a in booking.attendances.all()}
        booking.session_states = [
            {
                "session": session,
                "state": states.get(session.pk, Attendance.State.REGISTERED),
            }
            for session in booking.event.sessions.all()
        ]
    return {
        "upcoming": [b for b in bookings if b.is_confirmed and b not in held],
        "waiting": waiting,
        "past": held[::-1],
    }


def _waiting_positions(event_ids: list[int]) -> dict[int, int]:
    """Return the queue position of every waiting booking of these events."""
    positions: dict[int, int] = {}
    counters: dict[int, int] = {}
    rows = (
        Booking.objects.filter(event_id__in=event_ids, status=Booking.Status.WAITING)
        .order_by("event_id", "queued_at", "pk")
        .values_list("pk", "event_id")
    )
    for pk, event_id in rows:
        counters[event_id] = counters.get(event_id, 0) + 1
        positions[pk] = counters[event_id]
    return positions


def participants(event: EventPage) -> dict:
    """Confirmed participants (with attendance) and the waiting list of a training.

    Once the list is anonymised (a year after the training) only its counts remain.
    """
    summary = ParticipationSummary.objects.filter(event=event).first()
    if summary is not None:
        return {"confirmed": [], "waiting": [], "sessions": [], "summary": summary}
    bookings = list(
        Booking.objects.filter(event=event, status__in=Booking.ACTIVE)
        .select_related("user", "user__district", "contact")
        .prefetch_related("attendances", "answers")
        .order_by("queued_at", "pk")
    )
    sessions = list(event.sessions.order_by("start"))
    sheet_keys = {q.key for q in questions_for(event) if q.on_sign_in_sheet}
    for booking in bookings:
        booking.answer_list = list(booking.answers.all())
        booking.sheet_answers = [
            a for a in booking.answer_list if a.question_key in sheet_keys
        ]
    confirmed = sorted(
        (b for b in bookings if b.is_confirmed),
        key=lambda b: (b.person_name.lower(), b.pk),
    )
    for booking in confirmed:
        states = {a.session_id: a for a in booking.attendances.all()}
        booking.session_states = [
            {
                "session": session,
                "state": states[session.pk].state
                if session.pk in states
                else Attendance.State.REGISTERED,
            }
            for session in sessions
        ]
    waiting = [b for b in bookings if b.is_waiting]
    for position, booking in enumerate(waiting, start=1):
        booking.position = position
    return {
        "confirmed": confirmed,
        "waiting": waiting,
        "sessions": sessions,
        "sheet_has_answers": any(b.sheet_answers for b in confirmed),
    }


def people_search(query: str, *, limit: int) -> tuple[list, list]:
    """Find accounts and contacts without an account by name, e-mail or phone."""
    from django.contrib.auth import get_user_model

    from events.models import BookingContact

    if len(query) < 2:
        return [], []
    accounts = list(
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(email__icontains=query)
            | Q(display_name__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
        )
        .order_by("last_name", "first_name", "pk")[:limit]
    )
    contacts = list(
        BookingContact.objects.exclude(consent_note="")
        .filter(
            Q(name__icontains=query)
            | Q(email__icontains=query)
            | Q(phone__icontains=query)
        )
        .order_by("name", "pk")[:limit]
    )
    return accounts, contacts


def trainer_events(user, now: datetime | None = None) -> QuerySet:
    """Trainings a trainer runs that are not long over."""
    now = now or timezone.now()
    return (
        trainings()
        .filter(trainers=user, live=True)
        .filter(ends_at__gte=now - timedelta(days=14))
        .order_by("starts_at")
    )


def next_trainings(limit: int = 3, now: datetime | None = None) -> list:
    now = now or timezone.now()
    return localize_titles(
        events_with_counts()
        .filter(starts_at__gte=now, is_cancelled=False)
        .order_by("starts_at", "pk")[:limit]
    )


def attended_trainings_per_dimension(user) -> dict[str, int]:
    """Count the trainings a person attended, per sense-of-coherence dimension."""
    rows = (
        trainings()
        .live()
        .exclude(dimension="")
        .filter(
            bookings__user=user,
            bookings__attendances__state=Attendance.State.ATTENDED,
        )
        .values("dimension")
        .annotate(count=Count("pk", distinct=True))
    )
    return {row["dimension"]: row["count"] for row in rows}


def attended_trainings_text(count: int) -> str:
    return ngettext(
        "%(count)s besuchte Schulung", "%(count)s besuchte Schulungen", count
    ) % {"count": count}


def waiting_list_demand(*, limit: int = 20, now: datetime | None = None) -> list:
    """Return upcoming trainings with a waiting list, longest per seat first."""
    now = now or timezone.now()
    waiting = Count("bookings", filter=Q(bookings__status=Booking.Status.WAITING))
    return list(
        trainings()
        .live()
        .filter(is_cancelled=False, capacity__gt=0, starts_at__gt=now)
        .select_related("venue")
        .only("id", "title", "starts_at", "capacity", "format", "venue__name")
        .annotate(
            waiting_count=waiting,
            confirmed_count=Count(
                "bookings", filter=Q(bookings__status=Booking.Status.CONFIRMED)
            ),
        )
        .filter(waiting_count__gt=0)
        .annotate(
            waiting_ratio=Cast("waiting_count", FloatField())
            / Cast("capacity", FloatField())
        )
        .order_by("-waiting_ratio", "-waiting_count", "starts_at", "pk")[:limit]
    )


def user_attended_training_for_course(user, course) -> bool:
    """Tell whether a person attended a live, held training linked to a course."""
    return Attendance.objects.filter(
        booking__user=user,
        booking__status=Booking.Status.CONFIRMED,
        state=Attendance.State.ATTENDED,
        booking__event__live=True,
        booking__event__is_cancelled=False,
        booking__event__related_courses=course,
    ).exists()


def trainings_attended(user_ids) -> list:
    """Return what each of these people attended, for qualification paths.

    Two queries whatever the number of people: the attendances, then the
    trainings' topics.
    """
    from cms.hooks import AttendedTraining

    rows = list(
        Attendance.objects.filter(
            booking__user_id__in=list(user_ids),
            booking__status=Booking.Status.CONFIRMED,
            state=Attendance.State.ATTENDED,
            booking__event__live=True,
            booking__event__is_cancelled=False,
        )
        .values_list(
            "booking__user_id",
            "booking__event_id",
            "booking__event__title",
            "booking__event__dimension",
        )
        .distinct()
    )
    event_ids = {row[1] for row in rows}
    topics: dict[int, set[int]] = {}
    for event_id, topic_id in EventPage.topics.through.objects.filter(
        eventpage_id__in=event_ids
    ).values_list("eventpage_id", "topic_id"):
        topics.setdefault(event_id, set()).add(topic_id)
    return [
        AttendedTraining(
            user_id=user_id,
            training_id=event_id,
            title=title,
            dimension=dimension,
            topic_ids=frozenset(topics.get(event_id, ())),
        )
        for user_id, event_id, title, dimension in rows
    ]


def live_trainings() -> QuerySet[EventPage]:
    """Return every published training, cancelled ones included."""
    return trainings().live()


def running_trainings() -> QuerySet[EventPage]:
    """Return the published trainings that are not cancelled."""
    return trainings().filter(live=True, is_cancelled=False)


# Pages ----------------------------------------------------------------------

MONTH_VIEW = "monat"
FILTER_PARAMETERS = (
    "format",
    "dimension",
    "thema",
    "stadtteil",
    "ort",
    "barrierefrei",
    "freie_plaetze",
)


def calendar_context(*, index_page, params: QueryDict) -> dict:
    """Return what the calendar page shows: list by week, month grid or archive."""
    filters = CalendarFilters.from_query(params)
    context = {
        "filters": filters,
        "options": filter_options(),
        "formats": EventPage.Format.choices,
        "features": ACCESSIBILITY_FEATURES,
        "query": _query_without(params, "seite", "monat"),
        "feed_url": _feed_url(index_page, params),
    }
    if params.get("archiv") == "1":
        paginator = Paginator(past_events(filters), 20)
        try:
            page_obj = paginator.page(params.get("seite", 1))
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        page_obj.object_list = localize_titles(page_obj.object_list)
        context.update(view="archiv", page_obj=page_obj)
        return context
    # Only what is shown is read: the month's trainings, or one page of the
    # list, however many trainings the calendar holds.
    events = upcoming_events(filters)
    if params.get("ansicht") == MONTH_VIEW:
        year, month = _month(params.get("monat", ""))
        begins, ends = _month_window(year, month)
        shown = events.filter(starts_at__lt=ends, ends_at__gte=begins)
        context.update(
            view=MONTH_VIEW,
            month=date(year, month, 1),
            previous_month=_shift(year, month, -1),
            next_month=_shift(year, month, 1),
            grid=month_grid(localize_titles(shown), year, month),
        )
        return context
    paginator = Paginator(events, UPCOMING_PER_PAGE)
    try:
        page_obj = paginator.page(params.get("seite", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    page_obj.object_list = localize_titles(page_obj.object_list)
    context.update(view="liste", page_obj=page_obj, weeks=group_by_week(list(page_obj)))
    return context


def public_feed_url(index_page=None) -> str | None:
    """Return the public feed's address, or None when there is no calendar."""
    index_page = index_page or calendar_page()
    return None if index_page is None else absolute_route_url(index_page, "feed")


def _feed_url(index_page, params: QueryDict) -> str:
    """Return the feed address, with the calendar's current filters."""
    query = params.copy()
    for name in list(query):
        if name not in FILTER_PARAMETERS or not query.get(name):
            query.pop(name)
    url = public_feed_url(index_page)
    return f"{url}?{query.urlencode()}" if query else url


def _month(value: str) -> tuple[int, int]:
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in value.split("-"))
        if 2000 <= year <= 2100 and 1 <= month <= 12:
            return year, month
    except ValueError:
        pass
    return today.year, today.month


def _shift(year: int, month: int, delta: int) -> str:
    month += delta
    if month == 0:
        year, month = year - 1, 12
    elif month == 13:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}"


def _query_without(params: QueryDict, *names: str) -> str:
    query = params.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def _event_shape(event: EventPage, *, kept: bool) -> tuple[list, list, list]:
    """A training's sessions, topics and questions."""
    # Read once: the page lists them, and the standard questions ask whether a
    # session lasts the whole day and whether a topic is the digital one.
    if kept:
        # Without the page attached to each session (it is not kept).
        sessions = EventSession.objects.filter(event_id=event.pk).order_by("start")
    else:
        sessions = event.sessions.order_by("start")
    sessions = list(sessions)
    topics = list(event.topics.all())
    event.has_full_day_session = is_full_day(sessions)
    event.has_digital_topic = has_digital_topic(topics)
    return sessions, topics, questions_for(event)


def _booking_counts(event: EventPage) -> dict:
    return Booking.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=Booking.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
    )


def event_detail(*, event: EventPage, user, kept: bool = True) -> dict:
    """Return what a training's page shows to this visitor.

    ``kept``: the training's sessions, topics and questions may come from
    what is kept (cms.memo); not for a preview, which shows a draft under the
    page's own id.
    """
    # The rules (who manages, whether it is bookable) stay in services.
    from events import services

    if kept and user.is_authenticated:
        # One's own booking and the training's counts: kept (cms.memo) until
        # any booking changes.
        booking, counts = memo.fragment(
            f"events:booking-and-counts:{event.pk}",
            lambda: (user_booking(event, user), _booking_counts(event)),
            user=user,
        )
    else:
        booking, counts = user_booking(event, user), _booking_counts(event)
    if booking is not None:
        # The page at hand: its links (cancel) need not read it again.
        booking.event = event
    if kept:
        sessions, topics, questions = memo.fragment(
            f"events:shape:{event.pk}", lambda: _event_shape(event, kept=True)
        )
        event.has_full_day_session = is_full_day(sessions)
        event.has_digital_topic = has_digital_topic(topics)
    else:
        sessions, topics, questions = _event_shape(event, kept=False)
    if event.venue_id is not None and not EventPage.venue.is_cached(event):
        # Places change seldom: kept (cms.memo) until a venue or district moves.
        event.venue = memo.fragment(
            f"venue:{event.venue_id}",
            lambda: Venue.objects.select_related("district").get(pk=event.venue_id),
        )
    confirmed = counts["confirmed"]
    context = {
        "sessions": sessions,
        "topics": topics,
        "booking": booking,
        "confirmed_count": confirmed,
        "free_seats": None
        if event.capacity is None
        else max(event.capacity - confirmed, 0),
        "waiting_count": counts["waiting"],
        "show_access": booking is not None and booking.is_confirmed,
        "can_manage": user.is_authenticated and services.can_manage_event(user, event),
        "closed_reason": None,
        "questions": questions,
        # Shown only beside the questions asked.
        "answers": list(booking.answers.all()) if booking and questions else [],
    }
    if booking is not None and booking.is_waiting:
        context["position"] = waiting_position(booking)
    try:
        services.check_bookable(event, timezone.now())
    except services.BookingError as error:
        context["closed_reason"] = error.message
    return context


# -- Evaluations -----------------------------------------------------------------


def attended_user_ids(event: EventPage) -> list[int]:
    """Return everyone recorded as attended at any session of a training."""
    return list(
        Booking.objects.filter(
            event=event, attendances__state=Attendance.State.ATTENDED
        )
        .values_list("user_id", flat=True)
        .distinct()
    )


def trainings_due_for_evaluation(*, now: datetime, lookback) -> QuerySet:
    """Trainings whose last session ended lately and that have no survey yet."""
    from cms.questionnaires import Survey

    asked = Survey.objects.filter(subject="events.eventpage").values("object_id")
    return (
        trainings()
        .live()
        .filter(is_cancelled=False, ends_at__lte=now, ends_at__gte=now - lookback)
        .exclude(pk__in=asked)
        .order_by("ends_at", "pk")
    )


def open_evaluations(user, now: datetime | None = None) -> list[dict]:
    """Return a person's open invitations with their trainings, in 2 queries."""
    from cms.questionnaires import open_invitations

    invitations = open_invitations(user, "events.eventpage", now=now)
    events = EventPage.objects.in_bulk([i.survey.object_id for i in invitations])
    localize_titles(events.values())
    return [
        {"invitation": invitation, "event": events[invitation.survey.object_id]}
        for invitation in invitations
        if invitation.survey.object_id in events
    ]
