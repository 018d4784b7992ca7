"""A person's own data: export all of it, or delete the account.

Apps contribute with ``register_export_source(fn(user) -> dict)`` (what to
include in the export) and ``register_erasure_hook(fn(user) -> None)`` (private
data to remove when the account is deleted). Contributions others rely on, such
as forum posts, stay under the name "Gelöschte Person" so threads still read.
"""

from collections.abc import Callable

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.models import User

export_sources: dict[str, Callable[[User], object]] = {}
erasure_hooks: list[Callable[[User], None]] = []


def register_export_source(name: str, source: Callable[[User], object]) -> None:
    export_sources[name] = source


def register_erasure_hook(hook: Callable[[User], None]) -> None:
    if hook not in erasure_hooks:
        erasure_hooks.append(hook)


def personal_data_export(*, user: User) -> dict:
    """Return everything the platform stores about a person, as JSON-ready data."""
    data = {
        "exportiert_am": timezone.now().isoformat(),
        "profil": {
            "email": user.email,
            "anzeigename": user.display_name,
            "vorname": user.first_name,
            "nachname": user.last_name,
            "stadtteil": str(user.district) if user.district_id else None,
            "organisation": user.organisation,
            "sprache": user.preferred_language,
            "registriert_am": user.date_joined.isoformat(),
            "rollen": sorted(user.groups.values_list("name", flat=True)),
        },
    }
    for name, source in export_sources.items():
        data[name] = source(user)
    return data


@transaction.atomic
def account_delete(*, user: User, actor: User) -> None:
    """Remove a person's identity and private data; keep shared contributions."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    for hook in erasure_hooks:
        hook(user)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
    user.email = f"geloescht-{user.pk}@invalid.example"
    user.display_name = _("Gelöschte Person")
    user.first_name = user.last_name = user.organisation = ""
    user.district = None
    user.is_active = False
    user.set_unusable_password()
    user.save()
    _end_sessions(user)
    log(instance=user, action="account.delete", user=None if actor == user else actor)


def _end_sessions(user: User) -> None:
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
