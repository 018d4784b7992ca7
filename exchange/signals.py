"""Create a course's forum when the course is published."""

from django.dispatch import receiver
from wagtail.signals import page_published

from exchange.services import course_forum_ensure
from learning.models import CoursePage


@receiver(page_published, sender=CoursePage)
def create_course_forum(sender, instance, **kwargs) -> None:
    course_forum_ensure(course=instance)
