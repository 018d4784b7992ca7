"""Periodic tasks of the exchange, merged into CELERY_BEAT_SCHEDULE."""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "exchange-daily-digest": {
        "task": "exchange.tasks.digest_send_all_task",
        "schedule": crontab(hour=7, minute=0),
    },
}
