"""Settings of a real Celery worker started by the crash tests (tests/events).

The test settings, but with a broker (``CELERY_BROKER_URL``) instead of eager
tasks and mail over SMTP (``EMAIL_URL``) instead of memory.
"""

from cms.env import load_email_settings
from cms.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
load_email_settings(globals())
