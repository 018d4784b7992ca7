"""Our steps are written to Wagtail's log, named in both languages, and can be
stripped of a person's name without losing the action."""

import re
from datetime import timedelta
from importlib import import_module
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.log_entries import anonymise_log_entries
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "events", "learning", "exchange", "network")


def _actions_written_by_the_code() -> set[str]:
    actions = set()
    for app in APPS:
        for path in (ROOT / app).glob("*.py"):
            source = path.read_text()
            pattern = r'action="((?:account|' + app + r')\.\w+)"'
            # A rate limiter's window is named by an action too; it is no log entry.
            limited = re.findall(r'ratelimit\.consume\(\s*action="([\w.]+)"', source)
            actions |= set(re.findall(pattern, source)) - set(limited)
            if app == "exchange":
                # Moderation steps are logged as f"exchange.{action}".
                for pair in re.findall(
                    r'action\s*=\s*"([a-z_]+)"(?: if [^\n]* else "([a-z_]+)")?', source
                ):
                    actions |= {f"exchange.{name}" for name in pair if name}
                actions |= {
                    f"exchange.membership_{status}"
                    for status in ("active", "requested")
                }
    return actions


def test_every_action_we_write_is_registered_in_both_languages():
    actions = _actions_written_by_the_code()
    assert len(actions) > 50
    for action in sorted(actions):
        assert log_registry.action_exists(action), action
        formatter = log_registry.formatters[action]
        with translation.override("de"):
            german = (str(formatter.label), str(formatter.message))
        with translation.override("en"):
            english = (str(formatter.label), str(formatter.message))
        assert all(german) and all(english), action
        assert german != english, f"{action} has no English translation"


def test_anonymise_removes_the_name_and_keeps_the_action(db):
    person = UserFactory(
        display_name="Mira Muster",
        first_name="Miriam",
        last_name="Mustermann",
        email="mira@example.org",
    )
    other = UserFactory(display_name="Miriamne Andere", email="andere@example.org")
    when = timezone.now() - timedelta(days=3)
    signup = log(instance=person, action="account.signup", user=person)
    ModelLogEntry.objects.filter(pk=signup.pk).update(timestamp=when)
    about = log(
        instance=other,
        action="events.booking_create",
        user=other,
        title="Mira Muster – Erste Hilfe",
        data={"user": person.pk, "note": "Miriam Mustermann, mira@example.org"},
    )
    by_them = log(
        instance=other,
        action="exchange.post_hidden",
        user=person,
        title="Beitrag von Miriam",
    )
    unrelated = log(
        instance=other,
        action="account.signup",
        user=other,
        title="Miriamne Andere",
    )

    changed = anonymise_log_entries(user=person)

    assert changed == 3
    signup.refresh_from_db()
    assert signup.label == "Gelöschte Person"
    assert (signup.action, signup.user_id, signup.timestamp) == (
        "account.signup",
        person.pk,
        when,
    )
    about.refresh_from_db()
    assert about.label == "Gelöschte Person – Erste Hilfe"
    assert about.data == {
        "user": person.pk,
        "note": "Gelöschte Person, Gelöschte Person",
    }
    by_them.refresh_from_db()
    assert by_them.label == "Beitrag von Gelöschte Person"
    assert by_them.action == "exchange.post_hidden"
    # Another person's entry with a name that merely starts the same stays.
    unrelated.refresh_from_db()
    assert unrelated.label == "Miriamne Andere"
    for log_model in (ModelLogEntry, PageLogEntry):
        for needle in ("Mira Muster", "Mustermann", "mira@example.org"):
            assert not log_model.objects.filter(label__icontains=needle).exists()
            assert not log_model.objects.filter(data__icontains=needle).exists()


@pytest.mark.django_db(transaction=True)
def test_migration_moves_old_audit_entries_into_wagtails_log(home_page):
    """Actor, action, time, target and details survive the move."""
    migration = import_module("cms.migrations.0007_audit_entries_to_wagtail_log")
    state = MigrationLoader(connection).project_state(
        ("cms", "0007_audit_entries_to_wagtail_log"), at_end=False
    )
    AuditEntry = state.apps.get_model("cms", "AuditEntry")
    ContentType = state.apps.get_model("contenttypes", "ContentType")
    person = UserFactory(display_name="Alte Eintragung")
    user_type = ContentType.objects.get(app_label="cms", model="user")
    page_type = ContentType.objects.get(app_label="cms", model="homepage")
    when = timezone.now() - timedelta(days=400)
    with connection.schema_editor() as editor:
        editor.create_model(AuditEntry)
    try:
        about_person = AuditEntry.objects.create(
            actor_id=person.pk,
            action="account.signup",
            target_type=user_type,
            target_id=str(person.pk),
            target_repr="Alte Eintragung",
            data={"via": "form"},
        )
        about_page = AuditEntry.objects.create(
            actor_id=None,
            action="events.event_copy",
            target_type=page_type,
            target_id=str(home_page.pk),
            target_repr="Gemeinsam Stark",
            data={"event": 1},
        )
        AuditEntry.objects.update(created_at=when)
        migration.audit_to_log(state.apps, None)
    finally:
        with connection.schema_editor() as editor:
            editor.delete_model(AuditEntry)

    moved = ModelLogEntry.objects.get(action="account.signup")
    assert (moved.user_id, moved.object_id, moved.label, moved.data) == (
        person.pk,
        str(person.pk),
        "Alte Eintragung",
        {"via": "form"},
    )
    assert moved.timestamp == when
    assert moved.content_type_id == user_type.pk
    page_entry = PageLogEntry.objects.get(action="events.event_copy")
    assert page_entry.page_id == home_page.pk
    assert page_entry.user_id is None
    assert page_entry.timestamp == when
    assert page_entry.data == {"event": 1}
    assert about_person.pk and about_page.pk
