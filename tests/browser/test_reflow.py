"""Every page reflows at 320 px (WCAG 1.4.10), for the public and each role.

The axe checks of the other browser tests measure each state they visit at
320 x 256 too (``assert_reflows`` in conftest). This test walks the whole demo
as each role would: from the start page, Mein Bereich and the index pages it
follows the links in ``<main>`` (one page per kind of address) and measures
each page. Data tables scroll inside their own labelled region instead.

One test walks all roles, each in a fresh browser context: the demo is seeded
once (half a minute) instead of once a role.
"""

import io
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import assert_reflows, login

ROLES = [
    None,
    "ansprechperson@example.org",
    "lernende@example.org",
    "absolventin@example.org",
    "trainerin@example.org",
    "koordination@example.org",
]
STARTS = ["/", "/mein-bereich/", "/kurse/", "/termine/", "/austausch/", "/netzwerk/"]
#: Links that change something or leave the pages people read.
SKIP = re.compile(
    r"^/(admin|konto/logout|sprache|dokumente|media)/|\.(ics|csv|pdf|zip)$"
)
PAGES_PER_ROLE = 45


@pytest.fixture
def demo(site):
    from demo.seed import seed_demo

    seed_demo(stdout=io.StringIO())
    return site


def _kind(path: str) -> str:
    """One page per kind of address: digits and the last slug are one kind."""
    parts = [p for p in path.split("/") if p]
    parts = ["#" if p.isdigit() else p for p in parts]
    if len(parts) >= 2:
        parts[-1] = "*" if parts[-1] != "#" else "#"
    return "/".join(parts)


def test_every_page_reflows_at_320_px_for_each_role(
    demo, live_server, browser, browser_context_args
):
    visited, problems = {}, []
    for email in ROLES:
        role = (email or "oeffentlich").split("@")[0]
        context = browser.new_context(**browser_context_args)
        try:
            visited[role] = _walk(context.new_page(), live_server, email, problems)
        finally:
            context.close()
    for role, paths in visited.items():
        assert len(paths) >= 8, (role, paths)
    assert not problems, "\n".join(problems)


def _walk(page, live_server, email, problems) -> list[str]:
    """Follow the links of one role's pages; note every page that overflows."""
    from demo.content.site import DEMO_PASSWORD

    if email:
        login(page, live_server, email, DEMO_PASSWORD)
        page.wait_for_url(re.compile(r"/mein-bereich/"))
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
        for href in page.locator("main a[href]").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        ):
            target = urlparse(href)
            if target.netloc or not target.path.startswith("/"):
                continue
            link = target.path + (f"?{target.query}" if target.query else "")
            if not SKIP.search(target.path) and _kind(target.path) not in seen_kinds:
                queue.append(link)
    return visited
