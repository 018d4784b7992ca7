"""Sections that apps contribute to the home page and to "Mein Bereich".

Apps declare them through the ``HOME_SECTIONS`` and ``DASHBOARD_SECTIONS``
hooks (``cms.hooks``); the home page's StreamField offers the home sections to
editors, and the dashboard shows every dashboard section in order.
"""

from datetime import timedelta

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from cms import hooks, memo
from cms.hooks import Section


def home_sections() -> dict[str, Section]:
    """Return the sections editors may place on the home page, by key."""
    return {s.key: s for s in hooks.ordered(hooks.collect(hooks.HOME_SECTIONS))}


def dashboard_sections() -> dict[str, Section]:
    """Return the sections of "Mein Bereich", by key, in order."""
    return {s.key: s for s in hooks.ordered(hooks.collect(hooks.DASHBOARD_SECTIONS))}


def home_section_choices() -> list[tuple[str, str]]:
    """Return the home sections as choices for the page editor."""
    return [(s.key, s.label) for s in home_sections().values()]


def render_section(section: Section, request: HttpRequest, *, name: str = ""):
    """Return the section's HTML for this person, or None when it shows nothing.

    Kept per person until a table it read is written to (``cms.memo``): a
    person coming back to "Mein Bereich" or the home page gets each section
    without its queries, and sees an enrolment, a booking or a new post at once.
    """

    def build():
        context = section.get_context(request)
        if context is None:
            return None
        return render_to_string(
            section.template, {"section": {"section": section, **context}}, request
        )

    return memo.fragment(
        f"section:{name or section.key}", build, user=request.user, request=request
    )


def render_sections(sections: dict[str, Section], request: HttpRequest) -> list[dict]:
    """Return each section that has something to show, with its HTML."""
    rendered = []
    for section in sections.values():
        html = render_section(section, request)
        if html is not None:
            rendered.append({"section": section, "html": html})
    return rendered


#: How long after sign-up "Erste Schritte" may show.
FIRST_STEPS_FOR = timedelta(days=90)


def first_steps(user) -> list[dict]:
    """Return the "Erste Schritte" path for this person, or ``[]`` once done.

    Each app contributes its step (``cms.hooks.FIRST_STEPS``); each step is
    computed from the data in at most one query.
    """
    joined = getattr(user, "date_joined", None)
    if joined is None or timezone.now() - joined > FIRST_STEPS_FOR:
        # A path for newcomers: people who have been here for months know
        # their way (and their old bookings may be anonymised by now).
        return []
    steps = []
    for step in hooks.ordered(hooks.collect(hooks.FIRST_STEPS)):
        done = step.done(user)
        # Only open steps need their address; one with nowhere to go is left out.
        url = "" if done else step.url()
        if done or url:
            steps.append({"step": step, "url": url, "done": done})
    if all(item["done"] for item in steps):
        return []
    return steps
