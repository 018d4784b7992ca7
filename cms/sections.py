"""Sections that apps contribute to the home page and to "Mein Bereich".

An app registers its sections in ``AppConfig.ready()``; the home page's
StreamField offers the registered home sections to editors, and the dashboard
shows every registered dashboard section in order. Each ``get_context`` must
fetch what it shows in a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    template: str
    get_context: Callable[[HttpRequest], dict | None]
    order: int = 100


home_sections: dict[str, Section] = {}
dashboard_sections: dict[str, Section] = {}


def register_home_section(section: Section) -> None:
    """Offer a section to editors for the home page."""
    home_sections[section.key] = section


def register_dashboard_section(section: Section) -> None:
    """Show a section in "Mein Bereich" for logged-in users."""
    dashboard_sections[section.key] = section


def home_section_choices() -> list[tuple[str, str]]:
    """Return the registered home sections as choices for the page editor."""
    return [(s.key, s.label) for s in sorted(home_sections.values(), key=_order)]


def render_sections(sections: dict[str, Section], request: HttpRequest) -> list[dict]:
    """Return the context of each section that has something to show."""
    rendered = []
    for section in sorted(sections.values(), key=_order):
        context = section.get_context(request)
        if context is not None:
            rendered.append({"section": section, **context})
    return rendered


def _order(section: Section) -> tuple[int, str]:
    return (section.order, section.key)
