"""Directory names in an English page are marked as German until translated."""

import pytest
from django.test import Client

from tests.network.conftest import network_path

pytestmark = pytest.mark.django_db


def test_entry_names_in_the_english_list_are_marked_german(make_entry):
    entry = make_entry("Beratung Styrum")
    english = Client()
    english.get("/sprache/en/")
    html = english.get(network_path("directory_list")).content.decode()
    assert (
        f'<h3 lang="de"><a href="{entry.get_absolute_url()}">Beratung Styrum</a></h3>'
        in html
    )
    german = Client().get(network_path("directory_list")).content.decode()
    assert (
        f'<h3><a href="{entry.get_absolute_url()}">Beratung Styrum</a></h3>' in german
    )
