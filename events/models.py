"""Trainings (Schulungen) and the calendar they are listed in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.dimensions import Dimension


class EventIndexPage(Page):
    """The calendar of trainings."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Veranstaltungskalender")


class EventPage(Page):
    """A training, in person (Präsenz), online or hybrid."""

    class Format(models.TextChoices):
        IN_PERSON = "praesenz", _("Präsenz")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    summary = models.TextField(_("Kurzbeschreibung"), max_length=400, blank=True)
    format = models.CharField(
        _("Format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices, blank=True
    )
    related_courses = ParentalManyToManyField(
        "learning.CoursePage",
        blank=True,
        related_name="trainings",
        verbose_name=_("Zugehörige Kurse"),
        help_text=_("Die Teilnahme zählt für den Abschluss dieser Kurse."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("format"),
        FieldPanel("dimension"),
        FieldPanel("related_courses"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Schulung")
        verbose_name_plural = _("Schulungen")
