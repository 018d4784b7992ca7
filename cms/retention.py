"""Keep nothing longer than the privacy notice says: the nightly retention run.

Every app declares its rules through the ``RETENTION_RULES`` hook; the site's
own rule erases accounts unused for 24 months, after a warning 30 days ahead.
"""

import logging
from datetime import datetime, timedelta

from django.db.models import F, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms import hooks, mail, outbox, privacy, questionnaires
from cms.links import absolute_url
from cms.models import AccessibilityFeedback, User

logger = logging.getLogger(__name__)

ACCOUNT_RETENTION = timedelta(days=730)
ACCOUNT_WARNING = timedelta(days=30)
FEEDBACK_AFTER_ANSWER = timedelta(days=365)
FEEDBACK_AT_MOST = timedelta(days=730)


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
        privacy.account_erase(user=user, actor=None)
        erased += 1
    return erased


def accessibility_feedback_prune(*, now: datetime) -> int:
    """Delete reports of barriers a year after their answer, all after two years."""
    deleted, _rows = AccessibilityFeedback.objects.filter(
        Q(answered_at__lt=now - FEEDBACK_AFTER_ANSWER)
        | Q(received_at__lt=now - FEEDBACK_AT_MOST)
    ).delete()
    return deleted


def _send_inactivity_warning(user: User, *, erase_on: datetime) -> None:
    with mail.recipient_language(user):
        subject = _("Ihr Konto wird gelöscht, wenn Sie es nicht mehr nutzen")
    # One warning per planned erasure date: a retried run warns nobody twice.
    mail.mail(
        kind="cms.inactivity_warning",
        key=user.pk,
        version=erase_on.date().isoformat(),
        to=user,
        subject=subject,
        template="cms/email/inactivity_warning",
        context={
            "erase_on": erase_on,
            "login_url": absolute_url(reverse("account_login")),
        },
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
    hooks.RetentionRule(
        key="sent-mail-keys",
        description=gettext_lazy(
            "Schlüssel versandter E-Mails (Art, Objekt, Empfänger:in, Zeitpunkt, "
            "kein Text): gelöscht nach 400 Tagen."
        ),
        apply=lambda *, now: mail.sent_mail_prune(now=now),
    ),
    hooks.RetentionRule(
        key="outbox",
        description=gettext_lazy(
            "Ausstehende Aufgaben (E-Mails und Benachrichtigungen, die noch zu "
            "senden sind): 30 Tage nach dem Versand oder dem Aufgeben gelöscht."
        ),
        apply=lambda *, now: outbox.prune(now=now),
    ),
    hooks.RetentionRule(
        key="accessibility-feedback",
        description=gettext_lazy(
            "Meldungen von Barrieren: gelöscht 12 Monate nach der Antwort, "
            "spätestens 24 Monate nach dem Eingang."
        ),
        apply=accessibility_feedback_prune,
    ),
    hooks.RetentionRule(
        key="exports",
        description=gettext_lazy(
            "Datenauskünfte (ZIP-Dateien): 24 Stunden nach der Erstellung "
            "gelöscht (auch stündlich geprüft)."
        ),
        apply=privacy.data_exports_cleanup,
    ),
    hooks.RetentionRule(
        key="survey-invitations",
        description=gettext_lazy(
            "Einladungen zu Befragungen (wer gefragt wurde und ob geantwortet "
            "hat): 12 Monate nach dem Ende der Befragung gelöscht."
        ),
        apply=questionnaires.invitations_prune,
    ),
    hooks.RetentionRule(
        key="survey-free-texts",
        description=gettext_lazy(
            "Freitext-Antworten anonymer Befragungen: 24 Monate nach dem Ende "
            "der Befragung geleert; Zahlen bleiben."
        ),
        apply=questionnaires.free_texts_prune,
    ),
)
