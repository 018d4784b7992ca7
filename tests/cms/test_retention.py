"""Accounts unused for 24 months are erased, after a warning 30 days ahead."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from cms.models import User
from cms.retention import retention_apply
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


def _unused_since(when, **fields) -> User:
    user = UserFactory(**fields)
    User.objects.filter(pk=user.pk).update(last_login=when, date_joined=when)
    return User.objects.get(pk=user.pk)


def _account_counts(counts):
    return {key: n for key, n in counts.items() if key.startswith("accounts")}


def test_unused_accounts_are_warned_then_erased_and_never_twice(home_page):
    now = timezone.now()
    dormant = _unused_since(now - 701 * DAY, display_name="Dora Dormant")
    recent = _unused_since(now - 100 * DAY)

    counts = retention_apply(now=now)
    assert _account_counts(counts) == {"accounts-1-warn": 1, "accounts-2-erase": 0}
    [warning] = mail.outbox
    assert warning.to == [dormant.email]
    assert "melden Sie sich einfach einmal an" in warning.body
    assert "/konto/login/" in warning.body

    # The same night again, and the next nights: no second mail, nothing erased.
    assert _account_counts(retention_apply(now=now + DAY)) == {
        "accounts-1-warn": 0,
        "accounts-2-erase": 0,
    }
    assert len(mail.outbox) == 1

    later = now + 31 * DAY
    counts = retention_apply(now=later)
    assert counts["accounts-2-erase"] == 1
    dormant.refresh_from_db()
    assert not dormant.is_active
    assert "Dora" not in dormant.display_name
    assert dormant.email.endswith("invalid.example")
    recent.refresh_from_db()
    assert recent.is_active


def test_logging_in_after_the_warning_keeps_the_account(client, home_page, password):
    now = timezone.now()
    person = _unused_since(now - 701 * DAY)
    retention_apply(now=now)
    assert len(mail.outbox) == 1
    User.objects.filter(pk=person.pk).update(last_login=now + 2 * DAY)
    assert retention_apply(now=now + 31 * DAY)["accounts-2-erase"] == 0
    person.refresh_from_db()
    assert person.is_active
    # Unused again for 23 months: a new warning comes first.
    assert retention_apply(now=now + 703 * DAY)["accounts-1-warn"] == 1


def test_the_warning_speaks_the_persons_language(home_page):
    _unused_since(timezone.now() - 701 * DAY, preferred_language="en")
    retention_apply()
    assert "simply log in once" in mail.outbox[0].body


def test_superusers_are_never_erased_for_inactivity(home_page):
    admin = _unused_since(timezone.now() - 1000 * DAY, is_superuser=True)
    retention_apply(now=timezone.now())
    retention_apply(now=timezone.now() + 40 * DAY)
    admin.refresh_from_db()
    assert admin.is_active
    assert mail.outbox == []


def test_the_retention_run_is_scheduled_nightly():
    entry = settings.CELERY_BEAT_SCHEDULE["retention"]
    assert entry["task"] == "cms.tasks.retention_apply_task"
