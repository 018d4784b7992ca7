"""Keep nothing longer than the privacy notice says: the nightly retention run.

Every app declares its rules through the ``RETENTION_RULES`` hook; the site's
own rule erases accounts unused for 24 months, after a warning 30 days ahead.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Greatest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms import hooks, privacy
from cms.models import User

logger = logging.getLogger(__name__)

ACCOUNT_RETENTION = timedelta(days=730)
ACCOUNT_WARNING = timedelta(days=30)


def retention_apply(*, now: datetime | None = None) -> dict[str, int]:
    """Apply every retention rule; return how many records each one touched."""
    now = now or timezone.now()
    counts = {
        rule.key: rule.apply(now=now)
        for rule in sorted(
            [*SITE_RULES, *hooks.collect(hooks.RETENTION_RULES)], key=lambda r: r.key
        )
    }
    logger.info("Retention run: %s", counts)
    return counts


def _with_last_activity():
    return User.objects.filter(is_active=True, is_superuser=False).annotate(
        last_activity=Greatest(Coalesce("last_login", "date_joined"), "date_joined")
    )


def inactive_accounts_warn(*, now: datetime) -> int:
    """Tell people whose account has been unused for 23 months when it goes."""
    due = _with_last_activity().filter(
        last_activity__lt=now - ACCOUNT_RETENTION + ACCOUNT_WARNING
    )
    due = due.filter(
        Q(inactivity_warned_at__isnull=True)
        | Q(inactivity_warned_at__lt=F("last_activity"))
    )
    warned = 0
    for user in due.iterator():
        _send_inactivity_warning(user, erase_on=now + ACCOUNT_WARNING)
        User.objects.filter(pk=user.pk).update(inactivity_warned_at=now)
        warned += 1
    return warned


def inactive_accounts_erase(*, now: datetime) -> int:
    """Erase accounts unused for 24 months whose owner was warned 30 days ago."""
    due = _with_last_activity().filter(
        last_activity__lt=now - ACCOUNT_RETENTION,
        inactivity_warned_at__gt=F("last_activity"),
        inactivity_warned_at__lte=now - ACCOUNT_WARNING,
    )
    erased = 0
    for user in due.iterator():
        privacy.account_delete(user=user, actor=None)
        erased += 1
    return erased


def _send_inactivity_warning(user: User, *, erase_on: datetime) -> None:
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "erase_on": erase_on,
            "login_url": settings.SITE_URL + reverse("account_login"),
        }
        send_mail(
            subject=_("Ihr Konto wird gelöscht, wenn Sie es nicht mehr nutzen")
            + " – Gemeinsam Stark",
            message=render_to_string("cms/email/inactivity_warning.txt", context),
            from_email=None,
            recipient_list=[user.email],
        )


SITE_RULES = (
    hooks.RetentionRule(
        key="accounts-1-warn",
        description=gettext_lazy(
            "Konten, die 23 Monate nicht genutzt wurden: Hinweis per E-Mail, "
            "dass sie in 30 Tagen gelöscht werden."
        ),
        apply=inactive_accounts_warn,
    ),
    hooks.RetentionRule(
        key="accounts-2-erase",
        description=gettext_lazy(
            "Konten, die 24 Monate nicht genutzt wurden und deren Inhaber:in vor "
            "30 Tagen gewarnt wurde: gelöscht wie bei einer Löschung durch die "
            "Person selbst."
        ),
        apply=inactive_accounts_erase,
    ),
)
