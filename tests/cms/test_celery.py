"""Tasks are enqueued only after the transaction commits; a real broker works."""

import os
import time

import pytest
from celery import shared_task
from django.core.cache import cache
from django.db import transaction

from cms.celery import app


@shared_task(name="tests.remember")
def remember(key: str, value: str) -> None:
    cache.set(key, value)


def test_eager_without_a_broker(settings):
    assert settings.CELERY_TASK_ALWAYS_EAGER


@pytest.mark.django_db(transaction=True)
def test_delay_on_commit_waits_for_the_commit():
    with transaction.atomic():
        remember.delay_on_commit("k", "committed")
        assert cache.get("k") is None
    assert cache.get("k") == "committed"


@pytest.mark.django_db(transaction=True)
def test_nothing_is_enqueued_when_the_transaction_rolls_back():
    with pytest.raises(RuntimeError), transaction.atomic():
        remember.delay_on_commit("k", "rolled back")
        raise RuntimeError
    assert cache.get("k") is None


BROKER = os.environ.get("CELERY_BROKER_URL", "")


# Parallel test workers share the broker's queue: one worker runs these.
@pytest.mark.xdist_group("broker")
@pytest.mark.skipif(
    not BROKER.startswith("redis://"),
    reason="CELERY_BROKER_URL is not a Redis URL: real-broker test skipped",
)
@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_tasks_from_the_real_broker(settings):
    from celery.contrib.testing.worker import start_worker

    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    app.conf.broker_url = BROKER
    try:
        with start_worker(app, perform_ping_check=False, pool="solo"):
            remember.delay("broker", "done")
            deadline = time.monotonic() + 10
            while cache.get("broker") != "done" and time.monotonic() < deadline:
                time.sleep(0.05)
        assert cache.get("broker") == "done"
    finally:
        app.conf.task_always_eager = True
        # The test worker closes the app's pools on its way out: later tests
        # that hand tasks to a real broker need fresh ones.
        from kombu import pools

        app._pool = None
        app.amqp._producer_pool = None
        pools.reset()
