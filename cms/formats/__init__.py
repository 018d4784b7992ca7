"""Date and time formats per language, where ours differ from Django's.

Templates name a format (``date:"DATE_FORMAT"``), never spell one out, so a
date reads as the chosen language writes it. Languages without a module here
use Django's own formats.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


def long_date(value) -> str:
    """Return "Mittwoch, 3. Dezember 2026" in the active language."""
    value = timezone.localtime(value) if timezone.is_aware(value) else value
    return "{weekday}, {date}".format(
        weekday=formats.date_format(value, "l"),
        date=formats.date_format(value, "DATE_FORMAT"),
    )


def time_range(start, end) -> str:
    """Return a time span: "18:00 to 19:30 Uhr" in German, without "Uhr" in English."""
    return _("%(start)s–%(end)s Uhr") % {
        "start": formats.time_format(timezone.localtime(start), "TIME_FORMAT"),
        "end": formats.time_format(timezone.localtime(end), "TIME_FORMAT"),
    }


def date_time(value) -> str:
    """Return "3. Dezember 2026, 18:00 Uhr" in the active language."""
    return _("%(date)s Uhr") % {
        "date": formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    }
