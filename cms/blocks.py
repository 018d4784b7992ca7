"""StreamField blocks shared by the site's pages (and reused by the apps)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.sections import home_section_choices

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
#: A content page's text sits right below its h1: its headings start at h2.
CONTENT_RICH_TEXT_FEATURES = ["h2", *RICH_TEXT_FEATURES]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Zwischenüberschrift")), ("h3", _("Unterüberschrift"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image with a text for screen readers, or marked as decorative."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        required=False,
        max_length=250,
        help_text=_("Was zeigt das Bild? Für Menschen, die es nicht sehen können."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Rein dekorativ (kein Alternativtext nötig)"), required=False
    )
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Bitte beschreiben Sie das Bild oder markieren Sie es "
                            "als dekorativ."
                        )
                    )
                }
            )
        return value


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Hinweiskasten")
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Zitat"))
    source = blocks.CharBlock(label=_("Quelle"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    description = blocks.CharBlock(label=_("Beschreibung"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Dokument zum Herunterladen")
        template = "blocks/document.html"


class PhoneBlock(blocks.CharBlock):
    """A phone number: the same in every language, so translators never see it."""

    def get_translatable_segments(self, value) -> list:
        return []

    def restore_translated_segments(self, value, segments):
        return value

    class Meta:
        icon = "mobile-alt"


class HelpContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"))
    phone = PhoneBlock(label=_("Telefon"), required=False)
    hours = blocks.CharBlock(label=_("Erreichbarkeit"), required=False)
    description = blocks.CharBlock(label=_("Beschreibung"), required=False)
    url = blocks.URLBlock(label=_("Webseite"), required=False)

    class Meta:
        icon = "help"
        label = _("Hilfe-Kontakt")


class StandardStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=CONTENT_RICH_TEXT_FEATURES,
        template="blocks/paragraph.html",
    )
    image = AccessibleImageBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    document = DocumentBlock()


class SectionBlock(blocks.StructBlock):
    """A live list (courses, trainings, groups …) that an app provides."""

    section = blocks.ChoiceBlock(label=_("Bereich"), choices=home_section_choices)
    heading = blocks.CharBlock(label=_("Überschrift"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Aktuelle Einträge")


class TeaserBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Seite"))

    class Meta:
        icon = "link"
        label = _("Verweis")
        template = "blocks/teaser.html"


class HomeStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    teasers = blocks.ListBlock(
        TeaserBlock(), label=_("Verweise"), template="blocks/teasers.html"
    )
    section = SectionBlock()
    callout = CalloutBlock()
