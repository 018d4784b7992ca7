"""Texts the training templates share: dates, places, seats."""

from django import template
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms import memo
from cms.formats import long_date, time_range
from cms.links import absolute_url

register = template.Library()


@register.filter
def session_text(session) -> str:
    """Return a session as "Mittwoch, 3. Dezember 2026, 18:00-19:30 Uhr"."""
    if not session:
        return ""
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    day = long_date(start)
    if session.all_day:
        if end.date() > start.date():
            return f"{day} – {long_date(end)}"
        return day
    return f"{day}, {time_range(start, end)}"


@register.simple_tag(takes_context=True)
def calendar_content(context) -> str:
    """Render the calendar's list, month or archive for the request's filters.

    Nothing in it is personal, so it is kept for everyone (cms.memo) until a
    table it read is written to, such as a booking that changes free seats.
    """
    from events.selectors import calendar_context

    request, page = context["request"], context["page"]

    def build() -> str:
        return render_to_string(
            "events/includes/calendar_content.html",
            {"page": page, **calendar_context(index_page=page, params=request.GET)},
            request=request,
        )

    html = memo.fragment(f"calendar:{page.pk}:{request.GET.urlencode()}", build)
    # Rendered by our own template, escaped there.
    return mark_safe(html)


@register.simple_tag
def month_day(day) -> str:
    """Return a day of the month grid: its number shown, the month for screen readers.

    The date is written as the chosen language writes it ("13. Dezember",
    "13 December"); around the day's number, the words are visually hidden on
    wide screens, where the grid's heading names the month.
    """
    text = formats.date_format(day, "MONTH_DAY_FORMAT")
    number = str(day.day)
    before, found, after = text.partition(number)
    if not found:
        return format_html('<span class="month-grid__month">{}</span>', text)
    return format_html(
        "{}{}{}",
        format_html('<span class="month-grid__month">{}</span>', before)
        if before
        else "",
        number,
        format_html('<span class="month-grid__month">{}</span>', after)
        if after
        else "",
    )


@register.filter
def place_text(event) -> str:
    if event.format == "online" or event.venue is None:
        return _("Online")
    place = event.venue.name
    if event.venue.district_id:
        place = f"{place} ({event.venue.district})"
    if event.format == "hybrid":
        return _("%(place)s oder online") % {"place": place}
    return place


@register.filter
def seats_text(event) -> str:
    """Describe free seats or the waiting list in words, never by colour alone."""
    if event.is_cancelled:
        return _("Abgesagt")
    confirmed = getattr(event, "confirmed_count", 0)
    waiting = getattr(event, "waiting_count", 0)
    if event.capacity is None:
        return _("Freie Plätze (ohne Begrenzung)")
    free = max(event.capacity - confirmed, 0)
    if free:
        return ngettext(
            "Noch %(free)s von %(capacity)s Plätzen frei",
            "Noch %(free)s von %(capacity)s Plätzen frei",
            free,
        ) % {"free": free, "capacity": event.capacity}
    if event.waiting_list_enabled and not waiting:
        return _("Ausgebucht – Warteliste offen")
    if event.waiting_list_enabled:
        return ngettext(
            "Ausgebucht – Warteliste mit %(count)s Person",
            "Ausgebucht – Warteliste mit %(count)s Personen",
            waiting,
        ) % {"count": waiting}
    return _("Ausgebucht")


@register.filter
def seats_badge(event) -> str:
    if event.is_cancelled:
        return "badge--warning"
    if event.capacity is None or event.capacity > getattr(event, "confirmed_count", 0):
        return "badge--ok"
    return "badge--muted"


@register.filter
def webcal(url: str) -> str:
    return url.replace("https://", "webcal://", 1).replace("http://", "webcal://", 1)


@register.simple_tag
def site_url(path: str = "") -> str:
    return absolute_url(path)


@register.filter
def attendance_label(state: str) -> str:
    from events.models import Attendance

    try:
        return str(Attendance.State(state).label)
    except ValueError:
        return state


@register.filter
def answer_text(value: str) -> str:
    """Say a stored yes/no answer in the reader's language; other text as is."""
    from django.utils.translation import gettext

    return {"ja": gettext("Ja"), "nein": gettext("Nein")}.get(value, value)
