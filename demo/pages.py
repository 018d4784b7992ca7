"""The steps every part of the demo takes with pages: one home, index pages, publish.

Seeding stands in for the coordinator who approves a trainer's draft, so pages are
published directly. A page is only published again when the demo changed it, so a
second run of ``seed_demo`` leaves no new revision behind.
"""

import json

from wagtail.models import Locale, Page, Site

from cms.models import HomePage
from demo.content.site import HOME_INTRO


def ensure_home_page() -> HomePage:
    """Return the site's home page, building root, locale and site if missing."""
    Locale.objects.get_or_create(language_code="de")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(title="Root", slug="root")
        home = root.add_child(
            instance=HomePage(title="Gemeinsam Stark", slug="start", intro=HOME_INTRO)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Gemeinsam Stark",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


def publish(page: Page, *, user=None) -> Page:
    """Publish ``page`` as ``user`` when it is new or the demo changed it."""
    if _needs_publishing(page):
        page.save_revision(user=user).publish()
        page.refresh_from_db()
    return page


def index_page(
    model: type[Page],
    *,
    title: str,
    slug: str,
    intro: str,
    sections: tuple[str, ...] = (),
) -> Page:
    """Return the published index page of ``model`` and show its home sections.

    The page is built below the home page when missing and always appears in the
    main menu; ``sections`` are the home-page sections that belong to it.
    """
    home = ensure_home_page()
    page = model.objects.first()
    if page is None:
        page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
    page.show_in_menus = True
    publish(page)
    add_home_sections(*sections)
    return page


def add_home_sections(*keys: str) -> None:
    """Append the home-page sections named by ``keys`` that are not there yet."""
    home = ensure_home_page()
    present = {
        block.value["section"] for block in home.body if block.block_type == "section"
    }
    missing = [key for key in keys if key not in present]
    for key in missing:
        home.body.append(("section", {"section": key, "heading": ""}))
    if missing:
        publish(home)


def _needs_publishing(page: Page) -> bool:
    if not page.live or page.has_unpublished_changes or not page.latest_revision_id:
        return True
    stored = type(page).objects.get(pk=page.pk)
    return _comparable(page.serializable_data()) != _comparable(
        stored.serializable_data()
    )


def _comparable(value):
    """Return ``value`` without stream block ids, which differ on every build."""
    if isinstance(value, str) and value.startswith("[{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    return value
