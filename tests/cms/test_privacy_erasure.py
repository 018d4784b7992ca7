"""Art. 17: one erasure service for self-service and every admin path."""

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.core import mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

from cms.models import User
from events.models import Booking
from exchange.models import Post, Thread
from learning.models import Certificate, ReflectionNote
from network.models import AmbassadorProfile
from tests.cms.privacy_seed import build_world, seed_person
from tests.factories import UserFactory

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, models.EmailField)


@pytest.fixture
def world(home_page, trainer, coordinator):
    return build_world(home_page=home_page, trainer=trainer, coordinator=coordinator)


@pytest.fixture
def zora(world, coordinator):
    """A fully seeded person with a confirmed seat in a full training."""
    person = UserFactory(
        email="zora.zett@example.org",
        display_name="Zora Zett",
        first_name="Zorana",
        last_name="Zimmermann",
    )
    seed_person(person, world, coordinator=coordinator, tag="zora")
    Booking.objects.create(
        event=world.future_training,
        user=person,
        status=Booking.Status.CONFIRMED,
        confirmed_at=timezone.now(),
    )
    return person


@pytest.fixture
def yusuf(world, zora, coordinator):
    """Another person, first on the waiting list of the same training."""
    person = UserFactory(
        email="yusuf.yilmaz@example.org",
        display_name="Yusuf Ypsilon",
        first_name="Yusufo",
        last_name="Yilmazer",
    )
    seed_person(person, world, coordinator=coordinator, tag="yusuf")
    Booking.objects.create(
        event=world.future_training,
        user=person,
        status=Booking.Status.WAITING,
        queued_at=timezone.now() - timedelta(hours=1),
    )
    return person


def _identifiers(person) -> dict[str, str]:
    return {
        "email": person.email,
        "display_name": person.display_name,
        "first_name": person.first_name,
        "last_name": person.last_name,
    }


def _hits_in_database(identifiers: dict[str, str]) -> dict[str, list[str]]:
    """Search every text column of every table for each identifier."""
    hits: dict[str, list[str]] = {name: [] for name in identifiers}
    for model in apps.get_models():
        columns = [
            f.name for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)
        ]
        for name, value in identifiers.items():
            for column in columns:
                count = model._default_manager.filter(
                    **{f"{column}__icontains": value}
                ).count()
                if count:
                    hits[name].append(f"{model._meta.label}.{column}: {count}")
    return hits


def _hits_in_mail(identifiers: dict[str, str], own_address: str) -> list[str]:
    found = []
    for message in mail.outbox:
        if own_address in message.to:
            continue
        texts = [message.subject, message.body] + [
            content for content, _type in getattr(message, "alternatives", [])
        ]
        for name, value in identifiers.items():
            if any(value.lower() in str(text).lower() for text in texts):
                found.append(f"mail to {message.to}: {name}")
    return found


def _assert_nothing_left(identifiers, own_address):
    hits = _hits_in_database(identifiers)
    mail_hits = _hits_in_mail(identifiers, own_address)
    counts = {name: len(found) for name, found in hits.items()}
    print(  # noqa: T201 - the figures are part of the test's report
        "Erasure search:",
        json.dumps(
            {"database": counts, "database_hits": hits, "mail": len(mail_hits)},
            ensure_ascii=False,
        ),
    )
    assert all(not found for found in hits.values()), hits
    assert mail_hits == []


def test_self_service_erasure_leaves_no_trace_of_the_person(
    client, zora, yusuf, password, django_capture_on_commit_callbacks
):
    identifiers = _identifiers(zora)
    # Before: the person is everywhere.
    before = _hits_in_database(identifiers)
    print(  # noqa: T201 - the figures are part of the test's report
        "Before erasure:", {name: len(found) for name, found in before.items()}
    )
    # The seed put every identifier in several places (the audit table that held
    # one more copy is gone: its entries live in Wagtail's log now).
    assert all(len(found) >= 2 for found in before.values()), before
    assert sum(len(found) for found in before.values()) >= 10
    certificate = Certificate.objects.get(user=zora)
    client.force_login(zora)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("my_data_delete"),
            {"password": password, "confirm": "on", "posts": "behalten"},
        )
    assert response.status_code == 302

    _assert_nothing_left(identifiers, own_address=identifiers["email"])
    # The seat went to the next person on the waiting list, who was told.
    waiting = Booking.objects.get(user=yusuf, event__title="Kommende Schulung")
    assert waiting.status == Booking.Status.CONFIRMED
    assert any(yusuf.email in message.to for message in mail.outbox)
    # Nobody mails the address that went.
    assert not any(identifiers["email"] in message.to for message in mail.outbox)
    # Private records went; posts stay under "Gelöschte Person".
    assert not ReflectionNote.objects.filter(user_id=zora.pk).exists()
    assert not AmbassadorProfile.objects.filter(user_id=zora.pk).exists()
    assert Post.objects.filter(author_id=zora.pk, body="Beitrag zora").exists()
    # The certificate is still verifiable, without a name.
    page = client.get(certificate.get_absolute_url()).content.decode()
    assert "Diese Bescheinigung ist gültig." in page
    assert "ausgestellt, Inhaber:in gelöscht" in page
    # The other person's data is untouched.
    assert ReflectionNote.objects.filter(user=yusuf).exists()
    assert User.objects.get(pk=yusuf.pk).display_name == "Yusuf Ypsilon"
    # Signed out everywhere.
    assert client.get(reverse("dashboard")).status_code == 302


def test_the_person_may_choose_to_delete_their_posts(client, zora, world, password):
    client.force_login(zora)
    response = client.post(
        reverse("my_data_delete"),
        {"password": password, "confirm": "on", "posts": "loeschen"},
    )
    assert response.status_code == 302
    assert not Thread.objects.filter(title="Thema zora").exists()
    reply = Post.objects.get(thread=world.third_thread, author_id=zora.pk)
    assert reply.body == "" and reply.deleted_at is not None
    assert Thread.objects.filter(pk=world.third_thread.pk).exists()


def test_the_deletion_form_offers_both_and_keeps_posts_by_default(client, zora):
    client.force_login(zora)
    page = client.get(reverse("my_data")).content.decode()
    assert 'value="behalten"' in page and 'value="loeschen"' in page
    assert 'value="behalten" required id="id_posts_0" checked' in page or (
        'value="behalten"' in page.split("checked")[0].rsplit("<input", 1)[-1]
    )


def test_a_wrong_password_changes_nothing(client, zora):
    client.force_login(zora)
    response = client.post(
        reverse("my_data_delete"),
        {"password": "falsch", "confirm": "on", "posts": "loeschen"},
    )
    assert response.status_code == 400
    assert "Das Passwort stimmt nicht." in response.content.decode()
    zora.refresh_from_db()
    assert zora.is_active and zora.display_name == "Zora Zett"
    assert ReflectionNote.objects.filter(user=zora).exists()
    assert Booking.objects.filter(user=zora, status=Booking.Status.CONFIRMED).exists()


def test_a_coordinator_cannot_erase_someone_through_the_self_service_url(
    client, zora, coordinator
):
    client.force_login(coordinator)
    response = client.post(
        reverse("my_data_delete"),
        {"password": "falsch", "confirm": "on", "user": zora.pk, "id": zora.pk},
    )
    assert response.status_code == 400
    zora.refresh_from_db()
    assert zora.is_active and zora.display_name == "Zora Zett"


def test_the_wagtail_user_admin_erases_through_the_service(
    client, zora, yusuf, coordinator, django_capture_on_commit_callbacks
):
    identifiers = _identifiers(zora)
    certificate = Certificate.objects.get(user=zora)
    client.force_login(coordinator)
    url = reverse("wagtailusers_users:delete", args=[zora.pk])
    assert client.get(url).status_code == 200
    zora.refresh_from_db()
    assert zora.is_active  # the confirmation page changes nothing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    # The row stays (anonymised): nothing cascaded away.
    erased = User.objects.get(pk=zora.pk)
    assert not erased.is_active and erased.display_name == "Gelöschte Person"
    certificate.refresh_from_db()
    assert certificate.holder_name == ""
    page = client.get(certificate.get_absolute_url()).content.decode()
    assert "Diese Bescheinigung ist gültig." in page
    assert "ausgestellt, Inhaber:in gelöscht" in page
    waiting = Booking.objects.get(user=yusuf, event__title="Kommende Schulung")
    assert waiting.status == Booking.Status.CONFIRMED
    assert any(yusuf.email in message.to for message in mail.outbox)
    _assert_nothing_left(identifiers, own_address=identifiers["email"])


def test_the_bulk_delete_of_the_user_list_erases_too(client, zora, coordinator):
    client.force_login(coordinator)
    url = (
        reverse("wagtail_bulk_action", args=["cms", "user", "delete"])
        + f"?id={zora.pk}"
    )
    response = client.post(url)
    assert response.status_code == 302
    erased = User.objects.get(pk=zora.pk)
    assert not erased.is_active and erased.display_name == "Gelöschte Person"
    assert Certificate.objects.filter(user=erased, holder_name="").exists()


def test_a_trainer_cannot_delete_anyone_in_the_admin(client, zora, trainer):
    client.force_login(trainer)
    response = client.post(reverse("wagtailusers_users:delete", args=[zora.pk]))
    assert response.status_code in (302, 403, 404)
    zora.refresh_from_db()
    assert zora.is_active
