"""Staff pages need a confirmed second factor; staff sessions end on time.

With ``REQUIRE_STAFF_MFA`` on, the role check itself (``cms.roles.has_role``)
withholds staff roles from a session without a confirmed TOTP, and the guard in
``cms.middleware`` leads the person to set it up. The tests below walk every
named route and every page route of the project over one seeded world and
compare what a contact person, a coordinator without TOTP and a coordinator
with TOTP get.
"""

import time
from dataclasses import dataclass

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from cms import roles
from cms.middleware import STAFF_SESSION_KEY
from cms.models import AccessibilityStatementPage
from cms.routing import route_url
from events import services as event_services
from events.models import Attendance, EventIndexPage, EventPage
from exchange import services as exchange_services
from exchange.models import ExchangeIndexPage, Forum, Post
from learning.models import CourseIndexPage, CoursePage, LessonPage
from network.models import NetworkIndexPage, NewsIndexPage
from network.services import training_request_create
from tests.events.conftest import build_event
from tests.factories import TEST_PASSWORD, DistrictFactory, UserFactory
from tests.learning.conftest import add_lesson

SETUP_URL = "/konto/2fa/totp/activate/"
OUR_APPS = ("cms.", "events.", "exchange.", "network.", "learning.")


@dataclass
class World:
    coordinator: object
    trainer: object
    person: object
    other: object
    calendar: object
    event: object
    session: object
    booking: object
    course: object
    lesson: object
    exchange: object
    network: object
    news: object
    group: object
    private_group: object
    proposal: object
    membership: object
    thread: object
    post: object
    training_request: object
    statement: object


def _published(parent, page):
    page = parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def world(home_page) -> World:
    coordinator = UserFactory(display_name="Karin O.", role=roles.COORDINATORS)
    trainer = UserFactory(display_name="Tanja R.", role=roles.TRAINERS)
    person = UserFactory(display_name="Anna S.")
    other = UserFactory(display_name="Bernd B.")
    calendar = _published(home_page, EventIndexPage(title="Schulungen", slug="termine"))
    event = build_event(calendar, trainers=[trainer])
    booking = event_services.booking_create(event=event, user=person, actor=person)
    index = home_page.add_child(instance=CourseIndexPage(title="Kurse", slug="kurse"))
    course = _published(
        index, CoursePage(title="Krisen verstehen", slug="krisen", owner=trainer)
    )
    lesson = add_lesson(course, "Lektion 1")
    exchange = _published(
        home_page, ExchangeIndexPage(title="Austausch", slug="austausch")
    )
    network = _published(home_page, NetworkIndexPage(title="Netzwerk", slug="netzwerk"))
    news = _published(home_page, NewsIndexPage(title="Aktuelles", slug="aktuelles"))

    def group(title, visibility, founder=other, approve=True):
        forum = exchange_services.group_propose(
            user=founder, title=title, description="Austausch.", visibility=visibility
        )
        if approve:
            forum = exchange_services.group_decide(
                forum=forum, actor=coordinator, approve=True
            )
        return forum

    open_group = group("Einsamkeit im Alter", Forum.Visibility.OPEN)
    private_group = group("Trauer begleiten", Forum.Visibility.MEMBERS)
    proposal = group(
        "Neue Gruppe", Forum.Visibility.OPEN, founder=person, approve=False
    )
    membership = exchange_services.membership_join(forum=private_group, user=person)
    thread = exchange_services.thread_create(
        forum=open_group, user=other, title="Willkommen", body="Hallo alle!"
    )
    post = thread.posts.get()
    exchange_services.membership_join(forum=open_group, user=person)
    exchange_services.post_report(post=post, user=person, reason="Bitte ansehen.")
    training_request = training_request_create(
        author=person,
        title="Gespräche mit Trauernden",
        description="Wir brauchen Sicherheit im Gespräch.",
        format="praesenz",
        district=DistrictFactory(name="Styrum"),
        dimension="handhabbarkeit",
    )
    return World(
        coordinator=coordinator,
        trainer=trainer,
        person=person,
        other=other,
        calendar=calendar,
        event=event,
        session=event.sessions.get(),
        booking=booking,
        course=course,
        lesson=lesson,
        exchange=exchange,
        network=network,
        news=news,
        group=open_group,
        private_group=private_group,
        proposal=proposal,
        membership=membership,
        thread=thread,
        post=post,
        training_request=training_request,
        statement=_published(
            home_page,
            AccessibilityStatementPage(
                title="Barrierefreiheit", slug="barrierefreiheit"
            ),
        ),
    )


@dataclass
class Route:
    name: str
    url: object  # World -> str
    method: str = "get"
    data: dict | None = None


def _r(name, *args_of, method="get", data=None):
    """A Django URL name outside the page tree."""
    return Route(
        name,
        lambda w: reverse(name, args=[getter(w) for getter in args_of]),
        method,
        data,
    )


# The page of the seeded world whose routes each routable page type offers.
PAGE_OF = {
    EventIndexPage: "calendar",
    EventPage: "event",
    CoursePage: "course",
    LessonPage: "lesson",
    ExchangeIndexPage: "exchange",
    NetworkIndexPage: "network",
    NewsIndexPage: "news",
    AccessibilityStatementPage: "statement",
}


def _p(model, name, *args_of, method="get", data=None):
    """A route of a page: named "PageType:route", built with ``route_url``."""
    return Route(
        f"{model.__name__}:{name}",
        lambda w: route_url(
            getattr(w, PAGE_OF[model]), name, *[getter(w) for getter in args_of]
        ),
        method,
        data,
    )


def _pk(attribute):
    return lambda w: getattr(w, attribute).pk


def _slug(attribute):
    return lambda w: getattr(w, attribute).slug


NOWHERE = lambda w: 999_999  # noqa: E731  (an id that names nothing)
NO_TOKEN = lambda w: "unbekannt"  # noqa: E731  (a token that opens nothing)

# Every named route and every page route of the project, with the seeded
# objects it is opened with.
ROUTES = [
    _r("healthz"),
    _r("metrics"),
    Route("set_language", lambda w: reverse("set_language", args=["de"])),
    _r("search"),
    _r("dashboard"),
    _r("profile"),
    _r("my_data"),
    _r("my_data_export"),
    _r("my_data_export_download", NO_TOKEN),
    _r("my_data_delete"),
    Route("events:personal_feed", lambda w: "/termine/kalender/unbekannt.ics"),
    _r("events:feeds"),
    _p(EventIndexPage, "index_route"),
    _p(EventIndexPage, "feed"),
    _p(EventPage, "index_route"),
    _p(EventPage, "ics"),
    _p(EventPage, "book", method="post"),
    _r("events:book", _pk("event"), method="post"),
    _p(EventPage, "answers"),
    _p(EventPage, "phone_booking"),
    _p(EventPage, "confirmation", _pk("booking")),
    _p(AccessibilityStatementPage, "index_route"),
    _p(AccessibilityStatementPage, "feedback", method="post"),
    _p(EventPage, "cancel", _pk("booking"), method="post"),
    _p(EventPage, "participants"),
    _p(EventPage, "participants_csv"),
    _p(EventPage, "sign_in_sheet"),
    _p(EventPage, "check_in", _pk("session")),
    _p(
        EventPage,
        "check_in",
        _pk("session"),
        method="post",
        data={"state": Attendance.State.ATTENDED},
    ),
    _p(EventPage, "message"),
    _p(EventPage, "evaluation"),
    _p(EventPage, "evaluation_results"),
    _p(EventPage, "evaluation_results_csv"),
    _p(ExchangeIndexPage, "index"),
    _p(ExchangeIndexPage, "index_route"),
    _p(ExchangeIndexPage, "group_propose"),
    _p(ExchangeIndexPage, "course_forums"),
    _p(ExchangeIndexPage, "groups"),
    _p(ExchangeIndexPage, "search"),
    _p(ExchangeIndexPage, "moderation"),
    _p(ExchangeIndexPage, "group_decide", _pk("proposal"), method="post"),
    _p(ExchangeIndexPage, "membership_decide", _pk("membership"), method="post"),
    _p(ExchangeIndexPage, "notifications"),
    _p(ExchangeIndexPage, "notification_open", NOWHERE),
    _p(ExchangeIndexPage, "settings"),
    Route("exchange:unsubscribe", lambda w: "/austausch/abbestellen/unbekannt/"),
    _p(ExchangeIndexPage, "forum", _slug("group")),
    _p(ExchangeIndexPage, "forum", _slug("private_group")),
    _p(ExchangeIndexPage, "join", _slug("group")),
    _p(ExchangeIndexPage, "leave", _slug("group")),
    _p(ExchangeIndexPage, "follow", _slug("group")),
    _p(ExchangeIndexPage, "thread_new", _slug("group")),
    _p(ExchangeIndexPage, "thread", _pk("thread")),
    _p(ExchangeIndexPage, "thread_follow", _pk("thread"), method="post"),
    _p(
        ExchangeIndexPage,
        "thread_moderate",
        _pk("thread"),
        method="post",
        data={"aktion": "schliessen"},
    ),
    _p(ExchangeIndexPage, "post", _pk("post")),
    _p(ExchangeIndexPage, "post_edit", _pk("post")),
    _p(ExchangeIndexPage, "post_delete", _pk("post")),
    _p(ExchangeIndexPage, "post_report", _pk("post")),
    _p(ExchangeIndexPage, "post_hide", _pk("post")),
    _p(ExchangeIndexPage, "post_reject", _pk("post")),
    _p(
        ExchangeIndexPage,
        "post_moderate",
        _pk("post"),
        method="post",
        data={"aktion": "meldungen-schliessen"},
    ),
    _p(NetworkIndexPage, "home"),
    _p(NetworkIndexPage, "index_route"),
    _p(NetworkIndexPage, "directory_list"),
    _p(NetworkIndexPage, "directory_detail", NO_TOKEN),
    _p(NetworkIndexPage, "ambassador_list"),
    _p(NetworkIndexPage, "ambassador_settings"),
    _p(NetworkIndexPage, "ambassador_opt_out", method="post"),
    _p(NetworkIndexPage, "ambassador_message", NOWHERE),
    Route(
        "network:message_reply",
        lambda w: (
            "/netzwerk/nachrichten/00000000-0000-0000-0000-000000000000/antworten/"
        ),
    ),
    _p(NetworkIndexPage, "inbox"),
    _p(
        NetworkIndexPage,
        "conversation",
        lambda w: "00000000-0000-0000-0000-000000000000",
    ),
    Route(
        "network:visitor_conversation",
        lambda w: "/netzwerk/gespraech/00000000-0000-0000-0000-000000000000/",
    ),
    _p(NetworkIndexPage, "request_list"),
    _p(NetworkIndexPage, "request_create"),
    _p(NetworkIndexPage, "request_detail", _pk("training_request")),
    _p(NetworkIndexPage, "request_support", _pk("training_request"), method="post"),
    _p(NetworkIndexPage, "request_withdraw", _pk("training_request"), method="post"),
    _p(
        NetworkIndexPage,
        "request_coordinate",
        _pk("training_request"),
        lambda w: "antworten",
        method="post",
        data={"antworten-answer": "Wir planen das."},
    ),
    _p(NetworkIndexPage, "district_overview"),
    _p(NewsIndexPage, "index"),
    _p(NewsIndexPage, "index_route"),
    _p(NewsIndexPage, "feed"),
    Route(
        "network:report_confirm",
        lambda w: (
            "/netzwerk/lageberichte/bestaetigen/00000000-0000-0000-0000-000000000000/"
        ),
    ),
    Route(
        "network:report_unsubscribe",
        lambda w: (
            "/netzwerk/lageberichte/abbestellen/00000000-0000-0000-0000-000000000000/"
        ),
    ),
    _r("network:report_subscription", method="post"),
    _p(CoursePage, "index_route"),
    _p(CoursePage, "start", method="post"),
    _p(CoursePage, "leave", method="post"),
    _p(CoursePage, "resume"),
    _p(CoursePage, "feedback"),
    _p(CoursePage, "feedback_results"),
    _p(CoursePage, "feedback_results_csv"),
    _p(LessonPage, "index_route"),
    _p(LessonPage, "done", method="post"),
    _p(LessonPage, "quiz", method="post"),
    _p(LessonPage, "note", method="post"),
    _r("learning:notes"),
    _r("learning:notes_export"),
    _r("learning:paths"),
    _r("learning:path_join", NO_TOKEN, method="post"),
    _r("learning:certificate_download", NOWHERE),
    Route("learning:certificate_verify", lambda w: "/nachweis/UNBEKANNT/"),
    # Staff pages in the admin, guarded for the whole /admin/ path.
    _r("wagtailadmin_home"),
    _r("cms_processing_record"),
    _r("events_admin_participants", _pk("event")),
    _r("events_admin_event_copy", _pk("event")),
    _r("network_admin_demand"),
    _r("cms_reports"),
    Route("cms_report", lambda w: reverse("cms_report", args=["reichweite"])),
    _r("learning_admin:report_index"),
    _r("learning_admin:report_course", _pk("course")),
    _r("learning_admin:report_questions", _pk("course")),
    _r("learning_admin:certificate_revoke", NOWHERE, method="post"),
    _r("learning_admin:path_index"),
    _r("learning_admin:path_report", NOWHERE),
]

# What the issue names as staff-only outside the admin: each must be found so.
EXPECTED_STAFF = {
    "EventPage:participants",
    "EventPage:phone_booking",
    "EventPage:confirmation",
    "EventPage:participants_csv",
    "EventPage:sign_in_sheet",
    "EventPage:check_in",
    "EventPage:message",
    "ExchangeIndexPage:moderation",
    "ExchangeIndexPage:group_decide",
    "ExchangeIndexPage:membership_decide",
    "ExchangeIndexPage:thread_moderate",
    "ExchangeIndexPage:post_hide",
    "ExchangeIndexPage:post_reject",
    "ExchangeIndexPage:post_moderate",
    "NetworkIndexPage:request_coordinate",
    "NetworkIndexPage:district_overview",
    "wagtailadmin_home",
    "cms_processing_record",
    "events_admin_participants",
    "events_admin_event_copy",
    "network_admin_demand",
    "cms_reports",
    "cms_report",
    "learning_admin:report_index",
    "learning_admin:report_course",
    "learning_admin:report_questions",
    "learning_admin:path_index",
}


def _project_route_names() -> set[str]:
    """Return "namespace:name" of every named route whose view is ours."""
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace or namespace
                if pattern.namespace and namespace:
                    inner = f"{namespace}:{pattern.namespace}"
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                module = getattr(pattern.callback, "__module__", "") or ""
                if module.startswith(OUR_APPS):
                    names.add(
                        f"{namespace}:{pattern.name}" if namespace else pattern.name
                    )

    walk(get_resolver().url_patterns, "")
    return names


def _page_route_names() -> set[str]:
    """Return "PageType:name" of every route of every routable page type of ours."""
    return {
        f"{model.__name__}:{route.name}"
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin)
        and model.__module__.startswith(OUR_APPS)
        for route in model.get_subpage_urls()
    }


def test_every_route_of_the_project_is_in_the_staff_walk():
    """A new route or page route cannot skip the walk below: add it to ROUTES."""
    walked = {route.name for route in ROUTES}
    assert _project_route_names() - walked == set()
    assert _page_route_names() - walked == set()


def _totp_login(client: Client, user) -> None:
    """Log in through allauth with password and a TOTP code, as a person would."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    response = client.post(
        "/konto/login/", {"login": user.email, "password": TEST_PASSWORD}
    )
    assert response["Location"] == "/konto/2fa/authenticate/"
    # A code holds for its 30-second window only (no tolerance): on a busy
    # machine a code taken in the window's last seconds reached the server in
    # the next one. Take it at the start of a window.
    left = mfa_settings.TOTP_PERIOD - time.time() % mfa_settings.TOTP_PERIOD
    if left < 5:
        time.sleep(left + 0.1)
    counter = next(yield_hotp_counters_from_time())
    code = format_hotp_value(hotp_value(secret, counter))
    response = client.post("/konto/2fa/authenticate/", {"code": code})
    assert response.status_code == 302, response.content[:500]
    assert response["Location"] != "/konto/2fa/authenticate/"


def _open(client: Client, route: Route, world: World):
    url = route.url(world)
    if route.method == "post":
        return client.post(url, route.data or {})
    return client.get(url)


def _allowed(response) -> bool:
    if response.status_code in (403, 404, 405):
        return False
    return not (
        response.status_code == 302
        and response["Location"].startswith(("/konto/login/", SETUP_URL))
    )


@pytest.fixture
def mfa_on(settings):
    settings.REQUIRE_STAFF_MFA = True


def test_every_staff_page_needs_a_confirmed_second_factor(world, mfa_on):
    person, without, confirmed = Client(), Client(), Client()
    # Someone who moderates nothing: group founders moderate their own group.
    person.force_login(UserFactory(display_name="Pia P."))
    without.force_login(world.coordinator)
    _totp_login(confirmed, UserFactory(display_name="Kai K.", role=roles.COORDINATORS))
    staff, problems = set(), []
    for route in ROUTES:
        with transaction.atomic():
            # Each route runs on the same seeded world; its changes roll back.
            as_person = _open(person, route, world)
            as_staff = _open(confirmed, route, world)
            blocked = _open(without, route, world)
            transaction.set_rollback(True)
        for label, response in (("person", as_person), ("staff", as_staff)):
            if response.status_code >= 500:
                problems.append(f"{route.name} {route.method}: 500 for {label}")
        if _allowed(as_person) or not _allowed(as_staff):
            continue
        staff.add(route.name)
        if blocked.status_code != 302 or blocked["Location"] != SETUP_URL:
            problems.append(
                f"{route.name} {route.method}: {blocked.status_code} without TOTP"
            )
    assert problems == []
    assert EXPECTED_STAFF <= staff


def test_a_trainer_is_led_to_set_up_totp_and_then_sees_the_list(world, mfa_on):
    client = Client()
    client.force_login(world.trainer)
    url = route_url(world.event, "participants")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == SETUP_URL
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("zweitem Faktor" in m for m in messages)
    csv = client.get(route_url(world.event, "participants_csv"))
    assert world.person.email.encode() not in csv.content

    confirmed = Client()
    _totp_login(confirmed, world.trainer)
    response = confirmed.get(url)
    assert response.status_code == 200
    assert world.person.display_name in response.content.decode()


def test_check_in_without_totp_changes_nothing(world, mfa_on):
    client = Client()
    client.force_login(world.coordinator)
    response = client.post(
        route_url(world.event, "check_in", world.session.pk),
        {"booking": world.booking.pk, "state": Attendance.State.ATTENDED},
    )
    assert response["Location"] == SETUP_URL
    assert not Attendance.objects.exists()


def test_hidden_staff_content_stays_hidden_without_totp(world, mfa_on):
    """Pages everyone opens show nothing of their staff parts to such a session."""
    client = Client()
    client.force_login(world.coordinator)
    world.post.refresh_from_db()
    exchange_services.post_hide(post=world.post, actor=world.coordinator, reason="x")
    thread = client.get(route_url(world.exchange, "thread", world.thread.pk))
    assert thread.status_code == 200
    assert "Hallo alle!" not in thread.content.decode()
    exchange_services.thread_create(
        forum=world.private_group, user=world.other, title="Vertraulich", body="…"
    )
    private = client.get(world.private_group.get_absolute_url())
    assert private.status_code == 200
    assert "Vertraulich" not in private.content.decode()


def test_a_known_totp_not_entered_in_this_session_asks_for_the_code(world, mfa_on):
    TOTP.activate(world.coordinator, generate_totp_secret())
    client = Client()
    client.force_login(world.coordinator)
    response = client.get(route_url(world.network, "district_overview"))
    assert response.status_code == 302
    assert response["Location"] == (
        "/konto/2fa/reauthenticate/?next=%2Fnetzwerk%2Fstadtteile%2F"
    )


def test_totp_set_up_in_this_session_counts(world, mfa_on):
    client = Client()
    _totp_login(client, world.coordinator)
    # Setting TOTP up again (as after a reset) in this very session also counts.
    Authenticator.objects.filter(user=world.coordinator).delete()
    session = client.session
    session["account_authentication_methods"] = [
        r for r in session["account_authentication_methods"] if r["method"] != "mfa"
    ]
    session.save()
    assert (
        client.get(route_url(world.network, "district_overview"))["Location"]
        == SETUP_URL
    )
    TOTP.activate(world.coordinator, generate_totp_secret())
    assert client.get(route_url(world.network, "district_overview")).status_code == 200


def test_without_the_setting_staff_pages_open_as_before(world, settings):
    settings.REQUIRE_STAFF_MFA = False
    client = Client()
    client.force_login(world.coordinator)
    assert client.get(route_url(world.network, "district_overview")).status_code == 200


# --- Staff sessions end on time ------------------------------------------------


def _move_clock(client: Client, **seconds_ago) -> None:
    session = client.session
    state = session[STAFF_SESSION_KEY]
    for key, seconds in seconds_ago.items():
        state[key] = time.time() - seconds
    session[STAFF_SESSION_KEY] = state
    session.save()


def test_a_staff_session_ends_after_thirty_idle_minutes(world, settings):
    assert settings.STAFF_SESSION_IDLE_TIMEOUT == 30 * 60
    client = Client()
    client.force_login(world.coordinator)
    assert client.get("/mein-bereich/").status_code == 200
    _move_clock(client, seen=29 * 60)
    assert client.get("/mein-bereich/").status_code == 200
    assert client.session[STAFF_SESSION_KEY]["seen"] > time.time() - 5

    _move_clock(client, seen=30 * 60 + 1)
    response = client.get("/mein-bereich/")
    assert response.status_code == 302
    assert response["Location"] == "/konto/login/?next=/mein-bereich/"
    assert "_auth_user_id" not in client.session
    assert client.get("/mein-bereich/")["Location"].startswith("/konto/login/")


def test_a_staff_session_ends_twelve_hours_after_the_login(world, settings):
    assert settings.STAFF_SESSION_MAX_AGE == 12 * 60 * 60
    client = Client()
    client.force_login(world.trainer)
    _move_clock(client, since=12 * 60 * 60 - 60)
    assert client.get("/mein-bereich/").status_code == 200
    _move_clock(client, since=12 * 60 * 60 + 1)
    assert client.get("/mein-bereich/")["Location"].startswith("/konto/login/")
    assert "_auth_user_id" not in client.session


def test_the_session_cookie_itself_expires_after_the_idle_time(world):
    client = Client()
    client.force_login(world.coordinator)
    assert client.session.get_expiry_age() == 30 * 60


def test_the_limits_come_from_the_settings(world, settings):
    settings.STAFF_SESSION_IDLE_TIMEOUT = 60 * 60
    client = Client()
    client.force_login(world.coordinator)
    _move_clock(client, seen=45 * 60)
    assert client.get("/mein-bereich/").status_code == 200


def test_contact_persons_keep_their_long_sessions(world):
    client = Client()
    client.force_login(world.person)
    assert STAFF_SESSION_KEY not in client.session
    assert client.get("/mein-bereich/").status_code == 200
    assert STAFF_SESSION_KEY not in client.session


def test_a_promoted_person_gets_staff_clocks_on_first_staff_use(world):
    client = Client()
    client.force_login(world.person)
    roles.add_role(world.person, roles.COORDINATORS)
    client.get(route_url(world.network, "district_overview"))
    assert STAFF_SESSION_KEY in client.session


def test_staff_login_records_the_login_time(world):
    client = Client()
    before = time.time()
    _totp_login(client, world.coordinator)
    state = client.session[STAFF_SESSION_KEY]
    assert before - 1 <= state["since"] <= time.time()


def test_posts_of_the_moderation_queue_need_totp(world, mfa_on):
    client = Client()
    client.force_login(world.coordinator)
    response = client.get(route_url(world.exchange, "moderation"))
    assert response["Location"] == SETUP_URL
    assert Post.objects.filter(pk=world.post.pk, hidden_at__isnull=True).exists()


def test_a_page_route_whose_power_is_not_a_role_still_needs_totp(world, settings):
    """A trainer moderating the group they founded: the decorator guards the route."""
    forum = exchange_services.group_propose(
        user=world.trainer,
        title="Trainer:innen unter sich",
        description="Austausch.",
        visibility=Forum.Visibility.OPEN,
    )
    forum = exchange_services.group_decide(
        forum=forum, actor=world.coordinator, approve=True
    )
    thread = exchange_services.thread_create(
        forum=forum, user=world.trainer, title="Start", body="Los geht's."
    )
    url = route_url(world.exchange, "post_hide", thread.posts.get().pk)
    client = Client()
    client.force_login(world.trainer)
    settings.REQUIRE_STAFF_MFA = True
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == SETUP_URL
    settings.REQUIRE_STAFF_MFA = False
    assert client.get(url).status_code == 200
