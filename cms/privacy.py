"""A person's own data: export all of it (Art. 15/20), or erase the account (Art. 17).

Both go through the personal-data registry (``cms.personal_data``): each app's
declaration brings the function that exports, and the one that erases, its
records of one person. There is one export service and one erasure service;
self-service deletion and every admin path (Wagtail's user delete view and its
bulk action) call :func:`account_erase`.
"""

import io
import json
import re
import secrets
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core import signing
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.i18n import interface_language
from cms.models import DataExport, User
from cms.personal_data import declarations

#: How long an export can be downloaded.
EXPORT_LIFETIME = timedelta(hours=24)
_EXPORT_SALT = "cms.privacy.export"
DELETED_NAME = "Gelöschte Person"


@dataclass(frozen=True)
class Erasure:
    """What an app's erase function is told: whose data, by whom, and how."""

    user: User
    actor: User | None
    #: Keep forum posts under "Gelöschte Person" (True) or delete them.
    keep_posts: bool = True
    #: The person's e-mail address and names, as they were before the erasure.
    identifiers: tuple[str, ...] = field(default=())

    def scrub(self, text: str) -> str:
        """Return ``text`` with every identifier replaced by "Gelöschte Person"."""
        for identifier in self.identifiers:
            if identifier and identifier.lower() in text.lower():
                text = _replace_ignoring_case(text, identifier, DELETED_NAME)
        return text

    def scrub_json(self, value):
        """Return a JSON value with every string scrubbed."""
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self.scrub_json(item) for item in value]
        if isinstance(value, dict):
            return {key: self.scrub_json(item) for key, item in value.items()}
        return value


def _replace_ignoring_case(text: str, old: str, new: str) -> str:
    lowered, needle = text.lower(), old.lower()
    parts, start = [], 0
    while (index := lowered.find(needle, start)) != -1:
        parts.extend([text[start:index], new])
        start = index + len(old)
    parts.append(text[start:])
    return "".join(parts)


def person_identifiers(user: User) -> tuple[str, ...]:
    """Return what identifies a person in free text, longest first."""
    from allauth.account.models import EmailAddress

    values = {
        user.email,
        user.display_name,
        user.first_name,
        user.last_name,
        user.get_full_name(),
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    # Very short names ("Al") would replace parts of unrelated words.
    kept = {value.strip() for value in values if value and len(value.strip()) >= 3}
    return tuple(sorted(kept, key=len, reverse=True))


# -- Export ---------------------------------------------------------------------


def personal_data_export(*, user: User) -> dict:
    """Return everything the platform stores about a person, as JSON-ready data."""
    data: dict = {"exportiert_am": timezone.now().isoformat()}
    for item in declarations():
        if item.export is None:
            continue
        rows = item.export(user)
        if rows:
            data[item.key] = rows
    return data


def _sections(data: dict) -> list[dict]:
    labels = {item.key: item for item in declarations()}
    sections = []
    for key, rows in data.items():
        item = labels.get(key)
        if item is None:
            continue
        rows = rows if isinstance(rows, list) else [rows]
        sections.append(
            {
                "key": key,
                "label": item.label or item.get_model()._meta.verbose_name_plural,
                "purpose": item.purpose,
                "retention": item.retention,
                "rows": [
                    [
                        (_readable_name(name), _display(value))
                        for name, value in row.items()
                    ]
                    for row in rows
                ],
            }
        )
    return sections


def _readable_name(name: str) -> str:
    """Say "geschrieben_am" as "Geschrieben am" on the page people read."""
    return name.replace("_", " ").capitalize()


_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$")


def _display(value) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        # Dates read as dates in the person's language, not as ISO strings.
        moment = datetime.fromisoformat(value)
        if "T" not in value:
            return formats.date_format(moment, "DATE_FORMAT")
        return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def export_archive(*, user: User) -> bytes:
    """Return the ZIP of a person's data: JSON for machines, HTML for people."""
    with translation.override(interface_language(user.preferred_language)):
        data = personal_data_export(user=user)
        as_json = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        html = render_to_string(
            "cms/privacy_export.html",
            {
                "person": user,
                "sections": _sections(data),
                "exported_at": timezone.now(),
                "language": user.preferred_language,
            },
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("meine-daten.json", as_json)
        archive.writestr("meine-daten.html", html)
    return buffer.getvalue()


def data_export_request(*, user: User) -> DataExport:
    """Ask for an export; a Celery task builds it once this transaction commits."""
    from cms import outbox, tasks

    export = DataExport.objects.create(user=user, secret=secrets.token_urlsafe(32))
    outbox.enqueue(tasks.data_export_build_task, export.pk, recipient=user)
    return export


def data_export_build(*, export_id: int) -> bool:
    """Build the ZIP of one export; a second run changes nothing."""
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.ready_at is not None or not export.user.is_active:
        return False
    content = export_archive(user=export.user)
    export.file.save(f"{export.secret}.zip", ContentFile(content), save=False)
    export.ready_at = timezone.now()
    export.save(update_fields=["file", "ready_at"])
    return True


def export_link_token(export: DataExport) -> str:
    """Return the signed, unguessable part of an export's download link."""
    return signing.Signer(salt=_EXPORT_SALT).sign(export.secret)


def export_for_download(*, user, token: str, now: datetime | None = None):
    """Return the owner's ready, unexpired export for a link, or ``None``."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        secret = signing.Signer(salt=_EXPORT_SALT).unsign(token)
    except signing.BadSignature:
        return None
    now = now or timezone.now()
    export = DataExport.objects.filter(
        user=user,
        secret=secret,
        ready_at__isnull=False,
        created_at__gt=now - EXPORT_LIFETIME,
    ).first()
    if export is None or not export.file:
        return None
    return export


def exports_of(user: User, *, now: datetime | None = None) -> list[DataExport]:
    """Return a person's exports that can still be downloaded or are being built."""
    now = now or timezone.now()
    exports = list(
        DataExport.objects.filter(user=user, created_at__gt=now - EXPORT_LIFETIME)
    )
    for export in exports:
        export.expires_at = export.created_at + EXPORT_LIFETIME
        export.token = export_link_token(export)
    return exports


def data_exports_cleanup(*, now: datetime | None = None) -> int:
    """Delete exports older than 24 hours, with their files; return how many."""
    now = now or timezone.now()
    expired = list(DataExport.objects.filter(created_at__lte=now - EXPORT_LIFETIME))
    for export in expired:
        _delete_export(export)
    return len(expired)


def _delete_export(export: DataExport) -> None:
    if export.file:
        export.file.delete(save=False)
    export.delete()


# -- Erasure ----------------------------------------------------------------------


@transaction.atomic
def account_erase(*, user: User, actor: User | None, keep_posts: bool = True) -> None:
    """Erase a person: every app's erase function, then the identity itself.

    Bookings are cancelled (the waiting list moves up), private records go,
    shared contributions stay under "Gelöschte Person" (or go, if the person
    chose so), certificates stay verifiable without the name, and log entries
    keep the action but lose the name.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    erasure = Erasure(
        user=user,
        actor=None if actor is None or actor.pk == user.pk else actor,
        keep_posts=keep_posts,
        identifiers=person_identifiers(user),
    )
    for item in declarations():
        if item.erase is not None:
            item.erase(erasure)
    log(
        instance=user,
        action="account.delete",
        user=erasure.actor,
        data={"posts": "kept" if keep_posts else "deleted"},
    )
