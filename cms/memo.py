"""What pages draw again and again, fetched once: per request, or across requests.

Every page shows the menu, the footer and the site settings; sections ask
Wagtail which pages are public; "Mein Bereich" and the home page render one
section per app. Without a memo each of them costs its queries and its template
again on every page and in every section.

* ``request_memo()``: a dict that lives for one request, for answers that may
  change at any moment (view restrictions).
* ``fragment(name, build, user=…)``: an answer (often rendered HTML) kept across
  requests together with the versions of the **tables it read**. While it is
  built, every SQL statement's tables are noted; every INSERT, UPDATE or DELETE
  of any process (requests, tasks, bulk updates, raw SQL through Django)
  bumps its table's version when its transaction commits (the writing thread
  sees the change at once).
  An entry whose tables moved is a miss, so it can never show data older than
  the last committed write, however that write was made. A fragment with a
  ``user`` is kept per person (and per CSRF cookie, for forms): one person's
  fragment is never anybody else's.

Time alone changes some answers ("next trainings"): fragments expire after
``FRAGMENT_TIMEOUT`` seconds.
"""

import hashlib
import pickle
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import connections
from django.db.backends.signals import connection_created
from django.utils import translation

from cms.cache import bump_counters, fresh_counter

FRAGMENT_TIMEOUT = 5 * 60
#: Tables every fragment depends on, whether or not it queried them while it
#: was built: their answers are memoised per request (site, settings, page
#: addresses, view restrictions, the signed-in person and their roles).
BASELINE_TABLES = frozenset(
    {
        "wagtailcore_page",
        "wagtailcore_site",
        "wagtailcore_pageviewrestriction",
        "wagtailcore_locale",
        "cms_sitesettings",
        "cms_user",
        "cms_user_groups",
        "auth_group",
        "auth_group_permissions",
        "cms_user_user_permissions",
    }
)
# Any write anywhere moves this: an entry built while it moved may hold data
# from before the write, so it is not stored.
EPOCH = "memo-epoch"
# Tables that fragments of this process depended on: a request fetches their
# versions in one go (_request_versions).
_known_tables: set[str] = set(BASELINE_TABLES)
# The request memo's entry for that snapshot (no fragment key looks like it).
_SNAPSHOT = "\x00table-versions"
# Fragments this process saw last, so that a returning lookup costs no round
# trip (values other than text are kept pickled: each lookup gets its own
# copy, as from the shared cache).
LOCAL_ENTRIES = 1000
_entries: OrderedDict = OrderedDict()
_entries_lock = threading.Lock()

_local = threading.local()
_WRITE = re.compile(
    r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"([^"]+)"', re.I
)
_READ = re.compile(r'(?:FROM|JOIN)\s+"([^"]+)"', re.I)
# Signing in stamps last_login: no page shows it, so it moves no fragment.
_LAST_LOGIN = re.compile(
    r'\s*UPDATE\s+"cms_user"\s+SET\s+"last_login"\s*=\s*\S+\s+WHERE', re.I
)


def _start(**kwargs) -> None:
    _local.memo = {}
    # The request's own record of the tables it read (fragments it was
    # served included): the outermost level of the stack fragments record on.
    _local.recording = [set()]


def _end(**kwargs) -> None:
    _local.memo = None
    _local.recording = None


def tables_read() -> set[str]:
    """The tables this request has read so far (outside a request: none),
    except the session's, which no page shows (a login anywhere writes it)."""
    recording = getattr(_local, "recording", None)
    return set(recording[0]) - {"django_session"} if recording else set()


request_started.connect(_start, dispatch_uid="cms-memo-start")
request_finished.connect(_end, dispatch_uid="cms-memo-end")


def request_memo() -> dict | None:
    """Return this request's memo, or None outside a request (tasks, shell)."""
    return getattr(_local, "memo", None)


# -- table versions -------------------------------------------------------------


def _table_key(table: str) -> str:
    return f"memo-table:{table}"


def table_versions(tables) -> dict[str, int]:
    keys = {table: _table_key(table) for table in tables}
    found = cache.get_many(keys.values())
    missing = [key for key in keys.values() if key not in found]
    if missing:
        for key in missing:
            start = fresh_counter()
            cache.add(key, start, None)
        found.update(cache.get_many(missing))
    return {table: found.get(key, 0) for table, key in keys.items()}


def _request_versions(tables) -> dict[str, int]:
    """The tables' versions as this request first saw them: one round trip.

    The first fragment a request looks up fetches the versions of every table
    that fragments of this process have depended on so far; later lookups
    compare with that snapshot. A write of this request clears the request's
    memo, snapshot included, so its own writes are seen at once; a write
    committed by another process meanwhile is seen by the next request, as if
    this one had read everything at its start.
    """
    memo = request_memo()
    if memo is None:
        return table_versions(tables)
    snapshot = memo.get(_SNAPSHOT)
    if snapshot is None:
        snapshot = memo[_SNAPSHOT] = table_versions(_known_tables | set(tables))
    else:
        unknown = [table for table in tables if table not in snapshot]
        if unknown:
            snapshot.update(table_versions(unknown))
    _known_tables.update(tables)
    return {table: snapshot[table] for table in tables}


def _bump(tables) -> None:
    bump_counters([*(_table_key(t) for t in tables), EPOCH])


def tables_written(connection, tables: set[str]) -> None:
    """Move the tables' versions: for this thread at once, for all after commit.

    A statement outside a transaction is committed when it returns: its
    tables move now. Inside one, nobody else can see the rows before the
    commit, so the versions move once, after it, for every table the
    transaction wrote (one round trip to the cache, none while the
    transaction holds its locks). This thread sees its own writes at once:
    the tables are noted and moved before it next reads a fragment (a test
    runs inside one transaction and reads fragments after its writes).
    """
    memo = request_memo()
    if memo:
        # What this request remembered may predate the write.
        memo.clear()
    if not connection.in_atomic_block:
        _bump(tables)
        return
    _unflushed().update(tables)
    pending = connection.__dict__.setdefault("_memo_pending", set())
    callback = connection.__dict__.get("_memo_callback")
    registered = callback is not None and any(
        entry[1] is callback for entry in connection.run_on_commit
    )
    pending.update(tables)
    if not registered:

        def after_commit():
            written = set(pending) | _unflushed()
            pending.clear()
            _unflushed().clear()
            _bump(written)

        connection._memo_callback = after_commit
        connection.on_commit(after_commit)


def _unflushed() -> set[str]:
    """Tables this thread wrote in a transaction and has not yet moved."""
    tables = getattr(_local, "unflushed", None)
    if tables is None:
        tables = _local.unflushed = set()
    return tables


def _flush() -> None:
    """Move the tables this thread wrote, before it reads a fragment."""
    tables = _unflushed()
    if tables:
        written = set(tables)
        tables.clear()
        _bump(written)


def _watch(connection):
    def wrapper(execute, sql, params, many, context):
        head = sql.lstrip()[:6].upper()
        if head in {"INSERT", "UPDATE", "DELETE"}:
            match = _WRITE.match(sql)
            result = execute(sql, params, many, context)
            # After the statement: outside a transaction it is committed now,
            # and an entry built before it cannot be stored under the new
            # version. An UPDATE or DELETE that found no row moves nothing
            # (an INSERT's count is not known before its RETURNING is read).
            changed = head == "INSERT" or _changed_rows(context)
            if match and changed and not _LAST_LOGIN.match(sql):
                tables_written(connection, {match.group(1)})
            return result
        recording = getattr(_local, "recording", None)
        if recording:
            recording[-1].update(_READ.findall(sql))
        return execute(sql, params, many, context)

    return wrapper


def _changed_rows(context) -> bool:
    """Whether a write may have changed rows (-1: the driver does not know)."""
    cursor = context.get("cursor")
    try:
        return cursor is None or cursor.rowcount != 0
    except Exception:  # a cursor that cannot say
        return True


def watch_connection(sender, connection, **kwargs) -> None:
    if not any(getattr(w, "memo_watch", False) for w in connection.execute_wrappers):
        wrapper = _watch(connection)
        wrapper.memo_watch = True
        connection.execute_wrappers.append(wrapper)


def install() -> None:
    """Watch every database connection and memoise Wagtail's view restrictions."""
    from wagtail.query import PageQuerySet

    connection_created.connect(watch_connection, dispatch_uid="cms-memo-watch")
    for connection in connections.all(initialized_only=True):
        watch_connection(None, connection)
    PageQuerySet.private_q = private_q
    _memoise_site_lookup()


def _memoise_site_lookup() -> None:
    """Find the request's site (hostname and port) once, not once per request."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    original = Site._find_for_request
    if getattr(original, "memoised", False):
        return

    def find(request):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        return fragment(f"site:{hostname}:{port}", lambda: original(request))

    find.memoised = True
    Site._find_for_request = staticmethod(find)


# -- fragments ------------------------------------------------------------------


def _fragment_key(name: str, user, request) -> str:
    from cms.i18n import active_language

    # The interface and the content may speak different languages (cms.i18n).
    parts = [name, translation.get_language() or settings.LANGUAGE_CODE]
    parts.append(active_language())
    if user is not None:
        parts.append(str(user.pk if user.is_authenticated else 0))
        if request is not None:
            parts.append(request.META.get("CSRF_COOKIE", ""))
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"memo-entry:{digest}"


def keeps_fragments() -> bool:
    """Whether fragments are kept here: on, and inside a request (whose memo
    also remembers them until the request writes)."""
    return settings.MEMO_FRAGMENTS and request_memo() is not None


def fragment(
    name: str,
    build,
    *,
    user=None,
    request=None,
    timeout=FRAGMENT_TIMEOUT,
    also=frozenset(),
):
    """Return ``build()``, kept until a table it read is written to.

    ``user``: the answer is this person's (their id is part of the key; pass
    ``request`` too when it may hold a form). Without ``user`` the answer must
    be the same for everybody. ``also``: tables the answer depends on beyond
    those it reads itself (data read before and handed to it).
    """
    if not settings.MEMO_FRAGMENTS:
        return build()
    if request is not None and not request.META.get("CSRF_COOKIE"):
        # Its forms would carry a token made for this request alone.
        return build()
    _flush()
    key = _fragment_key(name, user, request)
    memo = request_memo()
    recording = getattr(_local, "recording", None)
    if memo is not None and key in memo:
        tables, value = memo[key]
        if recording:
            recording[-1].update(tables)
        return value
    entry = _local_entry(key)
    if entry is None:
        entry = cache.get(key)
        if entry is not None:
            _keep_locally(key, *entry)
    if entry is not None:
        versions, value, _expires = entry
        if _request_versions(versions) == versions:
            if memo is not None:
                memo[key] = (set(versions), value)
            if recording:
                recording[-1].update(versions)
            return value
    epoch = cache.get(EPOCH, 0)
    if recording is None:
        recording = _local.recording = []
    recording.append(set(BASELINE_TABLES) | set(also))
    try:
        value = build()
    finally:
        tables = recording.pop()
    if recording:
        recording[-1].update(tables)
    versions = table_versions(tables)
    if cache.get(EPOCH, 0) == epoch:
        expires = time.time() + timeout
        cache.set(key, (versions, value, expires), timeout)
        _keep_locally(key, versions, value, expires)
    if memo is not None:
        memo[key] = (tables, value)
    return value


def _keep_locally(key: str, versions: dict, value, expires: float) -> None:
    kept = value if isinstance(value, str) else pickle.dumps(value, -1)
    with _entries_lock:
        _entries[key] = (versions, kept, expires)
        _entries.move_to_end(key)
        while len(_entries) > LOCAL_ENTRIES:
            _entries.popitem(last=False)


def _local_entry(key: str):
    with _entries_lock:
        entry = _entries.get(key)
        if entry is None:
            return None
        versions, kept, expires = entry
        if time.time() > expires:
            del _entries[key]
            return None
        _entries.move_to_end(key)
    return versions, kept if isinstance(kept, str) else pickle.loads(kept), expires


def forget_local_entries() -> None:
    """Drop this process's copies (the shared cache was emptied: tests)."""
    with _entries_lock:
        _entries.clear()


# -- view restrictions ----------------------------------------------------------


def private_q(queryset):
    """Wagtail's ``PageQuerySet.private_q`` reading the restrictions once a request.

    ``.public()`` reads every view restriction on each call; a page whose
    sections each list public pages paid that query per section.
    """
    from django.db.models import Q
    from wagtail.models import PageViewRestriction

    memo = request_memo()
    restricted = None if memo is None else memo.get("restricted_pages")
    if restricted is None:
        restricted = [
            restriction.page
            for restriction in PageViewRestriction.objects.select_related("page")
        ]
        if memo is not None:
            memo["restricted_pages"] = restricted
    q = Q()
    for page in restricted:
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])
