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


class _CacheCalls:
    """Counts the shared cache's reads (each one a round trip on Redis)."""

    def __init__(self, monkeypatch):
        from django.core.cache import cache

        self.calls = []
        self.depth = 0
        for name in ("get", "get_many"):
            original = getattr(cache, name)

            def counted(*args, _name=name, _original=original, **kwargs):
                # The local-memory cache's get_many calls get for each key.
                if not self.depth:
                    self.calls.append(_name)
                self.depth += 1
                try:
                    return _original(*args, **kwargs)
                finally:
                    self.depth -= 1

            monkeypatch.setattr(cache, name, counted)


def _in_a_request(read):
    memo._start()
    try:
        return read()
    finally:
        memo._end()


def test_a_returning_request_reads_its_kept_fragments_in_one_round_trip(
    memo_on, monkeypatch
):
    District.objects.create(name="Altstadt", slug="altstadt")

    def page():
        return [_names(), _names(), memo.fragment("one", lambda: 1)]

    assert _in_a_request(page) == [["Altstadt"], ["Altstadt"], 1]
    # Versions missing in the cache (tables of earlier tests) start now.
    assert _in_a_request(page) == [["Altstadt"], ["Altstadt"], 1]
    calls = _CacheCalls(monkeypatch).calls
    assert _in_a_request(page) == [["Altstadt"], ["Altstadt"], 1]
    # The versions of every table kept fragments read, in one go; the
    # fragments themselves are this process's copies.
    assert calls == ["get_many"], calls


def test_a_write_committed_elsewhere_is_seen_by_the_next_request(memo_on):
    District.objects.create(name="Altstadt", slug="altstadt")
    assert _in_a_request(_names) == ["Altstadt"]
    # Another process wrote and moved the table's version: this process's
    # copy no longer counts.
    with connection.execute_wrapper(lambda execute, *args: execute(*args)):
        District.objects.filter(slug="altstadt").update(name="Altstadt-Mitte")
    assert _in_a_request(_names) == ["Altstadt-Mitte"]


def test_kept_copies_do_not_outlive_an_emptied_cache(memo_on):
    """Counting again from nothing could meet a version a copy recorded."""
    from django.core.cache import cache

    District.objects.create(name="Altstadt", slug="altstadt")
    assert _in_a_request(_names) == ["Altstadt"]
    cache.clear()
    District.objects.create(name="Broich", slug="broich")
    assert _in_a_request(_names) == ["Altstadt", "Broich"]


def test_each_lookup_gets_its_own_copy_of_a_kept_list(memo_on):
    District.objects.create(name="Altstadt", slug="altstadt")
    _in_a_request(_names).append("changed by a caller")
    assert _in_a_request(_names) == ["Altstadt"]


def test_a_kept_copy_expires_with_its_entry(memo_on, monkeypatch):
    assert _in_a_request(lambda: memo.fragment("clock", lambda: "first")) == "first"
    later = memo.time.time() + memo.FRAGMENT_TIMEOUT + 1
    monkeypatch.setattr(memo.time, "time", lambda: later)
    from django.core.cache import cache

    cache.clear()  # the shared entry has expired too
    assert _in_a_request(lambda: memo.fragment("clock", lambda: "second")) == "second"


def test_a_write_that_changes_no_row_moves_nothing(memo_on):
    District.objects.create(name="Altstadt", slug="altstadt")
    builds = []

    def names():
        builds.append(1)
        return sorted(District.objects.values_list("name", flat=True))

    def read():
        return _in_a_request(lambda: memo.fragment("names-counted", names))

    assert read() == ["Altstadt"]
    assert District.objects.filter(slug="gibt-es-nicht").update(name="x") == 0
    District.objects.filter(slug="gibt-es-nicht").delete()
    assert read() == ["Altstadt"]
    assert len(builds) == 1
    District.objects.filter(slug="altstadt").update(name="Altstadt-Mitte")
    assert read() == ["Altstadt-Mitte"]
    assert len(builds) == 2


def test_a_returning_request_knows_the_roles_without_a_query(
    memo_on, django_assert_num_queries
):
    from cms import roles
    from cms.models import User

    person = User.objects.create(email="rolle@example.org")
    roles.add_role(person, roles.CONTACT_PERSONS)
    assert _in_a_request(lambda: roles.has_role(person, roles.CONTACT_PERSONS))
    again = User.objects.get(pk=person.pk)  # the next request's own object
    with django_assert_num_queries(0):
        assert _in_a_request(lambda: roles.has_role(again, roles.CONTACT_PERSONS))
        assert not _in_a_request(lambda: roles.is_coordinator(again))
    roles.add_role(again, roles.COORDINATORS)
    assert _in_a_request(lambda: roles.is_coordinator(User.objects.get(pk=person.pk)))
