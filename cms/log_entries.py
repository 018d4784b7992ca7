"""Wagtail's log (page and site history) as it concerns one person.

Every app writes its steps with ``wagtail.log_actions.log(...)`` and names
them in its own ``wagtail_hooks.py`` (``register_log_actions``).
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.models import User

LOG_MODELS = (ModelLogEntry, PageLogEntry)


@transaction.atomic
def anonymise_log_entries(*, user: User) -> int:
    """Remove a person's names from the log entries about them; keep the actions.

    Call it before the person's names are erased from their account: it looks
    for them. The entries keep their action, time and the (then nameless)
    account they point to. Return the number of entries changed.
    """
    with translation.override("de"):
        placeholder = _("Gelöschte Person")
    # Display name and e-mail are unique: wherever they appear, they name this
    # person. A first or last name alone is replaced only in entries that are
    # certainly about them.
    unique = _pattern([user.display_name, user.email, user.get_full_name()])
    every = _pattern(
        [user.display_name, user.email, user.get_full_name(), user.first_name,
         user.last_name]
    )  # fmt: skip
    user_type = ContentType.objects.get_for_model(User)
    changed = 0
    for log_model in LOG_MODELS:
        linked = Q(user_id=user.pk) | Q(data__user=user.pk)
        if log_model is ModelLogEntry:
            linked |= Q(content_type=user_type, object_id=str(user.pk))
        named = Q(pk__in=[])
        for name in (user.display_name, user.email, user.get_full_name()):
            if len(name or "") >= 2:
                named |= Q(label__icontains=name)
        linked_ids = set(log_model.objects.filter(linked).values_list("pk", flat=True))
        for entry in log_model.objects.filter(linked | named).iterator():
            pattern = every if entry.pk in linked_ids else unique
            if entry.content_type_id == user_type.pk and entry.object_id == str(
                user.pk
            ):
                label = placeholder
            else:
                label = _scrub(entry.label, pattern, placeholder)
            data = _scrub(entry.data, pattern, placeholder)
            if (label, data) != (entry.label, entry.data):
                # update(), not save(): time and actor stay as they were.
                log_model.objects.filter(pk=entry.pk).update(label=label, data=data)
                changed += 1
    return changed


def _pattern(names) -> re.Pattern | None:
    names = sorted({name for name in names if len(name or "") >= 2}, key=len)
    if not names:
        return None
    # Longest first, so a full name goes before its parts; whole words only.
    alternatives = "|".join(re.escape(name) for name in reversed(names))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _scrub(value, pattern, placeholder):
    if pattern is None:
        return value
    if isinstance(value, str):
        return pattern.sub(placeholder, value)
    if isinstance(value, list):
        return [_scrub(item, pattern, placeholder) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern, placeholder) for key, item in value.items()}
    return value
