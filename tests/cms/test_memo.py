"""Kept fragments follow every committed write (cms.memo), at little cost."""

import pytest
from django.db import connection, transaction

from cms import memo
from cms.models import District

pytestmark = pytest.mark.django_db


@pytest.fixture
def memo_on(settings):
    settings.MEMO_FRAGMENTS = True


def _version() -> int:
    return memo.table_versions(["cms_district"])["cms_district"]


def _names() -> list[str]:
    return memo.fragment(
        "district-names",
        lambda: sorted(District.objects.values_list("name", flat=True)),
    )


def test_a_transaction_moves_its_tables_once_after_commit(
    memo_on, django_capture_on_commit_callbacks
):
    before = _version()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            District.objects.create(name="Altstadt", slug="altstadt")
            District.objects.create(name="Broich", slug="broich")
            District.objects.filter(slug="broich").update(sort_order=2)
            # Nobody else can see the rows before the commit: the shared
            # version does not move while the transaction holds its locks.
            assert _version() == before
    assert _version() == before + 1


def test_the_writing_thread_sees_its_own_write_at_once(memo_on):
    assert _names() == []
    assert _names() == []
    with transaction.atomic():
        District.objects.create(name="Altstadt", slug="altstadt")
        assert _names() == ["Altstadt"]
        District.objects.filter(slug="altstadt").update(name="Altstadt-Mitte")
        assert _names() == ["Altstadt-Mitte"]
    assert _names() == ["Altstadt-Mitte"]


@pytest.mark.django_db(transaction=True)
def test_a_write_outside_a_transaction_moves_its_table_after_the_statement(
    memo_on,
):
    """Committed when it returns: moved before that, an entry built from the
    old rows in between could be stored under the new version."""
    seen = []

    def observe(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip().upper().startswith("INSERT"):
            seen.append(_version())
        return result

    assert _names() == []
    before = _version()
    # Inside the watcher: it sees the statement run before the version moves.
    with connection.execute_wrapper(observe):
        District.objects.create(name="Dümpten", slug="duempten")
    assert seen == [before]
    assert _version() == before + 1
    assert _names() == ["Dümpten"]
