"""Views of the trainings: booking, cancelling, check-in, lists, feeds.

The views of a training or of the calendar are routes of that page (see
``events.models``): Wagtail has found the live page and checked its view
restrictions before they run. Booking also has an address of its own
(``book_training``), which checks both itself. Personal feeds and their
settings belong to no page.
"""

from __future__ import annotations

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.http import (
    http_date,
    parse_etags,
    parse_http_date_safe,
    quote_etag,
)
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_POST
from wagtail.models import PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve
from wagtail.wagtail_hooks import require_wagtail_login

from cms import i18n, mail, memo
from cms.links import absolute_url
from cms.routing import route_url
from cms.spreadsheets import csv_download
from events import ical, selectors, services
from events.forms import (
    BookingAnswersForm,
    BookingContactForm,
    CalendarFeedForm,
    TrainerMessageForm,
)
from events.models import (
    Attendance,
    Booking,
    CalendarFeed,
    EventIndexPage,
    EventPage,
    EventSession,
)
from events.questions import label_text, questions_for
from events.templatetags.events_tags import answer_text


def _page_with_form(request: HttpRequest, event: EventPage, form) -> HttpResponse:
    """Show the training's page again with the answers form and its errors."""
    # In the chosen language, as Wagtail's serving would show it.
    i18n.localize_page(event)
    context = event.get_context(request)
    context["answers_form"] = form
    return TemplateResponse(
        request, event.get_template(request), context, status=400
    ).render()


@require_POST
@login_required
def book_training(request: HttpRequest, page_id: int) -> HttpResponse:
    """Book a training at an address of its own, outside Wagtail's page routing.

    A popular training draws many bookings at one moment; routing each through
    the page tree cost as much as the booking itself. This checks what routing
    checked: a live training in this site's tree, whose view restrictions the
    person passes. The training page's form posts here.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404

    def bookable():
        event = selectors.bookable_event(page_id, site.root_page.path)
        if event is None:
            return None
        return event, selectors.view_restrictions(event), questions_for(event)

    # Kept until the training, its questions or the page tree change: a popular
    # training draws hundreds of bookings at one moment, and each read these
    # again. The booking itself reads the facts it decides on under the lock.
    found = memo.fragment(f"events:bookable:{site.pk}:{page_id}", bookable)
    if found is None:
        raise Http404
    event, restrictions, questions = found
    refusal = _view_restriction_refusal(request, event, restrictions)
    if refusal is not None:
        return refusal
    return book(request, event, questions=questions)


def _view_restriction_refusal(
    request: HttpRequest, event: EventPage, restrictions: list
) -> HttpResponse | None:
    """Answer as the page would to someone its privacy settings keep out.

    A password-protected page asks for its password on the page itself; a
    page for certain groups sends others to log in, as Wagtail does.
    """
    for restriction in restrictions:
        if restriction.accept_request(request):
            continue
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            return redirect(event.url)
        return require_wagtail_login(next=event.url)
    return None


@require_POST
@login_required
def book(
    request: HttpRequest, event: EventPage, questions: list | None = None
) -> HttpResponse:
    """Book ``event`` for the person (``questions``: the training's, if read).

    The training page's old route (``buchen/``) comes here too, for forms
    still open in browsers.
    """
    if questions is None:
        questions = questions_for(event)
    form = BookingAnswersForm(request.POST, questions=questions)
    if not form.is_valid():
        return _page_with_form(request, event, form)
    try:
        booking = services.booking_create(
            event=event,
            user=request.user,
            actor=request.user,
            answers=form.answers(),
            questions=questions,
        )
    except services.BookingError as error:
        if error.code.startswith("answer"):
            form.add_error(None, error.message)
            return _page_with_form(request, event, form)
        messages.error(request, error.message)
        return redirect(event.url)
    if booking.is_confirmed:
        messages.success(
            request,
            _("Ihr Platz ist gebucht. Eine Bestätigung ist per E-Mail unterwegs."),
        )
    else:
        messages.info(
            request,
            _(
                "Die Schulung ist ausgebucht. Sie stehen auf Platz %(position)s der "
                "Warteliste."
            )
            % {"position": booking.position},
        )
    return redirect(event.url)


@login_required
def answers(request: HttpRequest, event: EventPage) -> HttpResponse:
    """Let a person see and change their answers until booking closes."""
    booking = get_object_or_404(
        Booking.objects.select_related("event"),
        event=event,
        user=request.user,
        status__in=Booking.ACTIVE,
    )
    questions = questions_for(event)
    if not questions:
        raise Http404
    stored = {a.question_key: a.value for a in booking.answers.all()}
    form = BookingAnswersForm(
        request.POST or None,
        questions=questions,
        initial=BookingAnswersForm.initial_from(questions, stored),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.booking_answers_save(
                booking=booking, answers=form.answers(), actor=request.user
            )
        except services.BookingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Ihre Angaben sind gespeichert."))
            return redirect(event.url)
    closes = event.booking_closes()
    return render(
        request,
        "events/answers_form.html",
        {
            "event": event,
            "form": form,
            "closed": closes is not None and closes <= timezone.now(),
            "closes": closes,
        },
    )


@login_required
def cancel(request: HttpRequest, event: EventPage, booking_id: int) -> HttpResponse:
    """GET asks to confirm (training and date named); POST cancels the booking."""
    # Someone else's booking is simply not found.
    booking = get_object_or_404(
        Booking.objects.select_related("event"),
        pk=booking_id,
        event=event,
        user=request.user,
    )
    target = request.POST.get("next", request.GET.get("next", ""))
    back = "dashboard" if target == "dashboard" else ""
    if request.method != "POST":
        if not (booking.is_confirmed or booking.is_waiting):
            messages.info(request, _("Diese Buchung ist bereits abgesagt."))
            return redirect(booking.event.url or "dashboard")
        return render(
            request,
            "events/cancel_confirm.html",
            {
                "event": booking.event,
                "booking": booking,
                "sessions": list(booking.event.sessions.order_by("start")),
                "next": back,
                "back_url": reverse("dashboard") if back else booking.event.url,
            },
        )
    was_waiting = booking.is_waiting
    try:
        services.booking_cancel(booking=booking, actor=request.user)
    except services.BookingError as error:
        messages.error(request, error.message)
    else:
        if was_waiting:
            messages.success(request, _("Sie stehen nicht mehr auf der Warteliste."))
        else:
            messages.success(request, _("Ihre Buchung ist abgesagt."))
    if back:
        return redirect("dashboard")
    return redirect(booking.event.url or "dashboard")


SEARCH_LIMIT = 10


@login_required
def phone_booking(request: HttpRequest, event: EventPage) -> HttpResponse:
    """Book a person who phoned: an account found by search, or a new contact."""
    _require_manager(request, event)
    form = BookingContactForm(
        request.POST if request.POST.get("action") == "new" else None
    )
    if request.method == "POST":
        booking = _phone_book(request, event, form)
        if booking is not None:
            if booking.is_confirmed:
                text = _("%(name)s hat einen Platz.")
            else:
                text = _(
                    "Ausgebucht: %(name)s steht auf Platz %(position)s der Warteliste."
                )
            messages.success(
                request,
                text
                % {
                    "name": booking.person_name,
                    "position": selectors.waiting_position(booking)
                    if booking.is_waiting
                    else "",
                },
            )
            return redirect(route_url(event, "confirmation", booking.pk))
    query = request.GET.get("suche", "").strip()[:100]
    accounts, contacts = selectors.people_search(query, limit=SEARCH_LIMIT)
    context = event_detail_for_organiser(event)
    return render(
        request,
        "events/phone_booking.html",
        {
            "event": event,
            "form": form,
            "query": query,
            "accounts": accounts,
            "contacts": contacts,
            **context,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def event_detail_for_organiser(event: EventPage) -> dict:
    confirmed = selectors.confirmed_count(event)
    full = event.capacity is not None and confirmed >= event.capacity
    try:
        services.check_bookable(event, timezone.now())
    except services.BookingError as error:
        note = error.message
    else:
        note = ""
    return {
        "full": full,
        "closed_note": note,
        "past": event.is_past() or event.is_cancelled,
    }


def _phone_book(request: HttpRequest, event: EventPage, form) -> Booking | None:
    """Book whom the organiser chose; on a refusal say why and change nothing."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from events.models import BookingContact

    action = request.POST.get("action", "")
    name = ""
    try:
        if action == "account":
            user = (
                get_user_model()
                .objects.filter(pk=posted_id(request, "person"), is_active=True)
                .first()
            )
            if user is None:
                messages.error(request, _("Diese Person gibt es nicht."))
                return None
            name = user.public_name
            return services.booking_create(event=event, user=user, actor=request.user)
        if action == "contact":
            contact = BookingContact.objects.filter(
                pk=posted_id(request, "person")
            ).first()
            if contact is None:
                messages.error(request, _("Diese Person gibt es nicht."))
                return None
            name = contact.name
            return services.booking_create(
                event=event, contact=contact, actor=request.user
            )
        if action == "new" and form.is_valid():
            # A refused booking leaves no contact behind.
            with transaction.atomic():
                contact = services.booking_contact_create(
                    actor=request.user, **form.cleaned_data
                )
                return services.booking_create(
                    event=event, contact=contact, actor=request.user
                )
    except services.BookingError as error:
        if action == "new":
            form.add_error(None, error.message)
        else:
            # The organiser reads about the person they tried to book.
            messages.error(request, error.message_about(name))
    return None


@login_required
def confirmation(
    request: HttpRequest, event: EventPage, booking_id: int
) -> HttpResponse:
    """The printable confirmation of a booking, for people without e-mail."""
    _require_manager(request, event)
    booking = get_object_or_404(
        Booking.objects.select_related("user", "contact", "event__venue"),
        pk=booking_id,
        event=event,
    )
    from cms.models import SiteSettings

    return render(
        request,
        "events/confirmation.html",
        {
            "event": event,
            "booking": booking,
            "sessions": list(event.sessions.order_by("start")),
            "position": selectors.waiting_position(booking)
            if booking.is_waiting
            else None,
            "site_settings": SiteSettings.for_request(request),
        },
    )


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
            messages.error(request, _("Diese Buchung gibt es nicht."))
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
                    _("%(name)s: gespeichert.") % {"name": booking.person_name},
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
        formats.date_format(timezone.localtime(s.start), "SHORT_DATETIME_FORMAT")
        for s in data["sessions"]
    ]
    # One column per question asked, then any answered question since removed.
    columns = {q.key: label_text(q) for q in questions_for(event)}
    for booking in [*data["confirmed"], *data["waiting"]]:
        for answer in booking.answer_list:
            columns.setdefault(answer.question_key, answer.question_label)
    writer.writerow(
        [
            _("Name"),
            _("Anzeigename"),
            _("E-Mail"),
            _("Stadtteil"),
            _("Status"),
            *session_labels,
            *columns.values(),
        ]
    )

    def answer_cells(booking) -> list[str]:
        given = {a.question_key: answer_text(a.value) for a in booking.answer_list}
        return [given.get(key, "") for key in columns]

    def person_cells(booking) -> list[str]:
        if booking.contact_id:
            contact = booking.contact
            phone = _("Telefon: %(phone)s") % {"phone": contact.phone}
            return [contact.name, phone if contact.phone else "", contact.email, ""]
        user = booking.user
        return [
            f"{user.first_name} {user.last_name}".strip(),
            user.display_name,
            user.email,
            str(user.district or ""),
        ]

    for booking in data["confirmed"]:
        writer.writerow(
            [
                *person_cells(booking),
                booking.get_status_display(),
                *[Attendance.State(s["state"]).label for s in booking.session_states],
                *answer_cells(booking),
            ]
        )
    for booking in data["waiting"]:
        writer.writerow(
            [
                *person_cells(booking),
                _("Warteliste, Platz %(position)s") % {"position": booking.position},
                *["" for _session in session_labels],
                *answer_cells(booking),
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
    # The feed is written in the visitor's chosen language (German for a
    # calendar app, which sends no language cookie): one tag per language.
    language = translation.get_language()
    return f"public-{marker}-{language}-{request.path}-{query}", last_modified


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
    language = translation.get_language()
    marker = f"event-{event.pk}-{language}-{event.last_published_at}-{event.sequence}"

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
    # A calendar app fetches the link without the owner's cookie: the feed is
    # written in the language of the owner's profile, like their mails.
    with mail.recipient_language(feed.user):
        language = translation.get_language()
        return _feed(
            request,
            fingerprint=f"personal-{feed.pk}-{language}-{marker}",
            last_modified=last_modified,
            private=True,
            filename="meine-schulungen.ics",
            build=lambda: ical.build_calendar(
                selectors.personal_feed_entries(feed.user),
                name=_("Meine Schulungen – Gemeinsam Stark"),
                description=_("Ihre Buchungen und Wartelistenplätze"),
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
