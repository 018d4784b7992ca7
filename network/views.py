"""Thin views of the network: read with selectors, write with services.

The views of the network page and of the situation reports are routes of those
pages (see ``network.models``) and get the page. Links from mails (replies,
confirming or ending a subscription) belong to no page and stay put.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect
from django.shortcuts import render as django_render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cms import memo, ratelimit, roles
from cms.i18n import localize_related
from cms.routing import route_url
from network import forms, selectors, services
from network.models import (
    AmbassadorProfile,
    NetworkIndexPage,
    TrainingRequest,
    network_url,
)
from network.services import NetworkError

SEARCH_MAX_LENGTH = 100
UNKNOWN_FILTER = {
    "stadtteil": gettext_lazy(
        "Diesen Stadtteil gibt es nicht; es werden alle Stadtteile gezeigt."
    ),
    "thema": gettext_lazy("Dieses Thema gibt es nicht; es werden alle Themen gezeigt."),
    "sprache": gettext_lazy(
        "Diese Sprache gibt es nicht; es werden alle Sprachen gezeigt."
    ),
    "art": gettext_lazy("Diese Art von Angebot gibt es nicht; es werden alle gezeigt."),
}


def render(request: HttpRequest, page, template: str, context=None, **kwargs):
    """Render with the network's page, so the main menu marks "Netzwerk"."""
    return django_render(request, template, {"page": page, **(context or {})}, **kwargs)


def _warn_unknown(request: HttpRequest, unknown: list[str]) -> None:
    """Tell the visitor which filter values do not exist (keys of UNKNOWN_FILTER)."""
    for key in unknown:
        messages.warning(request, UNKNOWN_FILTER[key])


def network_home(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    return render(
        request,
        page,
        "network/network_home.html",
        {
            "is_coordinator": roles.is_coordinator(request.user),
            "news_index": selectors.news_index(),
        },
    )


# Directory -------------------------------------------------------------------


def directory_list(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    """The directory with its filters and results.

    Filters and results are the same for everyone who asks with the same
    query, so they are kept for all (cms.memo) until an entry, a district, a
    topic or a language changes; only the warnings about unknown filter values
    are added for each visitor.
    """

    def build() -> tuple[str, list[str]]:
        options = selectors.filter_options()
        filters = selectors.resolve_filters(request.GET, options)
        query = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
        page_obj = selectors.paginate(
            selectors.directory_entries(filters=filters, query=query),
            request.GET.get("seite"),
        )
        page_obj.object_list = selectors.localize_directory_entries(
            page_obj.object_list
        )
        html = render_to_string(
            "network/_directory_results.html",
            {
                "page": page,
                "page_obj": page_obj,
                "filters": filters,
                "query": query,
                "kinds": selectors.DirectoryEntry.Kind.choices,
                **options,
            },
            request=request,
        )
        return html, list(filters.unknown)

    results, unknown = memo.fragment(
        f"directory:{page.pk}:{request.GET.urlencode()}", build
    )
    _warn_unknown(request, unknown)
    # Rendered by our own template, escaped there.
    return render(
        request, page, "network/directory_list.html", {"results": mark_safe(results)}
    )


def directory_detail(
    request: HttpRequest, page: NetworkIndexPage, slug: str
) -> HttpResponse:
    entry = selectors.directory_entry(slug=slug)
    if entry is None:
        raise Http404
    selectors.localize_directory_entries([entry])
    return render(request, page, "network/directory_detail.html", {"entry": entry})


# Ambassadors -----------------------------------------------------------------


def ambassador_list(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    options = selectors.filter_options()
    filters = selectors.resolve_filters(request.GET, options)
    _warn_unknown(request, filters.unknown)
    page_obj = selectors.paginate(
        selectors.ambassadors(filters=filters), request.GET.get("seite")
    )
    page_obj.object_list = localize_related(page_obj.object_list, "topics")
    return render(
        request,
        page,
        "network/ambassador_list.html",
        {"page_obj": page_obj, "filters": filters, **options},
    )


@login_required
def ambassador_settings(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    profile = AmbassadorProfile.objects.filter(user=request.user).first()
    initial = {
        "display_name": request.user.display_name,
        "district": request.user.district_id,
    }
    form = forms.AmbassadorForm(
        request.POST or None, instance=profile, initial=None if profile else initial
    )
    if request.method == "POST":
        if form.is_valid():
            services.ambassador_opt_in(
                user=request.user,
                display_name=form.cleaned_data["display_name"],
                district=form.cleaned_data["district"],
                topics=list(form.cleaned_data["topics"]),
                languages=list(form.cleaned_data["languages"]),
                about=form.cleaned_data["about"],
            )
            messages.success(
                request, _("Sie sind jetzt als Botschafter:in im Netzwerk sichtbar.")
            )
            return redirect(route_url(page, "ambassador_settings"))
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(
        request,
        page,
        "network/ambassador_settings.html",
        {"form": form, "profile": profile},
    )


@login_required
@require_POST
def ambassador_opt_out(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    if services.ambassador_opt_out(user=request.user):
        messages.success(
            request,
            _("Sie sind nicht mehr als Botschafter:in eingetragen. Das gilt sofort."),
        )
    else:
        messages.info(request, _("Sie waren nicht als Botschafter:in eingetragen."))
    return redirect(route_url(page, "ambassador_settings"))


def ambassador_message(
    request: HttpRequest, page: NetworkIndexPage, pk: int
) -> HttpResponse:
    """Write to an ambassador: with an account, or as a visitor whose address
    is confirmed by mail before anything goes out."""
    profile = selectors.ambassador(pk=pk)
    if profile is None:
        messages.error(request, NetworkError.messages["ambassador_gone"])
        return redirect(route_url(page, "ambassador_list"))
    visitor = not request.user.is_authenticated
    form_class = forms.VisitorMessageForm if visitor else forms.MessageForm
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if visitor:
                services.visitor_message_send(
                    ambassador_id=profile.pk,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    body=form.cleaned_data["body"],
                    language=request.LANGUAGE_CODE,
                    client_key=ratelimit.client_key(request),
                )
            else:
                sent = services.ambassador_message_send(
                    sender=request.user,
                    ambassador_id=profile.pk,
                    body=form.cleaned_data["body"],
                )
        except NetworkError as error:
            messages.error(request, str(error))
            if error.code == "ambassador_gone":
                return redirect(route_url(page, "ambassador_list"))
        else:
            if visitor:
                messages.success(
                    request,
                    _(
                        "Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse "
                        "über den Link in der E-Mail, die wir Ihnen gerade "
                        "geschickt haben. Erst dann wird die Nachricht an "
                        "%(name)s weitergeleitet."
                    )
                    % {"name": profile.display_name},
                )
                return redirect(route_url(page, "ambassador_list"))
            messages.success(
                request,
                _(
                    "Ihre Nachricht an %(name)s ist unterwegs. Die Antwort finden "
                    "Sie hier in Ihren Nachrichten; Sie bekommen dazu eine E-Mail."
                )
                % {"name": profile.display_name},
            )
            return redirect(
                route_url(page, "conversation", sent.conversation.public_id)
            )
    elif request.method == "POST":
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(
        request,
        page,
        "network/ambassador_message.html",
        {"form": form, "profile": profile, "visitor": visitor},
    )


@login_required
def message_reply(request: HttpRequest, public_id) -> HttpResponse:
    """Links in mails sent before the inbox existed lead to the inbox."""
    return redirect(network_url("inbox"))


@login_required
def inbox(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    page_obj = selectors.inbox_page(user=request.user, number=request.GET.get("seite"))
    return render(
        request,
        page,
        "network/inbox.html",
        {
            "page_obj": page_obj,
            "retention_months": services.CONVERSATION_RETENTION_MONTHS,
            "is_ambassador": AmbassadorProfile.objects.filter(
                user=request.user
            ).exists(),
        },
    )


def _conversation_response(
    request: HttpRequest,
    conversation,
    *,
    side: str,
    user,
    back_url: str,
    template: str,
    page=None,
):
    """Show the history and the reply form to one side; mark it read."""
    form = forms.ReplyForm(request.POST or None)
    if request.method == "POST" and conversation.confirmed_at is not None:
        if form.is_valid():
            try:
                services.conversation_reply(
                    conversation=conversation, body=form.cleaned_data["body"], user=user
                )
            except NetworkError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Ihre Nachricht ist unterwegs."))
                return redirect(request.path)
        else:
            messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    as_ambassador = side == "ambassador"
    read_before = (
        conversation.ambassador_read_at
        if as_ambassador
        else conversation.sender_read_at
    )
    history = selectors.conversation_messages(conversation=conversation)
    for message in history:
        message.mine = message.from_ambassador == as_ambassador
        message.is_new = not message.mine and (
            read_before is None or message.created_at > read_before
        )
    if conversation.confirmed_at is not None and request.method == "GET":
        services.conversation_mark_read(conversation=conversation, side=side)
    ambassador_active = AmbassadorProfile.objects.filter(
        user_id=conversation.ambassador_id
    ).exists()
    context = {
        "conversation": conversation,
        "history": history,
        "form": form,
        "other_name": selectors.other_name(conversation, as_ambassador=as_ambassador),
        "as_ambassador": as_ambassador,
        "can_reply": conversation.confirmed_at is not None
        and (as_ambassador or ambassador_active),
        "ambassador_active": ambassador_active,
        "back_url": back_url,
        "retention_months": services.CONVERSATION_RETENTION_MONTHS,
        "unconfirmed_days": services.UNCONFIRMED_LIFETIME.days,
    }
    if page is not None:
        return render(request, page, template, context)
    return django_render(request, template, context)


@login_required
def conversation(
    request: HttpRequest, page: NetworkIndexPage, public_id
) -> HttpResponse:
    found = selectors.conversation_for(public_id=public_id, user=request.user)
    if found is None:
        raise Http404
    return _conversation_response(
        request,
        found,
        side=services.side_of(found, request.user),
        user=request.user,
        back_url=route_url(page, "inbox"),
        template="network/conversation.html",
        page=page,
    )


def visitor_conversation(request: HttpRequest, token) -> HttpResponse:
    """A visitor's conversation, opened by the link mailed to them.

    The first visit asks to confirm the address with a button (a POST):
    mail scanners that open links must not confirm for the visitor.
    """
    found = selectors.conversation_for(public_id=None, token=token)
    if found is None:
        raise Http404
    if request.method == "POST" and request.POST.get("aktion") == "bestaetigen":
        try:
            if services.visitor_conversation_confirm(conversation=found):
                messages.success(
                    request,
                    _(
                        "Danke! Ihre Adresse ist bestätigt und Ihre Nachricht "
                        "unterwegs. Antworten lesen Sie auf dieser Seite; wir "
                        "schicken Ihnen dazu eine E-Mail."
                    ),
                )
        except NetworkError as error:
            messages.error(request, str(error))
        return redirect(request.path)
    return _conversation_response(
        request,
        found,
        side="sender",
        user=None,
        back_url=network_url("ambassador_list"),
        template="network/visitor_conversation.html",
    )


# Training requests -------------------------------------------------------------

STATUS_TABS = (
    ("open", gettext_lazy("Offen")),
    ("planned", gettext_lazy("Geplant")),
    ("declined", gettext_lazy("Abgelehnt")),
)


def request_list(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    status = request.GET.get("status", "open")
    if status not in dict(STATUS_TABS):
        status = "open"

    def build() -> tuple[str, list]:
        districts = selectors.district_options()
        filters = selectors.resolve_filters(request.GET, {"districts": districts})
        page_obj = selectors.paginate(
            selectors.training_requests(status=status, district=filters.district),
            request.GET.get("seite"),
        )
        html = render_to_string(
            "network/_request_results.html",
            {
                "page_obj": page_obj,
                "status": status,
                "status_tabs": STATUS_TABS,
                "filters": filters,
                "districts": districts,
                "supported": selectors.supported_ids(
                    user=request.user, request_ids=[r.pk for r in page_obj]
                ),
            },
            request=request,
        )
        return html, list(filters.unknown)

    # Kept per person (their support, their forms) until a request, a
    # support or a district changes (cms.memo).
    results, unknown = memo.fragment(
        f"network:requests:{page.pk}:{request.GET.urlencode()}",
        build,
        user=request.user,
        request=request,
    )
    _warn_unknown(request, unknown)
    # Rendered by our own template, escaped there.
    return render(
        request, page, "network/request_list.html", {"results": mark_safe(results)}
    )


@login_required
def request_create(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    form = forms.TrainingRequestForm(
        request.POST or None, initial={"district": request.user.district_id}
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                created = services.training_request_create(
                    author=request.user, **form.cleaned_data
                )
            except NetworkError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _(
                        "Danke! Ihr Schulungswunsch ist jetzt sichtbar, und andere "
                        "können ihn unterstützen."
                    ),
                )
                return redirect(created)
        else:
            messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(request, page, "network/request_form.html", {"form": form})


def request_detail(
    request: HttpRequest, page: NetworkIndexPage, pk: int
) -> HttpResponse:
    training_request = selectors.training_request(pk=pk)
    if training_request is None:
        raise Http404
    is_coordinator = roles.is_coordinator(request.user)
    context = {
        "training_request": training_request,
        "supports": bool(selectors.supported_ids(user=request.user, request_ids=[pk])),
        "is_coordinator": is_coordinator,
    }
    if is_coordinator:
        context.update(
            answer_form=forms.AnswerForm(
                prefix="antworten", initial={"answer": training_request.public_answer}
            ),
            plan_form=forms.PlanForm(
                prefix="planen", initial={"training": training_request.training_id}
            ),
            decline_form=forms.DeclineForm(prefix="ablehnen"),
            merge_form=forms.MergeForm(
                prefix="zusammenfuehren", exclude_pk=training_request.pk
            ),
        )
    return render(request, page, "network/request_detail.html", context)


@login_required
@require_POST
def request_support(
    request: HttpRequest, page: NetworkIndexPage, pk: int
) -> HttpResponse:
    return _support_action(request, page, pk, withdraw=False)


@login_required
@require_POST
def request_withdraw(
    request: HttpRequest, page: NetworkIndexPage, pk: int
) -> HttpResponse:
    return _support_action(request, page, pk, withdraw=True)


def _support_action(
    request: HttpRequest, page: NetworkIndexPage, pk: int, *, withdraw: bool
) -> HttpResponse:
    training_request = selectors.training_request(pk=pk)
    if training_request is None:
        raise Http404
    try:
        if withdraw:
            services.training_request_withdraw(
                request=training_request, user=request.user
            )
            messages.success(request, _("Sie unterstützen diesen Wunsch nicht mehr."))
        else:
            services.training_request_support(
                request=training_request, user=request.user
            )
            messages.success(request, _("Danke! Sie unterstützen diesen Wunsch."))
    except NetworkError as error:
        messages.error(request, str(error))
    return redirect(_back(request, page, training_request))


def _back(
    request: HttpRequest, page: NetworkIndexPage, training_request: TrainingRequest
) -> str:
    # Return to the list when the button was pressed there, else to the wish.
    if request.POST.get("zurueck") == "liste":
        return route_url(page, "request_list")
    return training_request.get_absolute_url()


COORDINATION_FORMS = {
    "antworten": forms.AnswerForm,
    "planen": forms.PlanForm,
    "ablehnen": forms.DeclineForm,
    "zusammenfuehren": forms.MergeForm,
}


@login_required
@require_POST
def request_coordinate(
    request: HttpRequest, page: NetworkIndexPage, pk: int, action: str
) -> HttpResponse:
    if not roles.is_coordinator(request.user) or (
        action not in COORDINATION_FORMS and action != "schulung-anlegen"
    ):
        raise Http404
    training_request = selectors.training_request(pk=pk)
    if training_request is None:
        raise Http404
    if action == "schulung-anlegen":
        return _start_training(request, training_request)
    form_class = COORDINATION_FORMS[action]
    kwargs = {"exclude_pk": pk} if form_class is forms.MergeForm else {}
    form = form_class(request.POST, prefix=action, **kwargs)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(training_request)
    data = form.cleaned_data
    try:
        if action == "antworten":
            services.training_request_answer(
                request=training_request, answer=data["answer"], actor=request.user
            )
            messages.success(request, _("Die Antwort ist veröffentlicht."))
        elif action == "planen":
            services.training_request_plan(
                request=training_request,
                answer=data["answer"],
                training=data["training"],
                actor=request.user,
            )
            messages.success(
                request,
                _("Der Wunsch ist als geplant markiert.")
                + (
                    " " + _("Alle Unterstützenden werden benachrichtigt.")
                    if data["training"]
                    else ""
                ),
            )
        elif action == "ablehnen":
            services.training_request_decline(
                request=training_request, reason=data["reason"], actor=request.user
            )
            messages.success(request, _("Der Wunsch ist abgelehnt."))
        else:
            target = services.training_request_merge(
                request=training_request, into=data["into"], actor=request.user
            )
            messages.success(request, _("Die Wünsche sind zusammengeführt."))
            return redirect(target)
    except NetworkError as error:
        messages.error(request, str(error))
    return redirect(training_request)


def _start_training(request: HttpRequest, training_request) -> HttpResponse:
    """Open a new training draft, prefilled from the wish, in the editor."""
    from django.urls import reverse

    try:
        page = services.training_request_start_training(
            request=training_request, actor=request.user
        )
    except NetworkError as error:
        messages.error(request, str(error))
        return redirect(training_request)
    messages.success(
        request,
        _(
            "Die Schulung ist als Entwurf angelegt. Ergänzen Sie Termine, Ort und "
            "Plätze; sobald sie veröffentlicht ist, gilt der Wunsch als geplant "
            "und alle Unterstützenden werden benachrichtigt."
        ),
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


# Districts and reports -------------------------------------------------------


@login_required
def district_overview(request: HttpRequest, page: NetworkIndexPage) -> HttpResponse:
    if not roles.is_coordinator(request.user):
        raise Http404
    return render(
        request,
        page,
        "network/district_overview.html",
        {"districts": selectors.district_overview()},
    )


# The news page is served from the public cache, which carries no CSRF cookie,
# so a first-time visitor's form could never pass the check. Anonymous
# subscriptions are confirmed by e-mail and rate-limited: a forged post can do
# no more than its forger could do directly. People who are logged in act on
# their account, so for them the check still runs.
@csrf_exempt
@require_POST
def report_subscription(request: HttpRequest) -> HttpResponse:
    # No route of the reports page: Wagtail's serve view is not CSRF-exempt.
    index = selectors.news_index()
    back = redirect(index.url if index else network_url("home"))
    if request.user.is_authenticated:
        refused = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
        if refused is not None:
            return refused
        if request.POST.get("abo") == "ja":
            services.report_subscribe(user=request.user)
            messages.success(
                request, _("Sie bekommen neue Lageberichte ab jetzt per E-Mail.")
            )
        else:
            services.report_unsubscribe(user=request.user)
            messages.success(
                request, _("Sie bekommen keine Lageberichte mehr per E-Mail.")
            )
        return back
    form = forms.ReportSubscriptionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie eine gültige E-Mail-Adresse ein."))
        return back
    if not ratelimit.consume(
        action="network.report_subscribe", key=ratelimit.client_key(request)
    ):
        messages.error(
            request,
            _("Bitte versuchen Sie es später noch einmal."),
        )
        return back
    services.report_subscribe_email(
        email=form.cleaned_data["email"], language=request.LANGUAGE_CODE
    )
    messages.success(
        request,
        _(
            "Danke! Bitte bestätigen Sie das Abo über den Link in der E-Mail, "
            "die wir Ihnen gerade geschickt haben."
        ),
    )
    return back


def report_confirm(request: HttpRequest, token) -> HttpResponse:
    """Confirm an email subscription; a button, since mail scanners follow links."""
    if request.method == "POST":
        if services.report_confirm(token=token):
            messages.success(
                request, _("Danke! Sie bekommen neue Lageberichte per E-Mail.")
            )
        else:
            messages.error(
                request,
                _("Dieser Link gilt nicht mehr. Bitte abonnieren Sie noch einmal."),
            )
        index = selectors.news_index()
        return redirect(index.url if index else network_url("home"))
    return django_render(request, "network/report_confirm.html")


# The token in the link is the credential; mail programs send the one-click
# POST of RFC 8058 (List-Unsubscribe-Post) without a CSRF token.
@csrf_exempt
def report_unsubscribe(request: HttpRequest, token) -> HttpResponse:
    """Confirm, then end, a digest subscription from the link in the email."""
    if request.method == "POST":
        if services.report_unsubscribe_by_token(token=token):
            messages.success(
                request, _("Sie bekommen keine Lageberichte mehr per E-Mail.")
            )
        else:
            messages.info(request, _("Dieses Abo war bereits beendet."))
        return redirect(network_url("home"))
    return django_render(request, "network/report_unsubscribe.html")
