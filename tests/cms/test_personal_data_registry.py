"""Every model and every field has a decision about personal data."""

import pytest
from django.apps import apps

from cms import hooks as cms_hooks
from cms.personal_data import Category, PersonalData, declarations, problems


def test_every_model_and_field_is_declared():
    found = problems()
    assert found == [], "\n".join(found)


def test_the_check_covers_wagtail_and_allauth_models():
    declared = {item.model for item in declarations()}
    for label in ("wagtailcore.Revision", "wagtailcore.PageLogEntry",
                  "account.EmailAddress", "mfa.Authenticator", "sessions.Session",
                  "wagtailimages.Image", "wagtaildocs.Document",
                  "wagtailusers.UserProfile"):  # fmt: skip
        assert label in declared
    assert declared >= {model._meta.label for model in apps.get_models()}


def _without(model: str) -> list[PersonalData]:
    return [item for item in declarations() if item.model != model]


def test_an_undeclared_model_fails():
    assert "learning.ReflectionNote: not declared" in problems(
        _without("learning.ReflectionNote")
    )


def test_an_unclassified_field_fails():
    note = next(i for i in declarations() if i.model == "learning.ReflectionNote")
    partial = PersonalData(
        note.model, personal=note.personal, none=note.none, special=""
    )
    found = problems([*_without(note.model), partial])
    assert "learning.ReflectionNote.text: not classified" in found


def test_a_model_pointing_to_a_person_cannot_be_declared_empty():
    found = problems(
        [*_without("events.CalendarFeed"), PersonalData.nothing("events.CalendarFeed")]
    )
    assert "events.CalendarFeed.user: points to a person" in found


def test_a_field_named_like_a_person_cannot_be_declared_empty():
    found = problems(
        [*_without("wagtailembeds.Embed"), PersonalData.nothing("wagtailembeds.Embed")]
    )
    assert "wagtailembeds.Embed.author_name: name suggests a person" in found


def test_a_link_to_a_person_cannot_be_classified_as_none():
    feed = next(i for i in declarations() if i.model == "events.CalendarFeed")
    wrong = PersonalData(
        feed.model, personal="name token_hash created_at revoked_at", none="user"
    )
    found = problems([*_without(feed.model), wrong])
    assert "events.CalendarFeed.user: points to a person" in found


def test_forum_posts_notes_and_messages_are_special_category():
    by_model = {item.model: item for item in declarations()}
    assert by_model["exchange.Post"].fields["body"] == Category.SPECIAL
    assert by_model["learning.ReflectionNote"].fields["text"] == Category.SPECIAL
    assert by_model["network.ConversationMessage"].fields["body"] == Category.SPECIAL


@pytest.mark.parametrize("item", declarations(), ids=lambda item: item.model)
def test_personal_data_says_why_how_long_and_how_it_goes(item):
    if item.category == Category.NONE:
        return
    assert item.purpose and item.retention and item.visible_to and item.erasure
    assert item.export is not None or item.export_note


def test_every_app_registers_through_the_one_hook():
    from wagtail import hooks

    modules = {fn.__module__ for fn in hooks.get_hooks(cms_hooks.PERSONAL_DATA)}
    assert modules == {
        "cms.wagtail_hooks",
        "learning.wagtail_hooks",
        "events.wagtail_hooks",
        "exchange.wagtail_hooks",
        "network.wagtail_hooks",
    }


def test_export_keys_are_unique():
    keys = [item.key for item in declarations() if item.export is not None]
    assert len(keys) == len(set(keys))
