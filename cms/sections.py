"""Sections that apps contribute to the home page and to "Mein Bereich".

Apps declare them through the ``HOME_SECTIONS`` and ``DASHBOARD_SECTIONS``
hooks (``cms.hooks``); the home page's StreamField offers the home sections to
editors, and the dashboard shows every dashboard section in order.
"""

from django.http import HttpRequest

from cms import hooks
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


def render_sections(sections: dict[str, Section], request: HttpRequest) -> list[dict]:
    """Return the context of each section that has something to show."""
    rendered = []
    for section in sections.values():
        context = section.get_context(request)
        if context is not None:
            rendered.append({"section": section, **context})
    return rendered
