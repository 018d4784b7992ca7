"""Every periodic task in the beat schedule names a task that exists."""

from django.conf import settings

from cms.celery import app


def test_beat_schedule_names_registered_tasks():
    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]
