"""Celery tasks: thin wrappers that take ids and call a service.

Every task is idempotent: the notifications they send are keyed, so a retry
sends nothing twice.
"""

from celery import shared_task

from events import notifications

# Tasks run through the outbox (cms.outbox), which retries a failed run with
# growing pauses and counts the attempts in the database.


def _booking(booking_id: int):
    from events.models import Booking

    return (
        Booking.objects.select_related("user", "event", "event__venue")
        .filter(pk=booking_id)
        .first()
    )


@shared_task
def booking_confirmation_send_task(booking_id: int) -> bool:
    booking = _booking(booking_id)
    return bool(booking) and notifications.booking_confirmation_send(booking=booking)


@shared_task
def booking_waiting_send_task(booking_id: int) -> bool:
    booking = _booking(booking_id)
    return bool(booking) and notifications.booking_waiting_send(booking=booking)


@shared_task
def booking_promotion_send_task(booking_id: int) -> bool:
    booking = _booking(booking_id)
    return bool(booking) and notifications.booking_promotion_send(booking=booking)


@shared_task
def booking_moved_send_task(booking_id: int) -> bool:
    booking = _booking(booking_id)
    return bool(booking) and notifications.booking_moved_send(booking=booking)


@shared_task
def booking_cancellation_send_task(booking_id: int) -> bool:
    booking = _booking(booking_id)
    return bool(booking) and notifications.booking_cancellation_send(booking=booking)


@shared_task
def event_changed_task(event_id: int, changes: list[str]) -> None:
    from events.services import event_changed

    event_changed(event_id=event_id, changes=changes)


@shared_task
def reminders_send_task() -> int:
    from events.services import reminders_plan

    return reminders_plan()


@shared_task
def reminder_send_task(booking_id: int, session_id: int) -> bool:
    return notifications.reminder_send(booking_id=booking_id, session_id=session_id)


@shared_task
def trainer_message_send_task(message_id: int) -> int:
    from events.models import TrainerMessage

    message = TrainerMessage.objects.select_related("event").filter(pk=message_id)
    message = message.first()
    return notifications.trainer_message_deliver(message=message) if message else 0


@shared_task
def evaluations_open_task() -> int:
    from events.services import evaluations_open_due

    return evaluations_open_due()


@shared_task
def evaluation_invitation_send_task(invitation_id: int) -> bool:
    return notifications.evaluation_invitation_send(invitation_id=invitation_id)
