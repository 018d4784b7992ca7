"""Views of the site package: health, search, Mein Bereich, profile, language."""

import re

from celery import current_app
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from cms import memo, observability, privacy, ratelimit, services
from cms.forms import AccessibilityFeedbackForm, DeleteAccountForm, ProfileForm
from cms.i18n import in_default_locale_for_search
from cms.sections import dashboard_sections, first_steps, render_sections
from cms.selectors import accessibility_statement

SEARCH_QUERY_MAX_LENGTH = 200


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Answer 200 when the database (and the broker, if any) can be reached.

    With a broker, a worker must also have run the heartbeat task within
    ``WORKER_HEARTBEAT_MAX_AGE`` seconds; its age and the length of the task
    queue are reported for monitoring.
    """
    checks = {"database": _check_database()}
    body: dict = {}
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _check_broker()
        age = observability.heartbeat_age()
        checks["worker"] = age is not None and age <= settings.WORKER_HEARTBEAT_MAX_AGE
        body["worker_heartbeat_age_seconds"] = None if age is None else round(age, 1)
        body["queue_length"] = (
            observability.queue_length() if checks["broker"] else None
        )
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks, **body},
        status=200 if healthy else 503,
    )


def _check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def _check_broker() -> bool:
    try:
        with current_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Search every live, public page of the site."""
    query = request.GET.get("q", "").strip()[:SEARCH_QUERY_MAX_LENGTH]
    results = None
    if query:
        words = _plain_words(query)
        pages = (
            in_default_locale_for_search(Page.objects.live().public())
            .specific()
            .search(words)
            if words
            else Page.objects.none()
        )
        paginator = Paginator(pages, 10)
        try:
            results = paginator.page(request.GET.get("seite", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
    return render(request, "cms/search.html", {"query": query, "results": results})


def _plain_words(query: str) -> str:
    """Reduce a query to its words: quotes, colons or operators are no syntax.

    SQLite's full-text index reads ``"`` and ``word:`` as query syntax and fails
    on them; PostgreSQL would not, but both get the same plain words.
    """
    return " ".join(re.findall(r"\w+", query))


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Show "Mein Bereich": every section the apps contribute for this person."""
    rendered = render_sections(dashboard_sections(), request)

    def box(template: str, **context):
        return lambda: render_to_string(template, context, request)

    return render(
        request,
        "cms/dashboard.html",
        {
            "primary_sections": [s for s in rendered if s["section"].primary],
            "other_sections": [s for s in rendered if not s["section"].primary],
            # Kept per person like the sections (cms.memo).
            "first_steps": memo.fragment(
                "first-steps",
                lambda: render_to_string(
                    "cms/includes/first_steps.html",
                    {"first_steps": first_steps(request.user)},
                    request,
                ),
                user=request.user,
                request=request,
            ),
            "account": memo.fragment(
                "account-box",
                box("cms/includes/account_box.html"),
                user=request.user,
                request=request,
            ),
        },
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Ihr Profil wurde gespeichert."))
            return redirect("profile")
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(request, "cms/profile.html", {"form": form})


@require_GET
def set_language(request: HttpRequest, language: str) -> HttpResponse:
    """Switch the language by a plain link; logged-in people keep it in their profile.

    A link (not a form) keeps public pages free of CSRF tokens, so they can be
    cached for anonymous visitors; switching a language changes nothing else.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = _local_path(request, request.GET.get("next", ""))
    if request.user.is_authenticated:
        request.user.preferred_language = language
        request.user.save(update_fields=["preferred_language"])
    # Not redirect(): it would take a plain word for the name of a URL.
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


def _local_path(request: HttpRequest, value: str) -> str:
    """Return ``value`` if it is a path on this site, else the home page."""
    if (
        value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(
            value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return value
    return "/"


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    """Show what we store, offer the export and the deletion of the account."""
    return _my_data_page(request, DeleteAccountForm())


def _my_data_page(request: HttpRequest, form, status: int = 200) -> HttpResponse:
    return render(
        request,
        "cms/my_data.html",
        {
            "delete_form": form,
            "exports": privacy.exports_of(request.user),
            "lifetime_hours": int(privacy.EXPORT_LIFETIME.total_seconds() // 3600),
        },
        status=status,
    )


@login_required
def my_data_export(request: HttpRequest) -> HttpResponse:
    """Ask for an export; it is built in the background and listed on the page."""
    if request.method != "POST":
        return redirect("my_data")
    privacy.data_export_request(user=request.user)
    messages.success(
        request,
        _(
            "Ihr Export wird erstellt. Sobald er fertig ist, steht er hier zum "
            "Herunterladen bereit."
        ),
    )
    return redirect("my_data")


@never_cache
@require_GET
def my_data_export_download(request: HttpRequest, token: str) -> HttpResponse:
    """Hand out an export to its owner only, within 24 hours; 404 otherwise."""
    export = privacy.export_for_download(user=request.user, token=token)
    if export is None:
        raise Http404
    response = FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"meine-daten-{export.created_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def my_data_delete(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("my_data")
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return _my_data_page(request, form, status=400)
    privacy.account_erase(
        user=request.user, actor=request.user, keep_posts=form.keep_posts
    )
    logout(request)
    messages.success(request, _("Ihr Konto wurde gelöscht. Auf Wiedersehen!"))
    return redirect("/")


def accessibility_feedback(request: HttpRequest, page) -> HttpResponse:
    """Report a barrier: a plain form, no JavaScript, rate limited per visitor."""
    user = request.user if request.user.is_authenticated else None
    if request.method == "POST":
        form = AccessibilityFeedbackForm(request.POST)
        if form.is_valid():
            key = f"user:{user.pk}" if user else ratelimit.client_key(request)
            if ratelimit.consume(action="cms.accessibility_feedback", key=key):
                feedback = services.accessibility_feedback_create(
                    **form.cleaned_data, user=user, language=request.LANGUAGE_CODE
                )
                if feedback.email:
                    text = _(
                        "Danke! Ihre Meldung ist bei der Koordination angekommen. "
                        "Wir antworten Ihnen bis zum %(date)s. Eine Bestätigung ist "
                        "unterwegs an Ihre E-Mail-Adresse."
                    ) % {"date": date_format(feedback.answer_due, "DATE_FORMAT")}
                else:
                    text = _(
                        "Danke! Ihre Meldung ist bei der Koordination angekommen. "
                        "Ohne E-Mail-Adresse können wir Ihnen nicht antworten."
                    )
                messages.success(request, text)
                return redirect(page.url)
            form.add_error(
                None,
                _(
                    "Sie haben in kurzer Zeit viele Meldungen geschickt. Bitte "
                    "versuchen Sie es später noch einmal oder rufen Sie uns an."
                ),
            )
    else:
        initial = {"page_url": request.GET.get("seite", "")[:500]}
        if user is not None:
            initial.update(name=user.display_name, email=user.email)
        form = AccessibilityFeedbackForm(initial=initial)
    return render(
        request,
        "cms/accessibility_feedback.html",
        {"page": page, "form": form, **accessibility_statement(page)},
    )
