"""The outbox: side effects that survive a rolled-back change, a dead worker or broker.

Every side effect (a mail, a certificate, a notification, a digest) is asked
for with ``enqueue(task, *ids)`` inside the transaction of the change that
causes it. That writes an ``Outbox`` row in the same transaction; after the
commit the worker is woken to drain the outbox (``cms.tasks.outbox_drain_task``).
A rush of changes (500 bookings at one moment) wakes it once, not once per row:
the first commit sets a flag in the cache and sends one drain task; later
commits see the flag and send nothing. The drain runs every ready row, clears
the flag, and looks once more before it ends, so a row committed while the flag
stood is never left behind.

The worker runs a row only after claiming it with a conditional update (not
sent, not given up, due, and not claimed by someone else within
``OUTBOX_CLAIM_TIMEOUT``), so two deliveries of the same id, or the sweep and
the broker together, run it once. It counts the attempt in the row, runs the
task's code in the worker itself, and marks the row sent in its own short
transaction. A failure is written to the row and tried again later, up to
``max_attempts`` times with growing pauses; then the row is given up and
logged as an error.

If the broker is down at the commit, nothing is lost: the change and its row
stand, the page answers as usual, and the sweep (``outbox_sweep``, every
minute from the beat schedule) dispatches every row that is due, not sent and
not claimed recently, again after the broker is back. Without a broker
(``CELERY_TASK_ALWAYS_EAGER``: development and tests) the row runs at once
after the commit.

The task's code must be idempotent: mails are (``cms.mail`` keys them and
confirms each one right after the mail server took it).
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from functools import partial

from celery import Task, current_app
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from cms.models import Outbox, User

logger = logging.getLogger(__name__)

#: Sent and given-up rows are deleted after this long (``cms.retention``).
RETENTION = timedelta(days=30)
#: Pause before the n-th retry: 30 s, 1, 2, 4, 8 … minutes, at most an hour.
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(hours=1)
#: Rows the sweep dispatches at most per run (the next run takes the rest).
SWEEP_BATCH = 500
#: Rows one drain task runs before it hands on to a new one, so that other
#: tasks (an export, a certificate) queued meanwhile get their turn.
DRAIN_BATCH = 100
#: The cache flag saying that a drain is asked for or running. It expires, so a
#: drain task lost with its worker stops holding back new ones.
DRAIN_LOCK = "outbox-drain-asked"
DRAIN_LOCK_SECONDS = 10


def claim_timeout() -> timedelta:
    """How long a claimed row (or mail) belongs to the worker that claimed it."""
    return timedelta(seconds=getattr(settings, "OUTBOX_CLAIM_TIMEOUT", 300))


def sweep_grace() -> timedelta:
    """How long a new row waits in the broker before the sweep sends it again."""
    return timedelta(seconds=getattr(settings, "OUTBOX_SWEEP_GRACE", 60))


def enqueue(
    task: Task,
    *args: object,
    key: str = "",
    recipient: User | int | None = None,
    due_at: datetime | None = None,
    max_attempts: int | None = None,
) -> Outbox:
    """Write a row for ``task(*args)``; dispatch it once the transaction commits.

    Call it inside the transaction of the change that causes the side effect.
    ``args`` must be JSON (ids, strings, lists). A ``key`` makes a second
    enqueue of the same task and key return the first row instead of a new
    one; without it every call is a row of its own. ``recipient`` names the
    person (or person's id) the side effect is for, so their export lists and
    their erasure deletes it.
    """
    fields = {
        "payload": {"args": list(args)},
        "recipient_id": recipient.pk if isinstance(recipient, User) else recipient,
        "due_at": due_at or timezone.now(),
    }
    if max_attempts is not None:
        fields["max_attempts"] = max_attempts
    if key:
        row, _created = Outbox.objects.get_or_create(
            kind=task.name, key=key, defaults=fields
        )
    else:
        row = Outbox.objects.create(kind=task.name, key=uuid.uuid4().hex, **fields)
    if row.sent_at is None and row.due_at <= timezone.now():
        transaction.on_commit(partial(dispatch, row.pk))
    return row


def planned(task: Task, *, keys) -> set[str]:
    """Return those of ``keys`` for which a row of ``task`` was written already."""
    return set(
        Outbox.objects.filter(kind=task.name, key__in=list(keys)).values_list(
            "key", flat=True
        )
    )


def _eager() -> bool:
    return bool(current_app.conf.task_always_eager)


def dispatch(row_id: int) -> None:
    """Have a committed row run: at once without a broker, else by a drain."""
    if _eager():
        run(row_id)
        return
    wake()


def wake() -> None:
    """Send one drain task, unless one is asked for or running already.

    When the broker is down the row waits for the sweep; when the cache is
    down every commit sends its own drain task, as before the flag.
    """
    from cms.tasks import outbox_drain_task

    try:
        if not cache.add(DRAIN_LOCK, 1, DRAIN_LOCK_SECONDS):
            return
    except Exception:  # the cache is unreachable: wake the worker anyway
        logger.warning("Outbox drain flag not set; the worker is woken anyway")
    try:
        outbox_drain_task.delay()
    except Exception:  # the broker is down or unreachable: the sweep sends it
        _lower_flag()
        logger.warning("Outbox drain not dispatched; the sweep sends the rows")


def _lower_flag() -> None:
    try:
        cache.delete(DRAIN_LOCK)
    except Exception:
        logger.warning("Outbox drain flag not cleared; it expires by itself")


def ready_ids(*, now: datetime | None = None, limit: int = DRAIN_BATCH) -> list[int]:
    """Ids of the due rows nobody sent, gave up or claimed; oldest first."""
    now = now or timezone.now()
    return list(
        Outbox.objects.filter(
            sent_at__isnull=True,
            failed_at__isnull=True,
            claimed_at__isnull=True,
            due_at__lte=now,
        )
        .order_by("due_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def drain(*, limit: int = DRAIN_BATCH) -> int:
    """Run the ready rows, up to ``limit``; return how many ran.

    The flag is cleared before the last look: a row committed after that look
    raises the flag again and sends a new drain task; one committed before it
    is found by it. With rows left after ``limit``, a new drain task takes
    them, behind whatever else was queued meanwhile.
    """
    ran = 0
    taken = 0
    while taken < limit:
        ids = ready_ids(limit=limit - taken)
        if not ids:
            _lower_flag()
            ids = ready_ids(limit=limit - taken)
            if not ids:
                return ran
        for row_id in ids:
            ran += run(row_id)
        taken += len(ids)
    _lower_flag()
    if ready_ids(limit=1):
        wake()
    return ran


def refresh_after_commit(task: Task) -> None:
    """Start a refresh task (counts kept in the cache) once the transaction commits.

    A refresh is no mail: nothing is lost when the broker is down, the next
    change starts it again. So a broker outage must not turn the commit of a
    role change or a post into an error.
    """

    def start() -> None:
        try:
            task.delay()
        except Exception:  # the broker is down or unreachable
            logger.warning("Task %s not started: the broker is unreachable", task.name)

    transaction.on_commit(start)


def run(row_id: int, *, now: datetime | None = None) -> bool:
    """Claim a row, run its task's code, mark it sent; tell whether it ran.

    A row that is sent, given up, not yet due or claimed by another worker
    within ``OUTBOX_CLAIM_TIMEOUT`` is left alone (returns False).
    """
    now = now or timezone.now()
    claimed = (
        Outbox.objects.filter(
            pk=row_id,
            sent_at__isnull=True,
            failed_at__isnull=True,
            due_at__lte=now,
        )
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - claim_timeout()))
        .update(claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return False
    row = Outbox.objects.get(pk=row_id)
    try:
        task = current_app.tasks[row.kind]
        task.run(*row.payload.get("args", []))
    except Exception as error:
        _failed(row, error)
        if _eager() and current_app.conf.task_eager_propagates:
            raise
        return False
    Outbox.objects.filter(pk=row.pk, claimed_at=now).update(
        sent_at=timezone.now(), last_error=""
    )
    return True


def _failed(row: Outbox, error: Exception) -> None:
    now = timezone.now()
    message = f"{type(error).__name__}: {error}"[:2000]
    if row.attempts >= row.max_attempts:
        Outbox.objects.filter(pk=row.pk).update(
            failed_at=now, claimed_at=None, last_error=message
        )
        logger.error(
            "Outbox row %s (%s) given up after %s attempts: %s",
            row.pk,
            row.kind,
            row.attempts,
            message,
        )
        return
    pause = min(FIRST_PAUSE * 2 ** max(row.attempts - 1, 0), LONGEST_PAUSE)
    Outbox.objects.filter(pk=row.pk).update(
        due_at=now + pause, claimed_at=None, last_error=message
    )
    logger.warning(
        "Outbox row %s (%s) failed, attempt %s of %s: %s",
        row.pk,
        row.kind,
        row.attempts,
        row.max_attempts,
        message,
    )


def due_ids(*, now: datetime | None = None, limit: int = SWEEP_BATCH) -> list[int]:
    """Ids of the rows that are due, not sent, not given up, not claimed recently.

    A new row is left to the broker for ``OUTBOX_SWEEP_GRACE`` first. On
    PostgreSQL two sweeps at once skip each other's rows (SKIP LOCKED).
    """
    now = now or timezone.now()
    waiting = Outbox.objects.filter(sent_at__isnull=True, failed_at__isnull=True)
    due = waiting.filter(
        Q(claimed_at__isnull=True, due_at__lte=now - sweep_grace())
        | Q(claimed_at__isnull=True, attempts__gt=0, due_at__lte=now)
        | Q(claimed_at__lt=now - claim_timeout())
    ).order_by("due_at")
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        return list(due.values_list("pk", flat=True)[:limit])


def sweep(*, now: datetime | None = None) -> int:
    """Dispatch every row that is due and not sent; return how many.

    Each row goes to the broker on its own: these are the rows a drain did not
    take (the broker was down, a retry's pause is over, a claim expired).
    """
    from cms.tasks import outbox_send_task

    ids = due_ids(now=now)
    for row_id in ids:
        if _eager():
            run(row_id)
            continue
        try:
            outbox_send_task.delay(row_id)
        except Exception:  # the broker is still down: the next sweep sends it
            logger.warning(
                "Outbox row %s not dispatched; the next sweep sends it", row_id
            )
    return len(ids)


def prune(*, now: datetime | None = None) -> int:
    """Delete sent and given-up rows older than ``RETENTION``; return how many."""
    before = (now or timezone.now()) - RETENTION
    deleted, _rows = Outbox.objects.filter(
        Q(sent_at__lt=before) | Q(failed_at__lt=before)
    ).delete()
    return deleted
