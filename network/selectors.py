"""Reads of the network, each in a fixed number of queries."""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import (
    Count,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from cms.help import help_box_phones
from cms.i18n import (
    active_language,
    default_language,
    in_default_locale,
    localize_related,
    localize_snippets,
    localize_titles,
)
from cms.models import District, Language, Topic
from events import selectors as events_selectors
from network.models import (
    AmbassadorProfile,
    Conversation,
    ConversationMessage,
    DirectoryEntry,
    NewsIndexPage,
    ReportPage,
    ReportSubscription,
    Support,
    TrainingRequest,
)

PER_PAGE = 20
CRISIS_CACHE_KEY = "network:crisis-services"


def paginate(queryset, number, per_page: int = PER_PAGE) -> Page:
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(number or 1)
    except (PageNotAnInteger, EmptyPage):
        return paginator.page(1)


@dataclass
class Filters:
    """The filters a visitor chose, resolved to objects; unknown values noted."""

    district: District | None = None
    topic: Topic | None = None
    language: Language | None = None
    kind: str = ""
    unknown: list[str] = field(default_factory=list)


FILTER_PARAMS = (
    ("stadtteil", "district", "districts"),
    ("thema", "topic", "topics"),
    ("sprache", "language", "languages"),
)


def resolve_filters(params, options: dict) -> Filters:
    """Turn ``?stadtteil=…&thema=…&sprache=…&art=…`` into objects.

    ``options`` holds the lists from ``filter_options()``, so resolving a
    filter costs no query.
    """
    filters = Filters()
    for param, attr, option_key in FILTER_PARAMS:
        slug = (params.get(param) or "").strip()[:80]
        if not slug:
            continue
        by_slug = {item.slug: item for item in options.get(option_key, [])}
        value = by_slug.get(slug)
        if value is None:
            filters.unknown.append(param)
        setattr(filters, attr, value)
    kind = (params.get("art") or "").strip()
    if kind in DirectoryEntry.Kind.values:
        filters.kind = kind
    elif kind:
        filters.unknown.append("art")
    return filters


def district_options() -> list[District]:
    return list(District.objects.only("name", "slug"))


def topic_options() -> list[Topic]:
    """Return the topics to choose from, once each, named in the active language
    (one query; one more in another language than German)."""
    return localize_snippets(
        in_default_locale(Topic.objects).only("name", "slug", "translation_key")
    )


def filter_options() -> dict:
    """Return the districts, topics and languages to choose from (three queries,
    one more for the topics' names in another language than German)."""
    return {
        "districts": district_options(),
        "topics": topic_options(),
        "languages": list(Language.objects.only("name", "slug")),
    }


# Directory -------------------------------------------------------------------


def directory_entries(*, filters: Filters, query: str = "") -> QuerySet:
    entries = in_default_locale(DirectoryEntry.objects)
    if filters.district is not None:
        entries = entries.filter(districts=filters.district)
    if filters.topic is not None:
        entries = entries.filter(topics=filters.topic)
    if filters.language is not None:
        entries = entries.filter(languages=filters.language)
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if query:
        entries = entries.filter(
            Q(name__icontains=query)
            | Q(description__icontains=query)
            | Q(topics__name__icontains=query)
        ).distinct()
    return entries.prefetch_related(
        Prefetch("districts", queryset=District.objects.only("name", "slug")),
        Prefetch(
            "topics", queryset=Topic.objects.only("name", "slug", "translation_key")
        ),
        Prefetch("languages", queryset=Language.objects.only("name", "slug")),
    ).order_by("-is_crisis_service", "name")


def localize_directory_entries(entries) -> list[DirectoryEntry]:
    """Give a page of entries and their topics the texts of their translations
    into the active language (two queries; none in German)."""
    return localize_related(localize_snippets(entries), "topics")


def directory_entry(*, slug: str) -> DirectoryEntry | None:
    return (
        in_default_locale(DirectoryEntry.objects)
        .prefetch_related("districts", "topics", "languages")
        .filter(slug=slug)
        .first()
    )


def crisis_services() -> list[dict]:
    """Return the crisis services for the "Hilfe holen" box in the active
    language, cached (all languages in one entry).

    Numbers that the help box already lists are left out, so the box never
    shows the same line twice. A service not translated into the active
    language keeps its German text and says so (``content_language``).
    """
    services = cache.get(CRISIS_CACHE_KEY)
    if services is None:
        services = _crisis_services_by_language()
        cache.set(CRISIS_CACHE_KEY, services, 60 * 60)
    language = active_language()
    return services.get(language) or services.get(default_language(), [])


def _crisis_services_by_language() -> dict[str, list[dict]]:
    listed = help_box_phones()
    german = [
        entry
        for entry in in_default_locale(DirectoryEntry.objects)
        .filter(is_crisis_service=True)
        .order_by("name")
        .only("translation_key", "name", "phone", "opening_hours")
        if "".join(entry.phone.split()) not in listed
    ]
    default = default_language()
    translations: dict[str, dict] = {}
    if german:
        for row in (
            DirectoryEntry.objects.filter(
                translation_key__in=[entry.translation_key for entry in german]
            )
            .exclude(locale__language_code=default)
            .values("translation_key", "locale__language_code", "name", "opening_hours")
        ):
            translations.setdefault(row["locale__language_code"], {})[
                row["translation_key"]
            ] = row
    by_language = {}
    for language in [default, *translations]:
        rows = translations.get(language, {})
        services = []
        for entry in german:
            row = rows.get(entry.translation_key)
            services.append(
                {
                    "name": row["name"] if row else entry.name,
                    "phone": entry.phone,
                    "hours": (row["opening_hours"] if row else "")
                    or entry.opening_hours,
                    "content_language": language if row else default,
                }
            )
        by_language[language] = services
    return by_language


def forget_crisis_services() -> None:
    cache.delete(CRISIS_CACHE_KEY)


# Ambassadors -----------------------------------------------------------------


def ambassadors(*, filters: Filters) -> QuerySet:
    profiles = AmbassadorProfile.objects.select_related("district")
    if filters.district is not None:
        profiles = profiles.filter(district=filters.district)
    if filters.topic is not None:
        profiles = profiles.filter(topics=filters.topic)
    if filters.language is not None:
        profiles = profiles.filter(languages=filters.language)
    return profiles.prefetch_related(
        Prefetch(
            "topics", queryset=Topic.objects.only("name", "slug", "translation_key")
        ),
        Prefetch("languages", queryset=Language.objects.only("name", "slug")),
    ).only("id", "display_name", "about", "district__name", "district__slug", "user_id")


def ambassador(*, pk) -> AmbassadorProfile | None:
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return (
        AmbassadorProfile.objects.select_related("district")
        .prefetch_related("topics", "languages")
        .filter(pk=pk)
        .first()
    )


# Training requests -------------------------------------------------------------


def training_requests(*, status: str = "open", district: District | None = None):
    requests = TrainingRequest.objects.select_related(
        "district", "author", "training"
    ).only(
        "id",
        "title",
        "description",
        "format",
        "dimension",
        "status",
        "support_count",
        "created_at",
        "public_answer",
        "district__name",
        "district__slug",
        "author__display_name",
        "training__id",
        "training__title",
        "training__url_path",
    )
    if status in TrainingRequest.Status.values:
        requests = requests.filter(status=status)
    if district is not None:
        requests = requests.filter(district=district)
    return requests.order_by("-support_count", "-created_at", "-pk")


def supported_ids(*, user, request_ids) -> set[int]:
    """Return which of these requests the user supports (one query)."""
    if not user.is_authenticated:
        return set()
    return set(
        Support.objects.filter(user=user, request_id__in=list(request_ids)).values_list(
            "request_id", flat=True
        )
    )


def training_request(*, pk) -> TrainingRequest | None:
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return (
        TrainingRequest.objects.select_related(
            "district", "author", "training", "merged_into"
        )
        .filter(pk=pk)
        .first()
    )


def top_open_requests(*, limit: int = 3) -> list[TrainingRequest]:
    return list(training_requests(status="open")[:limit])


def demand_signals(*, limit: int = 20) -> dict:
    """Return crowded trainings and the most supported open requests (3 queries)."""
    return {
        "trainings": events_selectors.waiting_list_demand(limit=limit),
        "requests": top_open_requests(limit=limit),
    }


def requests_of(*, user) -> dict:
    """Return a person's own requests and the ones they support (two queries)."""
    own = list(
        TrainingRequest.objects.filter(author=user)
        .only("id", "title", "status", "support_count")
        .order_by("-created_at")[:10]
    )
    supported = list(
        TrainingRequest.objects.filter(supports__user=user)
        .exclude(author=user)
        .only("id", "title", "status", "support_count")
        .order_by("-created_at")[:10]
    )
    return {"own_requests": own, "supported_requests": supported}


# Situation reports -----------------------------------------------------------


def reports() -> QuerySet:
    return (
        ReportPage.objects.live()
        .public()
        .only(
            "id",
            "title",
            "url_path",
            "number",
            "date",
            "summary",
            "dimension",
            "last_published_at",
        )
        .order_by("-date", "-number")
    )


def report_page(*, index: NewsIndexPage, number) -> Page:
    """Return a page of the index's reports, titled in the active language."""
    page = paginate(reports().child_of(index), number, per_page=10)
    page.object_list = localize_titles(page.object_list, "summary")
    return page


def reports_last_modified(*, index: NewsIndexPage):
    """Return when a report below the index was last published (one query)."""
    return (
        ReportPage.objects.child_of(index)
        .live()
        .aggregate(latest=Max("last_published_at"))["latest"]
    )


def latest_report() -> ReportPage | None:
    """Return the newest German report, titled in the active language."""
    report = in_default_locale(reports()).first()
    return localize_titles([report], "summary")[0] if report else None


def report_topics(*, report: ReportPage) -> list[Topic]:
    """Return the report's topics named in the active language."""
    return localize_snippets(report.topics.all()) if report.pk else []


def news_index() -> NewsIndexPage | None:
    return NewsIndexPage.objects.live().only("id", "url_path", "title").first()


def is_subscribed(*, user) -> bool:
    if not user.is_authenticated:
        return False
    return ReportSubscription.objects.filter(user=user).exists()


# Districts -------------------------------------------------------------------


def _count_per_district(queryset: QuerySet, district_field: str) -> Coalesce:
    counts = (
        queryset.filter(**{district_field: OuterRef("pk")})
        .order_by()
        .values(district_field)
        .annotate(total=Count("pk", distinct=True))
        .values("total")
    )
    return Coalesce(Subquery(counts), 0)


def district_overview() -> list[District]:
    """Return each district with what the network offers there (one query).

    A training with a district of its own counts for that district only.
    Without one it counts for the district of its venue, and for the district
    of every request it was planned for (online trainings have no venue).
    """
    trainings = (
        events_selectors.running_trainings()
        .filter(
            Q(district=OuterRef("pk"))
            | Q(district__isnull=True, venue__district=OuterRef("pk"))
            | Q(district__isnull=True, training_requests__district=OuterRef("pk"))
        )
        .order_by()
        .annotate(group=Value(1))
        .values("group")
        .annotate(total=Count("pk", distinct=True))
        .values("total")
    )
    return list(
        District.objects.annotate(
            open_requests=_count_per_district(
                TrainingRequest.objects.filter(status="open"), "district"
            ),
            trainings=Coalesce(Subquery(trainings), 0),
            active_ambassadors=_count_per_district(
                AmbassadorProfile.objects.all(), "district"
            ),
            services=_count_per_district(DirectoryEntry.objects.all(), "districts"),
        ).order_by("sort_order", "name")
    )


# Inbox -------------------------------------------------------------------------

INBOX_PER_PAGE = 25


@dataclass
class InboxItem:
    conversation: Conversation
    other_name: str
    as_ambassador: bool
    unread: int
    last_body: str


def _other_name(conversation: Conversation, *, as_ambassador: bool) -> str:
    if as_ambassador:
        return conversation.sender_label()
    profile = getattr(conversation.ambassador, "ambassador_profile", None)
    return profile.display_name if profile else conversation.ambassador.public_name


def inbox_page(*, user, number) -> Page:
    """One page of a person's conversations, newest first, in two queries.

    The person is the ambassador or the sender; unconfirmed visitors'
    conversations are not shown (nothing was delivered).
    """
    last_body = ConversationMessage.objects.filter(
        conversation=OuterRef("pk")
    ).order_by("-created_at", "-pk")
    rows = (
        Conversation.objects.filter(
            Q(ambassador=user) | Q(sender=user), confirmed_at__isnull=False
        )
        .select_related("sender", "ambassador", "ambassador__ambassador_profile")
        .annotate(last_body=Subquery(last_body.values("body")[:1]))
        .order_by("-last_message_at", "-pk")
    )
    paginator = Paginator(rows, INBOX_PER_PAGE)
    try:
        page = paginator.page(number or 1)
    except (EmptyPage, PageNotAnInteger):
        page = paginator.page(paginator.num_pages if number else 1)
    items = []
    for conversation in page.object_list:
        as_ambassador = conversation.ambassador_id == user.pk
        items.append(
            InboxItem(
                conversation=conversation,
                other_name=_other_name(conversation, as_ambassador=as_ambassador),
                as_ambassador=as_ambassador,
                unread=conversation.ambassador_unread
                if as_ambassador
                else conversation.sender_unread,
                last_body=conversation.last_body or "",
            )
        )
    page.object_list = items
    return page


def conversation_for(*, public_id, user=None, token=None) -> Conversation | None:
    """A conversation only one of its two sides may open: a person by their
    account, a visitor by the token mailed to them. Anyone else gets None."""
    rows = Conversation.objects.select_related(
        "sender", "ambassador", "ambassador__ambassador_profile"
    )
    if token is not None:
        return rows.filter(visitor_token=token, sender__isnull=True).first()
    if user is None or not user.is_authenticated:
        return None
    return (
        rows.filter(public_id=public_id, confirmed_at__isnull=False)
        .filter(Q(ambassador=user) | Q(sender=user))
        .first()
    )


def conversation_messages(*, conversation: Conversation) -> list[ConversationMessage]:
    """The whole history, oldest first, in one query."""
    return list(conversation.messages.order_by("created_at", "pk"))


def other_name(conversation: Conversation, *, as_ambassador: bool) -> str:
    return _other_name(conversation, as_ambassador=as_ambassador)


UNREAD_FRESH_KEY = "network:unread:fresh"
UNREAD_REFRESH_LOCK = "network:unread:refreshing"


def unread_count(user_id: int) -> int:
    """Unread messages in all of a person's conversations: one query."""
    sums = Conversation.objects.filter(confirmed_at__isnull=False).aggregate(
        mine=Sum("ambassador_unread", filter=Q(ambassador_id=user_id)),
        theirs=Sum("sender_unread", filter=Q(sender_id=user_id)),
    )
    return (sums["mine"] or 0) + (sums["theirs"] or 0)


def unread_total(user) -> int:
    """The header's figure: one cache lookup and no query on any page.

    The services write each person's figure when it changes. After the cache
    was emptied, everyone counts as 0 until one refresh task (at most one a
    minute) has written the figures again.
    """
    from cms import outbox
    from network.services import unread_cache_key

    key = unread_cache_key(user.pk)
    found = cache.get_many([key, UNREAD_FRESH_KEY])
    if key in found:
        return found[key]
    if UNREAD_FRESH_KEY not in found and cache.add(UNREAD_REFRESH_LOCK, 1, 60):
        from network.tasks import unread_totals_refresh_task

        outbox.refresh_after_commit(unread_totals_refresh_task)
    return 0


def unread_totals_refresh() -> int:
    """Write every person's unread figure into the cache; two queries."""
    from network.services import unread_cache_key

    totals: dict[int, int] = {}
    confirmed = Conversation.objects.filter(confirmed_at__isnull=False)
    for column, person in (
        ("ambassador_unread", "ambassador_id"),
        ("sender_unread", "sender_id"),
    ):
        rows = (
            confirmed.filter(**{f"{column}__gt": 0}, **{f"{person}__isnull": False})
            .values(person)
            .annotate(total=Sum(column))
            .values_list(person, "total")
        )
        for user_id, total in rows:
            totals[user_id] = totals.get(user_id, 0) + total
    cache.set_many({unread_cache_key(pk): n for pk, n in totals.items()}, None)
    cache.set(UNREAD_FRESH_KEY, 1, None)
    cache.delete(UNREAD_REFRESH_LOCK)
    return len(totals)
