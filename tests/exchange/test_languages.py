"""German names inside an English page are marked; what people write is not."""

import pytest
from django.test import Client

from exchange.models import exchange_url

pytestmark = pytest.mark.django_db


def _reader(user, language: str) -> Client:
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    client = Client()
    client.force_login(user)
    return client


def test_group_names_are_german_and_thread_titles_unlabelled(
    group, thread, contact_person
):
    client = _reader(contact_person, "en")
    index = client.get(exchange_url("index")).content.decode()
    url = group.get_absolute_url()
    assert f'<a href="{url}" lang="de">Einsamkeit im Alter</a>' in index
    forum = client.get(url).content.decode()
    assert '<h1 lang="de">Einsamkeit im Alter</h1>' in forum
    # A thread is in whatever language its author wrote: never labelled German.
    assert f'<a href="{thread.get_absolute_url()}" dir="auto">Willkommen</a>' in forum
    german = _reader(contact_person, "de").get(url).content.decode()
    assert "<h1>Einsamkeit im Alter</h1>" in german
