"""Users, the taxonomy (districts, topics, languages), site settings and the
site-wide pages."""

import datetime

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms import blocks, cache
from cms.cache import PublicPageMixin
from cms.i18n import localize_titles
from cms.validators import validate_plain_name

# German letters spelt out, as people write them in addresses and file names.
GERMAN_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
    }
)


def german_slugify(value: str) -> str:
    """Return a slug that spells German letters out: "Heißen" → "heissen"."""
    return slugify(str(value).translate(GERMAN_TRANSLITERATION))


def unique_slug(value: str, *, queryset, max_length: int, fallback: str) -> str:
    """Return a slug of ``value`` that no row of ``queryset`` has yet.

    A taken slug gets a number: ``trauer``, ``trauer-2``, ``trauer-3``.
    """
    base = german_slugify(value)[:max_length].strip("-") or fallback
    slug, number = base, 1
    while queryset.filter(slug=slug).exists():
        number += 1
        suffix = f"-{number}"
        slug = base[: max_length - len(suffix)] + suffix
    return slug


NAME_TAKEN = _("Diesen Namen gibt es in dieser Sprache schon.")


class NamedSlugModel(models.Model):
    """A name that people choose from, with a slug made once from the name.

    The slug appears in filter links (``?thema=…``), so it stays when the name
    is corrected later.
    """

    name = models.CharField(
        _("Name"), max_length=80, unique=True, validators=[validate_plain_name]
    )
    slug = models.SlugField(_("Kurzname"), max_length=80, unique=True, editable=False)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def validate_constraints(self, exclude=None) -> None:
        # A translatable name is unique per language; the language is no form
        # field, yet an admin form must still say that the name is taken.
        if exclude and getattr(self, "locale_id", None):
            exclude = set(exclude) - {"locale"}
        super().validate_constraints(exclude=exclude)

    def _unique_slug(self) -> str:
        return unique_slug(
            self.name,
            queryset=type(self)._default_manager.exclude(pk=self.pk),
            max_length=self._meta.get_field("slug").max_length,
            fallback=self._meta.model_name,
        )


class District(NamedSlugModel):
    """A Stadtteil (Sozialraum) of the city, kept by coordinators."""

    sort_order = models.PositiveIntegerField(_("Reihenfolge"), default=0)

    class Meta(NamedSlugModel.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("Stadtteil")
        verbose_name_plural = _("Stadtteile")


class Topic(TranslatableMixin, NamedSlugModel):
    """A theme (Thema) of trainings, directory entries, ambassadors and reports.

    Translations (wagtail-localize) are rows of their own that only lend their
    name to the German row (``cms.i18n.localize_snippets``): every relation and
    every ``?thema=`` link points at the German row.
    """

    # Unique per language: a translation starts as a copy of the German name.
    name = models.CharField(_("Name"), max_length=80, validators=[validate_plain_name])

    translatable_fields = [TranslatableField("name")]
    # A translation gets a slug of its own (slugs are unique); links use the German one.
    exclude_fields_in_copy = ["slug"]

    class Meta(TranslatableMixin.Meta, NamedSlugModel.Meta):
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "name"],
                name="cms_topic_unique_name_per_language",
                violation_error_message=NAME_TAKEN,
            )
        ]


class Language(NamedSlugModel):
    """A language in which a service or an ambassador can talk with people."""

    class Meta(NamedSlugModel.Meta):
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)


class User(AbstractUser):
    """A person with an account; the email address is the login."""

    class Language(models.TextChoices):
        GERMAN = "de", _("Deutsch")
        ENGLISH = "en", _("Englisch")

    username = None
    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    display_name = models.CharField(
        _("Anzeigename"),
        max_length=50,
        validators=[validate_plain_name],
        help_text=_(
            "So sehen andere Sie auf der Plattform. Ein Vorname oder ein "
            "Pseudonym genügt."
        ),
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("Stadtteil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
    )
    organisation = models.CharField(_("Organisation"), max_length=120, blank=True)
    preferred_language = models.CharField(
        _("Bevorzugte Sprache"),
        max_length=5,
        choices=Language.choices,
        default=Language.GERMAN,
    )
    # When the person was told that their unused account will be erased.
    inactivity_warned_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")

    def __str__(self) -> str:
        return self.display_name or self.email

    def get_full_name(self) -> str:
        full_name = f"{self.first_name} {self.last_name}".strip()
        return full_name or self.display_name or self.email

    def get_short_name(self) -> str:
        return self.display_name or self.first_name or self.email

    @property
    def public_name(self) -> str:
        """Return the only name other participants ever see."""
        return self.display_name or _("Ansprechperson")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact, imprint and help data that coordinators edit in the admin."""

    @classmethod
    def for_site(cls, site):
        """Every page's footer shows them: read once until they are saved."""
        if site is None:
            return super().for_site(site)
        from cms import memo

        return memo.fragment(
            f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site)
        )

    organisation_name = models.CharField(
        _("Träger"), max_length=200, default="Stadt Mülheim an der Ruhr"
    )
    contact_email = models.EmailField(_("Kontakt-E-Mail"), blank=True)
    contact_phone = models.CharField(_("Kontakttelefon"), max_length=60, blank=True)
    address = models.TextField(_("Anschrift"), blank=True)
    feedback_email = models.EmailField(
        _("E-Mail für Rückmeldungen und Barrieren"), blank=True
    )
    responsible_person = models.CharField(
        _("Verantwortlich nach § 18 MStV"), max_length=200, blank=True
    )
    privacy_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("Seite Datenschutz"),
    )  # fmt: skip
    imprint_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("Seite Impressum"),
    )  # fmt: skip
    accessibility_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("Seite Erklärung zur Barrierefreiheit"),
    )  # fmt: skip
    easy_language_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("Seite Leichte Sprache"),
    )  # fmt: skip

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("feedback_email"),
                FieldPanel("responsible_person"),
            ],
            heading=_("Kontakt und Impressum"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("imprint_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
            ],
            heading=_("Seiten im Fußbereich"),
        ),
    ]

    class Meta:
        verbose_name = _("Einstellungen der Website")


class HelpBox(TranslatableMixin, models.Model):
    """The "Hilfe holen" box on every page: one for the platform, in German
    and in the languages translators give it (wagtail-localize)."""

    intro = models.CharField(
        _("Einleitung"),
        max_length=300,
        # German, whatever the editor's admin language: this is the German box.
        default="Wenn es Ihnen oder jemandem in Ihrer Nähe gerade nicht gut geht:",
    )
    contacts = StreamField(
        [("contact", blocks.HelpContactBlock())],
        blank=True,
        verbose_name=_("Hilfe-Kontakte"),
        help_text=_(
            "Krisendienste aus dem Verzeichnis erscheinen zusätzlich, "
            "Nummern aus dieser Liste nicht doppelt."
        ),
    )

    panels = [FieldPanel("intro"), FieldPanel("contacts")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Kasten „Hilfe holen“")
        verbose_name_plural = _("Kasten „Hilfe holen“")

    def __str__(self) -> str:
        return str(_("Hilfe holen"))

    def clean(self) -> None:
        super().clean()
        # One box per language: the German one is shown, translations lend it text.
        others = type(self).objects.exclude(pk=self.pk)
        if self.locale_id and others.filter(locale_id=self.locale_id).exists():
            raise ValidationError(
                _("Es gibt den Kasten „Hilfe holen“ in dieser Sprache schon.")
            )


SIGN_LANGUAGE_VIDEO_EXTENSIONS = {"mp4", "webm"}


class HomePage(PublicPageMixin, Page):
    """The start page: an introduction and sections that editors arrange."""

    intro = RichTextField(_("Einleitung"), features=["bold", "italic", "link"])
    body = StreamField(blocks.HomeStreamBlock(), blank=True, verbose_name=_("Inhalt"))
    sign_language_video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Video in Deutscher Gebärdensprache"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Eine MP4- oder WebM-Datei, die die Plattform in DGS erklärt. Sie "
            "liegt auf unserem eigenen Server; die Startseite zeigt sie nur, "
            "wenn eine Datei gewählt ist."
        ),
    )
    sign_language_video_duration = models.DurationField(
        _("Dauer des Gebärdensprach-Videos"),
        null=True,
        blank=True,
        help_text=_("Stunden:Minuten:Sekunden, zum Beispiel 0:03:20."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("sign_language_video"),
                FieldPanel("sign_language_video_duration"),
            ],
            heading=_("Deutsche Gebärdensprache (DGS)"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def clean(self) -> None:
        super().clean()
        video = self.sign_language_video
        if video is None:
            return
        if video.file_extension.lower() not in SIGN_LANGUAGE_VIDEO_EXTENSIONS:
            raise ValidationError(
                {
                    "sign_language_video": _(
                        "Bitte wählen Sie eine Videodatei (MP4 oder WebM)."
                    )
                }
            )
        if not self.sign_language_video_duration:
            raise ValidationError(
                {
                    "sign_language_video_duration": _(
                        "Bitte geben Sie die Dauer des Videos an."
                    )
                }
            )

    def public_cache_tags(self) -> set[str]:
        # The sections show what every app offers.
        return {cache.NAV, cache.page_tag(self.pk), cache.ALL_APPS}

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import home_sections_for

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections_for(self, request)
        return context


class StandardPage(PublicPageMixin, Page):
    """A page of text: about the network, privacy, imprint, accessibility."""

    intro = models.TextField(_("Kurzbeschreibung"), blank=True, max_length=500)
    body = StreamField(
        blocks.StandardStreamBlock(), blank=True, verbose_name=_("Inhalt")
    )
    show_in_footer = models.BooleanField(_("Im Fußbereich verlinken"), default=False)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("show_in_footer")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A page with pages below it (such as Leichte Sprache) lists them.
        context["subpages"] = localize_titles(
            StandardPage.objects.child_of(self)
            .live()
            .public()
            .only("id", "title", "url_path", "intro", "translation_key"),
            "intro",
        )
        # Below the home page every parent is a content page: link back to it.
        home_depth = 2
        parent = self.get_parent() if self.depth > home_depth + 1 else None
        context["parent_page"] = localize_titles([parent])[0] if parent else None
        return context


class AccessibilityStatementPage(PublicPageMixin, RoutablePageMixin, Page):
    """The accessibility statement (Erklärung zur Barrierefreiheit).

    It follows the EU model statement: the compliance status, the barriers we
    know of (``cms.accessibility``, kept with the code), how the statement was
    prepared and when it was last reviewed, a feedback form whose reports land
    in the coordination's queue, and the enforcement body of the Land.
    """

    class Conformance(models.TextChoices):
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    intro = models.TextField(_("Kurzbeschreibung"), blank=True, max_length=500)
    conformance = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_(
            "Solange die Erklärung bekannte Barrieren nennt, ist die Plattform "
            "nur teilweise vereinbar."
        ),
    )
    body = StreamField(
        blocks.StandardStreamBlock(),
        blank=True,
        verbose_name=_("Weitere Angaben"),
        help_text=_(
            "Zum Beispiel Barrieren in Inhalten, die nur die Redaktion kennt. Die "
            "bekannten Barrieren der Software, die Prüfmethode, das Formular und "
            "die Ombudsstelle zeigt die Seite von selbst."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("conformance"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")

    def public_cache_tags(self) -> set[str]:
        # The sign-language item depends on the start page's video.
        return {
            cache.NAV,
            cache.page_tag(self.pk),
            cache.page_tag(self.get_parent().pk),
        }

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import accessibility_statement

        context = super().get_context(request, *args, **kwargs)
        context.update(accessibility_statement(self))
        return context

    @path("rueckmeldung/", name="feedback")
    def feedback_route(self, request):
        from cms import views

        return views.accessibility_feedback(request, self)


def _answer_due() -> datetime.date:
    from cms.accessibility import ANSWER_WITHIN_DAYS

    return timezone.localdate() + datetime.timedelta(days=ANSWER_WITHIN_DAYS)


class AccessibilityFeedback(models.Model):
    """A report of a barrier, sent through the accessibility statement.

    It lands in the coordination's queue (admin: Barriere-Meldungen) and must be
    answered within a month. Name and address are optional; without an address
    nobody can be answered, and the report still counts.
    """

    class Status(models.TextChoices):
        NEW = "new", _("Neu")
        IN_PROGRESS = "in_progress", _("In Bearbeitung")
        ANSWERED = "answered", _("Beantwortet")
        CLOSED = "closed", _("Erledigt")

    received_at = models.DateTimeField(_("Eingegangen"), default=timezone.now)
    user = models.ForeignKey(
        User,
        verbose_name=_("Konto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("Name"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    page_url = models.CharField(_("Wo ist die Barriere?"), max_length=500, blank=True)
    message = models.TextField(_("Beschreibung der Barriere"), max_length=5000)
    language = models.CharField(_("Sprache"), max_length=5, default="de")
    status = models.CharField(
        _("Stand"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    answer_due = models.DateField(_("Antwort fällig am"), default=_answer_due)
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)
    note = models.TextField(
        _("Notiz der Koordination"),
        blank=True,
        help_text=_(
            "Nur für die Koordination: was getan wurde, was geantwortet wurde."
        ),
    )

    class Meta:
        ordering = ["status", "answer_due", "pk"]
        verbose_name = _("Barriere-Meldung")
        verbose_name_plural = _("Barriere-Meldungen")

    def __str__(self) -> str:
        # No words of the report: this label also lands in the admin's log.
        return _("Meldung %(number)s vom %(date)s") % {
            "number": self.pk,
            "date": timezone.localtime(self.received_at).strftime("%d.%m.%Y"),
        }

    def save(self, *args, **kwargs) -> None:
        # An answer has a day; reopening a report clears it.
        if self.status in {self.Status.ANSWERED, self.Status.CLOSED}:
            self.answered_at = self.answered_at or timezone.now()
        else:
            self.answered_at = None
        super().save(*args, **kwargs)

    @property
    def overdue(self) -> bool:
        return (
            self.status in {self.Status.NEW, self.Status.IN_PROGRESS}
            and self.answer_due < timezone.localdate()
        )


class SentMail(models.Model):
    """The key of one e-mail that went out, so a retried task sends it only once.

    The key is kind + object + version + recipient. Only the key is kept, never
    the subject or body; a recipient without an account is kept as a keyed hash
    of the address, not the address itself.
    """

    kind = models.CharField(max_length=60)
    object_key = models.CharField(max_length=60)
    version = models.CharField(max_length=60, blank=True, default="")
    recipient = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    address_hash = models.CharField(max_length=64, blank=True, default="")
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)
    # False while the mail is being handed to the mail server (``sent_at`` is
    # then the moment of the claim): a claim that is never confirmed is sent
    # again once it is older than ``MAIL_CLAIM_TIMEOUT``.
    confirmed = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_key", "version", "recipient"],
                condition=models.Q(recipient__isnull=False),
                name="unique_sent_mail_to_person",
            ),
            models.UniqueConstraint(
                fields=["kind", "object_key", "version", "address_hash"],
                condition=models.Q(recipient__isnull=True),
                name="unique_sent_mail_to_address",
            ),
        ]
        verbose_name = _("Versandte E-Mail")
        verbose_name_plural = _("Versandte E-Mails")

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_key}:{self.version}"


class Outbox(models.Model):
    """One side effect (a task and its arguments) to run after its change commits.

    The row is written in the same transaction as the change that causes it,
    so a rolled-back change leaves no row and a committed one always has its
    row, even when the broker or a worker is down. ``cms.outbox`` dispatches it
    after the commit, claims it before running, counts the attempts here and
    marks it sent; the minutely sweep runs again what is due and not sent.
    """

    kind = models.CharField(max_length=200)
    key = models.CharField(max_length=100)
    payload = models.JSONField(default=dict, blank=True)
    # The person the side effect is for, when there is one (export, erasure).
    recipient = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    due_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    max_attempts = models.PositiveSmallIntegerField(default=8)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="unique_outbox_key")
        ]
        indexes = [
            models.Index(
                fields=["due_at"],
                condition=models.Q(sent_at__isnull=True, failed_at__isnull=True),
                name="outbox_waiting",
            )
        ]
        verbose_name = _("Ausstehende Aufgabe")
        verbose_name_plural = _("Ausstehende Aufgaben")

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"


def _private_storage():
    from django.core.files.storage import storages

    return storages["private"]


class DataExport(models.Model):
    """A person's data export (Art. 15/20): a ZIP kept privately for 24 hours."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="data_exports"
    )
    secret = models.CharField(max_length=64, unique=True, editable=False)
    file = models.FileField(
        storage=_private_storage, upload_to="exporte/", blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    ready_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Datenexport")
        verbose_name_plural = _("Datenexporte")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M}"


# Questionnaires live in their own module; importing them here registers them.
from cms.questionnaires import (  # noqa: E402, F401
    Answer,
    Invitation,
    Question,
    Questionnaire,
    Response,
    Survey,
)
