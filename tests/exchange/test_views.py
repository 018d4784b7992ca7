"""Pages of the exchange: access, refusals, bad input, query budgets."""

import pytest
from django.urls import reverse

from exchange import services
from exchange.models import Forum, Post, ReadState, Report, Thread, exchange_url
from tests.budgets import DASHBOARD_BUDGET, PAGE_ROUTE_QUERIES
from tests.exchange.conftest import add_members, bulk_thread, make_group
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_exchange_pages_need_login(client, group, thread):
    for url in (
        exchange_url("index"),
        group.get_absolute_url(),
        thread.get_absolute_url(),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/konto/login/" in response["Location"]


def test_overview_lists_groups_and_shows_the_help_box(client, group, other_person):
    client.force_login(other_person)
    response = client.get(exchange_url("index"))
    content = response.content.decode()
    assert group.title in content
    assert 'id="hilfe-holen"' in content
    assert content.count("<h1") == 1


def test_overview_shows_a_few_groups_own_first_and_links_all_of_them(
    client, contact_person, coordinator, other_person
):
    """With many groups the overview stays short: the person's own groups
    first, then the busiest, and a link to every group, page by page."""
    from django.utils import timezone

    from exchange.selectors import OVERVIEW_LIMIT
    from exchange.views import FORUMS_PER_PAGE

    total = FORUMS_PER_PAGE + 2
    groups = [
        make_group(contact_person, coordinator, title=f"Gruppe {number:02}")
        for number in range(total)
    ]
    Forum.objects.filter(pk=groups[5].pk).update(last_activity_at=timezone.now())
    services.membership_join(forum=groups[20], user=other_person)
    client.force_login(other_person)
    page = client.get(exchange_url("index")).content.decode()
    shown = [group.title for group in groups if group.title in page]
    assert len(shown) == OVERVIEW_LIMIT
    assert page.index("Gruppe 20") < page.index("Gruppe 05") < page.index(shown[-1])
    assert f"Alle {total} Themengruppen" in page
    assert exchange_url("groups") in page

    first = client.get(exchange_url("groups")).content.decode()
    second = client.get(exchange_url("groups") + "?seite=2").content.decode()
    titles = [g.title for g in groups]
    assert sum(t in first for t in titles) == FORUMS_PER_PAGE
    assert sum(t in second for t in titles) == 2
    assert "Sie sind Mitglied" in first and "Gruppe 20" in first
    assert "Seite 2 von 2" in second
    # A page number that is no number gives the first page, not an error.
    assert client.get(exchange_url("groups") + "?seite=x").status_code == 200


def test_course_forums_are_listed_with_a_link_to_all_of_them(client, home_page):
    from exchange.selectors import OVERVIEW_LIMIT
    from learning.models import CourseIndexPage, Enrolment
    from tests.learning.conftest import make_course, publish

    catalogue = publish(
        home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    )
    person = UserFactory()
    courses = [
        make_course(catalogue, f"Kurs {number}", lessons=1, quiz=False)
        for number in range(OVERVIEW_LIMIT + 1)
    ]
    Enrolment.objects.bulk_create(Enrolment(user=person, course=c) for c in courses)
    make_course(catalogue, "Nicht mein Kurs", lessons=1, quiz=False)
    client.force_login(person)
    page = client.get(exchange_url("index")).content.decode()
    assert sum(f">Kurs {n}<" in page for n in range(len(courses))) == OVERVIEW_LIMIT
    assert f"Alle {len(courses)} Foren meiner Kurse" in page
    listing = client.get(exchange_url("course_forums")).content.decode()
    assert all(f">Kurs {n}<" in listing for n in range(len(courses)))
    assert "Nicht mein Kurs" not in listing
    # "zuletzt aktive zuerst": a forum with a new post moves to the front.
    from django.utils import timezone

    Forum.objects.filter(course=courses[-1]).update(last_activity_at=timezone.now())
    listing = client.get(exchange_url("course_forums")).content.decode()
    assert "zuletzt aktive zuerst" in listing
    assert listing.index(f">Kurs {len(courses) - 1}<") < listing.index(">Kurs 0<")


@pytest.mark.parametrize("count", [2, 30])
def test_course_forum_list_query_budget(
    client, home_page, django_assert_max_num_queries, count
):
    from learning.models import CourseIndexPage, Enrolment
    from tests.learning.conftest import make_course, publish

    catalogue = publish(
        home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    )
    person = UserFactory()
    Enrolment.objects.bulk_create(
        Enrolment(user=person, course=make_course(catalogue, f"Kurs {n}", lessons=1))
        for n in range(count)
    )
    client.force_login(person)
    with django_assert_max_num_queries(19 + PAGE_ROUTE_QUERIES):
        response = client.get(exchange_url("course_forums"))
    assert response.status_code == 200
    assert response.content.decode().count('class="card card--link"') == min(count, 24)


def test_propose_group_through_the_form(client, other_person):
    client.force_login(other_person)
    response = client.post(
        exchange_url("group_propose"),
        {
            "title": "Junge Menschen nach der Pandemie",
            "description": "Wie geht es Jugendlichen?",
            "visibility": "open",
        },
    )
    forum = Forum.objects.get()
    assert response.status_code == 302
    assert response["Location"] == forum.get_absolute_url()
    assert forum.status == Forum.Status.PROPOSED
    page = client.get(forum.get_absolute_url()).content.decode()
    assert "wartet auf Freigabe" in page
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.get(forum.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("x" * 500, "Der Titel ist zu lang"),
        ("Null\u200bBreite", "nur sichtbare Zeichen"),
        ("\u202eGruppe", "nur sichtbare Zeichen"),
        ("", "Bitte geben Sie einen Titel ein"),
    ],
)
def test_bad_group_proposals_get_a_clear_message(client, other_person, title, message):
    client.force_login(other_person)
    response = client.post(
        exchange_url("group_propose"),
        {"title": title, "description": "x", "visibility": "open"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Forum.objects.exists()


def test_coordinator_approves_in_the_queue_others_get_404(
    client, other_person, coordinator
):
    forum = services.group_propose(
        user=other_person, title="Trauer", description="", visibility="members"
    )
    url = exchange_url("group_decide", forum.pk)
    client.force_login(other_person)
    assert client.post(url, {"aktion": "freigeben"}).status_code == 404
    forum.refresh_from_db()
    assert forum.status == Forum.Status.PROPOSED
    client.force_login(coordinator)
    queue = client.get(exchange_url("moderation")).content.decode()
    assert "Trauer" in queue
    client.post(url, {"aktion": "freigeben", "reason": "Gern!"})
    forum.refresh_from_db()
    assert forum.status == Forum.Status.APPROVED


def test_join_start_thread_and_reply_through_pages(client, group, other_person):
    client.force_login(other_person)
    client.post(exchange_url("join", group.slug))
    response = client.post(
        exchange_url("thread_new", group.slug),
        {"title": "Kaffee am Donnerstag", "body": "Wer kommt **mit**?"},
    )
    thread = Thread.objects.get()
    assert response["Location"] == thread.get_absolute_url()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "<strong>mit</strong>" in page
    response = client.post(thread.get_absolute_url(), {"body": "Ich!"})
    post = Post.objects.latest("pk")
    assert response["Location"] == post.get_absolute_url()
    assert client.get(post.get_absolute_url())["Location"].endswith(
        f"#beitrag-{post.pk}"
    )


def test_quote_prefills_the_reply(client, thread, member):
    client.force_login(member)
    post = thread.posts.get()
    response = client.get(f"{thread.get_absolute_url()}?zitat={post.pk}")
    assert "&gt; **Anna Ansprech:**" in response.content.decode()


def test_a_kept_reply_form_still_quotes_and_shows_mistakes(
    client, thread, member, settings
):
    settings.MEMO_FRAGMENTS = True
    client.cookies["csrftoken"] = "A" * 32  # as a browser that has one
    client.force_login(member)
    post = thread.posts.get()
    for _visit in range(2):
        assert (
            "Antwort veröffentlichen"
            in client.get(thread.get_absolute_url()).content.decode()
        )
    quoted = client.get(f"{thread.get_absolute_url()}?zitat={post.pk}").content.decode()
    assert "&gt; **Anna Ansprech:**" in quoted
    refused = client.post(thread.get_absolute_url(), {"body": "x" * 100_000})
    assert "Ihr Beitrag ist zu lang" in refused.content.decode()
    empty = client.get(thread.get_absolute_url()).content.decode()
    assert "&gt; **Anna Ansprech:**" not in empty
    assert "Ihr Beitrag ist zu lang" not in empty


def test_script_in_a_post_is_shown_inert(client, thread, member):
    client.force_login(member)
    client.post(
        thread.get_absolute_url(),
        {"body": "<script>alert(1)</script> [x](javascript:alert(1)) <b onclick=x>"},
    )
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript' not in page
    assert "<b onclick" not in page


def test_a_100kb_post_gets_a_clear_message(client, thread, member):
    client.force_login(member)
    response = client.post(thread.get_absolute_url(), {"body": "x" * 100_000})
    assert response.status_code == 200
    assert "Ihr Beitrag ist zu lang" in response.content.decode()
    assert thread.posts.count() == 1


def test_rtl_and_zero_width_text_in_posts_is_stored_and_shown(client, thread, member):
    client.force_login(member)
    body = "مرحبا بكم\u200d \u202eevil"
    client.post(thread.get_absolute_url(), {"body": body})
    post = Post.objects.latest("pk")
    assert post.body == body
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "مرحبا بكم" in page
    assert "\u202e" not in page


def test_rate_limit_message_on_the_page(client, thread, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exchange.post": "1/m"}
    client.force_login(member)
    client.post(thread.get_absolute_url(), {"body": "eins"})
    response = client.post(thread.get_absolute_url(), {"body": "zwei"})
    assert response.status_code == 200
    assert "Bitte warten Sie eine Minute" in response.content.decode()
    assert thread.posts.count() == 2


def test_non_member_cannot_read_members_only_or_post(
    client, private_group, contact_person, other_person
):
    thread = services.thread_create(
        forum=private_group, user=contact_person, title="Intern", body="Geheim"
    )
    post = thread.posts.get()
    client.force_login(other_person)
    forum_page = client.get(private_group.get_absolute_url()).content.decode()
    assert "Geheim" not in forum_page and "Intern" not in forum_page
    for url in (
        thread.get_absolute_url(),
        post.get_absolute_url(),
        exchange_url("thread_new", private_group.slug),
        exchange_url("post_report", post.pk),
    ):
        assert client.get(url).status_code == 404
    assert client.post(thread.get_absolute_url(), {"body": "rein"}).status_code == 404
    assert thread.posts.count() == 1


def test_open_group_is_readable_but_not_writable_without_joining(
    client, thread, other_person
):
    client.force_login(other_person)
    assert client.get(thread.get_absolute_url()).status_code == 200
    assert client.post(thread.get_absolute_url(), {"body": "x"}).status_code == 404
    new = exchange_url("thread_new", thread.forum.slug)
    assert client.post(new, {"title": "x", "body": "y"}).status_code == 404
    assert thread.posts.count() == 1


def test_editing_someone_elses_post_is_a_404(client, thread, member):
    post = thread.posts.get()
    client.force_login(member)
    url = exchange_url("post_edit", post.pk)
    assert client.get(url).status_code == 404
    assert client.post(url, {"body": "gekapert"}).status_code == 404
    delete = exchange_url("post_delete", post.pk)
    assert client.post(delete).status_code == 404
    post.refresh_from_db()
    assert post.body == "Hallo *alle*!" and post.deleted_at is None


def test_edit_shows_bearbeitet_and_delete_leaves_placeholder(
    client, thread, contact_person
):
    post = thread.posts.get()
    client.force_login(contact_person)
    client.post(exchange_url("post_edit", post.pk), {"body": "Neu"})
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "bearbeitet" in page
    client.post(exchange_url("post_delete", post.pk))
    page = client.get(thread.get_absolute_url()).content.decode()
    assert (
        "Dieser Beitrag wurde von der Verfasserin oder dem Verfasser gelöscht" in page
    )


def test_moderating_without_the_right_changes_nothing(client, thread, member):
    post = thread.posts.get()
    client.force_login(member)
    assert client.get(exchange_url("post_hide", post.pk)).status_code == 404
    assert (
        client.post(exchange_url("post_hide", post.pk), {"reason": "weg"}).status_code
        == 404
    )
    assert (
        client.post(
            exchange_url("post_moderate", post.pk), {"aktion": "einblenden"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            exchange_url("thread_moderate", thread.pk),
            {"aktion": "schliessen"},
        ).status_code
        == 404
    )
    assert client.get(exchange_url("moderation")).status_code == 404
    post.refresh_from_db()
    thread.refresh_from_db()
    assert post.hidden_at is None and not thread.locked


def test_report_then_hide_shows_the_reason(client, thread, member, contact_person):
    post = thread.posts.get()
    client.force_login(member)
    client.post(exchange_url("post_report", post.pk), {"reason": "Adresse genannt"})
    assert Report.objects.filter(post=post, reporter=member).exists()
    client.force_login(contact_person)
    queue = client.get(exchange_url("moderation")).content.decode()
    assert "Adresse genannt" in queue
    client.post(exchange_url("post_hide", post.pk), {"reason": "Persönliche Daten"})
    client.force_login(member)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "von der Moderation ausgeblendet" in page
    assert "Persönliche Daten" in page
    assert "Hallo" not in page.split("post-list")[1].split("antworten")[0]


def test_search_page(client, thread, other_person):
    client.force_login(other_person)
    response = client.get(exchange_url("search"), {"q": "hallo"})
    assert "Willkommen" in response.content.decode()
    response = client.get(exchange_url("search"), {"q": "x" * 5000})
    assert response.status_code == 200


def test_notifications_page_and_settings(
    client, thread, member, contact_person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=member, body="Antwort")
    client.force_login(contact_person)
    page = client.get(exchange_url("notifications")).content.decode()
    assert "Mia Mitglied hat in „Willkommen“ geantwortet." in page
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Benachrichtigungen (2 neu)" in dashboard
    assert "0 Vorgänge warten auf Sie" in dashboard
    response = client.post(
        exchange_url("settings"),
        {"general": "daily", f"forum_{thread.forum_id}": "never"},
    )
    assert response.status_code == 302
    assert contact_person.forum_notification_preferences.count() == 2
    response = client.post(exchange_url("settings"), {"general": "sofort"})
    assert response.status_code == 200


def test_home_section_lists_open_groups(client, home_page, group, private_group):
    from cms.models import HomePage

    home = HomePage.objects.get(pk=home_page.pk)
    home.body = [("section", {"section": "groups", "heading": ""})]
    home.save_revision().publish()
    content = client.get("/").content.decode()
    assert group.title in content
    assert private_group.title not in content


# --- query budgets: the same with few or many items ----------------------------------


@pytest.mark.parametrize("count", [10, 1000])
def test_thread_page_query_budget(
    client, group, contact_person, django_assert_max_num_queries, count
):
    thread = bulk_thread(group, contact_person, count)
    client.force_login(contact_person)
    # One query more for the role badges of the authors.
    with django_assert_max_num_queries(27 + PAGE_ROUTE_QUERIES):
        response = client.get(thread.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 1000])
def test_thread_list_query_budget(
    client, group, contact_person, django_assert_max_num_queries, count
):
    threads = min(count, 40)
    for _number in range(threads):
        bulk_thread(group, contact_person, count // threads)
    client.force_login(contact_person)
    # One query more for the role badges of the authors.
    with django_assert_max_num_queries(22 + PAGE_ROUTE_QUERIES):
        response = client.get(group.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 1000])
def test_group_list_query_budget(
    client, contact_person, coordinator, django_assert_max_num_queries, count
):
    for number in range(count // 100 + 3):
        forum = make_group(contact_person, coordinator, title=f"Gruppe {number}")
    add_members(forum, count)
    bulk_thread(forum, contact_person, count)
    client.force_login(contact_person)
    # The overview: a few of each list and both totals (one query).
    with django_assert_max_num_queries(19 + PAGE_ROUTE_QUERIES):
        response = client.get(exchange_url("index"))
    assert response.status_code == 200
    with django_assert_max_num_queries(19 + PAGE_ROUTE_QUERIES):
        response = client.get(exchange_url("groups"))
    assert response.status_code == 200


def test_coordinators_see_groups_reports_and_log_in_the_admin(
    client, thread, member, coordinator
):
    services.post_report(post=thread.posts.get(), user=member, reason="Bitte prüfen")
    client.force_login(coordinator)
    for name in ("forum", "report", "moderationaction"):
        response = client.get(reverse(f"wagtailsnippets_exchange_{name}:list"))
        assert response.status_code == 200
    assert (
        "Bitte prüfen"
        in client.get(reverse("wagtailsnippets_exchange_report:list")).content.decode()
    )


def test_unread_marker_per_thread(
    client, thread, member, contact_person, django_capture_on_commit_callbacks
):
    client.force_login(member)
    forum_url = thread.forum.get_absolute_url()
    assert "thread-list__item--unread" in client.get(forum_url).content.decode()
    client.get(thread.get_absolute_url())
    assert "thread-list__item--unread" not in client.get(forum_url).content.decode()
    services.post_create(thread=thread, user=contact_person, body="Neu hier")
    assert "thread-list__item--unread" in client.get(forum_url).content.decode()
    # Reading again updates the one row the first read wrote.
    client.get(thread.get_absolute_url())
    assert "thread-list__item--unread" not in client.get(forum_url).content.decode()
    assert ReadState.objects.filter(user=member, thread=thread).count() == 1


def test_a_kept_thread_list_keeps_each_persons_unread_markers(
    client, thread, member, contact_person, settings
):
    settings.MEMO_FRAGMENTS = True
    forum_url = thread.forum.get_absolute_url()

    def unread(person) -> bool:
        client.force_login(person)
        page = client.get(forum_url).content.decode()
        return "thread-list__item--unread" in page

    assert unread(member) and unread(member)
    assert unread(contact_person)
    client.force_login(member)
    client.get(thread.get_absolute_url())
    assert not unread(member)
    assert unread(contact_person)
    services.post_create(thread=thread, user=contact_person, body="Neu hier")
    assert unread(member)
    services.thread_create(
        forum=thread.forum, user=contact_person, title="Ein zweites Thema", body="Hallo"
    )
    client.force_login(member)
    assert "Ein zweites Thema" in client.get(forum_url).content.decode()


def test_what_a_person_may_do_is_kept_and_follows_every_change_at_once(
    client, private_group, contact_person, settings, django_capture_on_commit_callbacks
):
    """A thread's and a forum's access, following and the unread badge are
    kept per person (cms.memo): leaving the group, following and a new
    notification show on the next visit, and nobody gets another's."""
    settings.MEMO_FRAGMENTS = True
    client.cookies["csrftoken"] = "A" * 32
    reader = UserFactory(display_name="Rita Leserin")
    services.membership_join(forum=private_group, user=reader)
    membership = private_group.members.get(user=reader)
    services.membership_request_decide(
        membership=membership, actor=contact_person, approve=True
    )
    thread = services.thread_create(
        forum=private_group, user=contact_person, title="Im Kreis", body="Hallo"
    )
    thread_url = thread.get_absolute_url()
    forum_url = private_group.get_absolute_url()
    notifications_url = exchange_url("notifications")

    def visit(person, url):
        client.force_login(person)
        return client.get(url)

    for _ in range(2):  # the first visit builds what is kept
        page = visit(reader, thread_url).content.decode()
        assert "Thema folgen" in page and "Thema nicht mehr folgen" not in page
        # Joining a group follows it.
        page = visit(reader, forum_url).content.decode()
        assert "Nicht mehr folgen" in page and "Zur Moderation" not in page
        assert "Zur Moderation" in visit(contact_person, forum_url).content.decode()
        page = visit(reader, notifications_url).content.decode()
        assert "Sie haben noch keine Benachrichtigungen." in page

    services.follow_set(user=reader, thread=thread, follow=True)
    assert "Thema nicht mehr folgen" in visit(reader, thread_url).content.decode()
    services.follow_set(user=reader, forum=private_group, follow=False)
    assert "Allen Themen folgen" in visit(reader, forum_url).content.decode()
    # The founder's own view is their own.
    assert visit(contact_person, thread_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=thread, user=contact_person, body="Neu im Kreis")
    page = visit(reader, notifications_url).content.decode()
    assert "Sie haben noch keine Benachrichtigungen." not in page
    assert "1 neu" in page
    services.notifications_mark_read(user=reader)
    page = visit(reader, notifications_url).content.decode()
    assert "1 neu" not in page and "notification--unread" not in page

    services.membership_leave(forum=private_group, user=reader)
    assert visit(reader, thread_url).status_code == 404
    page = visit(reader, forum_url)
    assert page.status_code == 200
    assert "Im Kreis" not in page.content.decode()
    assert visit(contact_person, thread_url).status_code == 200


def test_reading_a_thread_again_with_nothing_new_writes_nothing(
    client, thread, member, contact_person, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(member)
    client.get(thread.get_absolute_url())
    first = ReadState.objects.get(user=member, thread=thread).last_read_at
    with CaptureQueriesContext(connection) as queries:
        assert client.get(thread.get_absolute_url()).status_code == 200
    writes = [q["sql"] for q in queries if "exchange_readstate" in q["sql"]]
    assert not [sql for sql in writes if not sql.lstrip().startswith("SELECT")]
    assert ReadState.objects.get(user=member, thread=thread).last_read_at == first
    # Something new: the next read moves the marker.
    services.post_create(thread=thread, user=contact_person, body="Neu hier")
    client.get(thread.get_absolute_url())
    assert ReadState.objects.get(user=member, thread=thread).last_read_at > first


@pytest.mark.parametrize("count", [3, 60])
def test_dashboard_section_query_budget(
    client, contact_person, coordinator, django_assert_max_num_queries, count
):
    from exchange.models import Notification

    forums = [
        make_group(contact_person, coordinator, title=f"Gruppe {n}")
        for n in range(count // 3)
    ]
    thread = bulk_thread(forums[0], contact_person, count)
    Notification.objects.bulk_create(
        Notification(recipient=contact_person, kind="reply", forum=forums[0], post=p)
        for p in thread.posts.all()
    )
    client.force_login(contact_person)
    # Mein Bereich shows every app's section; the whole page stays flat.
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        response = client.get(reverse("dashboard"))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Null\u200bBreite", "nur sichtbare Zeichen"),
        ("\u2067Umgedreht\u2069", "nur sichtbare Zeichen"),
        ("x" * 300, "Der Titel ist zu lang"),
    ],
)
def test_bad_thread_titles_get_a_clear_message(client, group, member, title, message):
    client.force_login(member)
    response = client.post(
        exchange_url("thread_new", group.slug),
        {"title": title, "body": "Text"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Thread.objects.exists()


def test_odd_parameters_never_break_a_page(client, thread, member):
    client.force_login(member)
    url = thread.get_absolute_url()
    for query in (
        "?seite=abc",
        "?seite=99999",
        "?zitat=abc",
        "?zitat=99999",
        "?zitat=" + "9" * 30,
    ):
        assert client.get(url + query).status_code == 200
    moderate = exchange_url("thread_moderate", thread.pk)
    assert client.post(moderate, {"aktion": "sprengen"}).status_code == 404
    leave = exchange_url("leave", thread.forum.slug)
    client.post(leave)
    response = client.post(leave, HTTP_REFERER="https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == exchange_url("index")


def test_course_forum_link_only_for_people_in_the_course(
    rf, course, course_forum, learner, other_person
):
    from learning.selectors import course_panels

    for user, shown in ((learner, True), (other_person, False)):
        request = rf.get("/")
        request.user = user
        html = "".join(course_panels(course=course, request=request))
        assert (course_forum.get_absolute_url() in html) is shown


def test_a_kept_course_forum_link_follows_leaving_and_joining_the_course(
    rf, settings, course, course_forum, learner
):
    from learning import services as learning
    from learning.selectors import course_panels

    settings.MEMO_FRAGMENTS = True

    def shown() -> bool:
        request = rf.get("/")
        request.user = learner
        html = "".join(course_panels(course=course, request=request))
        return course_forum.get_absolute_url() in html

    assert shown() and shown()
    learning.enrolment_leave(user=learner, course=course)
    assert not shown()
    learning.enrolment_start(user=learner, course=course)
    assert shown()


def test_pages_come_in_english_too(client, group, other_person, settings):
    other_person.preferred_language = "en"
    other_person.save(update_fields=["preferred_language"])
    client.force_login(other_person)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get(exchange_url("index")).content.decode()
    assert "Propose a topic group" in content
    assert "Open to everyone logged in" in content


def test_search_with_a_nul_character_is_no_error(client, other_person):
    client.force_login(other_person)
    response = client.get(exchange_url("search"), {"q": "a\x00b"})
    assert response.status_code == 200


def test_unsubscribe_for_a_deleted_account_is_a_404(client, other_person):
    from exchange import notifications

    token = notifications.unsubscribe_token(user_id=other_person.pk, forum_id=0)
    other_person.delete()
    url = reverse("exchange:unsubscribe", args=[token])
    assert client.post(url).status_code == 404


def test_nul_characters_in_a_post_are_refused_with_a_message(client, thread, member):
    client.force_login(member)
    response = client.post(thread.get_absolute_url(), {"body": "a\x00b"})
    assert response.status_code == 200
    assert "form-errors" in response.content.decode()
    assert thread.posts.count() == 1


@pytest.mark.parametrize("count", [10, 1000])
def test_search_notifications_and_queue_budgets(
    client, group, contact_person, member, django_assert_max_num_queries, count
):
    from exchange.models import Notification

    thread = bulk_thread(group, member, count)
    posts = list(thread.posts.all())
    Notification.objects.bulk_create(
        Notification(recipient=contact_person, kind="reply", forum=group, post=p)
        for p in posts
    )
    reporters = UserFactory.create_batch(3)
    Report.objects.bulk_create(
        Report(post=p, reporter=r, reason="Bitte prüfen")
        for p in posts[:50]
        for r in reporters
    )
    client.force_login(contact_person)
    for url, budget in (
        (exchange_url("search") + "?q=Nr", 17 + PAGE_ROUTE_QUERIES),
        (exchange_url("notifications"), 17 + PAGE_ROUTE_QUERIES),
        (exchange_url("moderation"), 21 + PAGE_ROUTE_QUERIES),
    ):
        with django_assert_max_num_queries(budget):
            assert client.get(url).status_code == 200
