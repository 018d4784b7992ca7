"""Courses, lessons and the records of who learns what."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.dimensions import Dimension


class CourseIndexPage(Page):
    """The course catalogue."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["learning.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Kurskatalog")


class CoursePage(Page):
    """A course: a sequence of lessons, optionally combined with a training."""

    summary = models.TextField(_("Kurzbeschreibung"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("Kurs")
        verbose_name_plural = _("Kurse")


class LessonPage(Page):
    """One lesson of a course; it names one sense-of-coherence dimension."""

    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("Dauer in Minuten"), default=15
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("dimension"),
        FieldPanel("estimated_minutes"),
    ]
    parent_page_types = ["learning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Lerneinheit")
        verbose_name_plural = _("Lerneinheiten")


class Enrolment(models.Model):
    """A person taking a course; kept when they leave so no record is lost."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.CASCADE, related_name="enrolments"
    )
    started_at = models.DateTimeField(_("Begonnen am"), auto_now_add=True)
    left_at = models.DateTimeField(_("Verlassen am"), null=True, blank=True)
    completed_at = models.DateTimeField(_("Abgeschlossen am"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrolment")
        ]
        verbose_name = _("Kursteilnahme")
        verbose_name_plural = _("Kursteilnahmen")

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None
