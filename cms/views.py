"""Views of the site package: health, search, Mein Bereich, profile, language."""

import json

from celery import current_app
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from cms.forms import DeleteAccountForm, ProfileForm
from cms.privacy import account_delete, personal_data_export
from cms.sections import dashboard_sections, render_sections

SEARCH_QUERY_MAX_LENGTH = 200


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Answer 200 when the database (and the broker, if any) can be reached."""
    checks = {"database": _check_database()}
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _check_broker()
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
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
        pages = Page.objects.live().public().specific().search(query)
        paginator = Paginator(pages, 10)
        try:
            results = paginator.page(request.GET.get("seite", 1))
        except (PageNotAnInteger, EmptyPage):
            results = paginator.page(1)
    return render(request, "cms/search.html", {"query": query, "results": results})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Show "Mein Bereich": every section the apps contribute for this person."""
    return render(
        request,
        "cms/dashboard.html",
        {"sections": render_sections(dashboard_sections(), request)},
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
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    if request.user.is_authenticated:
        request.user.preferred_language = language
        request.user.save(update_fields=["preferred_language"])
    response = redirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    """Show what we store, offer the export and the deletion of the account."""
    return render(request, "cms/my_data.html", {"delete_form": DeleteAccountForm()})


@login_required
@require_GET
def my_data_export(request: HttpRequest) -> HttpResponse:
    data = personal_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten.json"'
    return response


@login_required
def my_data_delete(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("my_data")
    form = DeleteAccountForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "cms/my_data.html", {"delete_form": form}, status=400)
    account_delete(user=request.user, actor=request.user)
    logout(request)
    messages.success(request, _("Ihr Konto wurde gelöscht. Auf Wiedersehen!"))
    return redirect("/")
