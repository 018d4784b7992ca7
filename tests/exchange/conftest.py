"""Fixtures for the exchange: a published course, approved topic groups."""

import pytest

from exchange import services
from exchange.models import ExchangeIndexPage, Forum, Membership, Post, Thread
from exchange.rendering import render_markdown
from learning.models import CourseIndexPage, CoursePage, Enrolment
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def exchange_page(home_page):
    """The exchange's page: every view of the exchange is one of its routes."""
    page = home_page.add_child(
        instance=ExchangeIndexPage(title="Austausch", slug="austausch")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def course(home_page, trainer):
    index = home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    course = index.add_child(
        instance=CoursePage(
            title="Krisen verstehen", slug="krisen-verstehen", owner=trainer
        )
    )
    course.save_revision().publish()
    return course


@pytest.fixture
def course_forum(course):
    return Forum.objects.get(course=course)


@pytest.fixture
def learner(course):
    user = UserFactory(display_name="Lena Lernende")
    Enrolment.objects.create(user=user, course=course)
    return user


def make_group(founder, coordinator, **kwargs) -> Forum:
    forum = services.group_propose(
        user=founder,
        title=kwargs.pop("title", "Einsamkeit im Alter"),
        description=kwargs.pop("description", "Austausch über Besuche."),
        visibility=kwargs.pop("visibility", Forum.Visibility.OPEN),
        pre_moderation=kwargs.pop("pre_moderation", False),
    )
    return services.group_decide(forum=forum, actor=coordinator, approve=True)


@pytest.fixture
def group(contact_person, coordinator):
    """An approved open group founded (and moderated) by contact_person."""
    return make_group(contact_person, coordinator)


@pytest.fixture
def private_group(contact_person, coordinator):
    return make_group(
        contact_person,
        coordinator,
        title="Trauer begleiten",
        visibility=Forum.Visibility.MEMBERS,
        pre_moderation=True,
    )


@pytest.fixture
def member(group):
    user = UserFactory(display_name="Mia Mitglied")
    services.membership_join(forum=group, user=user)
    return user


@pytest.fixture
def thread(group, contact_person):
    return services.thread_create(
        forum=group, user=contact_person, title="Willkommen", body="Hallo *alle*!"
    )


def bulk_thread(forum, author, posts: int) -> Thread:
    """A thread with many posts, written directly (no rate limit, no mail)."""
    from django.utils import timezone

    thread = Thread.objects.create(
        forum=forum, title="Viele Beiträge", author=author, last_post_at=timezone.now()
    )
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=author,
            body=f"Nr. {n}",
            html=render_markdown(f"Nr. {n}"),
        )
        for n in range(posts)
    )
    thread.reply_count = posts - 1
    thread.save(update_fields=["reply_count"])
    return thread


def add_members(forum, count: int) -> list:
    users = UserFactory.create_batch(count)
    Membership.objects.bulk_create(Membership(forum=forum, user=u) for u in users)
    return users
