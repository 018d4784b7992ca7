import functools
from urllib.parse import quote

from django import template
from django.conf import settings
from django.db.models import Q
from django.template.defaulttags import CsrfTokenNode
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, Site

from cms import hooks, memo
from cms.help import extra_help_contacts
from cms.help import help_box as help_box_texts
from cms.i18n import content_lang_attrs, in_default_locale, localize_titles
from cms.models import SiteSettings
from cms.selectors import main_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context) -> str:
    """The main menu's items: pages, search, the person's badges and account
    links, Leichte Sprache, and the language switch.

    Rendered once per section, person and badge count and kept (cms.memo)
    until a table it read is written to; only the language switch, which
    leads back to this very address, is drawn on every request.
    """
    request = context["request"]
    current = context.get("page")
    site = Site.find_for_request(request)
    pages = main_navigation(site)
    active = next(
        (
            item.path
            for item in pages
            if current is not None and current.path.startswith(item.path)
        ),
        "",
    )

    def page_links() -> str:
        for item in pages:
            item.active = item.path == active
        return render_to_string(
            "includes/main_menu_pages.html",
            {"menu_pages": pages, "request": request},
        )

    # The same for everybody in a section and language: rendered once, kept
    # until a page changes (cms.memo), instead of on every request.
    links = memo.fragment(
        f"main-menu-links:{site.pk if site else 0}:{active}", page_links
    )
    signed_in = request.user.is_authenticated
    badges = []
    if signed_in:
        badges = [
            badge
            for answer in hooks.call(hooks.HEADER_BADGES, request=request)
            for badge in answer
        ]
    match = request.resolver_match
    own_page = getattr(match, "url_name", "") or ""
    own_page = own_page if own_page in {"search", "dashboard"} else ""
    counts = ",".join(f"{badge.key}={badge.count}" for badge in badges)
    items = memo.fragment(
        f"main-menu:{site.pk if site else 0}:{active}:{own_page}:{counts}",
        lambda: render_to_string(
            "includes/main_menu.html",
            {
                "page_links": links,
                "request": request,
                "badges": badges,
                "own_page": own_page,
                "csrf_token": context.get("csrf_token"),
            },
        ),
        user=request.user,
        # Signed in, the menu holds the form to sign out.
        request=request if signed_in else None,
    )
    return mark_safe(items + language_switch(request))


def language_switch(request) -> str:
    """The menu's last item: each language, leading back to this address."""
    current = translation.get_language()
    back = quote(request.get_full_path())
    links = [
        format_html(
            '<li><a href="{}?next={}" lang="{}" hreflang="{}"{}{}>{}</a></li>',
            reverse("set_language", args=[code]),
            back,
            code,
            code,
            mark_safe(' dir="rtl"') if info["bidi"] else "",
            mark_safe(' aria-current="true"') if code == current else "",
            capfirst(info["name_local"]),
        )
        for code, info in _language_infos(tuple(settings.LANGUAGES))
    ]
    return format_html(
        '<li class="main-nav__lang">'
        '<ul class="lang-switch" aria-label="{}">{}</ul></li>',
        _("Sprache wählen"),
        mark_safe("".join(links)),
    )


@functools.cache
def _language_infos(languages: tuple) -> tuple:
    return tuple(
        (code, translation.get_language_info(code)) for code, _name in languages
    )


def _footer_pages(request) -> tuple[list[tuple[int, str]], dict[int, Page]]:
    """Return the named footer pages and the live pages, once per request."""
    cached = getattr(request, "_footer_pages", None)
    if cached is not None:
        return cached
    site_settings = SiteSettings.for_request(request)
    named = [
        (site_settings.accessibility_page_id, _("Barrierefreiheit")),
        (site_settings.easy_language_page_id, _("Leichte Sprache")),
        (site_settings.privacy_page_id, _("Datenschutz")),
        (site_settings.imprint_page_id, _("Impressum")),
    ]
    ids = [page_id for page_id, _label in named if page_id]
    pages = memo.fragment(
        f"footer-pages:{','.join(map(str, ids))}",
        lambda: {
            page.pk: page
            for page in localize_titles(
                in_default_locale(Page.objects.live())
                .filter(Q(pk__in=ids) | Q(standardpage__show_in_footer=True))
                .only("id", "title", "url_path", "translation_key")
            )
        },
    )
    request._footer_pages = (named, pages)
    return named, pages


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    """Return the legal and accessibility links of the footer in one query."""
    request = context["request"]
    if Site.find_for_request(request) is None:
        return []
    named, pages = _footer_pages(request)
    ids = [page_id for page_id, _label in named if page_id]
    # The named links speak the interface's language, the others their page's.
    interface = translation.get_language()
    links = [
        {
            "url": pages[pid].get_url(request),
            "title": label,
            "content_language": interface,
        }
        for pid, label in named
        if pid in pages
    ]
    links += [
        {
            "url": page.get_url(request),
            "title": page.title,
            "content_language": getattr(page, "content_language", interface),
        }
        for pk, page in pages.items()
        if pk not in ids
    ]
    return links


@register.simple_tag(takes_context=True)
def easy_language_url(context) -> str:
    """Return the address of the Leichte-Sprache page, or "" (shares the footer's
    query)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return ""

    def address() -> str:
        site_settings = SiteSettings.for_request(request)
        _named, pages = _footer_pages(request)
        page = pages.get(site_settings.easy_language_page_id)
        return page.get_url(request) if page is not None else ""

    return memo.fragment(f"easy-language-url:{site.pk}", address)


@register.inclusion_tag("includes/help_box.html", takes_context=True)
def help_box(context) -> dict:
    return {
        "request": context["request"],
        "box": help_box_texts(),
        "extra_help_contacts": extra_help_contacts(),
    }


@register.simple_tag(takes_context=True)
def query_replace(context, **kwargs) -> str:
    """Return the current query string with some parameters replaced."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        query[key] = value
    return query.urlencode()


@register.filter
def duration_words(value) -> str:
    """Return a duration as people say it: "3 Minuten 20 Sekunden"."""
    if not value:
        return ""
    total = int(value.total_seconds())
    minutes, seconds = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(
            ngettext("%(n)d Minute", "%(n)d Minuten", minutes) % {"n": minutes}
        )
    if seconds or not minutes:
        parts.append(
            ngettext("%(n)d Sekunde", "%(n)d Sekunden", seconds) % {"n": seconds}
        )
    return " ".join(parts)


@register.filter
def names_in_language(items) -> str:
    """Join names with commas; mark each name not in the chosen language with
    ``lang`` (topics, districts … of a translated page)."""
    parts = []
    for item in items:
        attrs = content_lang_attrs(item)
        parts.append(
            format_html("<span{}>{}</span>", attrs, item) if attrs else escape(item)
        )
    return mark_safe(", ".join(parts))


@register.simple_tag
def content_lang(item) -> str:
    """Mark text not in the chosen language: ` lang="de"` (and its direction)."""
    return content_lang_attrs(item)


@register.simple_tag
def content_text(item, text) -> str:
    """Return ``text`` of ``item``, in a marked span only when not in the chosen
    language: for a title inside a link or heading that holds other words too."""
    attrs = content_lang_attrs(item)
    return format_html("<span{}>{}</span>", attrs, text) if attrs else text


@register.simple_tag(takes_context=True)
def parent_url(context, page) -> str:
    """The address of a page's parent, read off the page's own: no query.

    Wagtail's addresses follow the tree, so the parent's is the page's without
    its last part (a course's catalogue, a training's calendar).
    """
    from wagtail.templatetags.wagtailcore_tags import pageurl

    url = pageurl(context, page)
    if not url:  # a page outside any site (an unsaved preview): ask the tree
        return pageurl(context, page.get_parent())
    return url.rstrip("/").rsplit("/", 1)[0] + "/"


class KeepNode(template.Node):
    """``{% keep "name" value … [per_person] %}…{% endkeep %}``: the block,
    rendered once and kept (cms.memo) until a table it read is written to.

    The name and the values (a page's id, a page number) make the key with
    the language. Without ``per_person`` the block must show the same to
    everybody; with it, it is kept per person (and per CSRF cookie when it
    holds a form). A preview is always rendered afresh: it shows a draft
    under the page's own id. What a block reads from the context outside the
    database (the page object itself) counts as the page's: every page
    change writes the page table, which every kept fragment follows. What
    the view read before and handed over in the context is followed too: the
    block depends on every table the request read before it, unless it says
    ``own_reads``: it shows only what it reads itself (site settings, pages).
    """

    def __init__(self, nodelist, name, values, per_person: bool, own_reads: bool):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.per_person = per_person
        self.own_reads = own_reads
        self.has_form = bool(nodelist.get_nodes_by_type(CsrfTokenNode))
        if self.has_form and not per_person:
            raise template.TemplateSyntaxError(
                "{% keep %} with a form must be per_person"
            )

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or getattr(request, "is_preview", False)
            # Outside a request's cycle nobody noted what was read before.
            or not memo.keeps_fragments()
        ):
            return self.nodelist.render(context)
        values = [str(value.resolve(context)) for value in self.values]
        name = ":".join(["keep", self.name.resolve(context), *values])
        return memo.fragment(
            name,
            lambda: self.nodelist.render(context),
            user=request.user if self.per_person else None,
            request=request if self.has_form else None,
            also=set() if self.own_reads else memo.tables_read(),
        )


@register.tag("keep")
def keep(parser, token):
    bits = token.split_contents()[1:]
    flags = set()
    while bits and bits[-1] in {"per_person", "own_reads"}:
        flags.add(bits.pop())
    if not bits:
        raise template.TemplateSyntaxError("{% keep %} needs a name")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    compiled = [parser.compile_filter(bit) for bit in bits]
    return KeepNode(
        nodelist,
        compiled[0],
        compiled[1:],
        per_person="per_person" in flags,
        own_reads="own_reads" in flags,
    )
