"""Rules of the exchange: groups, access, posts, moderation."""

import pytest
from wagtail.models import ModelLogEntry

from exchange import selectors, services
from exchange.models import (
    BODY_MAX_LENGTH,
    Forum,
    Membership,
    ModerationAction,
    Post,
    Report,
    Subscription,
)
from exchange.services import ExchangeError
from learning.models import Enrolment
from tests.exchange.conftest import make_group
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_publishing_a_course_creates_its_forum_once(course):
    forum = Forum.objects.get(course=course)
    assert forum.kind == Forum.Kind.COURSE
    assert forum.is_approved
    course.save_revision().publish()
    assert Forum.objects.filter(course=course).count() == 1


def test_course_forum_is_for_enrolled_learners_owner_and_coordinators(
    course_forum, learner, trainer, other_trainer, coordinator, other_person
):
    for user in (learner, trainer, coordinator):
        assert selectors.can_read(user, course_forum)
        assert selectors.can_post(user, course_forum)
    for user in (other_trainer, other_person):
        assert not selectors.can_read(user, course_forum)
        assert not selectors.can_post(user, course_forum)
    Enrolment.objects.filter(user=learner).update(left_at="2026-01-01T00:00Z")
    learner = type(learner).objects.get(pk=learner.pk)
    assert not selectors.can_read(learner, course_forum)
    assert selectors.can_moderate(trainer, course_forum)
    assert not selectors.can_moderate(learner, course_forum)


def test_a_proposed_group_waits_for_a_coordinator(contact_person, coordinator):
    forum = services.group_propose(
        user=contact_person,
        title="Nachbarschaftshilfe Styrum",
        description="Einkaufen, Begleiten, Zuhören.",
        visibility=Forum.Visibility.OPEN,
    )
    assert forum.status == Forum.Status.PROPOSED
    assert forum.slug == "nachbarschaftshilfe-styrum"
    other = UserFactory()
    assert not selectors.can_read(other, forum)
    assert not selectors.can_post(contact_person, forum)
    with pytest.raises(ExchangeError):
        services.group_decide(forum=forum, actor=other, approve=True)
    services.group_decide(forum=forum, actor=coordinator, approve=True)
    forum.refresh_from_db()
    assert forum.is_approved
    assert selectors.can_read(other, forum)
    assert selectors.can_moderate(contact_person, forum)
    assert ModerationAction.objects.filter(
        forum=forum, actor=coordinator, action="group_approved"
    ).exists()
    assert contact_person.forum_notifications.filter(kind="group_decided").exists()
    with pytest.raises(ExchangeError) as error:
        services.group_decide(forum=forum, actor=coordinator, approve=False)
    assert error.value.code == "already_decided"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("", "empty_title"),
        ("x" * 121, "title_too_long"),
        ("Unsicht\u200bbar", "invalid_title"),
        ("Rechts\u202enach links", "invalid_title"),
    ],
)
def test_bad_group_titles_are_refused(contact_person, title, code):
    with pytest.raises(ExchangeError) as error:
        services.group_propose(
            user=contact_person, title=title, description="", visibility="open"
        )
    assert error.value.code == code
    assert not Forum.objects.exists()


def test_join_and_leave_an_open_group(group, other_person):
    assert not selectors.can_post(other_person, group)
    assert selectors.can_read(other_person, group)
    services.membership_join(forum=group, user=other_person)
    assert selectors.can_post(other_person, group)
    assert Subscription.objects.filter(user=other_person, forum=group).exists()
    with pytest.raises(ExchangeError):
        services.membership_join(forum=group, user=other_person)
    services.membership_leave(forum=group, user=other_person)
    assert not Subscription.objects.filter(user=other_person, forum=group).exists()
    assert not Membership.objects.filter(user=other_person, forum=group).exists()


def test_members_only_group_needs_an_accepted_request(
    private_group, other_person, contact_person
):
    assert not selectors.can_read(other_person, private_group)
    membership = services.membership_join(forum=private_group, user=other_person)
    assert membership.status == Membership.Status.REQUESTED
    assert not selectors.can_read(other_person, private_group)
    stranger = UserFactory()
    with pytest.raises(ExchangeError):
        services.membership_request_decide(
            membership=membership, actor=stranger, approve=True
        )
    services.membership_request_decide(
        membership=membership, actor=contact_person, approve=True
    )
    other_person = type(other_person).objects.get(pk=other_person.pk)
    assert selectors.can_read(other_person, private_group)


def test_the_only_moderator_cannot_leave(group, contact_person):
    with pytest.raises(ExchangeError) as error:
        services.membership_leave(forum=group, user=contact_person)
    assert error.value.code == "last_moderator"


def test_thread_and_reply(group, contact_person, member):
    thread = services.thread_create(
        forum=group, user=contact_person, title="Willkommen", body="**Hallo**"
    )
    post = thread.posts.get()
    assert post.html == "<p><strong>Hallo</strong></p>\n"
    reply = services.post_create(thread=thread, user=member, body="Danke!")
    thread.refresh_from_db()
    assert thread.reply_count == 1
    assert thread.last_post_author == member
    assert reply.is_visible
    group.refresh_from_db()
    assert group.thread_count == 1
    assert Subscription.objects.filter(user=member, thread=thread).exists()


def test_non_members_cannot_post_in_a_group(thread, other_person):
    with pytest.raises(ExchangeError) as error:
        services.post_create(thread=thread, user=other_person, body="Hallo")
    assert error.value.code == "not_allowed"
    assert thread.posts.count() == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [("", "empty_body"), ("  \n ", "empty_body"), ("x" * 100_000, "body_too_long")],
)
def test_bad_bodies_are_refused(thread, member, body, code):
    with pytest.raises(ExchangeError) as error:
        services.post_create(thread=thread, user=member, body=body)
    assert error.value.code == code
    assert str(BODY_MAX_LENGTH) in ExchangeError("body_too_long", limit=20000).message
    assert thread.posts.count() == 1


def test_locked_thread_takes_replies_only_from_moderators(
    thread, member, contact_person
):
    services.thread_set_flags(thread=thread, actor=contact_person, locked=True)
    with pytest.raises(ExchangeError) as error:
        services.post_create(thread=thread, user=member, body="Noch was")
    assert error.value.code == "locked"
    services.post_create(thread=thread, user=contact_person, body="Abschluss")
    with pytest.raises(ExchangeError):
        services.thread_set_flags(thread=thread, actor=member, pinned=True)
    assert ModerationAction.objects.filter(action="thread_locked").count() == 1


def test_posting_is_rate_limited_per_person(thread, member, contact_person, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exchange.post": "3/m"}
    for number in range(3):
        services.post_create(thread=thread, user=member, body=f"Nr. {number}")
    with pytest.raises(ExchangeError) as error:
        services.post_create(thread=thread, user=member, body="zu viel")
    assert error.value.code == "rate_limited"
    assert "Minute" in error.value.message
    services.post_create(thread=thread, user=contact_person, body="geht noch")


def test_edit_marks_the_post_and_only_the_author_may(thread, contact_person, member):
    post = thread.posts.get()
    with pytest.raises(ExchangeError):
        services.post_edit(post=post, user=member, body="gekapert")
    post.refresh_from_db()
    assert post.body == "Hallo *alle*!"
    services.post_edit(post=post, user=contact_person, body="Hallo **alle**!")
    post.refresh_from_db()
    assert post.edited_at is not None
    assert "<strong>alle</strong>" in post.html


def test_delete_leaves_a_placeholder(thread, contact_person, member):
    post = thread.posts.get()
    with pytest.raises(ExchangeError):
        services.post_delete(post=post, user=member)
    services.post_delete(post=post, user=contact_person)
    post.refresh_from_db()
    assert post.deleted_at is not None
    assert post.body == "" and post.html == ""
    assert Post.objects.filter(pk=post.pk).exists()


def test_report_and_hide(thread, member, contact_person, coordinator):
    post = thread.posts.get()
    services.post_create(thread=thread, user=member, body="Nicht gemeldet")
    with pytest.raises(ExchangeError) as error:
        services.post_report(post=post, user=contact_person, reason="eigener")
    assert error.value.code == "own_post"
    with pytest.raises(ExchangeError) as error:
        services.post_report(post=post, user=member, reason="  ")
    assert error.value.code == "reason_required"
    services.post_report(post=post, user=member, reason="Enthält eine Adresse")
    with pytest.raises(ExchangeError) as error:
        services.post_report(post=post, user=member, reason="nochmal")
    assert error.value.code == "already_reported"
    queue = selectors.moderation_queue(contact_person)
    assert [p.pk for p in queue["reported_posts"]] == [post.pk]
    with pytest.raises(ExchangeError):
        services.post_hide(post=post, actor=member, reason="weg")
    services.post_hide(post=post, actor=coordinator, reason="Persönliche Daten")
    post.refresh_from_db()
    assert post.hidden_by == coordinator
    assert post.hidden_reason == "Persönliche Daten"
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    assert selectors.moderation_queue(contact_person)["reported_posts"] == []
    action = ModerationAction.objects.get(action="post_hidden")
    assert action.actor == coordinator
    assert ModelLogEntry.objects.filter(
        action="exchange.post_hidden", user=coordinator
    ).exists()


def test_pre_moderation_holds_posts_until_approved(
    private_group, contact_person, other_person
):
    membership = services.membership_join(forum=private_group, user=other_person)
    services.membership_request_decide(
        membership=membership, actor=contact_person, approve=True
    )
    other_person = type(other_person).objects.get(pk=other_person.pk)
    thread = services.thread_create(
        forum=private_group, user=other_person, title="Frage", body="Wie geht das?"
    )
    assert not thread.is_published
    post = thread.posts.get()
    assert post.status == Post.Status.PENDING
    outsider = UserFactory()
    assert not selectors.thread_list(
        forum=private_group, user=outsider, moderator=False
    ).exists()
    queue = selectors.moderation_queue(contact_person)
    assert [p.pk for p in queue["pending_posts"]] == [post.pk]
    with pytest.raises(ExchangeError):
        services.post_approve(post=post, actor=other_person)
    services.post_approve(post=post, actor=contact_person)
    thread.refresh_from_db()
    post.refresh_from_db()
    assert thread.is_published and post.is_visible
    reply = services.post_create(thread=thread, user=other_person, body="Noch was")
    services.post_reject(post=reply, actor=contact_person, reason="Bitte ohne Namen")
    reply.refresh_from_db()
    assert reply.status == Post.Status.REJECTED
    # The founder's own posts need no approval.
    own = services.post_create(thread=thread, user=contact_person, body="Antwort")
    assert own.is_visible


def test_readable_forums_matches_can_read(
    group, private_group, course_forum, learner, other_person, coordinator
):
    readable = set(selectors.readable_forums(learner))
    assert readable == {group, course_forum}
    assert set(selectors.readable_forums(other_person)) == {group}
    assert set(selectors.readable_forums(coordinator)) == {
        group,
        private_group,
        course_forum,
    }


def test_search_finds_only_what_the_person_may_read(
    private_group, group, contact_person, other_person
):
    services.thread_create(
        forum=group, user=contact_person, title="Kuchen", body="Geheimrezept offen"
    )
    services.thread_create(
        forum=private_group, user=contact_person, title="Trauer", body="Geheimrezept"
    )
    found = list(selectors.search_posts(user=other_person, query="geheimrezept"))
    assert [p.thread.forum for p in found] == [group]
    assert len(selectors.search_posts(user=contact_person, query="Geheimrezept")) == 2


def test_make_group_helper_gives_distinct_slugs(contact_person, coordinator):
    first = make_group(contact_person, coordinator, title="Suche")
    second = make_group(contact_person, coordinator, title="Suche")
    assert first.slug != second.slug


def test_trainers_named_on_a_course_run_its_forum(course, course_forum, other_trainer):
    from exchange import selectors

    assert not selectors.can_read(other_trainer, course_forum)
    course.trainers.add(other_trainer)
    course.save_revision().publish()
    assert selectors.can_read(other_trainer, course_forum)
    assert selectors.can_moderate(other_trainer, course_forum)
    assert course_forum in selectors.readable_forums(other_trainer)
    assert course_forum in selectors.moderated_forums(other_trainer)
