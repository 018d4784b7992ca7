"""Follows, mentions, immediate mail, daily digest, one-click unsubscribe."""

import pytest
from django.core import mail

from exchange import notifications, services
from exchange.models import Frequency, Notification, NotificationPreference
from exchange.tasks import digest_send_all_task, notification_email_send_task
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_reply_notifies_thread_followers_once_after_commit(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post = services.post_create(thread=thread, user=member, body="Schön hier")
    note = Notification.objects.get(recipient=contact_person, post__isnull=False)
    assert note.kind == Notification.Kind.REPLY
    assert note.post == post
    assert not Notification.objects.filter(recipient=member).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [contact_person.email]
    assert "Willkommen" in message.subject
    assert "Schön hier" in message.body
    assert "/austausch/abbestellen/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    html = message.alternatives[0][0]
    assert "abbestellen" in html
    # A retried task sends nothing twice.
    assert notification_email_send_task(note.pk) is False
    assert notifications.post_notify(post=post) == []
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(post=post).count() == 1


def test_group_followers_hear_of_new_threads(
    group, contact_person, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.thread_create(
            forum=group, user=contact_person, title="Neu", body="Hallo"
        )
    note = Notification.objects.get(recipient=member)
    assert note.kind == Notification.Kind.NEW_THREAD


def test_mention_notifies_a_member_who_follows_nothing(
    thread, member, django_capture_on_commit_callbacks
):
    services.follow_set(user=member, forum=thread.forum, follow=False)
    quiet = UserFactory(display_name="Quentin Quiet")
    services.membership_join(forum=thread.forum, user=quiet)
    services.follow_set(user=quiet, forum=thread.forum, follow=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(
            thread=thread, user=member, body="Was meinen Sie, @Quentin Quiet?"
        )
    note = Notification.objects.get(recipient=quiet)
    assert note.kind == Notification.Kind.MENTION
    (message,) = [m for m in mail.outbox if m.to == [quiet.email]]
    assert "erwähnt" in message.subject


def test_mention_of_someone_who_cannot_read_notifies_nobody(
    private_group, contact_person, django_capture_on_commit_callbacks
):
    outsider = UserFactory(display_name="Olga Outsider")
    with django_capture_on_commit_callbacks(execute=True):
        services.thread_create(
            forum=private_group,
            user=contact_person,
            title="Intern",
            body="@Olga Outsider bitte lesen",
        )
    assert not Notification.objects.filter(recipient=outsider).exists()


def test_never_means_in_app_only(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    services.preference_set(user=contact_person, frequency=Frequency.NEVER)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Hallo")
    assert Notification.objects.filter(recipient=contact_person).exists()
    assert mail.outbox == []


def test_group_setting_wins_over_general(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    services.preference_set(user=contact_person, frequency=Frequency.NEVER)
    services.preference_set(
        user=contact_person, forum=thread.forum, frequency=Frequency.IMMEDIATE
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Hallo")
    assert len(mail.outbox) == 1


def test_daily_digest_collects_and_is_sent_once(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    services.preference_set(user=contact_person, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Eins")
        services.post_create(thread=thread, user=member, body="Zwei")
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_all_task() == 1
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert "2 Neuigkeiten" in digest.subject
    assert digest.body.count("/austausch/beitrag/") == 2
    with django_capture_on_commit_callbacks(execute=True):
        digest_send_all_task()
    assert len(mail.outbox) == 1


def test_mail_is_in_the_recipients_language(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Hallo")
    message = mail.outbox[0]
    assert message.subject == "[Gemeinsam Stark] New reply: Willkommen"
    assert "Hello Anna Ansprech," in message.body
    assert '<html lang="en">' in message.alternatives[0][0]


def test_unsubscribe_link_stops_that_kind_of_mail(
    client, thread, contact_person, member, django_capture_on_commit_callbacks
):
    url = notifications.unsubscribe_url(
        user_id=contact_person.pk, forum_id=thread.forum_id
    ).removeprefix("http://127.0.0.1:8000")
    response = client.get(url)
    assert response.status_code == 200
    assert not NotificationPreference.objects.exists()
    response = client.post(url)
    assert response.status_code == 200
    assert "keine E-Mails mehr" in response.content.decode()
    pref = NotificationPreference.objects.get(user=contact_person)
    assert pref.forum == thread.forum and pref.frequency == Frequency.NEVER
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Hallo")
    assert mail.outbox == []


def test_digest_unsubscribe_stops_every_digest(contact_person, group):
    services.preference_set(user=contact_person, frequency=Frequency.DAILY)
    services.preference_set(user=contact_person, forum=group, frequency=Frequency.DAILY)
    token = notifications.unsubscribe_token(
        user_id=contact_person.pk, forum_id=notifications.GENERAL
    )
    notifications.unsubscribe(token=token)
    assert set(NotificationPreference.objects.values_list("frequency", flat=True)) == {
        Frequency.NEVER
    }


def test_forged_unsubscribe_token_is_a_404(client):
    assert client.post("/austausch/abbestellen/erfunden/").status_code == 404


def test_a_failed_send_leaves_the_notification_for_the_retry(
    thread, contact_person, member, monkeypatch
):
    from django.core.mail import EmailMultiAlternatives

    post = services.post_create(thread=thread, user=member, body="Hallo")
    (notification_id,) = notifications.post_notify(post=post)

    def broken(self, *args, **kwargs):
        raise OSError("Mailserver nicht erreichbar")

    with monkeypatch.context() as patch:
        patch.setattr(EmailMultiAlternatives, "send", broken)
        with pytest.raises(OSError):
            notifications.notification_email_send(notification_id=notification_id)
    assert Notification.objects.get(pk=notification_id).emailed_at is None
    assert notifications.notification_email_send(notification_id=notification_id)
    assert len(mail.outbox) == 1


def _one_click(url: str):
    """Post to a List-Unsubscribe link as a mail program does: no cookie, no CSRF."""
    from django.test import Client

    path = url.strip("<>").removeprefix("http://127.0.0.1:8000")
    return Client(enforce_csrf_checks=True).post(
        path, {"List-Unsubscribe": "One-Click"}
    )


def test_the_list_unsubscribe_header_works_in_one_click(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Hallo")
    (message,) = mail.outbox
    assert not message.reply_to
    assert _one_click(message.extra_headers["List-Unsubscribe"]).status_code == 200
    pref = NotificationPreference.objects.get(user=contact_person)
    assert pref.forum == thread.forum and pref.frequency == Frequency.NEVER


def test_the_digest_is_a_subscription_with_a_working_unsubscribe(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    services.preference_set(user=contact_person, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Eins")
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_all_task() == 1
    (digest,) = mail.outbox
    assert digest.subject.startswith("[Gemeinsam Stark] ")
    assert not digest.reply_to
    assert _one_click(digest.extra_headers["List-Unsubscribe"]).status_code == 200
    assert set(NotificationPreference.objects.values_list("frequency", flat=True)) == {
        Frequency.NEVER
    }


def test_a_retried_digest_task_sends_nothing_twice(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    from exchange.tasks import digest_send_task

    services.preference_set(user=contact_person, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Eins")
    assert digest_send_task(contact_person.pk) == 1
    assert digest_send_task(contact_person.pk) == 0
    assert len(mail.outbox) == 1


def test_the_digest_is_in_the_recipients_language(
    thread, contact_person, member, django_capture_on_commit_callbacks
):
    contact_person.preferred_language = "en"
    contact_person.save(update_fields=["preferred_language"])
    services.preference_set(user=contact_person, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Eins")
    with django_capture_on_commit_callbacks(execute=True):
        digest_send_all_task()
    (digest,) = mail.outbox
    assert digest.body.startswith("Hello Anna Ansprech,")
    assert '<html lang="en">' in digest.alternatives[0][0]
