"""Rules of training requests: support, coordination, notifications."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from cms.models import SentMail
from network import services
from network.models import Support, TrainingRequest
from network.services import NetworkError
from network.tasks import training_request_notify_supporters_task
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_author_is_the_first_supporter(make_request, contact_person):
    request = make_request(contact_person)
    assert request.status == TrainingRequest.Status.OPEN
    assert request.support_count == 1
    assert Support.objects.filter(request=request, user=contact_person).exists()
    assert ModelLogEntry.objects.filter(action="network.request_create").exists()


def test_support_once_and_withdraw(make_request, contact_person, other_person):
    request = make_request(contact_person)
    services.training_request_support(request=request, user=other_person)
    request.refresh_from_db()
    assert request.support_count == 2

    with pytest.raises(NetworkError) as error:
        services.training_request_support(request=request, user=other_person)
    assert error.value.code == "already_supported"
    request.refresh_from_db()
    assert request.support_count == 2

    services.training_request_withdraw(request=request, user=other_person)
    request.refresh_from_db()
    assert request.support_count == 1
    with pytest.raises(NetworkError) as error:
        services.training_request_withdraw(request=request, user=other_person)
    assert error.value.code == "not_supported"


def test_closed_request_cannot_be_supported(
    make_request, contact_person, other_person, coordinator
):
    request = make_request(contact_person)
    services.training_request_decline(
        request=request, reason="Gibt es schon.", actor=coordinator
    )
    with pytest.raises(NetworkError) as error:
        services.training_request_support(request=request, user=other_person)
    assert error.value.code == "closed"
    assert Support.objects.filter(request=request).count() == 1


@pytest.mark.parametrize("role", ["contact", "trainer"])
def test_only_coordinators_answer_plan_decline_merge(
    make_request, contact_person, trainer, role, training
):
    actor = contact_person if role == "contact" else trainer
    request = make_request(contact_person)
    other = make_request(trainer, title="Anderes Thema")
    calls = [
        lambda: services.training_request_answer(
            request=request, answer="x", actor=actor
        ),
        lambda: services.training_request_plan(
            request=request, actor=actor, training=training
        ),
        lambda: services.training_request_decline(
            request=request, reason="x", actor=actor
        ),
        lambda: services.training_request_merge(
            request=request, into=other, actor=actor
        ),
    ]
    for call in calls:
        with pytest.raises(NetworkError) as error:
            call()
        assert error.value.code == "not_allowed"
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.OPEN
    assert request.public_answer == ""
    assert request.training is None
    assert not mail.outbox


def test_decline_needs_a_reason(make_request, contact_person, coordinator):
    request = make_request(contact_person)
    with pytest.raises(NetworkError) as error:
        services.training_request_decline(
            request=request, reason=" ", actor=coordinator
        )
    assert error.value.code == "reason_required"
    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.OPEN


def test_linking_a_training_notifies_every_supporter_once(
    make_request,
    contact_person,
    coordinator,
    training,
    django_capture_on_commit_callbacks,
):
    supporters = [UserFactory(), UserFactory(preferred_language="en")]
    request = make_request(contact_person)
    for user in supporters:
        services.training_request_support(request=request, user=user)

    with django_capture_on_commit_callbacks(execute=True):
        services.training_request_plan(
            request=request, actor=coordinator, answer="Im März.", training=training
        )

    request.refresh_from_db()
    assert request.status == TrainingRequest.Status.PLANNED
    assert request.training == training
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([contact_person.email] + [u.email for u in supporters])
    message = next(m for m in mail.outbox if m.to == [contact_person.email])
    assert "Demenz verstehen" in message.subject
    assert "Im März." in message.body
    assert message.alternatives[0][1] == "text/html"

    # A retried task (or a second save) sends nothing more.
    training_request_notify_supporters_task.delay(request.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.training_request_plan(
            request=request, actor=coordinator, training=training
        )
    assert len(mail.outbox) == 3
    assert SentMail.objects.filter(kind="network.training_planned").count() == 3


def test_notification_waits_for_the_commit(
    make_request,
    contact_person,
    coordinator,
    training,
    django_capture_on_commit_callbacks,
):
    request = make_request(contact_person)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.training_request_plan(
            request=request, actor=coordinator, training=training
        )
    assert not mail.outbox
    # The mail goes once the transaction commits (beside the page cache's bump).
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1


def test_merge_moves_supporters_without_double_counting(
    make_request, contact_person, other_person, coordinator
):
    third = UserFactory()
    duplicate = make_request(contact_person, title="Trauer begleiten")
    target = make_request(other_person)
    services.training_request_support(request=duplicate, user=other_person)
    services.training_request_support(request=duplicate, user=third)

    services.training_request_merge(request=duplicate, into=target, actor=coordinator)

    duplicate.refresh_from_db()
    target.refresh_from_db()
    assert duplicate.status == TrainingRequest.Status.MERGED
    assert duplicate.merged_into == target
    assert target.support_count == 3
    assert set(target.supports.values_list("user_id", flat=True)) == {
        contact_person.pk,
        other_person.pk,
        third.pk,
    }
    with pytest.raises(NetworkError) as error:
        services.training_request_merge(request=target, into=target, actor=coordinator)
    assert error.value.code == "merge_self"


def test_supporters_merged_into_a_planned_request_hear_of_its_training(
    make_request, contact_person, other_person, coordinator, training, on_commit
):
    target = make_request(contact_person)
    with on_commit():
        services.training_request_plan(
            request=target, actor=coordinator, training=training
        )
    assert [m.to for m in mail.outbox] == [[contact_person.email]]
    duplicate = make_request(other_person, title="Doppelt")
    with on_commit():
        services.training_request_merge(
            request=duplicate, into=target, actor=coordinator
        )
    assert [m.to for m in mail.outbox] == [[contact_person.email], [other_person.email]]


def test_mail_is_rendered_in_the_recipients_language(
    make_request, coordinator, training, on_commit
):
    english = UserFactory(preferred_language="en")
    request = make_request(english)
    with on_commit():
        services.training_request_plan(
            request=request, actor=coordinator, training=training
        )
    [message] = mail.outbox
    assert '<html lang="en">' in message.alternatives[0][0]
