"""Reads for the site-wide pages: navigation, footer, home sections."""

from django.http import HttpRequest
from wagtail.models import Page, Site

from cms.sections import home_sections


def main_navigation(site: Site | None) -> list[Page]:
    """Return the live pages directly below the home page that are shown in menus."""
    if site is None:
        return []
    return list(Page.objects.child_of(site.root_page).live().public().in_menu())


def home_sections_for(page, request: HttpRequest) -> list[dict]:
    """Return the editor-arranged sections of a home page, each with its data."""
    sections = home_sections()
    rendered = []
    for block in page.body:
        if block.block_type != "section":
            rendered.append({"block": block})
            continue
        section = sections.get(block.value["section"])
        if section is None:
            continue
        context = section.get_context(request)
        if context is None:
            continue
        rendered.append(
            {
                "section": section,
                "heading": block.value["heading"] or section.label,
                **context,
            }
        )
    return rendered
