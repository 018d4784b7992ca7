"""Validators for text that people type: names, titles, short fields."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Zero-width and bidirectional control characters can disguise a name or
# reverse what others read; they never belong in a name or a title.
INVISIBLE_CHARACTERS = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
}  # fmt: skip


def validate_plain_name(value: str) -> None:
    """Reject control, zero-width and direction-changing characters."""
    for char in value:
        if char in INVISIBLE_CHARACTERS or unicodedata.category(char) in {"Cc", "Cf"}:
            raise ValidationError(
                _("Bitte verwenden Sie nur sichtbare Zeichen."), code="invisible"
            )
    if value.strip() != value or not value.strip():
        raise ValidationError(
            _("Bitte keine Leerzeichen am Anfang oder Ende."), code="whitespace"
        )
