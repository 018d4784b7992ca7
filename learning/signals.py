"""Receivers that keep course completion immediate."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from cms import hooks, roles
from learning.models import Certificate, CourseIndexPage, CoursePage, Enrolment


@receiver(page_published)
def let_trainers_add_courses_to_the_catalogue(sender, instance, **kwargs) -> None:
    """Trainers may add (and then edit their own) courses below any catalogue."""
    if isinstance(instance, CourseIndexPage):
        roles.grant_trainer_pages(instance)


@receiver(page_published, sender=CoursePage)
def tell_other_apps_a_course_was_published(sender, instance, **kwargs) -> None:
    # A translation is the same course in another language (cms.i18n).
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        hooks.call(hooks.COURSE_PUBLISHED, course=instance)


@receiver(post_save, sender=Enrolment)
def reevaluate_paths_on_course_completion(sender, instance, update_fields, **kwargs):
    """A course completed or its completion taken back: the paths follow at once."""
    if update_fields is None or "completed_at" in update_fields:
        from learning.paths import paths_reevaluate

        paths_reevaluate(user=instance.user)


@receiver(post_save, sender=Certificate)
def reevaluate_paths_on_certificate_change(sender, instance, update_fields, **kwargs):
    """A course certificate revoked or valid again: the paths follow at once."""
    if instance.path_id is not None or instance.course_id is None:
        return
    if update_fields is not None and "revoked_at" in update_fields:
        from learning.paths import paths_reevaluate

        paths_reevaluate(user=instance.user)
