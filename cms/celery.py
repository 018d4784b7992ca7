"""The Celery app: eager without a broker, Redis (or any broker URL) in production.

Convention: tasks take ids, never model instances, and are enqueued with
``task.delay_on_commit(...)`` so a rolled-back transaction never sends anything.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
