"""Moderators alerted: a report or a post waiting for approval tells the
group's moderators and the coordination at once, in the platform and by e-mail
as each chose (immediately, daily digest, never), once; the header counts what
waits, for people who moderate only, from the cache."""

import pytest
from django.core import mail

from exchange import services
from exchange.models import Frequency, ModerationPreference, Notification
from exchange.tasks import digest_send_all_task
from tests.exchange.conftest import make_group
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _alerts(kind):
    return Notification.objects.filter(kind=kind)


def test_a_report_alerts_the_moderator_and_the_coordination_once(
    thread, member, contact_person, coordinator, django_capture_on_commit_callbacks
):
    post = thread.posts.get()
    with django_capture_on_commit_callbacks(execute=True):
        services.post_report(post=post, user=member, reason="Beleidigend")
    alerts = _alerts(Notification.Kind.REPORTED)
    # The group's moderator wrote the post: the coordination decides on it.
    assert post.author == contact_person
    assert {a.recipient for a in alerts} == {coordinator}
    told = {m.to[0] for m in mail.outbox}
    assert coordinator.email in told and member.email not in told
    message = next(m for m in mail.outbox if m.to == [coordinator.email])
    assert "Moderation: Beitrag gemeldet" in message.subject
    assert "/austausch/moderation/" in message.body
    assert "Beleidigend" not in message.body  # the reason stays on the platform
    # Another report of the same post alerts nobody again.
    other = UserFactory()
    services.membership_join(forum=thread.forum, user=other)
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_report(post=post, user=other, reason="Finde ich auch")
    assert len(mail.outbox) == sent
    assert _alerts(Notification.Kind.REPORTED).count() == alerts.count()


@pytest.fixture
def moderated_group(contact_person, coordinator):
    return make_group(contact_person, coordinator, title="Trauer", pre_moderation=True)


def test_a_waiting_post_alerts_moderators_as_each_chose(
    moderated_group,
    contact_person,
    coordinator,
    django_capture_on_commit_callbacks,
):
    services.moderation_preference_set(user=contact_person, frequency=Frequency.DAILY)
    services.moderation_preference_set(user=coordinator, frequency=Frequency.NEVER)
    writer = UserFactory(display_name="Wanda Neu")
    services.membership_join(forum=moderated_group, user=writer)
    with django_capture_on_commit_callbacks(execute=True):
        services.thread_create(
            forum=moderated_group, user=writer, title="Frage", body="Darf ich?"
        )
    alerts = _alerts(Notification.Kind.AWAITING)
    assert {a.recipient for a in alerts} == {contact_person, coordinator}
    assert mail.outbox == []  # daily and never: nothing at once
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_all_task() >= 1
    digests = [m for m in mail.outbox if m.to == [contact_person.email]]
    assert len(digests) == 1 and "wartet auf Ihre Freigabe" in digests[0].body
    assert not [m for m in mail.outbox if m.to == [coordinator.email]]
    digest_send_all_task()
    assert len([m for m in mail.outbox if m.to == [contact_person.email]]) == 1


def test_the_setting_page_offers_the_moderation_choice_to_moderators_only(
    client, group, contact_person, member, exchange_page
):
    url = "/austausch/benachrichtigungen/einstellungen/"
    client.force_login(member)
    assert "Moderation: E-Mails" not in client.get(url).text
    client.force_login(contact_person)
    assert "Moderation: E-Mails" in client.get(url).text
    response = client.post(url, {"general": "immediate", "moderation": "never"})
    assert response.status_code == 302
    assert ModerationPreference.objects.get(user=contact_person).frequency == "never"
    bad = client.post(url, {"general": "immediate", "moderation": "sometimes"})
    assert bad.status_code == 200
    assert ModerationPreference.objects.get(user=contact_person).frequency == "never"


@pytest.mark.parametrize("kept", [False, True])
def test_the_header_counts_what_waits_for_moderators_only_from_the_cache(
    client,
    thread,
    member,
    contact_person,
    django_capture_on_commit_callbacks,
    settings,
    kept,
):
    """Also when the menu is kept per person (cms.memo): the count is part of
    what it is kept by."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.MEMO_FRAGMENTS = kept

    def visit(user):
        client.force_login(user)
        client.get("/")  # the first visit builds what is kept
        with CaptureQueriesContext(connection) as ctx:
            text = client.get("/").text
        sql = " ".join(q["sql"] for q in ctx.captured_queries)
        # The count comes from the cache: no page asks the database for it.
        assert "exchange_report" not in sql and "exchange_post" not in sql
        return text

    assert "nav-badge" not in visit(contact_person)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_report(post=thread.posts.get(), user=member, reason="Spam")
    text = visit(contact_person)
    assert 'class="nav-badge"' in text and "Eintrag wartet auf die Moderation" in text
    assert '<span class="nav-badge__count">1</span>' in text
    assert "nav-badge" not in visit(member)  # not a moderator
    # Resolved: the count goes at once.
    with django_capture_on_commit_callbacks(execute=True):
        services.reports_dismiss(post=thread.posts.get(), actor=contact_person)
    assert "nav-badge" not in visit(contact_person)


def test_the_counts_follow_who_moderates_and_what_waits(
    thread, member, contact_person, coordinator, moderated_group
):
    from exchange.selectors import moderation_totals

    assert moderation_totals() == {}
    services.post_report(post=thread.posts.get(), user=member, reason="Spam")
    writer = UserFactory()
    services.membership_join(forum=moderated_group, user=writer)
    services.thread_create(forum=moderated_group, user=writer, title="T", body="B")
    totals = moderation_totals()
    assert totals[contact_person.pk] == 2  # moderates both groups
    assert totals[coordinator.pk] == 2
    assert member.pk not in totals and writer.pk not in totals
