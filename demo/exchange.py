"""German demo content of the exchange: topic groups, course forums, a report.

Idempotent: groups, threads and the report are found by slug and title and
only added when missing. Posts are written directly so the demo neither sends
mail nor meets the rate limit.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from cms.models import User
from demo.content.exchange import COURSE_FORUM_THREADS, REPORTED_POST, TOPIC_GROUPS
from demo.pages import index_page
from exchange import services
from exchange.models import (
    ExchangeIndexPage,
    Forum,
    Membership,
    Post,
    Report,
    Subscription,
    Thread,
)
from exchange.rendering import render_markdown
from learning.models import CoursePage

INTRO = (
    "<p>Hier tauschen sich Ansprechpersonen aus: in den Foren ihrer Kurse und "
    "in Themengruppen, die sie selbst gründen. Andere sehen nur Ihren "
    "Anzeigenamen.</p>"
)


def seed(*, stdout) -> None:
    with transaction.atomic():
        index_page(
            ExchangeIndexPage,
            title="Austausch",
            slug="austausch",
            intro=INTRO,
            sections=("groups",),
        )
        users = {user.email: user for user in User.objects.all()}
        for number, group in enumerate(TOPIC_GROUPS):
            forum = _ensure_group(group, users)
            _seed_threads(forum, group["threads"], users, days_ago=20 - number * 4)
        for slug, threads in COURSE_FORUM_THREADS.items():
            course = CoursePage.objects.filter(slug=slug).first()
            if course is None:
                continue
            forum = services.course_forum_ensure(course=course)
            _seed_threads(forum, threads, users, days_ago=12)
        _seed_report(users)
    stdout.write(
        f"Austausch: {Forum.objects.count()} Foren und Themengruppen, "
        f"{Post.objects.count()} Beiträge."
    )


def _authors(threads: list[dict]) -> set[str]:
    emails = set()
    for thread in threads:
        emails.add(thread["author"])
        emails.update(reply["author"] for reply in thread["replies"])
    return emails


def _ensure_group(data: dict, users: dict) -> Forum:
    founder = users[data["founder"]]
    forum, created = Forum.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "kind": Forum.Kind.GROUP,
            "title": data["title"],
            "description": data["description"],
            "visibility": Forum.Visibility.OPEN
            if data["open"]
            else Forum.Visibility.MEMBERS,
            "pre_moderation": data["pre_moderation"],
            "status": Forum.Status.APPROVED,
            "founder": founder,
        },
    )
    if created:
        Membership.objects.create(
            forum=forum, user=founder, role=Membership.Role.MODERATOR
        )
        Subscription.objects.get_or_create(user=founder, forum=forum, thread=None)
    _join(forum, _authors(data["threads"]), users)
    return forum


def _join(forum: Forum, emails, users: dict) -> None:
    for email in emails:
        if email in users:
            Membership.objects.get_or_create(forum=forum, user=users[email])


def _seed_threads(forum: Forum, threads: list[dict], users: dict, days_ago: int):
    start = timezone.now() - timedelta(days=days_ago)
    for number, data in enumerate(threads):
        if Thread.objects.filter(forum=forum, title=data["title"]).exists():
            continue
        opened = start + timedelta(days=number, hours=9)
        author = users.get(data["author"])
        thread = Thread.objects.create(
            forum=forum,
            title=data["title"],
            author=author,
            pinned=data.get("pinned", False),
            last_post_at=opened,
        )
        entries = [{"author": data["author"], "body": data["body"]}, *data["replies"]]
        Post.objects.bulk_create(
            Post(
                thread=thread,
                author=users.get(entry["author"]),
                body=entry["body"],
                html=render_markdown(entry["body"]),
            )
            for entry in entries
        )
        for index, post in enumerate(thread.posts.order_by("pk")):
            written = opened + timedelta(hours=3 * index)
            Post.objects.filter(pk=post.pk).update(created_at=written)
            last = (written, post.author)
        thread.created_at = opened
        thread.last_post_at, thread.last_post_author = last
        thread.reply_count = len(entries) - 1
        thread.save()
        for email in {e["author"] for e in entries}:
            if email in users:
                Subscription.objects.get_or_create(
                    user=users[email], thread=thread, forum=None
                )
    Forum.objects.filter(pk=forum.pk).update(
        thread_count=Thread.objects.filter(forum=forum, is_published=True).count(),
        last_activity_at=Thread.objects.filter(forum=forum)
        .order_by("-last_post_at")
        .values("last_post_at")[:1],
    )


def _seed_report(users: dict) -> None:
    data = REPORTED_POST
    thread = Thread.objects.filter(
        forum__slug=data["group"], title=data["thread_title"]
    ).first()
    reporter = users.get(data["reporter"])
    if thread is None or reporter is None:
        return
    replies = list(thread.posts.order_by("created_at", "pk"))[1:]
    post = replies[data["reply_index"]]
    if not Report.objects.filter(post=post, reporter=reporter).exists():
        Report.objects.create(post=post, reporter=reporter, reason=data["reason"])
