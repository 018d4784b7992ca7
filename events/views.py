"""Views of the trainings: booking, cancelling, check-in, lists, feeds.

The views of a training or of the calendar are routes of that page (see
``events.models``): Wagtail has found the live page and checked its view
restrictions before they run. Personal feeds and their settings belong to no page.
"""

from __future__ import annotations

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
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
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_POST
from wagtail.views import serve as wagtail_serve

from cms.links import absolute_url
from cms.routing import route_url
from cms.spreadsheets import csv_download
from events import ical, selectors, services
from events.forms import CalendarFeedForm, TrainerMessageForm
from events.models import (
    Attendance,
    Booking,
    CalendarFeed,
    EventIndexPage,
    EventPage,
    EventSession,
)


@require_POST
@login_required
def book(request: HttpRequest, event: EventPage) -> HttpResponse:
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
def cancel(request: HttpRequest, event: EventPage, booking_id: int) -> HttpResponse:
    # Someone else's booking is simply not found.
    booking = get_object_or_404(
        Booking.objects.select_related("event"),
        pk=booking_id,
        event=event,
        user=request.user,
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


def _require_manager(request: HttpRequest, event: EventPage) -> None:
    """Answer 404 to anyone who does not manage this training."""
    if not services.can_manage_event(request.user, event):
        raise Http404


@login_required
def participants(request: HttpRequest, event: EventPage) -> HttpResponse:
    _require_manager(request, event)
    return render(
        request,
        "events/participants.html",
        {"event": event, **selectors.participants(event)},
    )


@login_required
def check_in(request: HttpRequest, event: EventPage, session_id: int) -> HttpResponse:
    """The phone-friendly check-in list of one session."""
    _require_manager(request, event)
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
    try:
        services.check_attendance_window(session, timezone.now())
    except services.BookingError as error:
        window_closed = error.message
    else:
        window_closed = ""
    return render(
        request,
        "events/check_in.html",
        {
            "event": event,
            "session": session,
            "window_closed": window_closed,
            "rows": rows,
            "states": Attendance.State.choices,
            "attended": sum(r["state"] == Attendance.State.ATTENDED for r in rows),
        },
    )


@login_required
def sign_in_sheet(request: HttpRequest, event: EventPage) -> HttpResponse:
    """The printable Teilnehmerliste with a signature column per session."""
    _require_manager(request, event)
    return render(
        request,
        "events/sign_in_sheet.html",
        {"event": event, **selectors.participants(event)},
    )


@login_required
def participants_csv(request: HttpRequest, event: EventPage) -> HttpResponse:
    _require_manager(request, event)
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
def trainer_message(request: HttpRequest, event: EventPage) -> HttpResponse:
    _require_manager(request, event)
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
            return redirect(route_url(event, "participants"))
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


def _public_feed_fingerprint(request: HttpRequest) -> tuple[str, object]:
    """Return the public feed's change marker for this address and these filters.

    The address is part of it, so a feed that moved with its calendar page
    never answers "not modified" under the old address.
    """
    filters = selectors.CalendarFilters.from_query(request.GET)
    query = "&".join(f"{k}={v}" for k, v in sorted(vars(filters).items()))
    marker, last_modified = selectors.public_feed_fingerprint()
    return f"public-{marker}-{request.path}-{query}", last_modified


def public_feed_not_modified(request: HttpRequest, path: str) -> HttpResponse:
    """Answer a matching conditional GET of the calendar feed without a query.

    Feed readers poll often. Only an ETag issued for this very address and the
    current data matches; everything else goes on to Wagtail, which routes the
    address to its page (the calendar's feed, or a training's .ics).
    """
    if request.method in ("GET", "HEAD") and "If-None-Match" in request.headers:
        fingerprint, last_modified = _public_feed_fingerprint(request)
        etag = _etag(fingerprint)
        sent = parse_etags(request.headers["If-None-Match"])
        if any(tag.removeprefix("W/") == etag for tag in sent):
            response = HttpResponse(status=304)
            return _finish(
                response, etag=etag, last_modified=last_modified, private=False
            )
    return wagtail_serve(request, path)


@gzip_page
def public_feed(request: HttpRequest, index_page: EventIndexPage) -> HttpResponse:
    fingerprint, last_modified = _public_feed_fingerprint(request)
    filters = selectors.CalendarFilters.from_query(request.GET)
    return _feed(
        request,
        fingerprint=fingerprint,
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
            url=selectors.absolute_url(index_page, selectors.site_root_path()),
        ),
    )


def event_ics(request: HttpRequest, event: EventPage) -> HttpResponse:
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
            "public_feed_url": selectors.public_feed_url(),
            "new_webcal": new_url.replace("https://", "webcal://").replace(
                "http://", "webcal://"
            )
            if new_url
            else None,
        },
    )


# -- Evaluations ----------------------------------------------------------------


def _survey(event: EventPage):
    from cms.questionnaires import Survey

    return Survey.objects.filter(
        subject=services.EVALUATION_SUBJECT, object_id=event.pk
    ).first()


@login_required
def evaluation(request: HttpRequest, event: EventPage) -> HttpResponse:
    """The anonymous evaluation form, for participants who were invited."""
    from cms import questionnaire_views

    return questionnaire_views.answer(
        request,
        survey=_survey(event),
        heading=_("Schulung bewerten"),
        subject_title=event.title,
        back_url=event.url,
        back_label=_("Zurück zur Schulung"),
    )


@login_required
def evaluation_results(request: HttpRequest, event: EventPage) -> HttpResponse:
    """A training's results, for its trainers and coordinators, from 5 answers."""
    from cms import questionnaire_views

    _require_manager(request, event)
    return questionnaire_views.results(
        request,
        survey=_survey(event),
        subject_title=event.title,
        back_url=route_url(event, "participants"),
        back_label=_("Zurück zu den Teilnehmenden"),
        csv_url=route_url(event, "evaluation_results_csv"),
    )


@login_required
def evaluation_results_csv(request: HttpRequest, event: EventPage) -> HttpResponse:
    from cms import questionnaire_views

    _require_manager(request, event)
    return questionnaire_views.results_csv(
        survey=_survey(event), filename=f"bewertung-{event.slug}.csv"
    )
