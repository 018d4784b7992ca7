"""The outbox: a side effect is a row in the change's transaction, run once, retried."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from celery import shared_task
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from cms import mail, outbox
from cms.models import Outbox, SentMail
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]


@shared_task(name="tests.outbox.remember")
def remember(key: str) -> None:
    cache.set(key, (cache.get(key) or 0) + 1)


@shared_task(name="tests.outbox.fail")
def fail(key: str) -> None:
    raise ConnectionError(f"Server weg {key}")


@shared_task(name="tests.outbox.mail")
def send_mail(user_id: int) -> bool:
    from cms.models import User

    return mail.mail(
        kind="tests.outbox",
        key=user_id,
        to=User.objects.get(pk=user_id),
        subject="Hallo",
        template="cms/email/inactivity_warning",
        context={"erase_on": timezone.now(), "login_url": "https://x.example"},
    )


@pytest.fixture
def not_eager(monkeypatch):
    """Run rows as a worker would: failures are recorded, not raised. Returns
    what went to the broker: row ids (the sweep) and "drain" (a wake-up)."""
    monkeypatch.setattr(outbox, "_eager", lambda: False)
    sent = []
    monkeypatch.setattr(
        "cms.tasks.outbox_send_task.delay", lambda row_id: sent.append(row_id)
    )
    monkeypatch.setattr(
        "cms.tasks.outbox_drain_task.delay", lambda: sent.append("drain")
    )
    cache.delete(outbox.DRAIN_LOCK)
    return sent


@pytest.mark.django_db(transaction=True)
def test_the_row_is_written_with_the_change_and_runs_after_the_commit():
    with transaction.atomic():
        row = outbox.enqueue(remember, "k")
        assert cache.get("k") is None
    row.refresh_from_db()
    assert cache.get("k") == 1
    assert row.sent_at is not None and row.attempts == 1
    assert outbox.run(row.pk) is False  # a second delivery runs nothing
    assert cache.get("k") == 1


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_leaves_no_row_and_no_effect():
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.enqueue(remember, "k")
        raise RuntimeError
    assert not Outbox.objects.exists()
    assert cache.get("k") is None


@pytest.mark.django_db
def test_a_key_collapses_duplicates(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = outbox.enqueue(remember, "k", key="one")
        second = outbox.enqueue(remember, "k", key="one")
    assert first.pk == second.pk
    assert cache.get("k") == 1


@pytest.mark.django_db
def test_a_down_broker_loses_nothing_and_the_sweep_sends_it_later(
    not_eager, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args):
        raise OSError("Connection refused")

    monkeypatch.setattr("cms.tasks.outbox_drain_task.delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        row = outbox.enqueue(remember, "k")  # no error reaches the caller
    assert cache.get("k") is None
    # The flag is down again: the next commit tries the broker once more.
    assert cache.get(outbox.DRAIN_LOCK) is None
    # Within the grace the broker is trusted; after it the sweep dispatches.
    assert outbox.due_ids() == []
    later = timezone.now() + outbox.sweep_grace() + timedelta(seconds=1)
    assert outbox.due_ids(now=later) == [row.pk]
    sent = []
    monkeypatch.setattr("cms.tasks.outbox_send_task.delay", sent.append)
    assert outbox.sweep(now=later) == 1
    assert sent == [row.pk]
    assert outbox.run(row.pk) is True
    assert cache.get("k") == 1
    assert outbox.due_ids(now=later) == []


@pytest.mark.django_db
def test_a_rush_of_commits_wakes_the_worker_once_and_one_drain_runs_every_row(
    not_eager, django_capture_on_commit_callbacks
):
    rows = []
    for number in range(5):
        with django_capture_on_commit_callbacks(execute=True):
            rows.append(outbox.enqueue(remember, f"k{number}"))
    assert not_eager == ["drain"]
    assert outbox.drain() == 5
    assert all(cache.get(f"k{number}") == 1 for number in range(5))
    assert not Outbox.objects.filter(sent_at__isnull=True).exists()
    # The drain lowered the flag: the next commit wakes the worker again.
    with django_capture_on_commit_callbacks(execute=True):
        outbox.enqueue(remember, "later")
    assert not_eager == ["drain", "drain"]


@pytest.mark.django_db
def test_a_row_committed_while_a_drain_runs_is_not_left_behind(
    not_eager, django_capture_on_commit_callbacks, monkeypatch
):
    """The drain clears the flag before its last look: a row that came while the
    flag stood is found by that look, a row after it wakes a new drain."""
    with django_capture_on_commit_callbacks(execute=True):
        outbox.enqueue(remember, "first")
    looks = []
    ready = outbox.ready_ids

    def ready_while_committing(**kwargs):
        looks.append(cache.get(outbox.DRAIN_LOCK))
        found = ready(**kwargs)
        if len(looks) == 2:
            # Right after a look that found nothing, before the flag is
            # cleared: this row's commit sees the flag and sends nothing.
            assert found == []
            with django_capture_on_commit_callbacks(execute=True):
                outbox.enqueue(remember, "meanwhile")
        return found

    monkeypatch.setattr(outbox, "ready_ids", ready_while_committing)
    assert outbox.drain() == 2
    assert cache.get("first") == 1 and cache.get("meanwhile") == 1
    assert not_eager == ["drain"]
    # The look after the flag was cleared found it.
    assert looks[:3] == [1, 1, None]


@pytest.mark.django_db
def test_a_long_drain_hands_on_to_a_new_task(
    not_eager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(4):
            outbox.enqueue(remember, f"k{number}")
    assert not_eager == ["drain"]
    assert outbox.drain(limit=3) == 3
    # Other tasks queued meanwhile come first; a new drain takes the rest.
    assert not_eager == ["drain", "drain"]
    assert outbox.drain(limit=3) == 1
    assert not Outbox.objects.filter(sent_at__isnull=True).exists()


@pytest.mark.django_db
def test_a_role_change_commits_while_the_broker_is_down(
    monkeypatch, django_capture_on_commit_callbacks, caplog
):
    """Roles refresh the header's moderation counts in the background; with the
    broker down the change still stands and nothing reaches the person."""
    from cms import roles
    from exchange.tasks import moderation_totals_refresh_task

    def broker_down():
        raise OSError("Connection refused")

    monkeypatch.setattr(moderation_totals_refresh_task, "delay", broker_down)
    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        roles.add_role(person, roles.COORDINATORS)
    assert person.groups.filter(name=roles.COORDINATORS).exists()
    assert "not started: the broker is unreachable" in caplog.text


@pytest.mark.django_db
def test_a_claimed_row_is_left_to_its_worker_until_the_claim_expires(not_eager):
    row = outbox.enqueue(remember, "k")
    now = timezone.now()
    Outbox.objects.filter(pk=row.pk).update(claimed_at=now, attempts=1)
    assert outbox.run(row.pk, now=now + timedelta(seconds=5)) is False
    assert outbox.due_ids(now=now + timedelta(seconds=5)) == []
    expired = now + outbox.claim_timeout() + timedelta(seconds=1)
    assert outbox.due_ids(now=expired) == [row.pk]
    assert outbox.run(row.pk, now=expired) is True
    row.refresh_from_db()
    assert row.attempts == 2 and row.sent_at is not None
    assert cache.get("k") == 1


@pytest.mark.django_db
def test_failures_are_counted_in_the_database_and_capped(not_eager):
    row = outbox.enqueue(fail, "k", max_attempts=3)
    now = timezone.now()
    assert outbox.run(row.pk, now=now) is False
    row.refresh_from_db()
    assert row.attempts == 1 and row.claimed_at is None
    assert "Server weg" in row.last_error
    assert row.due_at >= now + outbox.FIRST_PAUSE
    # Not due before the pause is over, then due at once (no grace for retries).
    assert outbox.run(row.pk, now=now) is False
    assert outbox.due_ids(now=row.due_at) == [row.pk]
    for _attempt in range(2):
        row.refresh_from_db()
        outbox.run(row.pk, now=row.due_at)
    row.refresh_from_db()
    assert row.attempts == 3 and row.failed_at is not None and row.sent_at is None
    assert outbox.due_ids(now=row.due_at + timedelta(days=1)) == []
    assert outbox.run(row.pk, now=row.due_at + timedelta(days=1)) is False


@pytest.mark.django_db
def test_in_eager_mode_a_failure_is_recorded_and_raised(
    django_capture_on_commit_callbacks,
):
    with (
        pytest.raises(ConnectionError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = outbox.enqueue(fail, "k")
    row.refresh_from_db()
    assert row.attempts == 1 and "Server weg" in row.last_error


@pytest.mark.django_db
def test_a_mail_claimed_but_not_confirmed_is_sent_again_only_after_the_claim(
    mailoutbox,
):
    person = UserFactory()
    lookup = {
        "kind": "tests.outbox",
        "object_key": str(person.pk),
        "version": "",
        "recipient": person,
        "address_hash": "",
    }
    # A worker claimed the mail and died before confirming it.
    SentMail.objects.create(**lookup, confirmed=False)
    with pytest.raises(mail.MailInFlight):
        send_mail.run(person.pk)
    assert mailoutbox == []
    SentMail.objects.update(sent_at=timezone.now() - outbox.claim_timeout())
    assert send_mail.run(person.pk) is True
    assert send_mail.run(person.pk) is False
    assert len(mailoutbox) == 1
    assert SentMail.objects.get().confirmed
    # The Message-ID comes from the key: a resend is the same message.
    assert mailoutbox[0].extra_headers["Message-ID"] == mail.message_id(lookup)
    assert re.fullmatch(r"<[0-9a-f]{40}@[\w.-]+>", mail.message_id(lookup))


@pytest.mark.django_db
def test_a_mail_the_server_refused_keeps_no_claim(mailoutbox, monkeypatch):
    from smtplib import SMTPException

    from django.core.mail import EmailMultiAlternatives

    person = UserFactory()

    def refuse(self, *args, **kwargs):
        raise SMTPException("Server weg")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    with pytest.raises(SMTPException):
        send_mail.run(person.pk)
    assert not SentMail.objects.exists()


@pytest.mark.django_db
def test_sent_rows_go_after_thirty_days():
    now = timezone.now()
    old = outbox.enqueue(remember, "a")
    given_up = outbox.enqueue(remember, "b")
    waiting = outbox.enqueue(remember, "c")
    recent = outbox.enqueue(remember, "d")
    Outbox.objects.filter(pk=old.pk).update(sent_at=now - timedelta(days=31))
    Outbox.objects.filter(pk=given_up.pk).update(failed_at=now - timedelta(days=31))
    Outbox.objects.filter(pk=waiting.pk).update(created_at=now - timedelta(days=90))
    Outbox.objects.filter(pk=recent.pk).update(sent_at=now - timedelta(days=29))
    assert outbox.prune(now=now) == 2
    assert set(Outbox.objects.values_list("pk", flat=True)) == {waiting.pk, recent.pk}


def test_the_sweep_runs_every_minute(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE["cms-outbox-sweep"]
    assert schedule["task"] == "cms.tasks.outbox_sweep_task"
    assert schedule["schedule"] <= 60


def test_tasks_are_acknowledged_late_and_one_at_a_time(settings):
    from cms.tasks import outbox_drain_task, outbox_send_task

    assert settings.CELERY_TASK_ACKS_LATE
    assert settings.CELERY_TASK_REJECT_ON_WORKER_LOST
    assert settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] >= 600
    assert outbox_send_task.acks_late and outbox_send_task.reject_on_worker_lost
    assert outbox_drain_task.acks_late and outbox_drain_task.reject_on_worker_lost


def test_every_side_effect_goes_through_the_outbox():
    """No app hands a task to the broker itself (beat schedules aside)."""
    offenders = []
    for app in ("cms", "events", "exchange", "learning", "network"):
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or path.name == "outbox.py":
                continue
            text = path.read_text()
            for pattern in (r"\.delay_on_commit\(", r"\.delay\(", r"\.apply_async\("):
                if re.search(pattern, text):
                    offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert offenders == []


@pytest.mark.django_db
def test_the_command_shows_and_retries_given_up_rows(not_eager):
    from io import StringIO

    from django.core.management import call_command

    row = outbox.enqueue(fail, "k", max_attempts=1)
    outbox.run(row.pk)
    out = StringIO()
    call_command("outbox", stdout=out)
    assert "waiting: 0  sent: 0  given up: 1" in out.getvalue()
    assert "Server weg k" in out.getvalue()
    call_command("outbox", "--retry-failed", stdout=out)
    row.refresh_from_db()
    assert row.failed_at is None and row.attempts == 0
    assert outbox.due_ids() == [row.pk]
