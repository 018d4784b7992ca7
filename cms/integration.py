"""Seams between the apps, so that each can be built and tested on its own.

* ``attendance_recorded`` is sent by the events app whenever a person's
  attendance at a training changes (``user=``, ``event=``); the learning app
  re-evaluates course completion on it, at once.
* ``training_attendance_providers``: callables ``(user, course) -> bool``
  that tell whether a person attended one of the trainings linked to a course;
  the events app registers one in ``AppConfig.ready()``.
"""

from collections.abc import Callable

from django.dispatch import Signal

attendance_recorded = Signal()

training_attendance_providers: list[Callable] = []


def register_training_attendance_provider(provider: Callable) -> None:
    if provider not in training_attendance_providers:
        training_attendance_providers.append(provider)


def attended_training_for_course(user, course) -> bool:
    """Tell whether the person attended a training that counts for this course."""
    return any(provider(user, course) for provider in training_attendance_providers)
