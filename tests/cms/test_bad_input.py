"""Odd input answers with a page, a redirect or a 404, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "next_url",
    [
        "abc",
        "profile",
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "",
    ],
)
def test_language_switch_goes_home_for_anything_but_a_local_path(
    client, home_page, next_url
):
    response = client.get("/sprache/en/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert response.cookies["django_language"].value == "en"


def test_language_switch_returns_to_a_local_path(client, home_page):
    response = client.get("/sprache/en/", {"next": "/termine/?seite=2"})
    assert response.status_code == 302
    assert response["Location"] == "/termine/?seite=2"


@pytest.mark.parametrize(
    "query",
    [
        'a"b',
        '"',
        "title:Start",
        "word:",
        "a AND b",
        "NOT",
        "(",
        "*",
        "a OR",
        "-x",
        "ü'ß",
    ],
)
def test_search_treats_the_query_as_plain_words(client, home_page, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200


def test_search_finds_a_page_despite_punctuation(client, home_page):
    response = client.get("/suche/", {"q": 'Gemeinsam" Stark:'})
    assert response.status_code == 200
    assert home_page.title in response.content.decode()


def test_user_usage_page_opens(client, coordinator, contact_person):
    client.force_login(coordinator)
    response = client.get(f"/admin/users/usage/{contact_person.pk}/")
    assert response.status_code == 200
