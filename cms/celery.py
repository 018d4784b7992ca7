"""The Celery app: eager without a broker, Redis (or any broker URL) in production.

Convention: tasks take ids, never model instances, and side effects are asked
for with ``cms.outbox.enqueue(task, *ids)`` inside the change's transaction: a
rolled-back change sends nothing, a committed one is sent even when the broker
or a worker is down at that moment.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
