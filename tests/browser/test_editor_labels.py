"""The page editor names every field of our own blocks (axe: label)."""

import io

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login


@pytest.fixture
def lesson_with_key_message(site):
    from demo import learning as demo_learning
    from learning.models import LessonPage

    demo_learning.seed(stdout=io.StringIO())
    for lesson in LessonPage.objects.all():
        kinds = {block.block_type for block in lesson.body}
        if {"key_message", "reflection"} <= kinds:
            return lesson
    pytest.fail("The demo has no lesson with a Merksatz and a Reflexionsfrage.")


def test_key_message_and_reflection_textareas_have_names(
    lesson_with_key_message, live_server, page
):
    from axe_playwright_python.sync_playwright import Axe

    from demo.content.site import DEMO_PASSWORD

    login(page, live_server, "koordination@example.org", DEMO_PASSWORD)
    expect(page.locator("h1")).to_have_text("Mein Bereich")
    page.goto(f"{live_server.url}/admin/pages/{lesson_with_key_message.pk}/edit/")
    # The stream editor draws its blocks with JavaScript: slow on a busy machine.
    expect(page.locator("textarea[aria-label='Merksatz']").first).to_be_attached(
        timeout=30_000
    )
    expect(page.locator("textarea[aria-label='Reflexionsfrage']").first).to_be_attached(
        timeout=30_000
    )
    # Only our own blocks' fields: Wagtail's rich text editor (Draftail) has no
    # name of its own yet, a barrier the accessibility statement lists ("admin").
    results = Axe().run(
        page,
        context={
            "include": [
                ["textarea[aria-label='Merksatz']"],
                ["textarea[aria-label='Reflexionsfrage']"],
            ]
        },
        options={
            "runOnly": {"type": "rule", "values": ["label", "aria-input-field-name"]}
        },
    )
    violations = results.response["violations"]
    # The editor asks the server in the background: let those answers arrive
    # and leave it, or SQLite may find a table in use when the test's data is
    # removed (seen once in a full run).
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")
    assert not violations, results.generate_report()
