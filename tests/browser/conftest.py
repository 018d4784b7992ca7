"""Browser tests: Playwright drives Debian's Chromium; axe-core checks each page.

Skipped with a clear message where Chromium is missing, except under CI=true,
where a missing browser is a failure.
"""

import functools
import os
import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", "test-artifacts")) / "screenshots"
WIDTHS = {"mobil": 375, "desktop": 1280}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI=true but Chromium is missing at {CHROMIUM}.")
    skip = pytest.mark.skip(
        reason=f"Browser-Tests übersprungen: Chromium fehlt ({CHROMIUM}). "
        "Installieren mit: apt-get install chromium"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE", "timezone_id": "Europe/Berlin"}


@pytest.fixture
def site(transactional_db, live_server):
    """The home page and roles, rebuilt because a flush wipes migration data."""
    from demo.site import seed_site

    return seed_site()


@pytest.fixture
def shoot(page):
    """Take screenshots of the current page at phone and desktop width."""

    def _shoot(name: str) -> list[Path]:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        paths = []
        for label, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            path = ARTIFACTS / f"{name}-{label}.png"
            page.screenshot(path=str(path), full_page=True)
            paths.append(path)
        page.set_viewport_size({"width": 1280, "height": 900})
        return paths

    return _shoot


@pytest.fixture
def axe_check(page):
    """Run axe-core in the page and fail on any WCAG 2.1 A/AA violation."""
    return lambda: check_axe(page)


@functools.cache
def _axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def check_axe(page) -> None:
    """No WCAG 2.1 A/AA violation axe-core finds, and the page reflows at 320 px."""
    results = _axe().run(
        page,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            }
        },
    )
    violations = results.response["violations"]
    assert not violations, results.generate_report()
    assert_reflows(page)


#: WCAG 1.4.10: content reflows at 320 CSS px (1280 px at 400 %) with 256 px height.
REFLOW = {"width": 320, "height": 256}

#: Measures what sticks out sideways; a table inside its own scroll region
#: (``.table-wrap``) scrolls there and does not widen the document.
_OVERFLOW_JS = """() => {
    const width = window.innerWidth;
    const culprits = [];
    for (const el of document.body.querySelectorAll("*")) {
        if (el.closest(".table-wrap") && !el.matches(".table-wrap")) continue;
        const box = el.getBoundingClientRect();
        if (box.width && box.right > width + 1) {
            culprits.push(el.tagName.toLowerCase() + "." + [...el.classList].join(".")
                + " (" + Math.round(box.right) + " px)");
        }
    }
    return {
        scroll: document.documentElement.scrollWidth,
        inner: width,
        culprits: culprits.slice(0, 8),
    };
}"""


def assert_reflows(page) -> None:
    """At 320 x 256 the page scrolls only downwards (data tables scroll inside
    their own labelled, focusable region)."""
    before = page.viewport_size
    page.set_viewport_size(REFLOW)
    try:
        found = page.evaluate(_OVERFLOW_JS)
        if os.environ.get("REFLOW_SHOTS"):
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^a-z0-9]+", "-", page.url.split("//", 1)[-1].lower())
            page.screenshot(
                path=str(ARTIFACTS / f"reflow-{slug[-80:]}.png"), full_page=True
            )
        assert found["scroll"] <= found["inner"], (
            f"{page.url} scrolls sideways at 320 px: {found['scroll']} px wide; "
            f"sticking out: {', '.join(found['culprits'])}"
        )
    finally:
        page.set_viewport_size(before or {"width": 1280, "height": 900})


@pytest.fixture
def reflow_check(page):
    """Assert the current page reflows at 320 px."""
    return lambda: assert_reflows(page)


def login(page, live_server, email: str, password: str) -> None:
    """Log in through the real login form."""
    page.goto(f"{live_server.url}/konto/login/")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(password)
    page.locator("main form.form button[type=submit]").first.click()
