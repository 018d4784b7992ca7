"""Walk every admin URL a coordinator, a trainer and a superuser can reach.

The walk starts at the dashboard and at every admin route without arguments,
follows each admin link it finds (menus, listings, buttons, the sidebar's
JSON), and visits one URL per route (per page type for page routes), so every
listing, edit form, history, usage and report view is opened with a real
object of the seeded demo. Each URL gets a GET and an empty POST; the POST is
rolled back at once, so a "delete" confirmed by it changes nothing for the rest
of the walk. Any 500 fails the test, listed with the role and the URL.
"""

import html
import io
import re
from collections import deque

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, get_resolver, resolve
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page

from cms.models import HomePage, User

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
# Per role; the walk stops there and says so, rather than running for ever.
MAX_URLS = 600
LINK = re.compile(r"""["'](/admin/[^"'\s<>#\\]*)""")
# Leaving the admin (logout) would end the walk for this role, not test a view;
# "failwhale" is Wagtail's deliberate error, there to try the error reports.
SKIP = re.compile(r"^/admin/(logout/|login/|password_reset/|failwhale/)")
# Listings refreshed by script, histories and usage pages only read.
GET_ONLY = re.compile(r"/(results|history-results|usage)/|/history/")


@pytest.fixture
def seeded(db):
    """The German demo, plus one object of every kind the demo leaves out."""
    call_command("seed_demo", stdout=io.StringIO())
    home = HomePage.objects.get(locale__language_code="de")
    image_file = io.BytesIO()
    PILImage.new("RGB", (8, 8), "white").save(image_file, "PNG")
    get_image_model().objects.create(
        title="Testbild", file=ContentFile(image_file.getvalue(), name="test.png")
    )
    get_document_model().objects.create(
        title="Testdokument", file=ContentFile(b"%PDF-1.4\n", name="test.pdf")
    )
    Redirect.objects.create(old_path="/alt", redirect_page=home)
    SearchPromotion.objects.create(
        query=Query.get("erste hilfe"), page=home, sort_order=0
    )
    _one_report_and_moderation_step()
    _one_certificate()
    superuser = User.objects.create_superuser(
        email="admin@example.org", password="x" * 12, display_name="Admin"
    )
    log(instance=home, action="wagtail.edit", user=superuser)
    return {
        "coordinator": User.objects.get(email="koordination@example.org"),
        "trainer": User.objects.get(email="trainerin@example.org"),
        "superuser": superuser,
    }


def _one_report_and_moderation_step():
    from exchange.models import ModerationAction, Post, Report

    if Report.objects.exists() and ModerationAction.objects.exists():
        return
    post = Post.objects.filter(deleted_at__isnull=True).select_related("author")
    post = post.first()
    reporter = User.objects.exclude(pk=post.author_id).filter(is_active=True).first()
    if not Report.objects.exists():
        Report.objects.create(post=post, reporter=reporter, reason="Test")
    if not ModerationAction.objects.exists():
        ModerationAction.objects.create(
            forum=post.thread.forum, post=post, actor=reporter, action="post_hidden"
        )


def _one_certificate():
    from learning.models import Certificate, CoursePage

    if Certificate.objects.exists():
        return
    course = CoursePage.objects.live().first()
    Certificate.objects.create(
        user=User.objects.get(email="ansprechperson@example.org"),
        course=course,
        code="TESTWALK",
        holder_name="Anna Beispiel",
        course_title=course.title,
        issued_at=timezone.now(),
    )


def _routes_without_arguments() -> list[str]:
    """Every admin URL that needs no argument, from the URL resolver."""
    found = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if "<" in route or "(?P" in route or "^" in route.lstrip("^"):
                if hasattr(pattern, "url_patterns") and "<" not in route:
                    walk(pattern.url_patterns, route)
                continue
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns, route)
            else:
                found.append("/" + route.lstrip("^").rstrip("$"))

    walk(get_resolver().url_patterns, "")
    return sorted(url for url in found if url.startswith(ADMIN))


def _key(path: str):
    """Group URLs by route, and page routes by page type: one visit each."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    page_type = None
    for name, value in match.kwargs.items():
        if "page" in name and str(value).isdigit():
            page_type = (
                Page.objects.filter(pk=value)
                .values_list("content_type_id", flat=True)
                .first()
            )
    others = tuple(
        sorted(
            (name, str(value))
            for name, value in match.kwargs.items()
            if not str(value).isdigit() and name not in {"pk", "object_id", "id"}
        )
    )
    return (match.route, match.url_name, page_type, others)


def _request(client: Client, method: str, url: str) -> int:
    """Send one request inside a savepoint that is always rolled back."""
    with transaction.atomic():
        response = getattr(client, method)(url, {} if method == "post" else None)
        transaction.set_rollback(True)
    return response.status_code


def _walk(client: Client) -> tuple[dict[str, int], list[str]]:
    queue = deque([ADMIN, *_routes_without_arguments()])
    seen_keys, visited, errors = set(), {}, []
    while queue and len(visited) < MAX_URLS:
        url = html.unescape(queue.popleft()).split("?")[0]
        if url in visited or SKIP.match(url):
            continue
        key = _key(url)
        if key is None or key in seen_keys:
            continue
        seen_keys.add(key)
        with transaction.atomic():
            response = client.get(url)
            transaction.set_rollback(True)
        visited[url] = response.status_code
        if response.status_code >= 500:
            errors.append(f"GET {url}: {response.status_code}")
            continue
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue.extend(LINK.findall(response.content.decode(errors="replace")))
    for url in visited:
        if GET_ONLY.search(url):
            continue
        status = _request(client, "post", url)
        if status >= 500:
            errors.append(f"POST {url}: {status}")
    return visited, errors


def test_no_admin_url_answers_500(seeded):
    errors = []
    for role, minimum in (("coordinator", 120), ("trainer", 40), ("superuser", 120)):
        client = Client(raise_request_exception=False)
        client.force_login(seeded[role])
        assert client.get(ADMIN).status_code == 200, role
        visited, found = _walk(client)
        assert minimum < len(visited) < MAX_URLS, (role, sorted(visited))
        errors += [f"{role}: {error}" for error in found]
    assert not errors, "\n".join(errors)
