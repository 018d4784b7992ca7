"""The "Hilfe holen" texts move from the site settings into the help box, and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_MOVE = [("cms", "0019_translatable_topics_and_help_box")]
CONTACT = {
    "name": "TelefonSeelsorge",
    "phone": "0800 111 0 111",
    "hours": "rund um die Uhr",
    "description": "",
    "url": "",
}


def _migrate(targets):
    MigrationExecutor(connection).migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def _leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_the_help_box_takes_over_the_site_settings_texts(home_page):
    from wagtail.models import Site

    from cms.models import HelpBox, Topic

    topic = Topic.objects.create(name="Einsamkeit")
    try:
        old = _migrate(BEFORE_MOVE)
        old.get_model("cms", "HelpBox").objects.all().delete()
        old.get_model("cms", "SiteSettings").objects.create(
            site_id=Site.objects.get(is_default_site=True).pk,
            help_intro="Wenn es eng wird:",
            help_contacts=[{"type": "contact", "value": CONTACT, "id": "a1"}],
        )
    finally:
        _migrate(_leaves())

    box = HelpBox.objects.get()
    assert box.locale.language_code == "de" and box.intro == "Wenn es eng wird:"
    assert [(block.id, dict(block.value)) for block in box.contacts] == [
        ("a1", CONTACT)
    ]
    topic.refresh_from_db()
    assert topic.locale.language_code == "de" and topic.translation_key
