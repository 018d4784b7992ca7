"""Build the German demo site: accounts, districts, pages and settings.

Idempotent: running it again updates what exists and adds what is missing.
Apps add their own demo content in ``<app>/demo.py`` with ``seed(stdout=…)``.
"""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms import roles
from cms.demo_content import (
    DEMO_PASSWORD,
    DEMO_USERS,
    HELP_CONTACTS,
    HOME_INTRO,
    SITE_CONTACT,
    STANDARD_PAGES,
)
from cms.models import District, HomePage, SiteSettings, StandardPage, User
from network.demo_content import DISTRICTS

DEMO_APPS = ("learning", "events", "exchange", "network")


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
        page.save_revision().publish()
        pages[slug] = page
    if not home.body:
        home.intro = HOME_INTRO
        home.save_revision().publish()
    return pages


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
    site_settings.accessibility_page = footer["accessibility"]
    site_settings.easy_language_page = footer["easy_language"]
    site_settings.help_contacts = [("contact", contact) for contact in HELP_CONTACTS]
    site_settings.save()


@transaction.atomic
def seed_site() -> dict[str, User]:
    """Build the site-wide part of the demo and return the demo users by email."""
    roles.ensure_roles()
    home = ensure_home_page()
    users = seed_users(seed_districts())
    seed_settings(home, seed_pages(home))
    return users
