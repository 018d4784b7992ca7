"""The demo content of the exchange is complete and can be seeded twice."""

import io

import pytest

from cms.models import HomePage
from demo import exchange as demo_exchange
from demo.site import seed_site
from exchange.models import ExchangeIndexPage, Forum, Report, Thread
from learning.models import CourseIndexPage, CoursePage

pytestmark = pytest.mark.django_db


def test_seed_builds_groups_course_forums_and_a_report_idempotently():
    seed_site()
    home = HomePage.objects.get(locale__language_code="de")
    index = home.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    index.add_child(
        instance=CoursePage(title="Krisen verstehen", slug="krisen-verstehen")
    ).save_revision().publish()
    out = io.StringIO()
    demo_exchange.seed(stdout=out)
    demo_exchange.seed(stdout=out)
    groups = Forum.objects.filter(kind=Forum.Kind.GROUP, status="approved")
    assert groups.count() == 4
    assert Forum.objects.get(slug="trauer-begleiten").pre_moderation
    course_forum = Forum.objects.get(course__slug="krisen-verstehen")
    assert Thread.objects.filter(forum=course_forum).count() == 2
    assert Report.objects.filter(resolved_at__isnull=True).count() == 1
    assert ExchangeIndexPage.objects.live().count() == 1
    home.refresh_from_db()
    assert [b.value["section"] for b in home.body if b.block_type == "section"].count(
        "groups"
    ) == 1
    assert Thread.objects.filter(pinned=True).exists()
