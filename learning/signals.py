"""Receivers that keep course completion immediate."""

from django.dispatch import receiver

from cms.integration import attendance_recorded
from learning import services


@receiver(attendance_recorded)
def reevaluate_completion_on_attendance(sender, user, event, **kwargs) -> None:
    services.completion_on_attendance(user=user, event=event)
