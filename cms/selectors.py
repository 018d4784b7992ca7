"""Reads for the site-wide pages: navigation, footer, home sections."""

from django.http import HttpRequest
from wagtail.models import Page, Site

from cms import memo
from cms.i18n import localize_titles
from cms.sections import home_sections, render_section


def main_navigation(site: Site | None) -> list[Page]:
    """Return the live pages directly below the home page that are shown in menus."""
    if site is None:
        return []
    # Kept per language (the memo's key holds it), with translated titles.
    return memo.fragment(
        f"main-navigation:{site.pk}",
        lambda: localize_titles(
            Page.objects.child_of(site.root_page).live().public().in_menu()
        ),
    )


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
        html = render_section(section, request, name=f"home:{section.key}")
        if html is None:
            continue
        rendered.append(
            {
                "section": section,
                "heading": block.value["heading"] or section.label,
                "html": html,
            }
        )
    return rendered


def accessibility_statement(page) -> dict:
    """Return what the accessibility statement shows besides its own fields."""
    from cms import accessibility
    from cms.models import HomePage

    has_sign_language = (
        HomePage.objects.filter(pk=page.get_parent().pk)
        .exclude(sign_language_video=None)
        .exists()
    )
    problems = list(accessibility.KNOWN_PROBLEMS)
    if not has_sign_language:
        problems.append(accessibility.SIGN_LANGUAGE_PROBLEM)
    return {
        "known_problems": problems,
        "reviewed_on": accessibility.reviewed_on(),
        "method": accessibility.METHOD,
        "not_checked": accessibility.NOT_CHECKED,
        "enforcement_body": accessibility.ENFORCEMENT_BODY,
        "answer_within_days": accessibility.ANSWER_WITHIN_DAYS,
    }
