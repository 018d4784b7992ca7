"""Topics, directory entries and the "Hilfe holen" box translated like pages:
German rows everywhere, the chosen language's text where people read it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.forms.models import apply_limit_choices_to_to_formfield
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from cms.help import help_box
from cms.models import HelpBox, Topic
from network.forms import AmbassadorForm
from network.models import DirectoryEntry
from network.selectors import topic_options
from tests.factories import UserFactory
from tests.network.conftest import network_path
from tests.network.test_directory import _bulk_entries

pytestmark = pytest.mark.django_db

LIST_URL = network_path("directory_list")
# A contact as the admin stores it: every field, empty ones as "".
NO_CONTACT = {"name": "", "phone": "", "hours": "", "description": "", "url": ""}


@pytest.fixture
def english(home_page):
    return Locale.objects.get_or_create(language_code="en")[0]


def visitor(language: str) -> Client:
    client = Client()
    client.get(f"/sprache/{language}/")
    return client


def translate(snippet, locale, texts: dict[str, str]):
    """Translate ``snippet`` as a translator does: fill in its PO file and import it."""
    TranslationCreator(None, [locale]).create_translations(snippet)
    translation_ = Translation.objects.get(
        source__object_id=snippet.translation_key, target_locale=locale
    )
    po = translation_.export_po()
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    translation_.import_po(po)
    translation_.save_target()
    return snippet.get_translation(locale)


def test_a_translated_topic_names_trainings_filters_and_entries_in_english(
    topic, english, make_entry, training
):
    training.topics.add(topic)
    training.save_revision().publish()
    entry = make_entry("Beratung Ruhr", description="Wir hören zu.")
    translate(topic, english, {"Einsamkeit": "Loneliness"})
    translate(entry, english, {"Beratung Ruhr": "Ruhr counselling"})

    reader = visitor("en")
    training_html = reader.get(training.url).content.decode()
    assert "Loneliness" in training_html and "Einsamkeit" not in training_html
    listing = reader.get(LIST_URL).content.decode()
    assert '<option value="einsamkeit">Loneliness</option>' in listing
    assert "<dd>Loneliness</dd>" in listing
    assert '<h3><a href="/netzwerk/verzeichnis/beratung-ruhr/">' in listing
    assert "Ruhr counselling</a></h3>" in listing
    detail = reader.get(entry.get_absolute_url()).content.decode()
    assert "<h1>Ruhr counselling</h1>" in detail
    assert "<dd>Loneliness</dd>" in detail
    # The filter still finds the German rows by the German slug.
    filtered = reader.get(LIST_URL, {"thema": "einsamkeit"}).content.decode()
    assert "Ruhr counselling" in filtered

    german = Client().get(LIST_URL).content.decode()
    assert "Loneliness" not in german and "Ruhr counselling" not in german
    assert '<option value="einsamkeit">Einsamkeit</option>' in german


def test_an_untranslated_topic_is_marked_german_in_english(topic, make_entry):
    Locale.objects.get_or_create(language_code="en")
    entry = make_entry(description="Wir hören zu.")
    reader = visitor("en")
    listing = reader.get(LIST_URL).content.decode()
    assert '<option value="einsamkeit" lang="de">Einsamkeit</option>' in listing
    assert '<dd><span lang="de">Einsamkeit</span></dd>' in listing
    detail = reader.get(entry.get_absolute_url()).content.decode()
    assert '<h1 lang="de">Beratungsstelle Ruhr</h1>' in detail
    assert '<p class="lead pre-line" lang="de">Wir hören zu.</p>' in detail


def test_lists_show_each_topic_and_entry_once_though_translations_exist(
    topic, english, make_entry, client, training, ambassador
):
    entry = make_entry()
    english_topic = translate(topic, english, {"Einsamkeit": "Loneliness"})
    translate(entry, english, {"Beratungsstelle Ruhr": "Ruhr counselling centre"})
    # The translation got a slug of its own; links and filters keep the German one.
    assert english_topic.slug != topic.slug
    assert Topic.objects.count() == 2 and DirectoryEntry.objects.count() == 2

    assert [t.pk for t in topic_options()] == [topic.pk]
    form = AmbassadorForm()
    assert [choice[0].value for choice in form.fields["topics"].choices] == [topic.pk]
    german = client.get(LIST_URL).content.decode()
    assert german.count("Beratungsstelle Ruhr</a></h3>") == 1
    assert german.count(">Einsamkeit</option>") == 1
    assert english_topic.slug not in german
    english_html = visitor("en").get(LIST_URL).content.decode()
    assert english_html.count("Ruhr counselling centre</a></h3>") == 1
    assert english_html.count(">Loneliness</option>") == 1
    calendar = visitor("en").get(training.get_parent().url).content.decode()
    assert calendar.count("Loneliness") <= 1
    # Editors choose the German topic, never the translation's own row.
    event_field = type(training)._meta.get_field("topics").formfield()
    apply_limit_choices_to_to_formfield(event_field)
    assert list(event_field.queryset) == [topic]


def _queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context.captured_queries)


def test_german_pages_cost_no_query_more_and_english_stays_flat(
    district, topic, language, english
):
    german = Client()
    _bulk_entries(3, district, topic, language)
    german.get(LIST_URL)
    before = _queries(german, LIST_URL, {"thema": topic.slug})
    translate(topic, english, {"Einsamkeit": "Loneliness"})
    german.get(LIST_URL)
    assert _queries(german, LIST_URL, {"thema": topic.slug}) == before

    reader = visitor("en")
    reader.get(LIST_URL)
    few = _queries(reader, LIST_URL)
    for entry in _bulk_entries(20, district, topic, language, start=100)[:5]:
        translate(entry, english, {entry.name: f"Offer {entry.pk}"})
    reader.get(LIST_URL)
    assert _queries(reader, LIST_URL) == few
    # English asks for the page's translation, and for the names of the filter's
    # topics, the entries and the entries' topics: four queries, however many.
    assert few <= before + 4


def test_the_help_box_speaks_english_and_marks_what_is_still_german(
    english, make_entry
):
    box = HelpBox.objects.create(
        intro="Wenn es Ihnen nicht gut geht:",
        contacts=[
            (
                "contact",
                {
                    **NO_CONTACT,
                    "name": "Seelsorge",
                    "phone": "0800 111",
                    "hours": "immer",
                },
            )
        ],
    )
    translate(
        box,
        english,
        {
            "Wenn es Ihnen nicht gut geht:": "If you are not doing well:",
            "Seelsorge": "Telephone counselling",
            "immer": "always",
        },
    )
    # A contact added after the translation, and an untranslated crisis service.
    box.contacts.append(
        ("contact", {**NO_CONTACT, "name": "Bereitschaftsdienst", "phone": "116"})
    )
    box.save()
    make_entry("Krisentelefon", is_crisis_service=True, phone="0800 222")

    html = visitor("en").get(LIST_URL).content.decode()
    help_html = html.split('<aside class="help-box"')[1].split("</aside>")[0]
    assert "<p>If you are not doing well:</p>" in help_html
    assert "<strong>Telephone counselling</strong>" in help_html
    assert "(always)" in help_html
    assert '<a href="tel:0800111">0800 111</a>' in help_html
    assert '<li lang="de">\n        <strong>Bereitschaftsdienst</strong>' in help_html
    assert '<li lang="de"><strong>Krisentelefon</strong>' in help_html

    german = Client().get(LIST_URL).content.decode()
    german_box = german.split('<aside class="help-box"')[1].split("</aside>")[0]
    assert "<p>Wenn es Ihnen nicht gut geht:</p>" in german_box
    assert "Telephone counselling" not in german_box and "lang=" not in german_box


def test_a_saved_translation_refreshes_the_cached_help_box(
    english, settings, django_capture_on_commit_callbacks
):
    from django.utils import translation

    box = HelpBox.objects.create(intro="Hilfe gibt es hier:")
    with translation.override("en"):
        assert help_box()["intro"] == "Hilfe gibt es hier:"
        assert help_box()["content_language"] == "de"
        translate(box, english, {"Hilfe gibt es hier:": "Help is here:"})
        assert help_box() == {
            "intro": "Help is here:",
            "content_language": "en",
            "contacts": [],
        }
    settings.PUBLIC_PAGE_CACHE = True
    reader = visitor("en")
    assert "Help is here:" in reader.get(LIST_URL).content.decode()
    english_box = box.get_translation(english)
    english_box.intro = "Help is right here:"
    with django_capture_on_commit_callbacks(execute=True):
        english_box.save()
    assert "Help is right here:" in reader.get(LIST_URL).content.decode()


def test_a_crisis_service_in_english_in_the_help_box(english, make_entry):
    entry = make_entry(
        "Krisentelefon", is_crisis_service=True, opening_hours="Rund um die Uhr"
    )
    translate(
        entry,
        english,
        {"Krisentelefon": "Crisis line", "Rund um die Uhr": "Around the clock"},
    )
    html = visitor("en").get(LIST_URL).content.decode()
    assert "<li><strong>Crisis line</strong>" in html
    assert "(Around the clock)" in html
    assert "<strong>Krisentelefon</strong>" in Client().get(LIST_URL).content.decode()


@pytest.fixture
def admin_client(home_page):
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_a_po_file_uploaded_in_the_admin_translates_a_topic(
    admin_client, topic, english
):
    TranslationCreator(None, [english]).create_translations(topic)
    translation_ = Translation.objects.get(
        source__object_id=topic.translation_key, target_locale=english
    )
    download = admin_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation_.pk])
    )
    po = polib.pofile(download.content.decode())
    assert [entry.msgid for entry in po] == ["Einsamkeit"]
    po[0].msgstr = "Loneliness"
    upload = SimpleUploadedFile("topic-en.po", str(po).encode(), "text/x-gettext")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation_.pk]),
        {"file": upload},
    )
    assert response.status_code == 302
    translation_.save_target()
    assert topic.get_translation(english).name == "Loneliness"
    assert "Loneliness" in visitor("en").get(LIST_URL).content.decode()


def test_the_admin_translate_action_answers_for_a_topic_and_the_help_box(
    admin_client, topic, english
):
    box = HelpBox.objects.create(
        contacts=[("contact", {**NO_CONTACT, "name": "Seelsorge", "phone": "0800 111"})]
    )
    for snippet in (topic, box):
        meta = type(snippet)._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, snippet.pk],
        )
        assert admin_client.get(url).status_code == 200
        response = admin_client.post(url, {"locales": [english.pk]})
        assert response.status_code == 302, response.content.decode()[:500]
        translated = snippet.get_translation(english)
        edit = admin_client.get(
            reverse(
                f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit",
                args=[translated.pk],
            )
        )
        assert edit.status_code == 200
        listing = admin_client.get(
            reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
        )
        assert listing.status_code == 200
    # A phone number is not text to translate.
    source = Translation.objects.get(
        source__object_id=box.translation_key, target_locale=english
    )
    assert [entry.msgid for entry in source.export_po()] == [
        "Wenn es Ihnen oder jemandem in Ihrer Nähe gerade nicht gut geht:",
        "Seelsorge",
    ]


def test_a_taken_name_is_a_message_in_the_admin_not_an_error(
    client, coordinator, topic, english
):
    client.force_login(coordinator)
    response = client.post("/admin/snippets/cms/topic/add/", {"name": "Einsamkeit"})
    assert response.status_code == 200
    assert "Diesen Namen gibt es in dieser Sprache schon." in response.content.decode()
    assert Topic.objects.count() == 1
    # The same word may name a topic in another language.
    translate(topic, english, {})
    assert topic.get_translation(english).name == "Einsamkeit"
