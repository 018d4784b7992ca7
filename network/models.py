"""The network: training requests, directory, ambassadors and situation reports."""

import uuid

from django.conf import settings
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import (
    BaseTranslatableField,
    SynchronizedField,
    TranslatableField,
)

from cms.blocks import RICH_TEXT_FEATURES
from cms.cache import PublicPageMixin, app_tag, public_route
from cms.dimensions import Dimension
from cms.i18n import KeptOnTheOriginalMixin, default_locale_only
from cms.models import NAME_TAKEN, NamedSlugModel
from cms.routing import live_route_url
from cms.validators import validate_plain_name

TITLE_MAX_LENGTH = 120
TEXT_MAX_LENGTH = 2000
MESSAGE_MAX_LENGTH = 2000


class DirectoryEntry(TranslatableMixin, NamedSlugModel):
    """An organisation or service of social and therapeutic work.

    Translations are rows of their own that lend their texts to the German
    entry (``cms.i18n.localize_snippets``); districts, topics, languages and
    the address stay on the German entry.
    """

    class Kind(models.TextChoices):
        COUNSELLING = "beratung", _("Beratungsstelle")
        SENIORS = "senioren", _("Seniorentreff")
        MEETING = "begegnung", _("Begegnungsort")
        YOUTH = "jugend", _("Angebot für junge Menschen")
        MIGRATION = "migration", _("Migration und Integration")
        SELF_HELP = "selbsthilfe", _("Selbsthilfe")
        HEALTH = "gesundheit", _("Gesundheit")
        CRISIS = "krise", _("Krisendienst")

    # Unique per language: a translation starts as a copy of the German name.
    name = models.CharField(_("Name"), max_length=150, validators=[validate_plain_name])
    slug = models.SlugField(_("Kurzname"), max_length=150, unique=True, editable=False)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    description = models.TextField(
        _("Beschreibung"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    how_to_reach = models.TextField(
        _("So erreichen Sie uns"),
        max_length=TEXT_MAX_LENGTH,
        help_text=_("Schlichter Text: Wie nehmen Menschen den ersten Kontakt auf?"),
    )
    districts = models.ManyToManyField(
        "cms.District",
        verbose_name=_("Stadtteile"),
        related_name="directory_entries",
        blank=True,
    )
    topics = models.ManyToManyField(
        "cms.Topic",
        verbose_name=_("Themen"),
        related_name="directory_entries",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    languages = models.ManyToManyField(
        "cms.Language",
        verbose_name=_("Sprachen"),
        related_name="directory_entries",
        blank=True,
    )
    accessibility = models.CharField(_("Barrierefreiheit"), max_length=300, blank=True)
    opening_hours = models.CharField(_("Öffnungszeiten"), max_length=300, blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=80, default="Mülheim an der Ruhr")
    website = models.URLField(_("Webseite"), blank=True)
    is_crisis_service = models.BooleanField(
        _("Krisendienst"),
        default=False,
        help_text=_("Erscheint im Kasten „Hilfe holen“ auf jeder Seite."),
    )
    is_demo = models.BooleanField(_("Demo-Eintrag"), default=False)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("how_to_reach"),
        MultiFieldPanel(
            [
                FieldPanel("districts"),
                FieldPanel("topics"),
                FieldPanel("languages"),
            ],
            heading=_("Wo, worum, in welchen Sprachen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("street"),
                FieldPanel("postcode"),
                FieldPanel("city"),
                FieldPanel("website"),
                FieldPanel("accessibility"),
            ],
            heading=_("Kontakt und Zugang"),
        ),
        FieldPanel("is_crisis_service"),
        FieldPanel("is_demo"),
    ]

    # What translators translate; the rest is the German entry's.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("how_to_reach"),
        TranslatableField("opening_hours"),
        TranslatableField("accessibility"),
        SynchronizedField("kind"),
        SynchronizedField("phone"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("website"),
        SynchronizedField("is_crisis_service"),
        SynchronizedField("is_demo"),
    ]
    # A translation gets a slug of its own (slugs are unique); links use the German one.
    exclude_fields_in_copy = ["slug"]

    class Meta(TranslatableMixin.Meta, NamedSlugModel.Meta):
        verbose_name = _("Verzeichniseintrag")
        verbose_name_plural = _("Verzeichnis")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "name"],
                name="network_directoryentry_unique_name_per_language",
                violation_error_message=NAME_TAKEN,
            )
        ]

    def get_absolute_url(self) -> str:
        return network_url("directory_detail", slug=self.slug)


class AmbassadorProfile(models.Model):
    """A contact person who chose to be found as an ambassador of the network.

    Only what is entered here is shown; the email address never is. Deleting
    the row is the opt-out, so nothing lingers.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ambassador_profile",
    )
    display_name = models.CharField(
        _("Anzeigename"), max_length=50, validators=[validate_plain_name]
    )
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("Stadtteil"),
        on_delete=models.PROTECT,
        related_name="ambassadors",
    )
    topics = models.ManyToManyField(
        "cms.Topic",
        verbose_name=_("Themen"),
        related_name="ambassadors",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    languages = models.ManyToManyField(
        "cms.Language",
        verbose_name=_("Sprachen"),
        related_name="ambassadors",
        blank=True,
    )
    about = models.TextField(
        _("Über mich"),
        max_length=600,
        blank=True,
        validators=[MaxLengthValidator(600)],
    )
    created_at = models.DateTimeField(_("Eingetragen am"), auto_now_add=True)

    class Meta:
        ordering = ["display_name", "pk"]
        verbose_name = _("Botschafter:in")
        verbose_name_plural = _("Botschafter:innen")

    def __str__(self) -> str:
        return self.display_name


class Conversation(models.Model):
    """Messages between an ambassador and one sender, kept on the site.

    The sender is a person with an account or a visitor known only by the
    address they confirmed; that address is never shown to the ambassador,
    nor the ambassador's to them. A visitor's conversation opens with
    ``visitor_token``, which is only ever mailed to them. Unconfirmed
    conversations deliver nothing and are deleted after a few days; every
    conversation is deleted a while after its last message (see the
    retention rules).
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    ambassador = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ambassador_conversations",
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="network_conversations",
    )
    sender_email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    sender_name = models.CharField(
        _("Ihr Name"), max_length=50, blank=True, validators=[validate_plain_name]
    )
    language = models.CharField(max_length=5, default="de")
    visitor_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("Begonnen am"), default=timezone.now)
    # A visitor's address counts only after the link in the mail; a person
    # with an account is confirmed at once.
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    last_message_at = models.DateTimeField(default=timezone.now, db_index=True)
    ambassador_unread = models.PositiveIntegerField(default=0)
    sender_unread = models.PositiveIntegerField(default=0)
    ambassador_read_at = models.DateTimeField(null=True, blank=True)
    sender_read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_message_at", "-pk"]
        indexes = [
            models.Index(fields=["ambassador", "-last_message_at"]),
            models.Index(fields=["sender", "-last_message_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sender__isnull=False) | ~models.Q(sender_email=""),
                name="conversation_has_sender",
            ),
        ]
        verbose_name = _("Gespräch mit Botschafter:in")
        verbose_name_plural = _("Gespräche mit Botschafter:innen")

    def __str__(self) -> str:
        return f"{self.ambassador_id} ↔ {self.sender_id or '-'} ({self.pk})"

    @property
    def is_visitor(self) -> bool:
        return self.sender_id is None

    def sender_label(self) -> str:
        """The sender's name as the ambassador sees it (never an address)."""
        if self.sender_id:
            return self.sender.public_name
        return self.sender_name or _("Besucher:in ohne Konto")


class ConversationMessage(models.Model):
    """One message of a conversation; mailed to the other side once."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    from_ambassador = models.BooleanField(default=False)
    body = models.TextField(
        _("Nachricht"),
        max_length=MESSAGE_MAX_LENGTH,
        validators=[MaxLengthValidator(MESSAGE_MAX_LENGTH)],
    )
    created_at = models.DateTimeField(_("Geschrieben am"), default=timezone.now)
    sent_at = models.DateTimeField(_("Benachrichtigt am"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["conversation", "created_at"])]
        verbose_name = _("Nachricht im Gespräch")
        verbose_name_plural = _("Nachrichten im Gespräch")

    def __str__(self) -> str:
        return f"{self.conversation_id}: {self.created_at:%Y-%m-%d %H:%M}"


class TrainingRequest(models.Model):
    """A training that people in the field ask for (Bedarfsmeldung)."""

    class Format(models.TextChoices):
        IN_PERSON = "praesenz", _("Präsenz")
        ONLINE = "online", _("Online")
        EITHER = "either", _("Präsenz oder online")

    class Status(models.TextChoices):
        OPEN = "open", _("Offen")
        PLANNED = "planned", _("Geplant")
        DECLINED = "declined", _("Abgelehnt")
        MERGED = "merged", _("Zusammengeführt")

    title = models.CharField(
        _("Thema der Schulung"),
        max_length=TITLE_MAX_LENGTH,
        validators=[validate_plain_name],
    )
    description = models.TextField(
        _("Beschreibung"),
        max_length=TEXT_MAX_LENGTH,
        validators=[MaxLengthValidator(TEXT_MAX_LENGTH)],
    )
    format = models.CharField(
        _("Gewünschtes Format"),
        max_length=10,
        choices=Format.choices,
        default=Format.EITHER,
    )
    district = models.ForeignKey(
        "cms.District",
        verbose_name=_("Stadtteil"),
        on_delete=models.PROTECT,
        related_name="training_requests",
    )
    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Gemeldet von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="training_requests",
    )
    status = models.CharField(
        _("Status"),
        max_length=10,
        choices=Status.choices,
        default=Status.OPEN,
        db_index=True,
    )
    public_answer = models.TextField(
        _("Antwort der Koordination"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("Zusammengeführt mit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_requests",
    )
    training = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("Schulung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_requests",
    )
    # Kept in step by the services so that ranking needs no aggregate.
    support_count = models.PositiveIntegerField(
        _("Unterstützungen"), default=0, validators=[MinValueValidator(0)]
    )
    created_at = models.DateTimeField(_("Gemeldet am"), default=timezone.now)

    class Meta:
        ordering = ["-support_count", "-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-support_count", "-created_at"])]
        verbose_name = _("Schulungswunsch")
        verbose_name_plural = _("Schulungswünsche")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return network_url("request_detail", pk=self.pk)

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class Support(models.Model):
    """One person backing a training request; at most once per person."""

    request = models.ForeignKey(
        TrainingRequest, on_delete=models.CASCADE, related_name="supports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="training_request_supports",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["request", "user"], name="unique_support_per_person"
            )
        ]
        verbose_name = _("Unterstützung")
        verbose_name_plural = _("Unterstützungen")

    def __str__(self) -> str:
        return f"{self.user_id} → {self.request_id}"


class ReportSubscription(models.Model):
    """Someone who gets new situation reports as an email digest.

    Either a person with an account (confirmed at once) or just an email
    address, which counts only after the link in the confirmation mail.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="report_subscription",
    )
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    language = models.CharField(max_length=5, default="de")
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    # Only ever mailed to the subscriber: confirms and ends without a login.
    token = models.UUIDField(default=uuid.uuid4, unique=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["email"],
                condition=~models.Q(email=""),
                name="unique_report_subscription_email",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(email=""),
                name="report_subscription_has_recipient",
            ),
        ]
        verbose_name = _("Abo der Lageberichte")
        verbose_name_plural = _("Abos der Lageberichte")

    def __str__(self) -> str:
        return self.email or str(self.user_id)

    @property
    def recipient_email(self) -> str:
        return self.user.email if self.user_id else self.email

    @property
    def recipient_language(self) -> str:
        return self.user.preferred_language if self.user_id else self.language


def network_url(name: str, *args, **kwargs) -> str:
    """Return the URL of a route of the network page (home while there is none)."""
    return live_route_url(NetworkIndexPage, name, *args, **kwargs) or "/"


class NetworkIndexPage(PublicPageMixin, RoutablePageMixin, Page):
    """The network: directory, ambassadors, training requests, districts.

    Every view of the network is a route of this page, so renaming or moving it
    moves all of them. The lists and entries an anonymous visitor reads come
    from the public page cache; forms and actions never do.
    """

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["network.NewsIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Netzwerk (Startseite)")

    def public_cache_tags(self) -> set[str]:
        # Requests name the trainings planned for them.
        return {*super().public_cache_tags(), app_tag("events")}

    # Routes hand the request to their view in views.py, imported when called
    # because views import these models.
    @path("", name="home")
    def home_route(self, request):
        from network import views

        return views.network_home(request, self)

    @public_route
    @path("verzeichnis/", name="directory_list")
    def directory_list_route(self, request):
        from network import views

        return views.directory_list(request, self)

    @public_route
    @path("verzeichnis/<slug:slug>/", name="directory_detail")
    def directory_detail_route(self, request, slug: str):
        from network import views

        return views.directory_detail(request, self, slug)

    @public_route
    @path("botschafter/", name="ambassador_list")
    def ambassador_list_route(self, request):
        from network import views

        return views.ambassador_list(request, self)

    @path("botschafter/mitmachen/", name="ambassador_settings")
    def ambassador_settings_route(self, request):
        from network import views

        return views.ambassador_settings(request, self)

    @path("botschafter/austragen/", name="ambassador_opt_out")
    def ambassador_opt_out_route(self, request):
        from network import views

        return views.ambassador_opt_out(request, self)

    @path("botschafter/<int:pk>/nachricht/", name="ambassador_message")
    def ambassador_message_route(self, request, pk: int):
        from network import views

        return views.ambassador_message(request, self, pk)

    @path("nachrichten/", name="inbox")
    def inbox_route(self, request):
        from network import views

        return views.inbox(request, self)

    @path("nachrichten/<uuid:public_id>/", name="conversation")
    def conversation_route(self, request, public_id):
        from network import views

        return views.conversation(request, self, public_id)

    @public_route
    @path("schulungswuensche/", name="request_list")
    def request_list_route(self, request):
        from network import views

        return views.request_list(request, self)

    @path("schulungswuensche/neu/", name="request_create")
    def request_create_route(self, request):
        from network import views

        return views.request_create(request, self)

    @public_route
    @path("schulungswuensche/<int:pk>/", name="request_detail")
    def request_detail_route(self, request, pk: int):
        from network import views

        return views.request_detail(request, self, pk)

    @path("schulungswuensche/<int:pk>/unterstuetzen/", name="request_support")
    def request_support_route(self, request, pk: int):
        from network import views

        return views.request_support(request, self, pk)

    @path("schulungswuensche/<int:pk>/zurueckziehen/", name="request_withdraw")
    def request_withdraw_route(self, request, pk: int):
        from network import views

        return views.request_withdraw(request, self, pk)

    @path(
        "schulungswuensche/<int:pk>/koordination/<slug:action>/",
        name="request_coordinate",
    )
    def request_coordinate_route(self, request, pk: int, action: str):
        from network import views

        return views.request_coordinate(request, self, pk, action)

    @path("stadtteile/", name="district_overview")
    def district_overview_route(self, request):
        from network import views

        return views.district_overview(request, self)


class NewsIndexPage(PublicPageMixin, RoutablePageMixin, Page):
    """Aktuelles: the situation reports and news of the network."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage", "network.NetworkIndexPage"]
    subpage_types = ["network.ReportPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Aktuelles (Lageberichte)")

    def get_context(self, request, *args, **kwargs):
        from network import selectors

        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = selectors.report_page(
            index=self, number=request.GET.get("seite")
        )
        context["subscribed"] = selectors.is_subscribed(user=request.user)
        return context

    @public_route
    @path("feed/", name="feed")
    def feed(self, request):
        from django.views.decorators.http import condition

        from network.feeds import ReportFeed
        from network.selectors import reports_last_modified

        # Feed readers poll often: answer "not modified" without building.
        view = condition(
            last_modified_func=lambda _request: reports_last_modified(index=self)
        )(ReportFeed(index=self))
        return view(request)

    @public_route
    @path("", name="index")
    def index_route(self, request):
        return self.render(request)


class ReportPage(KeptOnTheOriginalMixin, PublicPageMixin, Page):
    """A numbered situation report (Lagebericht) or a news item."""

    number = models.PositiveIntegerField(
        _("Nummer"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("Laufende Nummer des Lageberichts; leer für eine Nachricht."),
    )
    date = models.DateField(_("Datum"), default=timezone.localdate)
    summary = models.TextField(_("Zusammenfassung"), max_length=400)
    body = RichTextField(_("Bericht"), features=RICH_TEXT_FEATURES)
    topics = ParentalManyToManyField(
        "cms.Topic",
        blank=True,
        related_name="reports",
        verbose_name=_("Themen"),
        limit_choices_to=default_locale_only,
    )
    dimension = models.CharField(
        _("Dimension"), max_length=20, choices=Dimension.choices, blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("date"), FieldPanel("dimension")],
            heading=_("Angaben"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["network.NewsIndexPage"]
    subpage_types: list[str] = []

    # The number is unique and belongs to the German report, which every
    # address serves (cms.i18n): a translation that copied it could not be
    # saved. It is neither copied into a translation nor kept in sync.
    KEPT_ON_THE_ORIGINAL = ("number",)
    override_translatable_fields = [
        BaseTranslatableField(name) for name in KEPT_ON_THE_ORIGINAL
    ]

    class Meta:
        verbose_name = _("Lagebericht")
        verbose_name_plural = _("Lageberichte")

    def get_context(self, request, *args, **kwargs):
        from network import selectors

        context = super().get_context(request, *args, **kwargs)
        context["report_topics"] = selectors.report_topics(report=self)
        return context
