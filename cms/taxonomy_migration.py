"""Move links from the old per-app topic and language tables to the shared ones.

Only data migrations call these functions, with historical models, in both
directions. Old migrations depend on them: change nothing here that would
change what they do.
"""


def merge_rows(apps, *, source: str, target: str) -> dict[int, int]:
    """Give every ``source`` row a ``target`` row; return source pk → target pk.

    A row matches an existing one by slug, then by name (any case); otherwise
    it is created with its name and slug, so filter links keep working.
    """
    source_model = apps.get_model(source)
    target_model = apps.get_model(target)
    mapping = {}
    for row in source_model.objects.order_by("pk"):
        slug = row.slug or f"{source_model._meta.model_name}-{row.pk}"
        match = (
            target_model.objects.filter(slug=slug).first()
            or target_model.objects.filter(name__iexact=row.name).first()
        )
        if match is None:
            match = target_model.objects.create(name=row.name, slug=slug)
        mapping[row.pk] = match.pk
    return mapping


def copy_links(
    apps, *, model: str, from_field: str, to_field: str, mapping: dict[int, int]
) -> None:
    """Copy the rows of one many-to-many field into another, translating pks."""
    owner = apps.get_model(model)
    old = owner._meta.get_field(from_field)
    new = owner._meta.get_field(to_field)
    old_through, new_through = old.remote_field.through, new.remote_field.through
    owner_column = f"{new.m2m_field_name()}_id"
    old_column = f"{old.m2m_reverse_field_name()}_id"
    new_column = f"{new.m2m_reverse_field_name()}_id"
    links = old_through.objects.values_list(owner_column, old_column)
    new_through.objects.bulk_create(
        [
            new_through(**{owner_column: owner_id, new_column: mapping[item_id]})
            for owner_id, item_id in links
        ],
        ignore_conflicts=True,
    )


def remap_revisions(apps, *, model: str, field: str, mapping: dict[int, int]) -> None:
    """Translate the pks that page revisions (drafts, history) keep for a field."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    revision_model = apps.get_model("wagtailcore", "Revision")
    app_label, model_name = model.lower().split(".")
    content_type = content_type_model.objects.filter(
        app_label=app_label, model=model_name
    ).first()
    if content_type is None:
        return
    revisions = revision_model.objects.filter(content_type=content_type)
    for revision in revisions.iterator():
        old_ids = revision.content.get(field)
        if not old_ids:
            continue
        known = [int(pk) for pk in old_ids if int(pk) in mapping]
        new_ids = list(dict.fromkeys(mapping[pk] for pk in known))
        if new_ids != old_ids:
            revision.content[field] = new_ids
            revision.save(update_fields=["content"])
