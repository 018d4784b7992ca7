"""Views of the trainings: booking, cancelling, check-in, lists, feeds."""

from __future__ import annotations

import hashlib
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import (
    http_date,
    parse_etags,
    parse_http_date_safe,
    quote_etag,
)
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.links import absolute_url
from cms.spreadsheets import csv_download
from events import ical, selectors, services
from events.forms import CalendarFeedForm, TrainerMessageForm
from events.models import Attendance, Booking, CalendarFeed, EventPage, EventSession

MONTH_VIEW = "monat"


def calendar_context(request: HttpRequest, index_page) -> dict:
    """Return what the calendar page shows: list by week, month grid or archive."""
    filters = selectors.CalendarFilters.from_query(request.GET)
    context = {
        "filters": filters,
        "options": selectors.filter_options(),
        "formats": EventPage.Format.choices,
        "features": selectors.ACCESSIBILITY_FEATURES,
        "query": _query_without(request, "seite", "monat"),
        "feed_url": _feed_url(request),
    }
    if request.GET.get("archiv") == "1":
        paginator = Paginator(selectors.past_events(filters), 20)
        try:
            page_obj = paginator.page(request.GET.get("seite", 1))
        except (PageNotAnInteger, EmptyPage):
            page_obj = paginator.page(1)
        context.update(view="archiv", page_obj=page_obj)
        return context
    events = selectors.upcoming_events(filters)
    if request.GET.get("ansicht") == MONTH_VIEW:
        year, month = _month(request.GET.get("monat", ""))
        context.update(
            view=MONTH_VIEW,
            month=date(year, month, 1),
            previous_month=_shift(year, month, -1),
            next_month=_shift(year, month, 1),
            grid=selectors.month_grid(events, year, month),
        )
        return context
    context.update(view="liste", weeks=selectors.group_by_week(events))
    return context


FILTER_PARAMETERS = (
    "format",
    "dimension",
    "thema",
    "stadtteil",
    "ort",
    "barrierefrei",
    "freie_plaetze",
)


def _feed_url(request: HttpRequest) -> str:
    """Return the feed address, with the calendar's current filters."""
    query = request.GET.copy()
    for name in list(query):
        if name not in FILTER_PARAMETERS or not query.get(name):
            query.pop(name)
    url = absolute_url(reverse("events:feed"))
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


def _query_without(request: HttpRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def event_context(request: HttpRequest, event: EventPage) -> dict:
    """Return what a training's page shows to this visitor."""
    booking = selectors.user_booking(event, request.user)
    confirmed = services.confirmed_count(event)
    context = {
        "sessions": list(event.sessions.order_by("start")),
        "booking": booking,
        "confirmed_count": confirmed,
        "free_seats": None
        if event.capacity is None
        else max(event.capacity - confirmed, 0),
        "waiting_count": event.bookings.filter(status=Booking.Status.WAITING).count(),
        "show_access": booking is not None and booking.is_confirmed,
        "can_manage": request.user.is_authenticated
        and services.can_manage_event(request.user, event),
        "closed_reason": None,
    }
    if booking is not None and booking.is_waiting:
        context["position"] = selectors.waiting_position(booking)
    try:
        services.check_bookable(event, timezone.now())
    except services.BookingError as error:
        context["closed_reason"] = error.message
    return context


def _live_event(pk: int) -> EventPage:
    return get_object_or_404(EventPage.objects.live().public(), pk=pk)


@require_POST
@login_required
def book(request: HttpRequest, pk: int) -> HttpResponse:
    event = _live_event(pk)
    try:
        booking = services.booking_create(
            event=event, user=request.user, actor=request.user
        )
    except services.BookingError as error:
        messages.error(request, error.message)
        return redirect(event.url)
    if booking.is_confirmed:
        messages.success(
            request,
            _("Sie sind angemeldet. Eine Bestätigung ist per E-Mail unterwegs."),
        )
    else:
        messages.info(
            request,
            _(
                "Die Schulung ist ausgebucht. Sie stehen auf Platz %(position)s der "
                "Warteliste."
            )
            % {"position": selectors.waiting_position(booking)},
        )
    return redirect(event.url)


@require_POST
@login_required
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    # Someone else's booking is simply not found.
    booking = get_object_or_404(
        Booking.objects.select_related("event"), pk=pk, user=request.user
    )
    try:
        services.booking_cancel(booking=booking, actor=request.user)
    except services.BookingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Sie haben sich abgemeldet."))
    target = request.POST.get("next", "")
    if target == "dashboard":
        return redirect("dashboard")
    return redirect(booking.event.url or "dashboard")


def posted_id(request: HttpRequest, name: str) -> int:
    """Return a posted row id, or 0 (which matches nothing) for anything else."""
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() and len(value) < 19 else 0


def _managed_event(request: HttpRequest, pk: int) -> EventPage:
    """Return a training the current user manages; 404 for anyone else."""
    event = get_object_or_404(EventPage, pk=pk)
    if not services.can_manage_event(request.user, event):
        raise Http404
    return event


@login_required
def participants(request: HttpRequest, pk: int) -> HttpResponse:
    event = _managed_event(request, pk)
    return render(
        request,
        "events/participants.html",
        {"event": event, **selectors.participants(event)},
    )


@login_required
def check_in(request: HttpRequest, pk: int, session_id: int) -> HttpResponse:
    """The phone-friendly check-in list of one session."""
    event = _managed_event(request, pk)
    session = get_object_or_404(EventSession, pk=session_id, event=event)
    if request.method == "POST":
        booking = Booking.objects.filter(
            pk=posted_id(request, "booking"), event=event
        ).first()
        if booking is None:
            messages.error(request, _("Diese Anmeldung gibt es nicht."))
        else:
            try:
                services.attendance_record(
                    session=session,
                    booking=booking,
                    state=request.POST.get("state", ""),
                    actor=request.user,
                )
            except services.BookingError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("%(name)s: gespeichert.") % {"name": booking.user.public_name},
                )
        return redirect(request.path + f"#person-{booking.pk if booking else ''}")
    data = selectors.participants(event)
    rows = []
    for booking in data["confirmed"]:
        state = next(
            s["state"] for s in booking.session_states if s["session"].pk == session.pk
        )
        rows.append({"booking": booking, "state": state})
    return render(
        request,
        "events/check_in.html",
        {
            "event": event,
            "session": session,
            "rows": rows,
            "states": Attendance.State.choices,
            "attended": sum(r["state"] == Attendance.State.ATTENDED for r in rows),
        },
    )


@login_required
def sign_in_sheet(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable Teilnehmerliste with a signature column per session."""
    event = _managed_event(request, pk)
    return render(
        request,
        "events/sign_in_sheet.html",
        {"event": event, **selectors.participants(event)},
    )


@login_required
def participants_csv(request: HttpRequest, pk: int) -> HttpResponse:
    event = _managed_event(request, pk)
    data = selectors.participants(event)
    response, writer = csv_download(f"teilnehmende-{event.slug}.csv")
    session_labels = [
        timezone.localtime(s.start).strftime("%d.%m.%Y %H:%M") for s in data["sessions"]
    ]
    writer.writerow(
        [
            _("Name"),
            _("Anzeigename"),
            _("E-Mail"),
            _("Stadtteil"),
            _("Status"),
            *session_labels,
        ]
    )
    for booking in data["confirmed"]:
        user = booking.user
        writer.writerow(
            [
                f"{user.first_name} {user.last_name}".strip(),
                user.display_name,
                user.email,
                str(user.district or ""),
                booking.get_status_display(),
                *[Attendance.State(s["state"]).label for s in booking.session_states],
            ]
        )
    for booking in data["waiting"]:
        user = booking.user
        writer.writerow(
            [
                f"{user.first_name} {user.last_name}".strip(),
                user.display_name,
                user.email,
                str(user.district or ""),
                _("Warteliste, Platz %(position)s") % {"position": booking.position},
            ]
        )
    return response


@login_required
def trainer_message(request: HttpRequest, pk: int) -> HttpResponse:
    event = _managed_event(request, pk)
    form = TrainerMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.trainer_message_send(
                event=event, actor=request.user, **form.cleaned_data
            )
        except services.BookingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Ihre Nachricht wird verschickt."))
            return redirect("events:participants", pk=event.pk)
    return render(request, "events/message_form.html", {"event": event, "form": form})


# Calendar feeds ------------------------------------------------------------


def _ics_response(request: HttpRequest, body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(
        b"" if request.method == "HEAD" else body,
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if request.method == "HEAD":
        response["Content-Length"] = str(len(body))
    return response


def _etag(fingerprint: str) -> str:
    return quote_etag(hashlib.sha256(fingerprint.encode()).hexdigest()[:32])


def _not_modified(request: HttpRequest, etag: str, last_modified) -> bool:
    if "If-None-Match" in request.headers:
        # Compression turns the tag into a weak one; both name the same content.
        sent = parse_etags(request.headers["If-None-Match"])
        return any(tag.removeprefix("W/") == etag for tag in sent) or "*" in sent
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return (
        since is not None
        and last_modified is not None
        and int(last_modified.timestamp()) <= since
    )


def _finish(
    response: HttpResponse, *, etag: str, last_modified, private: bool
) -> HttpResponse:
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    visibility = "private" if private else "public"
    response["Cache-Control"] = f"{visibility}, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response


def _feed(request, *, fingerprint, last_modified, private, filename, build):
    """Answer a feed request: 304 without building, else the (cached) calendar."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
    etag = _etag(fingerprint)
    options = {"etag": etag, "last_modified": last_modified, "private": private}
    if _not_modified(request, etag, last_modified):
        return _finish(HttpResponse(status=304), **options)
    key = f"events:ics:{etag}"
    body = cache.get(key)
    if body is None:
        body = build()
        cache.set(key, body, 60 * 60)
    return _finish(_ics_response(request, body, filename), **options)


def public_feed(request: HttpRequest) -> HttpResponse:
    filters = selectors.CalendarFilters.from_query(request.GET)
    query = "&".join(f"{k}={v}" for k, v in sorted(vars(filters).items()))
    marker, last_modified = selectors.public_feed_fingerprint()
    return _feed(
        request,
        fingerprint=f"public-{marker}-{query}",
        last_modified=last_modified,
        private=False,
        filename="schulungen.ics",
        build=lambda: ical.build_calendar(
            selectors.public_feed_entries(filters),
            name=_("Schulungen – Gemeinsam Stark"),
            description=_(
                "Alle Schulungen des Netzwerks WIR ZUSAMMEN GEMEINSAM STARK in "
                "Mülheim an der Ruhr"
            ),
            url=selectors.absolute_url_of_calendar(),
        ),
    )


def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    event = _live_event(pk)
    marker = f"event-{event.pk}-{event.last_published_at}-{event.sequence}"

    def build() -> bytes:
        entries = selectors.event_entries(event)
        return ical.build_calendar(
            entries,
            name=event.title,
            description=event.summary or event.title,
            url=entries[0].url if entries else selectors.absolute_url_of_calendar(),
        )

    return _feed(
        request,
        fingerprint=marker,
        last_modified=event.last_published_at,
        private=False,
        filename=f"{event.slug}.ics",
        build=build,
    )


def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed = selectors.feed_for_token(token)
    if feed is None:
        raise Http404
    services.calendar_feed_mark_used(feed=feed)
    marker, last_modified = selectors.personal_feed_fingerprint(feed.user)
    return _feed(
        request,
        fingerprint=f"personal-{feed.pk}-{marker}",
        last_modified=last_modified,
        private=True,
        filename="meine-schulungen.ics",
        build=lambda: ical.build_calendar(
            selectors.personal_feed_entries(feed.user),
            name=_("Meine Schulungen – Gemeinsam Stark"),
            description=_("Ihre Anmeldungen und Wartelistenplätze"),
            url=selectors.absolute_url_of_calendar(),
        ),
    )


@login_required
def feeds(request: HttpRequest) -> HttpResponse:
    """Create, name, rotate and revoke personal calendar links."""
    form = CalendarFeedForm(request.POST or None)
    new_token = None
    if request.method == "POST":
        action = request.POST.get("action", "create")
        if action == "create" and form.is_valid():
            try:
                _feed, new_token = services.calendar_feed_create(
                    user=request.user, name=form.cleaned_data["name"]
                )
            except services.BookingError as error:
                form.add_error("name", error.message)
            else:
                form = CalendarFeedForm()
        elif action in ("rotate", "revoke"):
            feed = get_object_or_404(
                CalendarFeed,
                pk=posted_id(request, "feed"),
                user=request.user,
                revoked_at__isnull=True,
            )
            if action == "rotate":
                _feed, new_token = services.calendar_feed_rotate(
                    feed=feed, actor=request.user
                )
                messages.success(
                    request,
                    _("Neuer Link erstellt. Der alte Link funktioniert nicht mehr."),
                )
            else:
                services.calendar_feed_revoke(feed=feed, actor=request.user)
                messages.success(request, _("Der Link funktioniert nicht mehr."))
    new_url = None
    if new_token:
        new_url = absolute_url(
            reverse("events:personal_feed", kwargs={"token": new_token})
        )
    return render(
        request,
        "events/feeds.html",
        {
            "form": form,
            "feeds": CalendarFeed.objects.filter(
                user=request.user, revoked_at__isnull=True
            ),
            "new_url": new_url,
            "new_webcal": new_url.replace("https://", "webcal://").replace(
                "http://", "webcal://"
            )
            if new_url
            else None,
        },
    )
