"""Every page reflows at 320 px (WCAG 1.4.10), for the public and each role.

The axe checks of the other browser tests measure each state they visit at
320 x 256 too (``assert_reflows`` in conftest). This test walks the whole demo
as each role would: from the start page, Mein Bereich and the index pages it
follows the links in ``<main>`` and in the site's header and footer (one page
per kind of address, see ``_kind``) and measures each page. Data tables scroll
inside their own labelled region instead. Each role then sends a few forms
wrong on purpose (``ERROR_STATES``) and the page with the errors is measured,
with axe as well.

One test walks all roles, each in a fresh browser context: the demo is seeded
once (half a minute) instead of once a role.
"""

import io
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.conftest import assert_reflows, check_axe, login

ROLES = [
    None,
    "ansprechperson@example.org",
    "lernende@example.org",
    "absolventin@example.org",
    "trainerin@example.org",
    "koordination@example.org",
]
STARTS = ["/", "/mein-bereich/", "/kurse/", "/termine/", "/austausch/", "/netzwerk/"]
#: Links that change something or leave the pages people read: the admin,
#: logging out, switching the language, downloads and feeds.
SKIP = re.compile(
    r"^/(admin|konto/logout|sprache|dokumente|media|mein-bereich/bescheinigungen)/"
    r"|/(export|feed)/$|\.(ics|csv|pdf|zip)$"
)
#: Where the walk takes links from: the page's content and the site's header
#: and footer (Leichte Sprache, the accessibility statement, Mein Bereich).
LINKS = "main a[href], .site-header a[href], .site-footer a[href]"
PAGES_PER_ROLE = 70
#: Lists whose next segment names one of their items: a course, a training, a
#: report, a group of the exchange, an entry of the directory, a page in
#: Leichte Sprache. Any one item stands for all of them.
LISTS = {"kurse", "termine", "aktuelles", "forum", "verzeichnis", "leichte-sprache"}
#: A course's own addresses; any other segment below a course names a lesson.
COURSE_ROUTES = {"starten", "weiter", "verlassen", "rueckmeldung"}
ITEM_ID = re.compile(r"\d+|[0-9a-f]{8}-[0-9a-f-]{27}")
#: Kinds every role's walk must reach, and those of everyone logged in.
MUST_REACH = {"barrierefreiheit", "leichte-sprache", "netzwerk/verzeichnis/*"}
MUST_REACH_LOGGED_IN = {"mein-bereich/profil", "mein-bereich/meine-daten"}


@pytest.fixture
def demo(site):
    from demo.seed import seed_demo

    seed_demo(stdout=io.StringIO())
    return site


def _kind(path: str) -> str:
    """One page per kind of address: a list and one of its items each count once.

    Numbers and ids are one kind; so are the items of a known list (the slug of
    a training, a course, a lesson), so every training's participants are one
    kind. Other segments tell pages apart: ``/netzwerk/verzeichnis/`` is not
    ``/netzwerk/schulungswuensche/``. The query does not count.
    """
    parts = [p for p in urlparse(path).path.split("/") if p]
    kind = []
    for i, part in enumerate(parts):
        if ITEM_ID.fullmatch(part):
            part = "#"
        elif i and parts[i - 1] in LISTS:
            part = "*"
        elif i == 2 and parts[0] == "kurse" and part not in COURSE_ROUTES:
            part = "*"  # a lesson
        kind.append(part)
    return "/".join(kind)


def test_every_page_reflows_at_320_px_for_each_role(
    demo, live_server, browser, browser_context_args
):
    visited, problems = {}, []
    for email in ROLES:
        role = (email or "oeffentlich").split("@")[0]
        context = browser.new_context(**browser_context_args)
        try:
            page = context.new_page()
            visited[role] = _walk(page, live_server, email, problems)
            for state in ERROR_STATES.get(email, []):
                try:
                    visited[role].append(_measure_error_state(page, live_server, state))
                except AssertionError as error:
                    problems.append(f"{role}, {state.__name__}: {error}")
        finally:
            context.close()
    for role, paths in visited.items():
        assert len(paths) >= 8, (role, paths)
        kinds = {_kind(path) for path in paths}
        must = MUST_REACH | (MUST_REACH_LOGGED_IN if role != "oeffentlich" else set())
        assert must <= kinds, (role, must - kinds, paths)
    assert not problems, "\n".join(problems)


def _walk(page, live_server, email, problems) -> list[str]:
    """Follow the links of one role's pages; note every page that overflows."""
    from demo.content.site import DEMO_PASSWORD

    if email:
        login(page, live_server, email, DEMO_PASSWORD)
        page.wait_for_url(re.compile(r"/mein-bereich/"))
    origin = urlparse(live_server.url).netloc
    queue, seen_kinds, visited = list(STARTS), set(), []
    while queue and len(visited) < PAGES_PER_ROLE:
        path = queue.pop(0)
        kind = _kind(path)
        if kind in seen_kinds:
            continue
        seen_kinds.add(kind)
        try:
            response = page.goto(live_server.url + path)
        except PlaywrightError:  # a download (certificate PDF, export)
            continue
        if response is None or response.status >= 400:
            continue
        visited.append(path)
        try:
            assert_reflows(page)
        except AssertionError as error:
            problems.append(f"{email or 'öffentlich'}: {error}")
        for href in page.locator(LINKS).evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        ):
            target = urlparse(href)
            if target.netloc not in ("", origin) or not target.path.startswith("/"):
                continue
            link = target.path + (f"?{target.query}" if target.query else "")
            if not SKIP.search(target.path) and _kind(target.path) not in seen_kinds:
                queue.append(link)
    return visited


def _measure_error_state(page, live_server, state) -> str:
    """Send one form wrong, then check the page with its errors: axe and 320 px."""
    state(page, live_server)
    expect(page.locator(".form-errors, .errorlist").first).to_be_visible()
    check_axe(page)
    return urlparse(page.url).path


def _login_with_a_wrong_password(page, live_server) -> None:
    login(page, live_server, "lernende@example.org", "falsches-passwort")


def _empty_sign_up(page, live_server) -> None:
    page.goto(f"{live_server.url}/konto/signup/")
    page.locator("main form.form button[type=submit]").first.click()


def _booking_without_its_required_answer(page, live_server) -> None:
    """A training asks a required question; booking without an answer fails."""
    from events.models import BookingQuestion, EventPage
    from tests.events.conftest import with_question

    trainings = EventPage.objects.live().exclude(
        bookings__user__email="lernende@example.org"
    )
    for training in trainings.order_by("path"):
        page.goto(live_server.url + training.url)
        if page.locator("form.booking-form").count():
            break
    else:
        pytest.fail("No training left that the learner could book.")
    with_question(
        training,
        label="Wie möchten Sie angesprochen werden?",
        kind=BookingQuestion.Kind.TEXT,
        required=True,
    )
    page.reload()
    page.locator("form.booking-form button[type=submit]").click()


def _profile_with_a_reserved_name(page, live_server) -> None:
    page.goto(f"{live_server.url}/mein-bereich/profil/")
    page.get_by_label("Anzeigename").fill("Admin")
    page.get_by_role("button", name="Speichern").click()


#: Forms sent wrong on purpose, by role; each page with errors is measured.
ERROR_STATES = {
    None: [_login_with_a_wrong_password, _empty_sign_up],
    "lernende@example.org": [
        _booking_without_its_required_answer,
        _profile_with_a_reserved_name,
    ],
}
