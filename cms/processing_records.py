"""The record of processing activities (DSGVO Art. 30), made from the registry.

Every model that holds personal data is declared with its purpose, retention and
who sees it (``cms.personal_data``); this groups the declarations by purpose, so
the record can never fall behind the code.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cms import hooks
from cms.personal_data import Category, PersonalData, declarations, own_fields


@dataclass
class DataKind:
    label: str
    personal: list[str]
    special: list[str]


@dataclass
class Processing:
    purpose: str
    kinds: list[DataKind] = field(default_factory=list)
    retention: list[str] = field(default_factory=list)
    visible_to: list[str] = field(default_factory=list)
    erasure: list[str] = field(default_factory=list)

    @property
    def has_special_category(self) -> bool:
        return any(kind.special for kind in self.kinds)


def _field_labels(item: PersonalData, category: Category) -> list[str]:
    wanted = {name for name, c in item.fields.items() if c == category}
    return [
        str(getattr(model_field, "verbose_name", model_field.name))
        for model_field in own_fields(item.get_model())
        if model_field.name in wanted
    ]


def _add_once(values: list[str], value) -> None:
    if value and str(value) not in values:
        values.append(str(value))


def processing_records() -> list[Processing]:
    """Return one entry per purpose, with the data, its retention and readers."""
    by_purpose: dict[str, Processing] = {}
    for item in declarations():
        if item.category == Category.NONE:
            continue
        purpose = str(item.purpose) or _("ohne angegebenen Zweck")
        processing = by_purpose.setdefault(purpose, Processing(purpose=purpose))
        model = item.get_model()
        processing.kinds.append(
            DataKind(
                label=str(item.label or model._meta.verbose_name_plural),
                personal=_field_labels(item, Category.PERSONAL),
                special=_field_labels(item, Category.SPECIAL),
            )
        )
        _add_once(processing.retention, item.retention)
        _add_once(processing.visible_to, item.visible_to)
        _add_once(processing.erasure, item.erasure)
    return list(by_purpose.values())


def retention_rules() -> list[str]:
    """Return in words what the nightly retention run deletes or anonymises."""
    from cms.retention import SITE_RULES

    rules = [*SITE_RULES, *hooks.collect(hooks.RETENTION_RULES)]
    return [str(rule.description) for rule in sorted(rules, key=lambda r: r.key)]


def processing_rows() -> list[list[str]]:
    """Return the record as table rows, for the CSV download."""
    rows = []
    for processing in processing_records():
        for kind in processing.kinds:
            rows.append(
                [
                    processing.purpose,
                    kind.label,
                    ", ".join(kind.personal),
                    ", ".join(kind.special),
                    " / ".join(processing.visible_to),
                    " / ".join(processing.retention),
                    " / ".join(processing.erasure),
                ]
            )
    return rows
