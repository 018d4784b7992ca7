"""Validators for text that people type: names, titles, short fields."""

import io
import unicodedata

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

# Zero-width and bidirectional control characters can disguise a name or
# reverse what others read; they never belong in a name or a title.
INVISIBLE_CHARACTERS = {
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
}  # fmt: skip


def validate_plain_name(value: str) -> None:
    """Reject control, zero-width and direction-changing characters."""
    for char in value:
        if char in INVISIBLE_CHARACTERS or unicodedata.category(char) in {"Cc", "Cf"}:
            raise ValidationError(
                _("Bitte verwenden Sie nur sichtbare Zeichen."), code="invisible"
            )
    if value.strip() != value or not value.strip():
        raise ValidationError(
            _("Bitte keine Leerzeichen am Anfang oder Ende."), code="whitespace"
        )


# --- Display names people can trust -------------------------------------------

# Letters of other scripts that look like Latin ones, mapped to the Latin letter
# they imitate (after the Unicode confusables list, UTS #39, for the scripts our
# members use). Upper case "I", "1" and "|" look like a small "l"; "0" like "O".
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h",
        "і": "i", "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h",
        "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v",
        "ԝ": "w", "х": "x", "у": "y", "ү": "y", "г": "r",
        "А": "A", "В": "B", "С": "C", "Е": "E", "Ё": "E", "Н": "H", "І": "l",
        "Ї": "l", "Ј": "J", "К": "K", "Ӏ": "l", "М": "M", "О": "O", "Р": "P",
        "Ԛ": "Q", "Ѕ": "S", "Т": "T", "Ѵ": "V", "Ԝ": "W", "Х": "X", "Ү": "Y",
        "У": "Y", "Ь": "b", "З": "3",
        # Greek
        "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
        "ο": "o", "ρ": "p", "σ": "o", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c",
        "ϳ": "j",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "l", "Κ": "K",
        "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "Ϲ": "C",
        # Latin look-alikes and digits
        "ı": "i", "ɩ": "i", "ȷ": "j", "ɡ": "g", "ſ": "f", "ß": "ss",
        "I": "l", "1": "l", "|": "l", "ǀ": "l", "0": "O",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    }
)  # fmt: skip
# Letter pairs that read as one letter in most fonts.
LOOK_ALIKE_PAIRS = (("rn", "m"), ("vv", "w"))

# Role words and the platform's own names: nobody may call themselves by them,
# neither as the whole name nor at its start ("Koordination Netzwerk").
RESERVED_NAMES = (
    "Koordination",
    "Koordinator",
    "Koordinatorin",
    "Moderation",
    "Moderator",
    "Moderatorin",
    "Admin",
    "Administrator",
    "Administration",
    "Redaktion",
    "Trainer",
    "Trainerin",
    "Support",
    "System",
    "Gemeinsam Stark",
    "Wir zusammen",
    "Ansprechperson",
    "Gelöschte Person",
    "Gelöschtes Konto",
)
# The platform's names are reserved anywhere in a name ("Team Gemeinsam Stark").
RESERVED_ANYWHERE = ("Gemeinsam Stark",)


def _skeleton(value: str) -> str:
    value = value.translate(CONFUSABLES)
    for pair, single in LOOK_ALIKE_PAIRS:
        value = value.replace(pair, single)
    return value


def name_keys(value: str) -> set[str]:
    """Return the forms under which a name counts as "the same" as another.

    NFKC folds full-width letters and ligatures, case folding folds case
    and ß, the skeleton folds look-alike letters of other scripts. Two keys:
    mapped before folding, upper case "I" reads as "l" ("Ilse" ~ "llse"); mapped
    after it, "ILSE" ~ "ilse". Runs of spaces count as one.
    """
    normal = " ".join(unicodedata.normalize("NFKC", value).split())
    return {
        _skeleton(normal).casefold(),
        _skeleton(normal.casefold()).casefold(),
    }


def _letters(key: str) -> str:
    """Drop everything but letters and digits: "K.o-o rdination" -> "koordination"."""
    return "".join(char for char in key if char.isalnum())


def _reserved_keys(term: str) -> set[str]:
    return {_letters(key) for key in name_keys(term) | name_keys(term.upper())}


def reserved_name_in(value: str) -> str | None:
    """Return the reserved word a name starts with (or holds), if any."""
    keys = {_letters(key) for key in name_keys(value)}
    for term in RESERVED_NAMES:
        if any(key.startswith(r) for key in keys for r in _reserved_keys(term)):
            return term
    for term in RESERVED_ANYWHERE:
        if any(r in key for key in keys for r in _reserved_keys(term)):
            return term
    return None


def validate_display_name(value: str, *, user_model, exclude_pk=None) -> None:
    """Reject reserved names and names that look like another member's.

    Scans the names in Python: a database cannot compare skeletons, and a city's
    network has a few thousand members, not millions.
    """
    validate_plain_name(value)
    reserved = reserved_name_in(value)
    if reserved is not None:
        raise ValidationError(
            _(
                "„%(word)s“ ist für Rollen und Namen der Plattform reserviert. "
                "Bitte wählen Sie einen anderen Anzeigenamen."
            ),
            code="reserved",
            params={"word": reserved},
        )
    keys = name_keys(value)
    others = user_model.objects.exclude(display_name="")
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    for name in others.values_list("display_name", flat=True).iterator():
        if keys & name_keys(name):
            raise ValidationError(
                _(
                    "Diesen Anzeigenamen (oder einen, der genauso aussieht) "
                    "verwendet schon jemand. Bitte wählen Sie einen anderen, zum "
                    "Beispiel mit dem Anfangsbuchstaben Ihres Nachnamens."
                ),
                code="taken",
            )


# --- Uploaded images ------------------------------------------------------------

# What a re-encoded image may keep of the original's metadata: GIF and PNG
# transparency and animation timing. Everything else (EXIF with GPS, XMP, text
# chunks, comments, colour profiles, bytes after the image) stays behind.
KEPT_IMAGE_INFO = ("transparency", "duration", "loop", "background", "disposal")
IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "GIF": {},
    "WEBP": {"quality": 90},
}
# Animations longer than this are refused rather than held in memory.
MAX_FRAMES = 500
# What Pillow raises for a file that only looks like an image.
UNREADABLE_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError)


def unreadable_image() -> ValidationError:
    return ValidationError(
        _(
            "Diese Datei lässt sich nicht als Bild lesen. Bitte speichern Sie "
            "das Bild neu (zum Beispiel als JPEG oder PNG) und laden Sie es "
            "noch einmal hoch."
        ),
        code="image_unreadable",
    )


class CleanImageFile(ContentFile):
    """An image that was decoded and encoded again here: nothing left to clean."""

    reencoded = True


def reencode_image(uploaded, *, name: str | None = None) -> CleanImageFile:
    """Decode an uploaded image and encode its pixels again.

    A file that is at once a PNG and an HTML page (a polyglot) keeps only the
    picture; camera data such as GPS positions is dropped; the EXIF orientation
    is applied to the pixels first, so photos still stand upright. Anything
    Pillow cannot read whole answers a ValidationError with a plain message.
    """
    from PIL import Image, ImageOps, ImageSequence

    if hasattr(uploaded, "seek"):
        uploaded.seek(0)
    data = uploaded.read()
    name = name or getattr(uploaded, "name", None) or "bild"
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
            if image_format not in IMAGE_FORMATS:
                raise ValidationError(
                    _(
                        "Bitte laden Sie ein Bild im Format JPEG, PNG, GIF oder "
                        "WebP hoch."
                    ),
                    code="image_format",
                )
            kept = {k: image.info[k] for k in KEPT_IMAGE_INFO if k in image.info}
            frames = getattr(image, "n_frames", 1)
            if frames > MAX_FRAMES:
                raise ValidationError(
                    _("Diese Animation hat zu viele Bilder."), code="image_frames"
                )
            if frames > 1:
                pictures = [frame.copy() for frame in ImageSequence.Iterator(image)]
            else:
                image.load()
                pictures = [ImageOps.exif_transpose(image)]
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _(
                "Dieses Bild ist zu groß. Bitte verkleinern Sie es und versuchen "
                "Sie es noch einmal."
            ),
            code="image_too_large",
        ) from error
    except UNREADABLE_IMAGE_ERRORS as error:
        raise unreadable_image() from error
    for picture in pictures:
        picture.info = {}
    options = {**SAVE_OPTIONS[image_format], **kept}
    if len(pictures) > 1:
        options.update(save_all=True, append_images=pictures[1:])
    first = pictures[0]
    if image_format == "JPEG" and first.mode not in ("RGB", "L", "CMYK"):
        first = first.convert("RGB")
    output = io.BytesIO()
    first.save(output, format=image_format, **options)
    clean = CleanImageFile(output.getvalue(), name=name)
    clean.content_type = Image.MIME[image_format]
    return clean
