"""Names people can trust: unique, not reserved, roles visible, real names kept."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from cms import roles
from cms.admin_users import ProfileUserCreationForm, ProfileUserEditForm
from cms.forms import REAL_NAME_AUDIENCE, ProfileForm
from cms.models import User
from cms.routing import route_url
from cms.validators import name_keys, reserved_name_in
from demo.content.site import STANDARD_PAGES
from events import services as event_services
from events.models import EventIndexPage
from exchange import services as exchange_services
from exchange.models import ExchangeIndexPage, Forum
from learning.models import Certificate
from network.models import NetworkIndexPage
from tests.events.conftest import build_event
from tests.factories import UserFactory

SIGNUP = "/konto/signup/"


def _same(a: str, b: str) -> bool:
    return bool(name_keys(a) & name_keys(b))


@pytest.mark.parametrize(
    ("taken", "copy"),
    [
        ("Anna S.", "anna s."),  # case
        ("Anna S.", "ANNA S."),
        ("Anna S.", "Аnna S."),  # Cyrillic capital a
        ("Anna S.", "Anna Ѕ."),  # Cyrillic dze
        ("Karin O.", "Kαrin Ο."),  # Greek alpha and omicron
        ("Anna S.", "Ａｎｎａ Ｓ."),  # full width, folded by NFKC
        ("Anna S.", "Anna  S."),  # two spaces
        ("Ilse", "llse"),  # capital I and small l
        ("Ilse", "ILSE"),
        ("Jörg", "JÖRG"),
        ("Strauß", "Strauss"),
        ("Marianne", "Marianne"),
    ],
)
def test_look_alike_names_count_as_the_same(taken, copy):
    assert _same(taken, copy)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Anna S.", "Anna B."), ("Lisa", "Lila"), ("Jörg", "Jorg"), ("Mia", "Mira")],
)
def test_different_names_stay_different(one, other):
    assert not _same(one, other)


@pytest.mark.parametrize(
    "name",
    [
        "Koordination",
        "Koordination Netzwerk",
        "KOORDINATION",
        "Kооrdination",  # Cyrillic small o
        "K0ordination",
        "Koordination-Team",
        "Moderation",
        "Moderator:in Eva",
        "Moderatorin",
        "Admin",
        "ADMlN",
        "Administrator",
        "Trainer:in Tom",
        "Support",
        "System",
        "Gemeinsam Stark",
        "GEMEINSAM STARK",
        "Team Gemeinsam Stark",
        "Gelöschte Person",
    ],
)
def test_role_words_and_platform_names_are_reserved(name):
    assert reserved_name_in(name) is not None


@pytest.mark.parametrize(
    "name", ["Karin Koordination", "Anna", "Tanja Trainerin", "Ada Minh", "Eva"]
)
def test_ordinary_names_are_free(name):
    assert reserved_name_in(name) is None


def _signup(client, **overrides):
    data = {
        "email": "neu@example.org",
        "display_name": "Neue Person",
        "password1": "Ein-langes-Passwort-42",
        "password2": "Ein-langes-Passwort-42",
        "preferred_language": "de",
        "privacy_consent": "on",
        **overrides,
    }
    return client.post(SIGNUP, data)


def test_signup_refuses_a_look_alike_of_a_taken_name(client, home_page):
    UserFactory(display_name="Anna S.")
    response = _signup(client, display_name="Аnna s.")
    assert response.status_code == 200
    assert "verwendet schon jemand" in response.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()


def test_signup_refuses_a_reserved_name_in_german_and_english(client, home_page):
    response = _signup(client, display_name="Koordination Netzwerk")
    assert "„Koordination“ ist für Rollen und Namen der Plattform reserviert" in (
        response.content.decode()
    )
    client.cookies["django_language"] = "en"
    response = _signup(client, display_name="Koordination Netzwerk")
    assert "is reserved for roles and the platform" in response.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()


def test_profile_refuses_a_taken_name_but_keeps_ones_own(client, contact_person):
    UserFactory(display_name="Bernd B.")
    client.force_login(contact_person)
    data = {"display_name": "BERND B.", "preferred_language": "de"}
    response = client.post(reverse("profile"), data)
    assert "verwendet schon jemand" in response.content.decode()
    contact_person.refresh_from_db()
    assert contact_person.display_name == "Anna Ansprech"
    # An older look-alike of one's own name does not block saving the profile.
    UserFactory(display_name="anna ansprech")
    data = {"display_name": "Anna Ansprech", "preferred_language": "en"}
    assert client.post(reverse("profile"), data).status_code == 302


def test_wagtail_user_forms_check_display_names(coordinator):
    UserFactory(display_name="Bernd B.")
    create = ProfileUserCreationForm(
        data={"display_name": "Bernd Β."}
    )  # Greek capital beta
    assert "verwendet schon jemand" in str(create.errors["display_name"])
    create = ProfileUserCreationForm(data={"display_name": "Admin"})
    assert "reserviert" in str(create.errors["display_name"])
    edit = ProfileUserEditForm(
        instance=coordinator, data={"display_name": "Moderation"}
    )
    assert "reserviert" in str(edit.errors["display_name"])
    edit = ProfileUserEditForm(
        instance=coordinator, data={"display_name": coordinator.display_name}
    )
    assert "display_name" not in edit.errors


# --- Role badges in the exchange ------------------------------------------------


@pytest.fixture
def exchange(home_page):
    """The exchange's page: forums and threads are its routes."""
    page = home_page.add_child(
        instance=ExchangeIndexPage(title="Austausch", slug="austausch")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def network(home_page):
    """The network's page: the ambassadors are one of its routes."""
    page = home_page.add_child(
        instance=NetworkIndexPage(title="Netzwerk", slug="netzwerk")
    )
    page.save_revision().publish()
    return page


def _group_thread():
    """A coordinator, a group's founder (its moderator) and a member's thread."""
    coordinator = UserFactory(display_name="Karin O.", role=roles.COORDINATORS)
    founder = UserFactory(display_name="Fritz F.")
    member = UserFactory(display_name="Mia M.")
    forum = exchange_services.group_propose(
        user=founder,
        title="Einsamkeit",
        description="Austausch.",
        visibility=Forum.Visibility.OPEN,
    )
    forum = exchange_services.group_decide(forum=forum, actor=coordinator, approve=True)
    exchange_services.membership_join(forum=forum, user=member)
    thread = exchange_services.thread_create(
        forum=forum, user=member, title="Hallo", body="Erster Beitrag"
    )
    return coordinator, founder, member, thread


def test_coordinators_and_moderators_carry_a_role_badge(client, exchange):
    coordinator, founder, member, thread = _group_thread()
    exchange_services.post_create(thread=thread, user=founder, body="Willkommen")
    exchange_services.post_create(thread=thread, user=coordinator, body="Schön!")
    client.force_login(member)
    page = client.get(thread.get_absolute_url()).content.decode()
    badge = (
        '<span class="badge badge--role"><span class="visually-hidden">(</span>{}<span '
    )
    assert f"Karin O. {badge.format('Koordination')}" in page
    assert f"Fritz F. {badge.format('Moderation')}" in page
    assert "Mia M. </h2>" in page
    forum_page = client.get(thread.forum.get_absolute_url()).content.decode()
    assert badge.format("Koordination") in forum_page


def test_a_kept_role_badge_follows_a_new_role_at_once(client, exchange, settings):
    """The badges are kept (cms.memo) until roles or memberships change."""
    settings.MEMO_FRAGMENTS = True
    _coordinator, founder, member, thread = _group_thread()
    client.force_login(founder)
    for _visit in range(2):
        assert "Mia M. </h2>" in client.get(thread.get_absolute_url()).content.decode()
    roles.add_role(member, roles.COORDINATORS)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert 'Mia M. <span class="badge badge--role">' in page
    member.groups.clear()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Mia M. </h2>" in page


# --- Real names only where the privacy notice says -------------------------------

FIRST, LAST = "Friederike", "Quastenflosser"


@pytest.fixture
def booked(home_page):
    """A person with a real name, booked on a training of one trainer."""
    trainer = UserFactory(display_name="Tanja R.", role=roles.TRAINERS)
    person = UserFactory(display_name="Fritzi", first_name=FIRST, last_name=LAST)
    calendar = home_page.add_child(
        instance=EventIndexPage(title="Schulungen", slug="termine")
    )
    calendar.save_revision().publish()
    event = build_event(calendar, trainers=[trainer])
    event_services.booking_create(event=event, user=person, actor=person)
    return trainer, person, event


def test_the_profile_and_the_privacy_page_make_the_same_promise():
    with translation.override("de"):
        promise = str(REAL_NAME_AUDIENCE)
    form = ProfileForm()
    assert form.fields["first_name"].help_text == REAL_NAME_AUDIENCE
    assert form.fields["last_name"].help_text == REAL_NAME_AUDIENCE
    privacy = next(page for page in STANDARD_PAGES if page[0] == "datenschutz")
    assert promise in "".join(privacy[4])
    assert "Trainer:innen der Schulungen, die Sie gebucht haben" in promise


def test_trainers_of_the_training_see_the_real_name_on_sheet_and_file(booked):
    trainer, person, event = booked
    client = Client()
    client.force_login(trainer)
    sheet = client.get(route_url(event, "sign_in_sheet"))
    assert f"{FIRST} {LAST}" in sheet.content.decode()
    file = client.get(route_url(event, "participants_csv"))
    rows = list(
        csv.reader(io.StringIO(file.content.decode("utf-8-sig")), delimiter=";")
    )
    assert [FIRST + " " + LAST, "Fritzi", person.email] == rows[1][:3]


def test_coordination_sees_the_real_name(booked):
    _trainer, _person, event = booked
    client = Client()
    client.force_login(UserFactory(display_name="Karin O.", role=roles.COORDINATORS))
    sheet = client.get(route_url(event, "sign_in_sheet"))
    assert LAST in sheet.content.decode()


def test_the_certificate_shows_the_real_name_to_whoever_has_the_code(booked):
    _trainer, person, _event = booked
    certificate = Certificate.objects.create(
        user=person,
        code="PRUEFCODE1234",
        holder_name=person.get_full_name(),
        course_title="Krisen verstehen",
        issued_at=timezone.now(),
    )
    page = Client().get(reverse("learning:certificate_verify", args=[certificate.code]))
    assert f"{FIRST} {LAST}" in page.content.decode()


def test_nobody_else_sees_the_real_name(booked, exchange, network):
    trainer, person, event = booked
    other_trainer = UserFactory(display_name="Theo T.", role=roles.TRAINERS)
    stranger = UserFactory(display_name="Sven S.")
    forum = exchange_services.group_propose(
        user=person,
        title="Nachbarschaft",
        description="Austausch.",
        visibility=Forum.Visibility.OPEN,
    )
    coordinator = UserFactory(display_name="Karin O.", role=roles.COORDINATORS)
    forum = exchange_services.group_decide(forum=forum, actor=coordinator, approve=True)
    thread = exchange_services.thread_create(
        forum=forum, user=person, title="Hallo", body="Ich bin neu."
    )
    pages = {
        stranger: [
            event.url,
            thread.get_absolute_url(),
            forum.get_absolute_url(),
            route_url(exchange, "index"),
            route_url(exchange, "search") + "?q=neu",
            route_url(network, "ambassador_list"),
        ],
        # The training's own trainer: the lists on screen show display names.
        trainer: [
            route_url(event, "participants"),
            route_url(event, "check_in", event.sessions.get().pk),
            thread.get_absolute_url(),
            f"/admin/schulungen/{event.pk}/teilnehmende/",
        ],
        # Another trainer cannot open this training's sheet or file at all.
        other_trainer: [
            route_url(event, "sign_in_sheet"),
            route_url(event, "participants_csv"),
        ],
    }
    for viewer, urls in pages.items():
        client = Client()
        client.force_login(viewer)
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 404), url
            body = response.content.decode()
            assert FIRST not in body and LAST not in body, (viewer, url)
