"""Receivers that keep course completion immediate."""

from django.dispatch import receiver
from wagtail.signals import page_published

from cms import hooks, roles
from learning.models import CourseIndexPage, CoursePage


@receiver(page_published)
def let_trainers_add_courses_to_the_catalogue(sender, instance, **kwargs) -> None:
    """Trainers may add (and then edit their own) courses below any catalogue."""
    if isinstance(instance, CourseIndexPage):
        roles.grant_trainer_pages(instance)


@receiver(page_published, sender=CoursePage)
def tell_other_apps_a_course_was_published(sender, instance, **kwargs) -> None:
    hooks.call(hooks.COURSE_PUBLISHED, course=instance)
