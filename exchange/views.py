"""Thin views of the exchange: check access, call a service, show the result.

Every view is a route of the exchange page (see ``exchange.models``) and gets
that page, so its links and redirects follow the page when it moves.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.shortcuts import render as django_render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cms import memo
from cms.roles import second_factor_for_staff
from cms.routing import route_url
from exchange import notifications, selectors, services
from exchange.forms import (
    DecisionForm,
    GroupProposalForm,
    PostForm,
    PreferenceForm,
    ReasonForm,
    ThreadForm,
)
from exchange.models import (
    ExchangeIndexPage,
    Forum,
    Membership,
    Notification,
    NotificationPreference,
    Post,
    Subscription,
)
from exchange.rendering import quote_markdown

THREADS_PER_PAGE = 20
FORUMS_PER_PAGE = 24
POSTS_PER_PAGE = 20
NOTIFICATIONS_PER_PAGE = 30
SEARCH_MAX_LENGTH = 200


def render(
    request: HttpRequest,
    page: ExchangeIndexPage,
    template: str,
    context: dict,
    **kwargs,
):
    """Render with the exchange's page, so the main menu marks "Austausch"."""
    unread = (
        _kept(
            request,
            "exchange:unread-notifications",
            selectors.unread_notification_count,
        )
        if request.user.is_authenticated
        else 0
    )
    return django_render(
        request,
        template,
        {"page": page, "unread_notifications": unread, **context},
        **kwargs,
    )


def _kept(request: HttpRequest, name: str, build):
    """``build(user)``: what the person may do or has, asked on every visit,
    kept per person (cms.memo) until a table it read is written to."""
    user = request.user
    return memo.fragment(name, lambda: build(user), user=user)


def _page(request: HttpRequest, items, per_page: int):
    return Paginator(items, per_page).get_page(request.GET.get("seite"))


def _kept_page_of(
    request: HttpRequest, name: str, items, per_page: int, forum, template, **context
) -> str:
    """One page of a list (a forum's threads or a thread's posts with their
    authors' badges, one's notifications), rendered and kept per person and
    address (cms.memo) until anything it read changes: unread markers, edit
    links and moderators' buttons are one's own."""

    def build() -> str:
        page_obj = _page(request, items, per_page)
        if forum is not None:
            selectors.attach_author_badges(forum, page_obj)
        return render_to_string(
            template, {"page_obj": page_obj, **context}, request=request
        )

    return memo.fragment(
        f"{name}:{request.GET.urlencode()}", build, user=request.user, request=request
    )


def _forum(request: HttpRequest, slug: str, check=selectors.can_read) -> Forum:
    forum = selectors.forum_for_slug(slug)
    if forum is None or not check(request.user, forum):
        raise Http404
    return forum


def _thread(request: HttpRequest, pk: int):
    found = _kept(
        request, f"exchange:thread-access:{pk}", lambda user: _thread_access(user, pk)
    )
    if found is None:
        raise Http404
    return found


def _thread_access(user, pk: int):
    """The thread with the reader's marker and whether they moderate it, or
    None when they may not see it."""
    thread = selectors.thread_for_pk(pk, reader=user)
    if thread is None or not selectors.can_read(user, thread.forum):
        return None
    moderator = selectors.can_moderate(user, thread.forum)
    if not thread.is_published and not (moderator or thread.author_id == user.pk):
        return None
    return thread, moderator


def _post(request: HttpRequest, pk: int) -> Post:
    post = (
        Post.objects.select_related("thread__forum__course", "author")
        .filter(pk=pk)
        .first()
    )
    if post is None or not selectors.can_read(request.user, post.thread.forum):
        raise Http404
    if post.status != Post.Status.PUBLISHED and not (
        post.author_id == request.user.pk
        or selectors.can_moderate(request.user, post.thread.forum)
    ):
        raise Http404
    return post


def handles_exchange_errors(view):
    """Turn a broken rule into a message and a way back, never an error page."""

    @wraps(view)
    def wrapper(request, page, *args, **kwargs):
        try:
            return view(request, page, *args, **kwargs)
        except services.ExchangeError as error:
            if error.code == "not_allowed":
                raise Http404 from error
            messages.error(request, error.message)
            back = request.META.get("HTTP_REFERER", "")
            if not url_has_allowed_host_and_scheme(
                back, allowed_hosts={request.get_host()}
            ):
                back = page.url
            return redirect(back)

    return wrapper


# --- overview, groups -----------------------------------------------------------


@login_required
def index(request: HttpRequest, page: ExchangeIndexPage) -> HttpResponse:
    user = request.user

    def overview() -> str:
        return render_to_string(
            "exchange/includes/overview.html",
            {"page": page, **selectors.forum_overview(user)},
            request=request,
        )

    # Kept per person until a forum, membership, enrolment or course changes.
    lists = memo.fragment("exchange:overview", overview, user=user, request=request)
    return render(request, page, "exchange/index.html", {"lists": lists})


@login_required
def forum_list(
    request: HttpRequest, page: ExchangeIndexPage, kind: str
) -> HttpResponse:
    """Every course forum of the person, or every topic group, page by page."""
    if kind == Forum.Kind.COURSE:
        forums = selectors.course_forums_for(request.user)
    else:
        forums = selectors.groups_for(request.user)
    return render(
        request,
        page,
        "exchange/forum_list.html",
        {"kind": kind, "page_obj": _page(request, forums, FORUMS_PER_PAGE)},
    )


@login_required
def group_propose(request: HttpRequest, page: ExchangeIndexPage) -> HttpResponse:
    form = GroupProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            forum = services.group_propose(user=request.user, **form.cleaned_data)
        except services.ExchangeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _(
                    "Danke! Ihr Vorschlag ist eingegangen. Die Koordination prüft "
                    "ihn und gibt die Gruppe frei."
                ),
            )
            return redirect(forum)
    return render(request, page, "exchange/group_propose.html", {"form": form})


@login_required
def forum_detail(
    request: HttpRequest, page: ExchangeIndexPage, slug: str
) -> HttpResponse:
    user = request.user
    context = _kept(
        request, f"exchange:forum-access:{slug}", lambda user: _forum_access(user, slug)
    )
    if context is None:
        raise Http404
    context = dict(context)
    forum, readable, moderator = (
        context["forum"],
        context["readable"],
        context["moderator"],
    )
    if readable:
        context["thread_list"] = _kept_page_of(
            request,
            f"exchange:threads:{forum.pk}:{moderator:d}",
            selectors.thread_list(forum=forum, user=user, moderator=moderator),
            THREADS_PER_PAGE,
            forum,
            "exchange/includes/thread_list.html",
        )
    return render(request, page, "exchange/forum.html", context)


def _forum_access(user, slug: str) -> dict | None:
    """A forum page's facts about the person, or None when they may not see it."""
    forum = selectors.forum_for_slug(slug)
    # Asked before the checks, which then reuse it.
    membership = selectors.membership_of(user, forum) if forum is not None else None
    if forum is None or not selectors.can_see(user, forum):
        return None
    readable = selectors.can_read(user, forum)
    return {
        "forum": forum,
        "readable": readable,
        "can_post": selectors.can_post(user, forum),
        "moderator": selectors.can_moderate(user, forum),
        "membership": membership,
        "following": readable and selectors.is_following(user=user, forum=forum),
    }


@login_required
@require_POST
@handles_exchange_errors
def forum_join(
    request: HttpRequest, page: ExchangeIndexPage, slug: str
) -> HttpResponse:
    forum = _forum(request, slug, check=selectors.can_see)
    membership = services.membership_join(forum=forum, user=request.user)
    if membership.status == Membership.Status.ACTIVE:
        messages.success(request, _("Willkommen! Sie sind jetzt Mitglied der Gruppe."))
    else:
        messages.success(
            request,
            _("Ihre Anfrage ist gesendet. Die Moderation der Gruppe meldet sich."),
        )
    return redirect(forum)


@login_required
@require_POST
@handles_exchange_errors
def forum_leave(
    request: HttpRequest, page: ExchangeIndexPage, slug: str
) -> HttpResponse:
    forum = _forum(request, slug, check=selectors.can_see)
    services.membership_leave(forum=forum, user=request.user)
    messages.success(request, _("Sie haben die Gruppe verlassen."))
    return redirect(page.url)


@login_required
@require_POST
@handles_exchange_errors
def forum_follow(
    request: HttpRequest, page: ExchangeIndexPage, slug: str
) -> HttpResponse:
    forum = _forum(request, slug)
    follow = request.POST.get("folgen") == "1"
    services.follow_set(user=request.user, forum=forum, follow=follow)
    messages.success(
        request,
        _("Sie folgen jetzt allen Themen dieser Gruppe.")
        if follow
        else _("Sie folgen dieser Gruppe nicht mehr."),
    )
    return redirect(forum)


# --- threads and posts ----------------------------------------------------------


@login_required
def thread_new(
    request: HttpRequest, page: ExchangeIndexPage, slug: str
) -> HttpResponse:
    forum = _forum(request, slug, check=selectors.can_post)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_create(
                forum=forum, user=request.user, **form.cleaned_data
            )
        except services.ExchangeError as error:
            form.add_error(None, error.message)
        else:
            if thread.is_published:
                messages.success(request, _("Ihr Thema ist veröffentlicht."))
            else:
                messages.info(
                    request,
                    _(
                        "Ihr Thema wartet auf Freigabe durch die Moderation. "
                        "Erst dann sehen es andere."
                    ),
                )
            return redirect(thread)
    return render(
        request, page, "exchange/thread_new.html", {"forum": forum, "form": form}
    )


@login_required
def thread_detail(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    thread, moderator = _thread(request, pk)
    user = request.user
    forum = thread.forum
    can_post, following = _kept(
        request,
        f"exchange:thread-facts:{pk}",
        lambda user: (
            selectors.can_post(user, forum),
            selectors.is_following(user=user, thread=thread),
        ),
    )
    can_reply = can_post and (not thread.locked or moderator)
    form = PostForm(request.POST or None) if can_reply else None
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            try:
                post = services.post_create(
                    thread=thread, user=user, body=form.cleaned_data["body"]
                )
            except services.ExchangeError as error:
                form.add_error(None, error.message)
            else:
                if post.status == Post.Status.PENDING:
                    messages.info(
                        request,
                        _(
                            "Ihr Beitrag wartet auf Freigabe durch die Moderation. "
                            "Erst dann sehen ihn andere."
                        ),
                    )
                else:
                    messages.success(request, _("Ihr Beitrag ist veröffentlicht."))
                return redirect(post.get_absolute_url())
    elif form is not None and request.GET.get("zitat", "").isdigit():
        quoted = (
            Post.objects.select_related("author")
            .filter(pk=request.GET["zitat"], thread=thread)
            .first()
        )
        if quoted is not None and quoted.is_visible:
            form = PostForm(
                initial={
                    "body": quote_markdown(
                        author_name=quoted.author.public_name
                        if quoted.author
                        else _("Gelöschtes Konto"),
                        body=quoted.body,
                    )
                }
            )

    posts = _kept_page_of(
        request,
        f"exchange:posts:{thread.pk}:{moderator:d}:{form is not None:d}",
        selectors.thread_posts(thread=thread, user=user, moderator=moderator),
        POSTS_PER_PAGE,
        forum,
        "exchange/includes/post_list.html",
        page=page,
        moderator=moderator,
        can_reply=form is not None,
    )
    services.thread_mark_read(thread=thread, user=user)
    return render(
        request,
        page,
        "exchange/thread.html",
        {
            "forum": forum,
            "thread": thread,
            "posts": posts,
            "form": form,
            # Empty, as on every visit (no quote, no mistakes): the same HTML.
            "reply_form_kept": form is not None
            and not form.is_bound
            and not form.initial,
            "moderator": moderator,
            "can_post": can_post,
            "following": following,
        },
    )


@login_required
@require_POST
@handles_exchange_errors
def thread_follow(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    thread, _moderator = _thread(request, pk)
    follow = request.POST.get("folgen") == "1"
    services.follow_set(user=request.user, thread=thread, follow=follow)
    messages.success(
        request,
        _("Sie folgen diesem Thema.")
        if follow
        else _("Sie folgen diesem Thema nicht mehr."),
    )
    return redirect(thread)


@login_required
@second_factor_for_staff
@require_POST
@handles_exchange_errors
def thread_moderate(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    thread, _moderator = _thread(request, pk)
    action = request.POST.get("aktion")
    flags = {
        "anheften": {"pinned": True},
        "loesen": {"pinned": False},
        "schliessen": {"locked": True},
        "oeffnen": {"locked": False},
    }
    if action not in flags:
        raise Http404
    services.thread_set_flags(thread=thread, actor=request.user, **flags[action])
    messages.success(request, _("Das Thema wurde geändert."))
    return redirect(thread)


@login_required
def post_redirect(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    """Open the page of the thread that holds a post, scrolled to it."""
    post = _post(request, pk)
    moderator = selectors.can_moderate(request.user, post.thread.forum)
    before = (
        selectors.thread_posts(
            thread=post.thread, user=request.user, moderator=moderator
        )
        .filter(created_at__lt=post.created_at)
        .count()
    )
    number = before // POSTS_PER_PAGE + 1
    url = route_url(page, "thread", post.thread_id)
    query = f"?seite={number}" if number > 1 else ""
    return redirect(f"{url}{query}#beitrag-{post.pk}")


@login_required
@handles_exchange_errors
def post_edit(request: HttpRequest, page: ExchangeIndexPage, pk: int) -> HttpResponse:
    post = _post(request, pk)
    if post.author_id != request.user.pk:
        raise Http404
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(post=post, user=request.user, **form.cleaned_data)
        except services.ExchangeError as error:
            if error.code == "not_allowed":
                raise
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Ihr Beitrag wurde geändert."))
            return redirect(post.get_absolute_url())
    return render(
        request,
        page,
        "exchange/post_form.html",
        {
            "post": post,
            "thread": post.thread,
            "forum": post.thread.forum,
            "form": form,
            "heading": _("Beitrag bearbeiten"),
            "submit": _("Änderung speichern"),
        },
    )


@login_required
@handles_exchange_errors
def post_delete(request: HttpRequest, page: ExchangeIndexPage, pk: int) -> HttpResponse:
    post = _post(request, pk)
    if post.author_id != request.user.pk:
        raise Http404
    if request.method == "POST":
        services.post_delete(post=post, user=request.user)
        messages.success(request, _("Ihr Beitrag wurde gelöscht."))
        return redirect(post.get_absolute_url())
    return render(
        request,
        page,
        "exchange/post_confirm.html",
        {
            "post": post,
            "thread": post.thread,
            "forum": post.thread.forum,
            "heading": _("Beitrag löschen?"),
            "text": _(
                "Der Text wird entfernt. An seiner Stelle steht dann „Dieser "
                "Beitrag wurde gelöscht“, damit das Gespräch lesbar bleibt."
            ),
            "submit": _("Ja, Beitrag löschen"),
            "danger": True,
        },
    )


def _reason_view(request, page, *, post, heading, text, submit, action, success):
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            action(form.cleaned_data["reason"])
        except services.ExchangeError as error:
            if error.code == "not_allowed":
                raise Http404 from error
            form.add_error(None, error.message)
        else:
            messages.success(request, success)
            return redirect(post.get_absolute_url())
    return render(
        request,
        page,
        "exchange/post_form.html",
        {
            "post": post,
            "thread": post.thread,
            "forum": post.thread.forum,
            "form": form,
            "heading": heading,
            "text": text,
            "submit": submit,
            "show_post": True,
        },
    )


@login_required
def post_report(request: HttpRequest, page: ExchangeIndexPage, pk: int) -> HttpResponse:
    post = _post(request, pk)
    return _reason_view(
        request,
        page,
        post=post,
        heading=_("Beitrag melden"),
        text=_(
            "Die Moderation der Gruppe sieht Ihre Meldung und Ihren Grund. Die "
            "Person, die den Beitrag geschrieben hat, erfährt nicht, wer gemeldet hat."
        ),
        submit=_("Meldung senden"),
        action=lambda reason: services.post_report(
            post=post, user=request.user, reason=reason
        ),
        success=_("Danke. Die Moderation kümmert sich um Ihre Meldung."),
    )


@login_required
@second_factor_for_staff
def post_hide(request: HttpRequest, page: ExchangeIndexPage, pk: int) -> HttpResponse:
    post = _post(request, pk)
    if not selectors.can_moderate(request.user, post.thread.forum):
        raise Http404
    return _reason_view(
        request,
        page,
        post=post,
        heading=_("Beitrag ausblenden"),
        text=_("Der Grund wird an Stelle des Beitrags für alle sichtbar angezeigt."),
        submit=_("Beitrag ausblenden"),
        action=lambda reason: services.post_hide(
            post=post, actor=request.user, reason=reason
        ),
        success=_("Der Beitrag ist ausgeblendet."),
    )


@login_required
@second_factor_for_staff
def post_reject(request: HttpRequest, page: ExchangeIndexPage, pk: int) -> HttpResponse:
    post = _post(request, pk)
    if not selectors.can_moderate(request.user, post.thread.forum):
        raise Http404
    return _reason_view(
        request,
        page,
        post=post,
        heading=_("Beitrag nicht freigeben"),
        text=_("Nur die Person, die den Beitrag geschrieben hat, sieht den Grund."),
        submit=_("Nicht freigeben"),
        action=lambda reason: services.post_reject(
            post=post, actor=request.user, reason=reason
        ),
        success=_("Der Beitrag wurde nicht freigegeben."),
    )


@login_required
@second_factor_for_staff
@require_POST
@handles_exchange_errors
def post_moderate(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    post = _post(request, pk)
    action = request.POST.get("aktion")
    if action == "freigeben":
        services.post_approve(post=post, actor=request.user)
        messages.success(request, _("Der Beitrag ist freigegeben."))
    elif action == "einblenden":
        services.post_unhide(post=post, actor=request.user)
        messages.success(request, _("Der Beitrag ist wieder sichtbar."))
    elif action == "meldungen-schliessen":
        services.reports_dismiss(post=post, actor=request.user)
        messages.success(request, _("Die Meldungen sind erledigt."))
    else:
        raise Http404
    if request.POST.get("weiter") == "queue":
        return redirect(route_url(page, "moderation"))
    return redirect(post.get_absolute_url())


# --- moderation -----------------------------------------------------------------


@login_required
@second_factor_for_staff
def moderation(request: HttpRequest, page: ExchangeIndexPage) -> HttpResponse:
    if not selectors.moderated_forums(request.user).exists():
        raise Http404
    return render(
        request,
        page,
        "exchange/moderation.html",
        {
            **selectors.moderation_queue(request.user),
            "is_coordinator": selectors.is_coordinator(request.user),
        },
    )


@login_required
@require_POST
@handles_exchange_errors
def group_decide(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    if not selectors.is_coordinator(request.user):
        raise Http404
    forum = get_object_or_404(Forum, pk=pk, kind=Forum.Kind.GROUP)
    form = DecisionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    approve = request.POST.get("aktion") == "freigeben"
    services.group_decide(
        forum=forum, actor=request.user, approve=approve, reason=reason
    )
    messages.success(
        request,
        _("Die Themengruppe ist freigegeben.")
        if approve
        else _("Der Vorschlag ist abgelehnt."),
    )
    return redirect(route_url(page, "moderation"))


@login_required
@second_factor_for_staff
@require_POST
@handles_exchange_errors
def membership_decide(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    membership = get_object_or_404(
        Membership.objects.select_related("forum", "user"),
        pk=pk,
        status=Membership.Status.REQUESTED,
    )
    approve = request.POST.get("aktion") == "aufnehmen"
    services.membership_request_decide(
        membership=membership, actor=request.user, approve=approve
    )
    messages.success(
        request,
        _("Die Person ist jetzt Mitglied.")
        if approve
        else _("Die Anfrage ist abgelehnt."),
    )
    return redirect(route_url(page, "moderation"))


# --- search, notifications, settings ----------------------------------------------


@login_required
def search(request: HttpRequest, page: ExchangeIndexPage) -> HttpResponse:
    # NUL cannot go into a PostgreSQL query; nobody means to search for it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_MAX_LENGTH]
    page_obj = None
    if query:
        page_obj = _page(
            request, selectors.search_posts(user=request.user, query=query), 20
        )
    return render(
        request, page, "exchange/search.html", {"query": query, "page_obj": page_obj}
    )


@login_required
def notification_list(request: HttpRequest, page: ExchangeIndexPage) -> HttpResponse:
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        messages.success(
            request, _("Alle Benachrichtigungen sind als gelesen markiert.")
        )
        return redirect(route_url(page, "notifications"))
    notification_list = _kept_page_of(
        request,
        "exchange:notifications",
        selectors.notifications_for(request.user),
        NOTIFICATIONS_PER_PAGE,
        None,
        "exchange/includes/notification_list.html",
    )
    return render(
        request,
        page,
        "exchange/notifications.html",
        {"notification_list": notification_list},
    )


@login_required
def notification_open(
    request: HttpRequest, page: ExchangeIndexPage, pk: int
) -> HttpResponse:
    notification = get_object_or_404(
        Notification.objects.select_related("forum"), pk=pk, recipient=request.user
    )
    services.notifications_mark_read(
        user=request.user, notification_ids=[notification.pk]
    )
    if notification.post_id:
        return redirect(route_url(page, "post", notification.post_id))
    return redirect(notification.forum)


@login_required
def notification_settings(
    request: HttpRequest, page: ExchangeIndexPage
) -> HttpResponse:
    user = request.user
    forum_ids = Subscription.objects.filter(user=user, forum__isnull=False).values(
        "forum_id"
    )
    forums = list(
        selectors.readable_forums(user).filter(pk__in=forum_ids).order_by("title")
    )
    current = dict(
        NotificationPreference.objects.filter(user=user).values_list(
            "forum_id", "frequency"
        )
    )
    moderation = None
    if selectors.moderated_forums(user).exists():
        moderation = next(
            iter(notifications.moderation_frequencies({user.pk}).values())
        )
    form = PreferenceForm(
        request.POST or None, forums=forums, current=current, moderation=moderation
    )
    if request.method == "POST" and form.is_valid():
        services.preference_set(user=user, frequency=form.cleaned_data["general"])
        if moderation is not None:
            services.moderation_preference_set(
                user=user, frequency=form.cleaned_data.get("moderation") or moderation
            )
        for forum in forums:
            choice = form.cleaned_data.get(f"forum_{forum.pk}")
            if choice:
                services.preference_set(user=user, forum=forum, frequency=choice)
            else:
                services.preference_clear(user=user, forum=forum)
        messages.success(request, _("Ihre Einstellungen sind gespeichert."))
        return redirect(route_url(page, "settings"))
    return render(request, page, "exchange/settings.html", {"form": form})


@csrf_exempt
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Stop one kind of email from a link in the email, without logging in.

    The signed token is the credential; mail programs send the one-click POST
    of RFC 8058 without a CSRF token, and the page's button posts the same.
    The address is in mails already sent, so it stays put and is no route.
    """
    page = ExchangeIndexPage.objects.live().first()
    try:
        signing.loads(token, salt=notifications.UNSUBSCRIBE_SALT)
    except signing.BadSignature as error:
        raise Http404 from error
    done, forum = False, None
    if request.method == "POST":
        try:
            _user, forum = notifications.unsubscribe(token=token)
        except ObjectDoesNotExist as error:
            raise Http404 from error
        done = True
    return render(
        request, page, "exchange/unsubscribe.html", {"done": done, "forum": forum}
    )
