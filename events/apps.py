from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Veranstaltungen")

    def ready(self) -> None:
        from django.conf import settings

        from cms.integration import register_training_attendance_provider
        from events import sections, selectors, services, signals
        from learning.integration import register_profile_source

        register_training_attendance_provider(
            services.user_attended_training_for_course
        )
        register_profile_source(
            key="trainings",
            label=_("Besuchte Schulungen"),
            counts=selectors.attended_trainings_per_dimension,
        )
        sections.register()
        signals.connect()
        # Reminders go out 24 hours ahead; the task is idempotent, so running
        # it every quarter of an hour only fills gaps.
        settings.CELERY_BEAT_SCHEDULE.setdefault(
            "events-reminders",
            {"task": "events.tasks.reminders_send_task", "schedule": 15 * 60},
        )
