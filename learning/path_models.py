"""Qualification paths (Lernpfade): steps people take one after another.

A coordinator composes a path in the admin (a snippet) from steps: a course,
one attended training of a topic or a dimension (or one given training), or
taking part in the exchange. Each step is required or optional; a path is taken
in order or freely. People join a path; completing every required step issues
a path certificate (a :class:`~learning.models.Certificate` with ``path`` set),
verified like a course certificate.

Steps point to courses and trainings with ``SET_NULL``: a deleted course or
training leaves the step "nicht mehr verfügbar", never an error.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable

from cms.dimensions import Dimension
from cms.i18n import default_locale_only


class QualificationPath(ClusterableModel):
    """A Lernpfad: an ordered list of steps, composed by the coordination."""

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzname in der Adresse"), max_length=80, unique=True)
    summary = models.TextField(_("Kurzbeschreibung"), max_length=600, blank=True)
    in_order = models.BooleanField(
        _("Schritte der Reihe nach"),
        default=True,
        help_text=_(
            "Ja: Mein Bereich schlägt die Schritte in dieser Reihenfolge vor. "
            "Nein: die Schritte können in beliebiger Reihenfolge gegangen werden."
        ),
    )
    is_open = models.BooleanField(
        _("Offen zum Beitreten"),
        default=True,
        help_text=_("Nur offene Lernpfade werden in Mein Bereich angeboten."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("in_order"),
        FieldPanel("is_open"),
        InlinePanel("steps", label=_("Schritte"), min_num=1),
    ]

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("Lernpfad")
        verbose_name_plural = _("Lernpfade")

    def __str__(self) -> str:
        return self.title


class PathStep(Orderable):
    """One step of a path: a course, a training, or exchange participation."""

    class Kind(models.TextChoices):
        COURSE = "course", _("Kurs abschließen")
        TRAINING = "training", _("An einer Schulung teilnehmen")
        EXCHANGE = "exchange", _("Sich im Austausch beteiligen")

    path = ParentalKey(
        QualificationPath, on_delete=models.CASCADE, related_name="steps"
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    required = models.BooleanField(_("Erforderlich"), default=True)
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("Kurs"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="path_steps",
    )
    training = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Bestimmte Schulung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leer lassen = jede Schulung des Themas oder der Dimension."),
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("Thema der Schulung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    dimension = models.CharField(
        _("Dimension der Schulung"),
        max_length=20,
        choices=Dimension.choices,
        blank=True,
    )
    label = models.CharField(
        _("Bezeichnung"),
        max_length=200,
        blank=True,
        help_text=_("Leer lassen = aus der Art des Schritts gebildet."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("required"),
        FieldPanel("label"),
        FieldPanel("course"),
        PageChooserPanel("training", page_type="events.EventPage"),
        FieldPanel("topic"),
        FieldPanel("dimension"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Schritt")
        verbose_name_plural = _("Schritte")

    def __str__(self) -> str:
        return self.label or self.get_kind_display()

    def clean(self) -> None:
        super().clean()
        if self.kind == self.Kind.COURSE and not self.course_id:
            raise ValidationError({"course": _("Bitte einen Kurs wählen.")})
        if self.kind == self.Kind.TRAINING and not (
            self.training_id or self.topic_id or self.dimension
        ):
            raise ValidationError(
                {
                    "topic": _(
                        "Bitte eine bestimmte Schulung, ein Thema oder eine "
                        "Dimension wählen."
                    )
                }
            )
        if self.training_id and self.training.specific_class.__name__ != "EventPage":
            raise ValidationError({"training": _("Bitte eine Schulung wählen.")})


class PathMembership(models.Model):
    """A person on a path; completed when every required step is done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="path_memberships",
    )
    path = models.ForeignKey(
        QualificationPath, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(_("Beigetreten am"), auto_now_add=True)
    completed_at = models.DateTimeField(_("Abgeschlossen am"), null=True, blank=True)

    class Meta:
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "path"], name="unique_path_membership"
            )
        ]
        verbose_name = _("Teilnahme am Lernpfad")
        verbose_name_plural = _("Teilnahmen an Lernpfaden")

    def __str__(self) -> str:
        return f"{self.user} – {self.path}"
