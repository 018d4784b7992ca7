"""The site-wide part of the demo: roles, districts, accounts, pages and settings.

Idempotent: running it again updates what exists and adds what is missing.
"""

from django.db import transaction
from wagtail.models import Site

from cms import roles
from cms.help import german_help_box
from cms.models import (
    AccessibilityStatementPage,
    District,
    HelpBox,
    HomePage,
    SiteSettings,
    StandardPage,
    User,
)
from demo.content.site import (
    ACCESSIBILITY_STATEMENT,
    DEMO_PASSWORD,
    DEMO_USERS,
    DISTRICTS,
    EASY_LANGUAGE_PAGES,
    HELP_CONTACTS,
    HELP_INTRO,
    HOME_INTRO,
    SITE_CONTACT,
    STANDARD_PAGES,
)
from demo.pages import ensure_home_page, publish


def seed_districts() -> dict[str, District]:
    districts = {}
    for order, name in enumerate(DISTRICTS):
        district, _ = District.objects.update_or_create(
            name=name, defaults={"sort_order": order}
        )
        districts[name] = district
    return districts


def seed_users(districts: dict[str, District]) -> dict[str, User]:
    users = {}
    for email, display_name, role, district, first, last in DEMO_USERS:
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "display_name": display_name,
                "district": districts.get(district),
                "first_name": first,
                "last_name": last,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        _verify_email(user)
        roles.add_role(user, roles.CONTACT_PERSONS)
        roles.add_role(user, role)
        users[email] = user
    return users


def _verify_email(user: User) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def seed_pages(home: HomePage) -> dict[str, StandardPage]:
    pages = {}
    for slug, title, intro, _footer, paragraphs in STANDARD_PAGES:
        body = [("paragraph", paragraph) for paragraph in paragraphs]
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(title=title, slug=slug, intro=intro, body=body)
            )
        page.show_in_menus = slug == "ueber-das-netzwerk"
        page.title, page.intro, page.body = title, intro, body
        pages[slug] = publish(page)
    seed_easy_language_pages(pages["leichte-sprache"])
    if not home.body:
        home.intro = HOME_INTRO
        publish(home)
    return pages


def _easy_language_body(items) -> list[tuple[str, object]]:
    return [
        ("heading", {"text": item[1], "level": "h2"})
        if isinstance(item, tuple)
        else ("paragraph", item)
        for item in items
    ]


def seed_easy_language_pages(parent: StandardPage) -> None:
    """Build the Leichte-Sprache pages below their overview page."""
    for slug, title, intro, items in EASY_LANGUAGE_PAGES:
        body = _easy_language_body(items)
        page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = parent.add_child(
                instance=StandardPage(title=title, slug=slug, intro=intro, body=body)
            )
        page.title, page.intro, page.body = title, intro, body
        publish(page)


def seed_accessibility_statement(home: HomePage) -> AccessibilityStatementPage:
    data = ACCESSIBILITY_STATEMENT
    # Demos seeded before the statement had its own page type kept a text page.
    for old in StandardPage.objects.child_of(home).filter(slug=data["slug"]):
        old.delete()
    page = AccessibilityStatementPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(instance=AccessibilityStatementPage(**data))
    page.title, page.intro = data["title"], data["intro"]
    return publish(page)


def seed_settings(home: HomePage, pages: dict[str, StandardPage]) -> None:
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    for field, value in SITE_CONTACT.items():
        setattr(site_settings, field, value)
    footer = {
        footer: pages[slug] for slug, _t, _i, footer, _p in STANDARD_PAGES if footer
    }
    site_settings.privacy_page = footer["privacy"]
    site_settings.imprint_page = footer["imprint"]
    site_settings.accessibility_page = seed_accessibility_statement(home)
    site_settings.easy_language_page = footer["easy_language"]
    site_settings.save()


def seed_help_box() -> HelpBox:
    """The German "Hilfe holen" box. Its contacts are only written when they
    differ: new blocks would get new ids and lose their translations."""
    box = german_help_box() or HelpBox()
    contacts = [
        {key: block.value.get(key) or "" for key in HELP_CONTACTS[0]}
        for block in box.contacts
    ]
    if box.pk is None or box.intro != HELP_INTRO or contacts != HELP_CONTACTS:
        box.intro = HELP_INTRO
        if contacts != HELP_CONTACTS:
            box.contacts = [("contact", contact) for contact in HELP_CONTACTS]
        box.save()
    return box


@transaction.atomic
def seed_site() -> dict[str, User]:
    """Build the site-wide part of the demo and return the demo users by email."""
    # The page tree first: the coordinators' page permissions are granted on
    # its root, which a flushed database (the browser tests) does not have.
    home = ensure_home_page()
    roles.ensure_roles()
    users = seed_users(seed_districts())
    seed_settings(home, seed_pages(home))
    seed_help_box()
    return users
