"""The directory: filters, crisis services, coordinator-only editing, budgets."""

import pytest
from django.core.cache import cache

from cms.help import extra_help_contacts
from cms.models import Topic
from network.models import DirectoryEntry, network_url
from network.selectors import CRISIS_CACHE_KEY
from tests.budgets import PAGE_ROUTE_QUERIES
from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db

LIST_URL = network_path("directory_list")


def test_filters_by_district_topic_and_language(
    client, make_entry, district, other_district, topic, language
):
    make_entry("Beratung Styrum")
    elsewhere = DirectoryEntry.objects.create(
        name="Treff Saarn", kind="senioren", how_to_reach="Kommen Sie vorbei."
    )
    elsewhere.districts.add(other_district)

    html = client.get(LIST_URL, {"stadtteil": district.slug}).content.decode()
    assert "Beratung Styrum" in html
    assert "Treff Saarn" not in html

    html = client.get(
        LIST_URL, {"thema": topic.slug, "sprache": language.slug}
    ).content.decode()
    assert "Beratung Styrum" in html
    assert "Treff Saarn" not in html

    html = client.get(LIST_URL, {"art": "senioren"}).content.decode()
    assert "Treff Saarn" in html
    assert "Beratung Styrum" not in html


def test_unknown_filters_warn_and_never_fail(client, make_entry):
    make_entry()
    response = client.get(
        LIST_URL,
        {
            "stadtteil": "atlantis",
            "thema": "<script>",
            "sprache": "x" * 500,
            "art": "?",
        },
    )
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 4
    assert "Beratungsstelle Ruhr" in response.content.decode()


def test_entry_shows_how_to_reach_as_plain_text(client, make_entry):
    entry = make_entry(how_to_reach="<b>Anrufen</b>\nDienstags")
    html = client.get(entry.get_absolute_url()).content.decode()
    assert "So erreichen Sie uns" in html
    assert "&lt;b&gt;Anrufen&lt;/b&gt;" in html


def test_unknown_entry_is_404(client, db):
    assert client.get(network_url("directory_detail", "nix")).status_code == 404


def test_crisis_services_feed_the_help_box_from_the_cache(
    client, make_entry, django_assert_num_queries
):
    make_entry("Krisentelefon", kind="krise", is_crisis_service=True, phone="0800 1")
    make_entry("Beratung ohne Krise")
    cache.delete(CRISIS_CACHE_KEY)
    contacts = extra_help_contacts()
    assert [c["name"] for c in contacts] == ["Krisentelefon"]
    with django_assert_num_queries(0):
        assert extra_help_contacts() == contacts

    DirectoryEntry.objects.filter(name="Beratung ohne Krise").get().delete()
    assert cache.get(CRISIS_CACHE_KEY) is None
    html = client.get(LIST_URL).content.decode()
    assert "Krisentelefon" in html


def test_help_box_leaves_out_numbers_the_help_box_lists(make_entry, home_page):
    from cms.models import HelpBox

    HelpBox.objects.create(
        contacts=[
            ("contact", {"name": "Seelsorge", "phone": "0800 111", "hours": "immer"})
        ]
    )
    make_entry("Seelsorge am Telefon", is_crisis_service=True, phone="0800111")
    make_entry("Frauen-Hilfetelefon", is_crisis_service=True, phone="116 016")
    assert [c["name"] for c in extra_help_contacts()] == ["Frauen-Hilfetelefon"]


def _bulk_entries(count: int, district, topic, language, start: int = 0) -> list:
    from wagtail.models import Locale

    # bulk_create skips the signal that gives new rows the default language.
    locale = Locale.get_default()
    entries = DirectoryEntry.objects.bulk_create(
        [
            DirectoryEntry(
                name=f"Angebot {n:04d}",
                slug=f"angebot-{n:04d}",
                kind="beratung",
                how_to_reach="Anrufen.",
                locale=locale,
            )
            for n in range(start, start + count)
        ]
    )
    for field, column, value in (
        ("districts", "district_id", district),
        ("topics", "topic_id", topic),
        ("languages", "language_id", language),
    ):
        through = getattr(DirectoryEntry, field).through
        through.objects.bulk_create(
            [through(directoryentry_id=e.pk, **{column: value.pk}) for e in entries]
        )
    return entries


@pytest.mark.parametrize("count", [3, 500])
def test_list_query_budget_stays_flat(
    client, district, topic, language, count, django_assert_max_num_queries
):
    _bulk_entries(count, district, topic, language)
    client.get(LIST_URL)  # creates the site settings and caches the crisis services
    with django_assert_max_num_queries(16 + PAGE_ROUTE_QUERIES):
        response = client.get(
            LIST_URL,
            {"stadtteil": district.slug, "thema": topic.slug, "sprache": language.slug},
        )
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == count


def test_the_kept_directory_follows_a_new_entry_and_still_warns_each_visitor(
    client, contact_person, make_entry, settings, home_page
):
    """Filters and results are kept for everyone (cms.memo) with the same query,
    until an entry or an option changes; the warnings stay each visitor's."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.models import SiteSettings

    settings.MEMO_FRAGMENTS = True
    SiteSettings.objects.get_or_create(site=home_page.get_site())
    make_entry()
    client.force_login(contact_person)
    for _visit in range(2):
        client.get(LIST_URL)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST_URL)
    for number in range(30):
        make_entry(name=f"Treffpunkt {number}")
    assert "31 Angebote gefunden" in client.get(LIST_URL).content.decode()
    with CaptureQueriesContext(connection) as many:
        page = client.get(LIST_URL).content.decode()
    assert len(many.captured_queries) == len(few.captured_queries) <= 12
    assert "31 Angebote gefunden" in page
    for _visit in range(2):
        response = client.get(LIST_URL, {"stadtteil": "atlantis"})
        warnings = [str(m) for m in response.context["messages"]]
        assert warnings == [
            "Diesen Stadtteil gibt es nicht; es werden alle Stadtteile gezeigt."
        ]


ADD_URL = "/admin/snippets/network/directoryentry/add/"


def _add_form(district, topic):
    return {
        "name": "Neue Beratung",
        "kind": "beratung",
        "description": "",
        "how_to_reach": "Anrufen.",
        "districts": [district.pk],
        "topics": [topic.pk],
        "city": "Mülheim an der Ruhr",
    }


def test_coordinator_adds_an_entry_in_the_admin(client, coordinator, district, topic):
    client.force_login(coordinator)
    response = client.post(ADD_URL, _add_form(district, topic))
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = DirectoryEntry.objects.get(name="Neue Beratung")
    assert list(entry.districts.all()) == [district]
    assert list(entry.topics.all()) == [topic]


@pytest.mark.parametrize("role", ["contact", "trainer"])
def test_others_cannot_edit_the_directory(
    client, contact_person, trainer, district, topic, make_entry, role
):
    entry = make_entry()
    client.force_login(contact_person if role == "contact" else trainer)
    response = client.post(ADD_URL, _add_form(district, topic))
    assert response.status_code in (302, 403)
    assert not DirectoryEntry.objects.filter(name="Neue Beratung").exists()
    edit = f"/admin/snippets/network/directoryentry/edit/{entry.pk}/"
    response = client.post(edit, {**_add_form(district, topic), "name": "Geändert"})
    assert response.status_code in (302, 403)
    entry.refresh_from_db()
    assert entry.name == "Beratungsstelle Ruhr"
    assert Topic.objects.count() == 1


def test_coordinator_filters_the_directory_in_the_admin(
    client, coordinator, make_entry, district
):
    make_entry("Krisendienst Nord", is_crisis_service=True)
    make_entry("Treffpunkt Süd")
    client.force_login(coordinator)
    response = client.get(
        "/admin/snippets/network/directoryentry/",
        {"is_crisis_service": "true", "districts": district.pk},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Krisendienst Nord" in html
    assert "Treffpunkt Süd" not in html
