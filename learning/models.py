"""Courses, lessons and the records of who learns what.

Learners' records (progress, quiz attempts, notes, certificates) keep a copy of
the lesson's title and dimension. A course or lesson that holds such records
cannot be deleted (``PROTECT``, and the admin refuses first with a message):
it is unpublished instead, so editing a course never erases what someone has
learned.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms import roles
from cms.cache import PublicPageMixin
from cms.dimensions import Dimension
from learning.blocks import LessonStreamBlock


class CourseIndexPage(PublicPageMixin, Page):
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

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for(index_page=self, params=request.GET))
        return context


class CoursePage(PublicPageMixin, RoutablePageMixin, Page):
    """A course: a sequence of lessons, optionally combined with a training."""

    summary = models.TextField(_("Kurzbeschreibung"), max_length=400, blank=True)
    intro = RichTextField(
        _("Einführung"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    learning_goals = models.TextField(
        _("Lernziele"), blank=True, help_text=_("Ein Lernziel pro Zeile.")
    )
    audience = models.TextField(_("Zielgruppe"), max_length=500, blank=True)
    easy_language_summary = RichTextField(
        _("Zusammenfassung in Leichter Sprache"),
        blank=True,
        features=["bold", "ul", "link"],
        help_text=_(
            "Kurze Sätze. Eine Aussage pro Satz. Schwere Wörter erklären. Lange "
            "Wörter mit Medio·punkt trennen. Keine Abkürzungen."
        ),
    )
    dimension = models.CharField(
        _("Schwerpunkt"),
        max_length=20,
        choices=Dimension.choices,
        default=Dimension.COMPREHENSIBILITY,
        help_text=_("Die Dimension des Kohärenzgefühls, um die es vor allem geht."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("Geschätzte Dauer in Minuten"), default=60
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="taught_courses",
        verbose_name=_("Trainer:innen"),
        # Editors choose among trainers only, never from every account.
        limit_choices_to={"groups__name": roles.TRAINERS},
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Titelbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("Alternativtext des Titelbilds"),
        max_length=250,
        blank=True,
        help_text=_("Was zeigt das Bild? Leer lassen nur, wenn es rein dekorativ ist."),
    )
    cover_image_decorative = models.BooleanField(
        _("Titelbild ist rein dekorativ"), default=False
    )
    requires_training = models.BooleanField(
        _("Teilnahme an einer Schulung erforderlich"),
        default=False,
        help_text=_(
            "Der Kurs ist erst abgeschlossen, wenn die Person an einer der "
            "zugehörigen Schulungen teilgenommen hat."
        ),
    )

    feedback_questionnaire = models.ForeignKey(
        "cms.Questionnaire",
        verbose_name=_("Fragebogen für Rückmeldungen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wer den Kurs abgeschlossen hat, kann freiwillig und anonym "
            "antworten. Leer lassen = keine Rückmeldung."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        FieldPanel("audience"),
        FieldPanel("easy_language_summary"),
        MultiFieldPanel(
            [FieldPanel("dimension"), FieldPanel("estimated_minutes")],
            heading=_("Einordnung"),
        ),
        FieldPanel("trainers"),
        MultiFieldPanel(
            [
                FieldPanel("cover_image"),
                FieldPanel("cover_image_alt"),
                FieldPanel("cover_image_decorative"),
            ],
            heading=_("Titelbild"),
        ),
        FieldPanel("requires_training"),
        FieldPanel("feedback_questionnaire"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_goals"),
        index.SearchField("audience"),
        index.FilterField("dimension"),
    ]
    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = ["learning.LessonPage"]

    class Meta:
        verbose_name = _("Kurs")
        verbose_name_plural = _("Kurse")

    def clean(self) -> None:
        super().clean()
        if (
            self.cover_image_id
            and not self.cover_image_decorative
            and not self.cover_image_alt.strip()
        ):
            raise ValidationError(
                {
                    "cover_image_alt": _(
                        "Bitte beschreiben Sie das Bild oder markieren Sie es als "
                        "dekorativ."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        from learning.selectors import course_detail, course_panels

        context = super().get_context(request, *args, **kwargs)
        kept = not getattr(request, "is_preview", False)
        context.update(course_detail(course=self, user=request.user, kept=kept))
        context["course_panels"] = course_panels(course=self, request=request)
        return context

    @property
    def goals_list(self) -> list[str]:
        return [
            line.strip() for line in self.learning_goals.splitlines() if line.strip()
        ]

    # Routes hand the request to their view in views.py, imported when called
    # because views import these models.
    @path("rueckmeldung/", name="feedback")
    def feedback_route(self, request):
        from learning import views

        return views.course_feedback(request, self)

    @path("rueckmeldung/ergebnisse/", name="feedback_results")
    def feedback_results_route(self, request):
        from learning import views

        return views.course_feedback_results(request, self)

    @re_path(r"^rueckmeldung/ergebnisse\.csv/?$", name="feedback_results_csv")
    def feedback_results_csv_route(self, request):
        from learning import views

        return views.course_feedback_results_csv(request, self)

    @path("starten/", name="start")
    def start_route(self, request):
        from learning import views

        return views.course_start(request, self)

    @path("verlassen/", name="leave")
    def leave_route(self, request):
        from learning import views

        return views.course_leave(request, self)

    @path("weiter/", name="resume")
    def resume_route(self, request):
        from learning import views

        return views.course_resume(request, self)


class LessonPage(RoutablePageMixin, Page):
    """One lesson of a course; it names one sense-of-coherence dimension."""

    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("Dauer in Minuten"), default=15
    )
    required = models.BooleanField(_("Pflicht für den Abschluss"), default=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("Inhalt"))
    # Kept in step with ``body`` on save, so completion never parses StreamFields.
    has_quiz = models.BooleanField(default=False, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("dimension"),
                FieldPanel("estimated_minutes"),
                FieldPanel("required"),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["learning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Lerneinheit")
        verbose_name_plural = _("Lerneinheiten")

    def save(self, *args, **kwargs):
        self.has_quiz = self.quiz_block is not None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "has_quiz"}
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, quiz_form=None, **kwargs):
        from learning.selectors import lesson_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lesson_detail(
                lesson=self,
                user=request.user,
                params=request.GET,
                quiz_form=quiz_form,
            )
        )
        return context

    @path("erledigt/", name="done")
    def done_route(self, request):
        from learning import views

        return views.lesson_done(request, self)

    @path("quiz/", name="quiz")
    def quiz_route(self, request):
        from learning import views

        return views.quiz_submit(request, self)

    @path("notiz/", name="note")
    def note_route(self, request):
        from learning import views

        return views.note_save(request, self)

    @property
    def quiz_block(self):
        """Return the lesson's quiz (a bound StreamField child) or None."""
        for block in self.body:
            if block.block_type == "quiz":
                return block
        return None


class Enrolment(models.Model):
    """A person taking a course; kept when they leave so no record is lost."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="enrolments"
    )
    started_at = models.DateTimeField(_("Begonnen am"), auto_now_add=True)
    left_at = models.DateTimeField(_("Verlassen am"), null=True, blank=True)
    completed_at = models.DateTimeField(_("Abgeschlossen am"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("Zuletzt aktiv"), null=True, blank=True)

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


class LessonProgress(models.Model):
    """A lesson a person has finished (for a quiz lesson: passed its quiz)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        LessonPage,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="progress",
    )
    lesson_title = models.CharField(_("Lerneinheit"), max_length=255)
    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices
    )
    completed_at = models.DateTimeField(_("Erledigt am"))

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="unique_lesson_progress"
            )
        ]
        verbose_name = _("Lernfortschritt")
        verbose_name_plural = _("Lernfortschritte")

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson_title}"


class QuizAttempt(models.Model):
    """One submitted quiz: the chosen answer ids, the score and the result."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        LessonPage,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="quiz_attempts",
    )
    questions = models.JSONField(
        _("Gestellte Fragen"),
        default=list,
        blank=True,
        help_text=_("Die Fragen dieses Versuchs; leer bei älteren Versuchen: alle."),
    )
    answers = models.JSONField(_("Antworten"), default=dict)
    score = models.PositiveSmallIntegerField(_("Ergebnis in Prozent"))
    pass_mark = models.PositiveSmallIntegerField(_("Bestehensgrenze in Prozent"))
    passed = models.BooleanField(_("Bestanden"), default=False)
    created_at = models.DateTimeField(_("Eingereicht am"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Quiz-Versuch")
        verbose_name_plural = _("Quiz-Versuche")

    def __str__(self) -> str:
        return f"{self.user} – {self.score} %"


class ReflectionNote(models.Model):
    """A private note a learner writes to a reflection prompt; only they see it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reflection_notes",
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="reflection_notes"
    )
    lesson = models.ForeignKey(
        LessonPage,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reflection_notes",
    )
    block_id = models.CharField(max_length=64)
    lesson_title = models.CharField(_("Lerneinheit"), max_length=255)
    prompt = models.TextField(_("Frage"))
    text = models.TextField(_("Notiz"), max_length=5000)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="unique_reflection_note"
            )
        ]
        verbose_name = _("Reflexionsnotiz")
        verbose_name_plural = _("Reflexionsnotizen")

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson_title}"


class RevocationCause(models.TextChoices):
    MANUAL = "manual", _("Widerruf durch die Koordination")
    # Withdrawn automatically when the attendance it rested on was corrected;
    # given back when the course is completed again.
    ATTENDANCE = "attendance", _("Teilnahme an der Schulung nicht mehr erfasst")
    # A required step of a qualification path no longer holds; given back when
    # the path is completed again.
    PATH_STEP = "path_step", _("Ein erforderlicher Schritt des Lernpfads fehlt")


class Certificate(models.Model):
    """A Teilnahmebescheinigung, with a public, unguessable verification code."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    # Kept (with a copy of the title) even if the course page is deleted.
    course = models.ForeignKey(
        CoursePage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    # Set for the certificate of a qualification path (then ``course`` is empty).
    path = models.ForeignKey(
        "learning.QualificationPath",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("Lernpfad"),
    )
    code = models.CharField(_("Prüfcode"), max_length=32, unique=True)
    holder_name = models.CharField(_("Name"), max_length=255)
    course_title = models.CharField(_("Kurs"), max_length=255)
    dimensions = models.JSONField(_("Dimensionen"), default=list)
    minutes = models.PositiveIntegerField(_("Umfang in Minuten"), default=0)
    issued_at = models.DateTimeField(_("Ausgestellt am"))
    pdf = models.FileField(_("PDF"), upload_to="bescheinigungen/", blank=True)
    revoked_at = models.DateTimeField(_("Widerrufen am"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Widerrufen von"),
    )
    revocation_reason = models.CharField(
        _("Grund des Widerrufs"), max_length=300, blank=True
    )
    revocation_cause = models.CharField(
        _("Anlass des Widerrufs"),
        max_length=20,
        choices=RevocationCause.choices,
        blank=True,
    )
    # Set once the holder has been told of the current revocation.
    revocation_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="unique_certificate"
            ),
            models.UniqueConstraint(
                fields=["user", "path"], name="unique_path_certificate"
            ),
        ]
        verbose_name = _("Teilnahmebescheinigung")
        verbose_name_plural = _("Teilnahmebescheinigungen")

    def __str__(self) -> str:
        return f"{self.holder_name} – {self.course_title}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("learning:certificate_verify", args=[self.code])

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


# Qualification paths live in their own module; Django finds them through here.
from learning.path_models import (  # noqa: E402, F401
    PathMembership,
    PathStep,
    QualificationPath,
)
