"""English for the start page, the static pages, one course, one training, the
topics, the "Hilfe holen" box and the crisis services, as translators make it.

wagtail-localize offers each page's texts as a PO file; a translator fills in
the ``msgstr`` lines and uploads it. The demo does the same: it pairs every
German text of ``demo.content`` with its place in ``demo.content.english``,
fills the PO file with the pairs and imports it. Idempotent: a page whose
translation holds these texts already is left alone.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from cms.help import german_help_box
from cms.i18n import in_default_locale
from cms.models import AccessibilityStatementPage, StandardPage, Topic
from demo.content import english
from demo.content.events import TRAININGS
from demo.content.learning import COURSES
from demo.content.network import DIRECTORY_ENTRIES
from demo.content.site import (
    ACCESSIBILITY_STATEMENT,
    HELP_CONTACTS,
    HELP_INTRO,
    HOME_INTRO,
    STANDARD_PAGES,
)
from demo.pages import ensure_home_page
from events.models import EventPage
from learning.models import CourseIndexPage, CoursePage, LessonPage
from network.models import DirectoryEntry

LANGUAGE = "en"
# Texts that read the same in English: names and addresses.
SAME_IN_ENGLISH = {"Gemeinsam Stark"}


class IncompleteTranslation(Exception):
    """German texts of a page have no English in ``demo.content.english``."""


def seed(*, stdout) -> None:
    Locale.objects.get_or_create(language_code=LANGUAGE)
    home = ensure_home_page()
    translated = [
        translate(home, pairs({"title": home.title, "intro": HOME_INTRO}, english.HOME))
    ]
    german_pages = {slug: (title, intro, body) for slug, title, intro, _f, body in (
        STANDARD_PAGES
    )}  # fmt: skip
    for slug, texts in english.STANDARD_PAGES.items():
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if page is not None:
            translated.append(translate(page, pairs(german_pages[slug], texts)))
    statement = AccessibilityStatementPage.objects.child_of(home).first()
    if statement is not None:
        translated.append(
            translate(
                statement,
                pairs(ACCESSIBILITY_STATEMENT, english.ACCESSIBILITY_STATEMENT),
            )
        )
    translated += _course(home)
    for page in Page.objects.child_of(home).filter(slug__in=english.MENU_PAGES):
        translated.append(translate(page.specific, english.MENU_PAGES[page.slug]))
    # After the menu pages: a training is translated below the English calendar.
    translated += _training()
    snippets = _topics() + _help_box() + _crisis_services()
    stdout.write(
        f"Englisch: {len([page for page in translated if page])} Seiten und "
        f"{len(snippets)} Themen, Hilfe-Kontakte und Krisendienste übersetzt"
    )


def _topics() -> list:
    return [
        translate_snippet(topic, {topic.name: english.TOPICS[topic.name]})
        for topic in in_default_locale(Topic.objects).filter(name__in=english.TOPICS)
    ]


def _help_box() -> list:
    box = german_help_box()
    if box is None:
        return []
    german = {"intro": HELP_INTRO, "contacts": HELP_CONTACTS}
    return [translate_snippet(box, pairs(german, english.HELP_BOX))]


def _crisis_services() -> list:
    done = []
    for entry in in_default_locale(DirectoryEntry.objects).filter(
        name__in=english.CRISIS_SERVICES
    ):
        german = next(d for d in DIRECTORY_ENTRIES if d["name"] == entry.name)
        texts = pairs(german, english.CRISIS_SERVICES[entry.name])
        done.append(translate_snippet(entry, texts))
    return done


def _course(home) -> list:
    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None:
        return []
    from demo.learning import CATALOGUE_INTRO

    german = next(c for c in COURSES if c["slug"] == english.COURSE["slug"])
    course = CoursePage.objects.child_of(catalogue).filter(slug=german["slug"]).first()
    if course is None:
        return []
    texts = pairs(german, english.COURSE)
    texts.update(pairs({"title": "Kurse", "intro": CATALOGUE_INTRO}, english.CATALOGUE))
    done = [translate(catalogue, texts), translate(course, texts)]
    done += [
        translate(lesson, texts)
        for lesson in LessonPage.objects.child_of(course).order_by("path")
    ]
    return done


def _training() -> list:
    german = next(t for t in TRAININGS if t["slug"] == english.TRAINING["slug"])
    event = in_default_locale(EventPage.objects.filter(slug=german["slug"])).first()
    if event is None:
        return []
    return [translate(event, pairs(german, english.TRAINING))]


def pairs(german, translated) -> dict[str, str]:
    """Return each German PO text with its translation, following ``translated``.

    ``translated`` has the shape of ``german`` (dicts by key, lists and tuples
    place by place); keys it leaves out (slugs, numbers, image motifs) are not
    text. Rich text is split into the strings wagtail-localize offers.
    """
    found: dict[str, str] = {}
    if isinstance(translated, str):
        german_strings, english_strings = _strings(german), _strings(translated)
        if len(german_strings) != len(english_strings):
            raise IncompleteTranslation(f"Different structure: {german[:60]!r}")
        found.update(zip(german_strings, english_strings, strict=True))
    elif isinstance(translated, dict):
        for key, value in translated.items():
            if key == "learning_goals":
                found.update(pairs("\n".join(german[key]), "\n".join(value)))
            else:
                found.update(pairs(german[key], value))
    else:
        for german_item, english_item in zip(german, translated, strict=True):
            found.update(pairs(german_item, english_item))
    return found


def _strings(text: str) -> list[str]:
    if text.lstrip().startswith("<"):
        return [string.data for string, _attrs in extract_strings(text)[1]]
    return [StringValue.from_plaintext(text).data]


def translate(page: Page, texts: dict[str, str]) -> Page | None:
    """Translate ``page`` into English through its PO file; return the translation.

    Raise ``IncompleteTranslation`` when a German text has no English.
    """
    locale = Locale.objects.get(language_code=LANGUAGE)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _new = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po, changed = _filled_po(translation, texts, same={page.slug}, label=page.title)
    target = page.get_translation_or_none(locale)
    if changed:
        translation.import_po(po)
    if changed or target is None or not target.live or target.has_unpublished_changes:
        # Publish now, not after the commit as the translation editor does:
        # the seed runs in one transaction.
        translation.save_target(publish=False)
        target = page.get_translation(locale)
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target


def translate_snippet(snippet, texts: dict[str, str]):
    """Translate a snippet (topic, help box, directory entry) into English
    through its PO file; return the translation.

    Snippets have no drafts: the translation is saved as it is imported.
    Raise ``IncompleteTranslation`` when a German text has no English.
    """
    locale = Locale.objects.get(language_code=LANGUAGE)
    source, created = TranslationSource.get_or_create_from_instance(snippet)
    if not created:
        source.update_from_db()
    translation, _new = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po, changed = _filled_po(translation, texts, same=set(), label=str(snippet))
    target = snippet.get_translation_or_none(locale)
    if changed:
        translation.import_po(po)
    if changed or target is None:
        translation.save_target()
        target = snippet.get_translation(locale)
    return target


def _filled_po(translation, texts: dict[str, str], *, same: set[str], label: str):
    """Return the translation's PO file with ``texts`` filled in, and whether
    any ``msgstr`` changed."""
    po = translation.export_po()
    missing = []
    changed = False
    for entry in po:
        wanted = texts.get(entry.msgid)
        if wanted is None and (entry.msgid in SAME_IN_ENGLISH or entry.msgid in same):
            wanted = entry.msgid
        if wanted is None:
            missing.append(entry.msgid)
        elif entry.msgstr != wanted:
            entry.msgstr = wanted
            changed = True
    if missing:
        raise IncompleteTranslation(f"{label}: {missing[:3]}")
    return po, changed
