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
    text = blocks.TextBlock(label=_("Frage"))
    multiple = blocks.BooleanBlock(
        label=_("Mehrere Antworten sind richtig"), required=False
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Frage")

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


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    pass_mark = blocks.IntegerBlock(
        label=_("Bestehensgrenze in Prozent"),
        default=70,
        min_value=1,
        max_value=100,
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Quiz")
        template = "learning/blocks/quiz.html"

    def get_searchable_content(self, value) -> list[str]:
        # Feedback tells right from wrong: keep it out of the search index.
        content = [value["title"]]
        for question in value["questions"]:
            content.append(question["text"])
            content.extend(answer["text"] for answer in question["answers"])
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
