"""Admin pages of a training: participants, waiting list, copy to a new date."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms import roles
from cms.i18n import in_default_locale
from events import selectors, services
from events.forms import SessionDatesFormSet
from events.models import Booking, EventPage
from events.views import posted_id


def _training(pk: int) -> EventPage:
    """Return the training with this id; for a translation, its German page.

    Participants belong to the German page; the admin reaches a translation's
    page too, and its buttons lead to the same list.
    """
    key = EventPage.objects.filter(pk=pk).values("translation_key")
    return get_object_or_404(
        in_default_locale(EventPage.objects.all()), translation_key=Subquery(key)
    )


def participants(request: HttpRequest, pk: int) -> HttpResponse:
    """List, add, remove and move up participants; trainers see only their own."""
    event = _training(pk)
    if not services.can_manage_event(request.user, event):
        raise Http404
    if request.method == "POST":
        _handle(request, event)
        return redirect("events_admin_participants", pk=event.pk)
    return TemplateResponse(
        request,
        "events/admin/participants.html",
        {
            "event": event,
            "page_title": _("Teilnehmende"),
            "page_subtitle": event.title,
            "header_icon": "group",
            "can_copy": roles.is_coordinator(request.user),
            **selectors.participants(event),
        },
    )


def _handle(request: HttpRequest, event: EventPage) -> None:
    action = request.POST.get("action", "")
    try:
        if action == "add":
            email = request.POST.get("email", "").strip().lower()[:254]
            user = get_user_model().objects.filter(email__iexact=email).first()
            if user is None:
                messages.error(
                    request, _("Unter dieser E-Mail-Adresse gibt es kein Konto.")
                )
                return
            try:
                booking = services.booking_create(
                    event=event, user=user, actor=request.user
                )
            except services.BookingError as error:
                # The coordinator reads about the person they tried to add.
                messages.error(request, error.message_about(user.public_name))
                return
            messages.success(
                request,
                _("%(name)s hat einen Platz.") % {"name": user.public_name}
                if booking.is_confirmed
                else _("%(name)s steht auf der Warteliste.")
                % {"name": user.public_name},
            )
            return
        booking = Booking.objects.filter(
            pk=posted_id(request, "booking"), event=event
        ).first()
        if booking is None:
            messages.error(request, _("Diese Buchung gibt es nicht."))
        elif action == "remove":
            services.booking_cancel(booking=booking, actor=request.user)
            messages.success(request, _("Die Buchung wurde abgesagt."))
        elif action == "move_up":
            services.booking_move_up(booking=booking, actor=request.user)
            messages.success(
                request, _("Die Person steht jetzt vorn auf der Warteliste.")
            )
    except services.BookingError as error:
        messages.error(request, error.message)


def event_copy(request: HttpRequest, pk: int) -> HttpResponse:
    """Copy a training to new dates and give its seats to the waiting list."""
    event = _training(pk)
    if not roles.is_coordinator(request.user):
        raise Http404
    formset = SessionDatesFormSet(request.POST or None, prefix="termine")
    if request.method == "POST" and formset.is_valid():
        try:
            copy = services.event_copy_for_waiting_list(
                event=event, sessions=formset.sessions(), actor=request.user
            )
        except services.BookingError as error:
            messages.error(request, error.message)
        else:
            moved = selectors.participants(copy)
            messages.success(
                request,
                _(
                    "Der neue Termin ist veröffentlicht. Gebucht: %(confirmed)s, "
                    "auf der neuen Warteliste: %(waiting)s."
                )
                % {
                    "confirmed": len(moved["confirmed"]),
                    "waiting": len(moved["waiting"]),
                },
            )
            return redirect("events_admin_participants", pk=copy.pk)
    waiting = Booking.objects.filter(event=event, status=Booking.Status.WAITING)
    return TemplateResponse(
        request,
        "events/admin/event_copy.html",
        {
            "event": event,
            "formset": formset,
            "waiting_count": waiting.count(),
            "page_title": _("Neuen Termin anlegen"),
            "page_subtitle": event.title,
            "header_icon": "copy",
        },
        status=400 if request.method == "POST" else 200,
    )
