"""Insert many live pages under one parent in a few statements.

Wagtail's ``add_child`` locks and rereads the tree and saves one page at a
time (several queries each): fine for an editor, slow for thousands of
benchmark pages. Here the materialised paths are computed as treebeard would
(``MP_Node._get_path``: the parent's path plus a fixed-width step), the
``wagtailcore_page`` rows are written with ``bulk_create``, the specific
model's own rows with the insert that ``bulk_create`` uses internally (it
refuses multi-table models), and the parent's ``numchild`` is raised once.
``Page.find_problems()`` stays empty (tests/demo/test_city.py). No revisions,
signals or search index entries: callers index the pages themselves.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BATCH = 500


def bulk_add_children(parent: Page, children: list[Page]) -> list[Page]:
    """Save ``children`` (unsaved, one specific model) as the last live children."""
    if not children:
        return children
    model = type(children[0])
    if any(type(child) is not model for child in children):
        raise ValueError("bulk_add_children takes pages of one model at a time.")
    # Fresh from the database: path and numchild may have moved since loading.
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    depth = parent.depth + 1
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    bases = []
    for number, child in enumerate(children, start=step + 1):
        child.path = Page._get_path(parent.path, depth, number)
        child.depth, child.numchild = depth, 0
        child.url_path = f"{parent.url_path}{child.slug}/"
        child.content_type = content_type
        child.locale_id = parent.locale_id
        child.draft_title = child.draft_title or child.title
        child.live, child.has_unpublished_changes = True, False
        child.first_published_at = child.first_published_at or now
        child.last_published_at = child.last_published_at or now
        bases.append(
            Page(**{f.attname: getattr(child, f.attname) for f in base_fields})
        )
    Page.objects.bulk_create(bases, batch_size=BATCH)
    for child, base in zip(children, bases, strict=True):
        child.pk = child.id = base.pk
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(children), BATCH):
        model._base_manager._insert(
            children[start : start + BATCH], fields=own_fields, using=connection.alias
        )
    for child in children:
        child._state.adding, child._state.db = False, connection.alias
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(children))
    return children
