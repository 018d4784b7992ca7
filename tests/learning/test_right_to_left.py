"""A German course card inside a right-to-left page keeps its reading order."""

import re

import pytest
from wagtail.models import Locale

from tests.cms.test_i18n import ARABIC, add_interface_catalogue, visitor

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_interface(settings, tmp_path, home_page):
    settings.LANGUAGES = ARABIC
    settings.WAGTAIL_CONTENT_LANGUAGES = ARABIC
    Locale.objects.get_or_create(language_code="ar")
    # A city's first catalogue: a few words, the rest of the interface German.
    add_interface_catalogue(settings, tmp_path, "ar", {"Menü": "القائمة"})


def test_a_german_course_card_reads_left_to_right_in_arabic(
    arabic_interface, course, catalogue
):
    html = visitor("ar").get(catalogue.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    card = html.split('class="card card--link course-card"')[1].split("</li>")[0]
    assert f'<a href="{course.url}" lang="de" dir="ltr">Krisen verstehen</a>' in card
    assert '<p lang="de" dir="ltr">Worum es geht.</p>' in card
    # "60 Minuten" fell back to German: isolated, it is not read "Minuten 60".
    assert "<bdi>60 Minuten</bdi>" in card
    assert re.search(r"<bdi>\d+ Lerneinheiten</bdi>", card)


def test_a_german_course_card_in_german_has_no_marks(course, catalogue):
    html = visitor("de").get(catalogue.url).content.decode()
    card = html.split('class="card card--link course-card"')[1].split("</li>")[0]
    assert f'<a href="{course.url}">Krisen verstehen</a>' in card
    assert 'lang="' not in card and 'dir="' not in card
