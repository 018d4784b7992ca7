"""The personal-data registry: what the platform stores about people, and why.

Every app declares each of its models through the ``cms.hooks.PERSONAL_DATA``
hook in its own ``wagtail_hooks.py``: every field is classified as holding no
personal data, personal data, or a special category under DSGVO Art. 9 (forum
posts, notes, accessibility or health needs). A field that points to a person is
personal data. A model that neither points to a person nor has a field whose
name suggests one may be declared as a whole (``PersonalData.nothing(...)``).

A declaration also says what the data is for, how long it is kept, who sees it,
and brings the functions that export and erase one person's records. The
privacy service (``cms.privacy``) calls them in ``order``; a test over
``apps.get_models()`` fails for any model or field without a decision.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models

from cms import hooks as cms_hooks


class Category(StrEnum):
    NONE = "none"
    PERSONAL = "personal"
    #: Special category of personal data, DSGVO Art. 9.
    SPECIAL = "special"


#: Field names that suggest a person; a model with one cannot skip the field list.
PERSON_FIELD_NAME = re.compile(
    r"(user|author|owner|sender|recipient|reporter|founder|actor|holder|person"
    r"|email|phone|first_name|last_name|display_name|full_name|_by$|_by_|member"
    r"|session|ip_address|avatar)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PersonalData:
    """One model's declaration.

    ``personal``, ``special`` and ``none`` name the model's own fields, separated
    by spaces. ``export(user)`` returns JSON-ready rows (a list of dicts) of that
    person's records; ``erase(user=…, actor=…, keep_posts=…)`` removes or
    anonymises them. ``export_note`` / ``erasure`` say in words what happens
    where there is no function (or what the function does).
    """

    model: str
    purpose: str = ""
    retention: str = ""
    visible_to: str = ""
    erasure: str = ""
    personal: str = ""
    special: str = ""
    none: str = ""
    label: str = ""
    export: Callable[[Any], list[dict] | dict] | None = None
    export_note: str = ""
    erase: Callable[..., None] | None = None
    order: int = 100
    key: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.model.lower().replace(".", "_"))

    @classmethod
    def nothing(cls, model: str, purpose: str = "") -> "PersonalData":
        """Declare a model that holds no personal data at all."""
        return cls(model=model, purpose=purpose)

    @property
    def holds_nothing(self) -> bool:
        return not (self.personal or self.special or self.none)

    @property
    def fields(self) -> dict[str, Category]:
        """Return each declared field with its category."""
        result: dict[str, Category] = {}
        for category, names in (
            (Category.NONE, self.none),
            (Category.PERSONAL, self.personal),
            (Category.SPECIAL, self.special),
        ):
            for name in names.split():
                result[name] = category
        return result

    @property
    def category(self) -> Category:
        """Return the highest category of any field of the model."""
        values = set(self.fields.values())
        for category in (Category.SPECIAL, Category.PERSONAL):
            if category in values:
                return category
        return Category.NONE

    def get_model(self) -> type[models.Model]:
        return apps.get_model(self.model)


def declarations() -> list[PersonalData]:
    """Return every app's declarations, in erasure order."""
    return sorted(
        cms_hooks.collect(cms_hooks.PERSONAL_DATA),
        key=lambda item: (item.order, item.model),
    )


def own_fields(model: type[models.Model]) -> list[models.Field]:
    """Return the fields a declaration of ``model`` must classify.

    Inherited fields belong to the parent's declaration (a page's ``owner`` is
    ``wagtailcore.Page``'s), so only the model's own columns and many-to-many
    relations count; the link to a parent and an automatic primary key do not.
    """
    result = []
    for model_field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
        remote = getattr(model_field, "remote_field", None)
        if remote is not None and getattr(remote, "parent_link", False):
            continue
        if model_field.primary_key and model_field.auto_created:
            continue
        result.append(model_field)
    return result


def points_to_a_person(model_field: models.Field) -> bool:
    related = getattr(model_field, "related_model", None)
    return related is not None and related._meta.label == settings.AUTH_USER_MODEL


def problems(items: list[PersonalData] | None = None) -> list[str]:
    """Return every model or field that has no decision, in plain words."""
    items = declarations() if items is None else items
    by_model: dict[str, PersonalData] = {}
    found = []
    for item in items:
        if item.model in by_model:
            found.append(f"{item.model}: declared twice")
        by_model[item.model] = item
    for model in apps.get_models():
        label = model._meta.label
        item = by_model.get(label)
        if item is None:
            found.append(f"{label}: not declared")
            continue
        own = own_fields(model)
        if item.holds_nothing:
            for model_field in own:
                if points_to_a_person(model_field):
                    found.append(f"{label}.{model_field.name}: points to a person")
                elif PERSON_FIELD_NAME.search(model_field.name):
                    found.append(f"{label}.{model_field.name}: name suggests a person")
            continue
        declared = item.fields
        names = {model_field.name for model_field in own}
        for model_field in own:
            if model_field.name not in declared:
                found.append(f"{label}.{model_field.name}: not classified")
            elif points_to_a_person(model_field) and (
                declared[model_field.name] == Category.NONE
            ):
                found.append(f"{label}.{model_field.name}: points to a person")
        for name in declared:
            if name not in names:
                found.append(f"{label}.{name}: declared but no such field")
    # A declaration of a model that is not installed (SQLite's search index on
    # PostgreSQL) is harmless: a misspelt label leaves the real model undeclared.
    return found
