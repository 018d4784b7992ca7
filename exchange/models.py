"""Forums of courses and topic groups, their threads and posts, moderation and
notifications."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.i18n import default_locale_only
from cms.routing import live_route_url
from cms.validators import validate_plain_name

TITLE_MAX_LENGTH = 120
DESCRIPTION_MAX_LENGTH = 1000
BODY_MAX_LENGTH = 20_000
REASON_MAX_LENGTH = 1000


class ExchangeIndexPage(RoutablePageMixin, Page):
    """The exchange: forums, topic groups, threads and moderation.

    Every view of the exchange is a route of this page, so renaming or moving it
    moves all of them. Its own address shows the overview with the intro
    edited here.
    """

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("Austausch (Startseite)")

    # Routes hand the request to their view in views.py, imported when called
    # because views import these models.
    @path("", name="index")
    def index_route(self, request):
        from exchange import views

        return views.index(request, self)

    @path("kursforen/", name="course_forums")
    def course_forums_route(self, request):
        from exchange import views

        return views.forum_list(request, self, kind=Forum.Kind.COURSE)

    @path("themengruppen/", name="groups")
    def groups_route(self, request):
        from exchange import views

        return views.forum_list(request, self, kind=Forum.Kind.GROUP)

    @path("themengruppe-vorschlagen/", name="group_propose")
    def group_propose_route(self, request):
        from exchange import views

        return views.group_propose(request, self)

    @path("suche/", name="search")
    def search_route(self, request):
        from exchange import views

        return views.search(request, self)

    @path("moderation/", name="moderation")
    def moderation_route(self, request):
        from exchange import views

        return views.moderation(request, self)

    @path("moderation/gruppe/<int:pk>/", name="group_decide")
    def group_decide_route(self, request, pk: int):
        from exchange import views

        return views.group_decide(request, self, pk)

    @path("moderation/anfrage/<int:pk>/", name="membership_decide")
    def membership_decide_route(self, request, pk: int):
        from exchange import views

        return views.membership_decide(request, self, pk)

    @path("benachrichtigungen/", name="notifications")
    def notifications_route(self, request):
        from exchange import views

        return views.notification_list(request, self)

    @path("benachrichtigungen/<int:pk>/", name="notification_open")
    def notification_open_route(self, request, pk: int):
        from exchange import views

        return views.notification_open(request, self, pk)

    @path("benachrichtigungen/einstellungen/", name="settings")
    def settings_route(self, request):
        from exchange import views

        return views.notification_settings(request, self)

    @path("forum/<slug:slug>/", name="forum")
    def forum_route(self, request, slug: str):
        from exchange import views

        return views.forum_detail(request, self, slug)

    @path("forum/<slug:slug>/beitreten/", name="join")
    def join_route(self, request, slug: str):
        from exchange import views

        return views.forum_join(request, self, slug)

    @path("forum/<slug:slug>/verlassen/", name="leave")
    def leave_route(self, request, slug: str):
        from exchange import views

        return views.forum_leave(request, self, slug)

    @path("forum/<slug:slug>/folgen/", name="follow")
    def follow_route(self, request, slug: str):
        from exchange import views

        return views.forum_follow(request, self, slug)

    @path("forum/<slug:slug>/neues-thema/", name="thread_new")
    def thread_new_route(self, request, slug: str):
        from exchange import views

        return views.thread_new(request, self, slug)

    @path("thema/<int:pk>/", name="thread")
    def thread_route(self, request, pk: int):
        from exchange import views

        return views.thread_detail(request, self, pk)

    @path("thema/<int:pk>/folgen/", name="thread_follow")
    def thread_follow_route(self, request, pk: int):
        from exchange import views

        return views.thread_follow(request, self, pk)

    @path("thema/<int:pk>/moderieren/", name="thread_moderate")
    def thread_moderate_route(self, request, pk: int):
        from exchange import views

        return views.thread_moderate(request, self, pk)

    @path("beitrag/<int:pk>/", name="post")
    def post_route(self, request, pk: int):
        from exchange import views

        return views.post_redirect(request, self, pk)

    @path("beitrag/<int:pk>/bearbeiten/", name="post_edit")
    def post_edit_route(self, request, pk: int):
        from exchange import views

        return views.post_edit(request, self, pk)

    @path("beitrag/<int:pk>/loeschen/", name="post_delete")
    def post_delete_route(self, request, pk: int):
        from exchange import views

        return views.post_delete(request, self, pk)

    @path("beitrag/<int:pk>/melden/", name="post_report")
    def post_report_route(self, request, pk: int):
        from exchange import views

        return views.post_report(request, self, pk)

    @path("beitrag/<int:pk>/ausblenden/", name="post_hide")
    def post_hide_route(self, request, pk: int):
        from exchange import views

        return views.post_hide(request, self, pk)

    @path("beitrag/<int:pk>/ablehnen/", name="post_reject")
    def post_reject_route(self, request, pk: int):
        from exchange import views

        return views.post_reject(request, self, pk)

    @path("beitrag/<int:pk>/moderieren/", name="post_moderate")
    def post_moderate_route(self, request, pk: int):
        from exchange import views

        return views.post_moderate(request, self, pk)


def exchange_url(name: str, *args, **kwargs) -> str:
    """Return the URL of a route of the exchange page (home while there is none)."""
    return live_route_url(ExchangeIndexPage, name, *args, **kwargs) or "/"


class Forum(models.Model):
    """A course forum or a self-organised topic group (Themengruppe)."""

    class Kind(models.TextChoices):
        COURSE = "course", _("Kursforum")
        GROUP = "group", _("Themengruppe")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Vorgeschlagen")
        APPROVED = "approved", _("Freigegeben")
        REJECTED = "rejected", _("Abgelehnt")

    class Visibility(models.TextChoices):
        OPEN = "open", _("Offen für alle Angemeldeten")
        MEMBERS = "members", _("Nur für Mitglieder")

    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    course = models.OneToOneField(
        "learning.CoursePage",
        verbose_name=_("Kurs"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="forum",
    )
    title = models.CharField(
        _("Titel"), max_length=TITLE_MAX_LENGTH, validators=[validate_plain_name]
    )
    slug = models.SlugField(_("Kurzname"), max_length=140, unique=True)
    description = models.TextField(
        _("Beschreibung"), max_length=DESCRIPTION_MAX_LENGTH, blank=True
    )
    topics = models.ManyToManyField(
        "cms.Topic",
        verbose_name=_("Themen"),
        related_name="forums",
        blank=True,
        limit_choices_to=default_locale_only,
    )
    visibility = models.CharField(
        _("Sichtbarkeit"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.OPEN,
    )
    pre_moderation = models.BooleanField(
        _("Beiträge vor Veröffentlichung prüfen"),
        default=False,
        help_text=_("Für sensible Themen: Neue Beiträge warten auf Freigabe."),
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PROPOSED
    )
    founder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Gegründet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="founded_forums",
    )
    decision_reason = models.CharField(
        _("Begründung der Entscheidung"), max_length=REASON_MAX_LENGTH, blank=True
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    last_activity_at = models.DateTimeField(
        _("Letzte Aktivität"), null=True, blank=True, db_index=True
    )
    thread_count = models.PositiveIntegerField(_("Themen"), default=0)

    class Meta:
        ordering = ["title"]
        verbose_name = _("Forum")
        verbose_name_plural = _("Foren und Themengruppen")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return exchange_url("forum", slug=self.slug)

    @property
    def is_group(self) -> bool:
        return self.kind == self.Kind.GROUP

    @property
    def is_open(self) -> bool:
        return self.visibility == self.Visibility.OPEN

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED


class Membership(models.Model):
    """A person in a topic group; moderators run the group with coordinators."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Mitglied")
        MODERATOR = "moderator", _("Moderation")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Angefragt")
        ACTIVE = "active", _("Aktiv")

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_memberships",
    )
    role = models.CharField(
        _("Rolle"), max_length=10, choices=Role.choices, default=Role.MEMBER
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    joined_at = models.DateTimeField(_("Beigetreten am"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["forum", "user"], name="unique_membership")
        ]
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")

    def __str__(self) -> str:
        return f"{self.user} – {self.forum}"


class Thread(models.Model):
    """A topic (Thema) in a forum."""

    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(
        _("Titel"), max_length=TITLE_MAX_LENGTH, validators=[validate_plain_name]
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_threads",
    )
    created_at = models.DateTimeField(_("Begonnen am"), auto_now_add=True)
    # False while the opening post waits for approval in a pre-moderated group.
    is_published = models.BooleanField(_("Veröffentlicht"), default=True)
    pinned = models.BooleanField(_("Angeheftet"), default=False)
    locked = models.BooleanField(_("Geschlossen"), default=False)
    reply_count = models.PositiveIntegerField(_("Antworten"), default=0)
    last_post_at = models.DateTimeField(_("Letzter Beitrag"), db_index=True)
    last_post_author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-pinned", "-last_post_at"]
        indexes = [models.Index(fields=["forum", "-pinned", "-last_post_at"])]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return exchange_url("thread", pk=self.pk)


class Post(models.Model):
    """A contribution (Beitrag); deleted and hidden posts keep their place."""

    class Status(models.TextChoices):
        PUBLISHED = "published", _("Veröffentlicht")
        PENDING = "pending", _("Wartet auf Freigabe")
        REJECTED = "rejected", _("Nicht freigegeben")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    body = models.TextField(_("Text"), max_length=BODY_MAX_LENGTH)
    html = models.TextField(editable=False, blank=True)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED
    )
    created_at = models.DateTimeField(_("Geschrieben am"), auto_now_add=True)
    edited_at = models.DateTimeField(_("Bearbeitet am"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("Gelöscht am"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("Ausgeblendet am"), null=True, blank=True)
    hidden_reason = models.CharField(
        _("Grund für das Ausblenden"), max_length=REASON_MAX_LENGTH, blank=True
    )
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "status", "created_at"])]
        verbose_name = _("Beitrag")
        verbose_name_plural = _("Beiträge")

    def __str__(self) -> str:
        return f"{self.thread} #{self.pk}"

    def get_absolute_url(self) -> str:
        return exchange_url("post", pk=self.pk)

    @property
    def is_visible(self) -> bool:
        """Tell whether the text may be shown (not deleted, hidden or pending)."""
        return (
            self.status == self.Status.PUBLISHED
            and self.deleted_at is None
            and self.hidden_at is None
        )


class Report(models.Model):
    """Someone asks the moderators to look at a post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_reports",
    )
    reason = models.TextField(_("Grund"), max_length=REASON_MAX_LENGTH)
    created_at = models.DateTimeField(_("Gemeldet am"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=Q(resolved_at__isnull=True),
                name="one_open_report_per_person",
            )
        ]
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")

    def __str__(self) -> str:
        return f"{self.post} ({self.created_at:%Y-%m-%d})"


class ModerationAction(models.Model):
    """Every moderation step, with who took it and why."""

    forum = models.ForeignKey(
        Forum, on_delete=models.CASCADE, related_name="moderation_actions"
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("Aktion"), max_length=40)
    reason = models.CharField(_("Grund"), max_length=REASON_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Moderationsschritt")
        verbose_name_plural = _("Moderationsprotokoll")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"


class Subscription(models.Model):
    """Following a whole forum or a single thread."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_subscriptions",
    )
    forum = models.ForeignKey(
        Forum, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    thread = models.ForeignKey(
        Thread,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "forum"],
                condition=Q(thread__isnull=True),
                name="unique_forum_subscription",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(forum__isnull=True),
                name="unique_thread_subscription",
            ),
            models.CheckConstraint(
                condition=Q(forum__isnull=True, thread__isnull=False)
                | Q(forum__isnull=False, thread__isnull=True),
                name="subscription_forum_xor_thread",
            ),
        ]
        verbose_name = _("Abonnement")
        verbose_name_plural = _("Abonnements")

    def __str__(self) -> str:
        return f"{self.user} – {self.forum or self.thread}"


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Sofort per E-Mail")
    DAILY = "daily", _("Einmal täglich als Zusammenfassung")
    NEVER = "never", _("Keine E-Mails (nur in Mein Bereich)")


class NotificationPreference(models.Model):
    """How often a person gets email: in general (no forum) or for one forum."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_notification_preferences",
    )
    forum = models.ForeignKey(
        Forum, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    frequency = models.CharField(
        _("E-Mail-Benachrichtigung"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "forum"], name="unique_forum_preference"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(forum__isnull=True),
                name="unique_general_preference",
            ),
        ]
        verbose_name = _("Benachrichtigungseinstellung")
        verbose_name_plural = _("Benachrichtigungseinstellungen")

    def __str__(self) -> str:
        return f"{self.user} – {self.forum or '*'}: {self.frequency}"


class ModerationPreference(models.Model):
    """How people who moderate hear of reports and posts waiting for approval."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderation_preference",
    )
    frequency = models.CharField(
        _("E-Mail bei Meldungen und Beiträgen, die auf Freigabe warten"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )

    class Meta:
        verbose_name = _("Einstellung für Moderationshinweise")
        verbose_name_plural = _("Einstellungen für Moderationshinweise")

    def __str__(self) -> str:
        return f"{self.user}: {self.frequency}"


class Notification(models.Model):
    """An in-app notification; email markers make sending idempotent."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Neue Antwort")
        NEW_THREAD = "new_thread", _("Neues Thema")
        MENTION = "mention", _("Erwähnung")
        GROUP_DECIDED = "group_decided", _("Entscheidung über Themengruppe")
        POST_MODERATED = "post_moderated", _("Moderation Ihres Beitrags")
        # For the people who moderate the forum (and the coordination).
        REPORTED = "reported", _("Beitrag gemeldet")
        AWAITING = "awaiting", _("Beitrag wartet auf Freigabe")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_notifications",
    )
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    digested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "post"],
                condition=Q(post__isnull=False) & ~Q(kind__in=["reported", "awaiting"]),
                name="one_notification_per_post",
            ),
            # A moderator hears once that a post is reported, however many
            # reports follow, and once that it waits for approval.
            models.UniqueConstraint(
                fields=["recipient", "post", "kind"],
                condition=Q(post__isnull=False, kind__in=["reported", "awaiting"]),
                name="one_moderation_alert_per_post",
            ),
        ]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        verbose_name = _("Benachrichtigung")
        verbose_name_plural = _("Benachrichtigungen")

    def __str__(self) -> str:
        return f"{self.recipient} – {self.kind}"


class ReadState(models.Model):
    """When a person last read a thread, for the unread markers."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="read_states"
    )
    last_read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="unique_read_state")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.thread}"
