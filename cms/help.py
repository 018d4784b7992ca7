"""The "Hilfe holen" box: its own texts (``HelpBox``) and the contacts every
app adds through the ``HELP_SOURCES`` hook."""

from django.utils.translation import gettext, gettext_noop

from cms import hooks, memo
from cms.i18n import active_language, default_language, in_default_locale

DEFAULT_INTRO = gettext_noop(
    "Wenn es Ihnen oder jemandem in Ihrer Nähe gerade nicht gut geht:"
)


def extra_help_contacts() -> list[dict]:
    """Return the contacts every app adds to the "Hilfe holen" box."""
    return [
        contact
        for source in hooks.collect(hooks.HELP_SOURCES)
        for contact in source.contacts()
    ]


def help_box() -> dict:
    """Return the box's introduction and contacts in the active language.

    Kept across requests (per language) until the box or one of its
    translations is saved: the memo notes the table it read.
    """
    return memo.fragment("help-box", _build_help_box)


def german_help_box():
    """Return the German box, read once a request (the box and the directory's
    crisis services both ask)."""
    from cms.models import HelpBox

    kept = memo.request_memo()
    if kept is not None and "german-help-box" in kept:
        return kept["german-help-box"]
    box = in_default_locale(HelpBox.objects).order_by("pk").first()
    if kept is not None:
        kept["german-help-box"] = box
    return box


def _build_help_box() -> dict:
    from cms.models import HelpBox

    box = german_help_box()
    if box is None:
        return {
            "intro": gettext(DEFAULT_INTRO),
            "content_language": active_language(),
            "contacts": [],
        }
    language = active_language()
    translated = None
    if language != default_language():
        translated = HelpBox.objects.filter(
            translation_key=box.translation_key, locale__language_code=language
        ).first()
    texts = {"intro": box.intro, "content_language": default_language()}
    if translated is not None and translated.intro:
        texts = {"intro": translated.intro, "content_language": language}
    # A translation keeps the German blocks' ids; a contact added in German
    # after the translation was made stays German (and says so).
    translated_contacts = (
        {block.id: block.value for block in translated.contacts} if translated else {}
    )
    contacts = []
    for block in box.contacts:
        german = block.value
        own = translated_contacts.get(block.id)
        value = own if own is not None else german
        contacts.append(
            {
                "name": value.get("name") or german.get("name"),
                "phone": german.get("phone") or "",
                "hours": value.get("hours") or "",
                "description": value.get("description") or "",
                "url": german.get("url") or "",
                "content_language": language if own is not None else default_language(),
            }
        )
    return {**texts, "contacts": contacts}


def help_box_phones() -> set[str]:
    """Return the numbers the box lists itself, without spaces."""
    box = german_help_box()
    if box is None:
        return set()
    return {"".join((block.value.get("phone") or "").split()) for block in box.contacts}
