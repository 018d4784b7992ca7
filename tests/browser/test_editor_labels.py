"""The page editor names every field of our own blocks (axe: label)."""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login

# Wagtail's rich text editor (Draftail) has no name of its own yet, a barrier
# the accessibility statement lists ("admin"): every other field is checked.
DRAFTAIL = ".Draftail-Editor"
BODY = "[data-contentpath='body']"


@pytest.fixture
def demo_lessons(site):
    from demo import learning as demo_learning

    demo_learning.seed(stdout=io.StringIO())


def _lesson_with(*kinds: str):
    from learning.models import LessonPage

    for lesson in LessonPage.objects.all():
        found = {block.block_type for block in lesson.body}
        for block in lesson.body:
            if block.block_type == "quiz":
                found |= {child.block_type for child in block.value["questions"]}
        if set(kinds) <= found:
            return lesson
    pytest.fail(f"The demo has no lesson with {', '.join(kinds)}.")


def _unnamed_fields(page, live_server, lesson, *waits: str) -> tuple[list, str]:
    """Open the lesson's editor and return axe's label violations in its body."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    # The stream editor draws its blocks with JavaScript: slow on a busy machine.
    for selector in waits:
        expect(page.locator(selector).first).to_be_attached(timeout=30_000)
    fields = page.locator(
        f"{BODY} input:not([type=hidden]), {BODY} textarea, {BODY} select"
    )
    assert fields.count() > 0
    results = Axe().run(
        page,
        context={"include": [[BODY]], "exclude": [[DRAFTAIL]]},
        options={
            "runOnly": {"type": "rule", "values": ["label", "aria-input-field-name"]}
        },
    )
    # The editor asks the server in the background: let those answers arrive
    # before the next page, or SQLite may find a table in use when the test's
    # data is removed (seen once in a full run).
    page.wait_for_load_state("networkidle")
    return results.response["violations"], results.generate_report()


def test_every_field_of_our_blocks_in_the_lesson_editor_has_a_name(
    demo_lessons, live_server, page
):
    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, "koordination@example.org", DEMO_PASSWORD)
    expect(page.locator("h1")).to_have_text("Mein Bereich")

    lesson = _lesson_with("key_message", "reflection")
    violations, report = _unnamed_fields(
        page,
        live_server,
        lesson,
        "textarea[aria-label='Merksatz']",
        "textarea[aria-label='Reflexionsfrage']",
    )
    assert not violations, report

    # A quiz with an ordering question: its steps are a list of one-line fields
    # that Wagtail names only in the list's heading.
    quiz = _lesson_with("quiz", "ordering", "matching", "true_false")
    violations, report = _unnamed_fields(
        page, live_server, quiz, "input[aria-label='Schritt']"
    )
    steps = page.locator(f"{BODY} input[aria-label='Schritt']")
    assert steps.count() >= 2
    expect(steps.first).to_be_visible()
    page.goto("about:blank")
    assert not violations, report
