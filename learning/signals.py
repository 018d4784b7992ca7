"""Receivers that keep course completion immediate."""

from django.dispatch import receiver
from wagtail.signals import page_published

from cms import roles
from cms.integration import attendance_recorded
from learning import services
from learning.models import CourseIndexPage


@receiver(attendance_recorded)
def reevaluate_completion_on_attendance(sender, user, event, **kwargs) -> None:
    services.completion_on_attendance(user=user, event=event, actor=kwargs.get("actor"))


@receiver(page_published)
def let_trainers_add_courses_to_the_catalogue(sender, instance, **kwargs) -> None:
    """Trainers may add (and then edit their own) courses below any catalogue."""
    if isinstance(instance, CourseIndexPage):
        roles.grant_trainer_pages(instance)
