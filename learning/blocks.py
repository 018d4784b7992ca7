"""The content blocks of a lesson, including the quiz.

The quiz keeps its correct answers and feedback in the page's StreamField;
the lesson template renders only question and answer texts with their opaque
ids, and ``learning.services.quiz_submit`` scores on the server.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from cms.blocks import (
    RICH_TEXT_FEATURES,
    AccessibleImageBlock,
    DocumentBlock,
    HeadingBlock,
)


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from a third party until the learner asks."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    url = blocks.URLBlock(
        label=_("Adresse bei einem Videodienst"),
        required=False,
        help_text=_(
            "Das Video wird erst nach einem Klick der lernenden Person beim "
            "Videodienst geöffnet."
        ),
    )
    file = DocumentChooserBlock(label=_("Hochgeladene Videodatei"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Abschrift oder Beschreibung"),
        required=False,
        features=RICH_TEXT_FEATURES,
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "learning/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not value.get("file"):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Bitte geben Sie eine Adresse an oder wählen Sie eine Datei.")
                    )
                }
            )
        return value


class LabelledTextBlock(blocks.TextBlock):
    """A text block placed directly in a stream.

    Wagtail shows the block's name in its header but ties no ``<label>`` to
    the textarea, so a screen reader announces an unnamed field (axe:
    critical). The textarea carries the block's name itself.
    """

    @cached_property
    def field(self):
        field = super().field
        field.widget.attrs["aria-label"] = str(self.meta.label)
        return field


class LabelledCharBlock(blocks.CharBlock):
    """A one-line text block with no ``<label>`` of its own (an item of a list).

    Wagtail names a list's items nowhere but in the list's heading; the input
    carries the item's name itself, like ``LabelledTextBlock`` (a char block
    makes its form field when it is made, not on first use).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field.widget.attrs["aria-label"] = self.meta.label


class KeyMessageBlock(LabelledTextBlock):
    class Meta:
        icon = "pick"
        label = _("Merksatz")
        template = "learning/blocks/key_message.html"


class ReflectionBlock(LabelledTextBlock):
    """A question to think about; the learner's answer is a private note."""

    class Meta:
        icon = "edit"
        label = _("Reflexionsfrage")
        template = "learning/blocks/reflection.html"


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    instructions = blocks.RichTextBlock(
        label=_("Anleitung"), features=RICH_TEXT_FEATURES
    )
    minutes = blocks.IntegerBlock(
        label=_("Dauer in Minuten"), required=False, min_value=1, max_value=240
    )

    class Meta:
        icon = "tasks"
        label = _("Praxisübung")
        template = "learning/blocks/exercise.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwort"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Richtig"), required=False)
    feedback = blocks.TextBlock(
        label=_("Rückmeldung zu dieser Antwort"), required=False
    )

    class Meta:
        icon = "radio-full"
        label = _("Antwort")


class QuestionBlock(blocks.StructBlock):
    """A single- or multiple-choice question."""

    text = blocks.TextBlock(label=_("Frage"))
    multiple = blocks.BooleanBlock(
        label=_("Mehrere Antworten sind richtig"), required=False
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Auswahlfrage")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if correct == 0 or (correct > 1 and not value["multiple"]):
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(
                        _(
                            "Markieren Sie genau eine richtige Antwort, oder "
                            "erlauben Sie mehrere Antworten."
                        )
                    )
                }
            )
        return value


def _explanation_block():
    return blocks.TextBlock(
        label=_("Erklärung"),
        required=False,
        help_text=_("Wird erst nach dem Abgeben gezeigt."),
    )


class TrueFalseBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Aussage"))
    true = blocks.BooleanBlock(label=_("Die Aussage ist richtig"), required=False)
    explanation = _explanation_block()

    class Meta:
        icon = "tick-inverse"
        label = _("Richtig oder falsch")


class OrderingBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Aufgabe"))
    items = blocks.ListBlock(
        LabelledCharBlock(label=_("Schritt"), max_length=200),
        label=_("Schritte in der richtigen Reihenfolge"),
        help_text=_("Die Lernenden sehen die Schritte gemischt."),
        min_num=2,
        max_num=8,
    )
    explanation = _explanation_block()

    class Meta:
        icon = "list-ol"
        label = _("Reihenfolge")

    def clean(self, value):
        value = super().clean(value)
        texts = [item.strip().casefold() for item in value["items"]]
        if len(set(texts)) != len(texts):
            raise StructBlockValidationError(
                block_errors={
                    "items": ValidationError(
                        _("Jeder Schritt muss anders lauten als die anderen.")
                    )
                }
            )
        return value


class PairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Begriff"), max_length=200)
    right = blocks.CharBlock(label=_("passt zu"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Paar")


class MatchingBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Aufgabe"))
    pairs = blocks.ListBlock(PairBlock(), label=_("Paare"), min_num=2, max_num=8)
    explanation = _explanation_block()

    class Meta:
        icon = "link"
        label = _("Zuordnung")

    def clean(self, value):
        value = super().clean(value)
        for side in ("left", "right"):
            texts = [pair[side].strip().casefold() for pair in value["pairs"]]
            if len(set(texts)) != len(texts):
                raise StructBlockValidationError(
                    block_errors={
                        "pairs": ValidationError(
                            _(
                                "Jeder Begriff und jede Zuordnung darf nur "
                                "einmal vorkommen."
                            )
                        )
                    }
                )
        return value


class SelfCheckBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Frage"))
    model_answer = blocks.TextBlock(
        label=_("Musterantwort"),
        help_text=_(
            "Wird nach dem Abgeben neben der eigenen Antwort gezeigt; "
            "diese Frage zählt nicht zum Ergebnis."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Selbstkontrolle (ohne Bewertung)")


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of a quiz, one block type per question type.

    Quizzes written before there were several types kept their questions in a
    list ("item" children, or plain dicts from code): those read as choice
    questions with their ids unchanged, so stored attempts still match.
    """

    choice = QuestionBlock()
    true_false = TrueFalseBlock()
    ordering = OrderingBlock()
    matching = MatchingBlock()
    self_check = SelfCheckBlock()

    @staticmethod
    def _as_stream(value):
        if not isinstance(value, (list, tuple)):
            return value
        stream = []
        for child in value:
            if isinstance(child, dict) and "type" not in child:
                child = {"type": "choice", "value": child}
            elif isinstance(child, dict) and child["type"] == "item":
                child = {**child, "type": "choice"}
            stream.append(child)
        return stream

    def to_python(self, value):
        return super().to_python(self._as_stream(value))

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._as_stream(value) for value in values])


SCORED_TYPES = ("choice", "true_false", "ordering", "matching")


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    pass_mark = blocks.IntegerBlock(
        label=_("Bestehensgrenze in Prozent"),
        default=70,
        min_value=1,
        max_value=100,
    )
    questions = QuestionStreamBlock(label=_("Fragen"), min_num=1)
    draw = blocks.IntegerBlock(
        label=_("Fragen pro Versuch"),
        required=False,
        min_value=1,
        help_text=_(
            "Leer lassen: alle Fragen. Eine Zahl: so viele bewertete Fragen "
            "werden bei jedem Versuch zufällig gezogen; Fragen zur "
            "Selbstkontrolle kommen immer dazu."
        ),
    )
    shuffle_answers = blocks.BooleanBlock(
        label=_("Antworten mischen"),
        required=False,
        help_text=_("Zeigt die Antworten jedes Mal in anderer Reihenfolge."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Quiz")
        template = "learning/blocks/quiz.html"

    def clean(self, value):
        value = super().clean(value)
        scored = [
            child for child in value["questions"] if child.block_type in SCORED_TYPES
        ]
        draw = value.get("draw")
        if scored and draw and draw > len(scored):
            raise StructBlockValidationError(
                block_errors={
                    "draw": ValidationError(
                        _("Das Quiz hat nur %(count)s bewertete Fragen.")
                        % {"count": len(scored)}
                    )
                }
            )
        if not scored:
            raise StructBlockValidationError(
                block_errors={
                    "questions": ValidationError(
                        _(
                            "Ein Quiz braucht mindestens eine Frage, die bewertet "
                            "wird (nicht nur Selbstkontrolle)."
                        )
                    )
                }
            )
        return value

    def get_searchable_content(self, value) -> list[str]:
        # Feedback, answers marked right, model answers and the order of steps
        # tell the solution: keep them out of the search index.
        content = [value["title"]]
        for child in value["questions"]:
            content.append(child.value["text"])
            if child.block_type == "choice":
                content.extend(answer["text"] for answer in child.value["answers"])
        return content


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image = AccessibleImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_message = KeyMessageBlock()
    reflection = ReflectionBlock()
    exercise = ExerciseBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {"quiz": {"max_num": 1}}
