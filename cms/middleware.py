"""Security headers, the user's preferred language and the guard of staff access."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from cms import i18n

PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The Wagtail admin still ships inline scripts and styles in a few editors.
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Add CSP and Permissions-Policy; Django's own middleware adds the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", ADMIN_CSP)
            # The page editor previews the page in a same-origin frame.
            response["X-Frame-Options"] = "SAMEORIGIN"
        else:
            response.setdefault("Content-Security-Policy", PUBLIC_CSP)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class UserLanguageMiddleware:
    """Show logged-in people the site in the language of their profile."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith("/admin/")
        ):
            language = user.preferred_language
            if language in dict(settings.LANGUAGES):
                token = i18n.activate(language)
                request.LANGUAGE_CODE = language
                try:
                    return self.get_response(request)
                finally:
                    i18n.deactivate(token)
        return self.get_response(request)


STAFF_SESSION_KEY = "staff_session"
# The idle clock is written at most once a minute, not on every request.
STAFF_SEEN_WRITE_INTERVAL = 60


class StaffAccessMiddleware:
    """Guard everything staff can do: a second factor, and short sessions.

    With ``REQUIRE_STAFF_MFA`` on, people with admin access need TOTP confirmed
    in this session before they enter ``/admin/`` or use a staff role anywhere
    else: the role check in ``cms.roles`` asks this request's guard, and a staff
    page that answered "not found" for want of the second factor becomes a
    redirect to setting it up. Staff sessions end after
    ``STAFF_SESSION_IDLE_TIMEOUT`` seconds without a request and
    ``STAFF_SESSION_MAX_AGE`` seconds after the login.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if not user.is_authenticated:
            return self.get_response(request)
        guard = user.staff_guard = StaffGuard(request)
        if staff_session_expired(request):
            logout(request)
            messages.info(
                request,
                _(
                    "Ihre Sitzung ist aus Sicherheitsgründen abgelaufen. Bitte "
                    "melden Sie sich wieder an."
                ),
            )
            return redirect_to_login(request.get_full_path())
        if (
            request.path.startswith("/admin/")
            and not request.path.startswith("/admin/logout/")
            and user.has_perm("wagtailadmin.access_admin")
        ):
            mark_staff_session(request)
            if settings.REQUIRE_STAFF_MFA and not guard.second_factor_confirmed():
                return guard.lead_to_setup()
        response = self.get_response(request)
        if guard.withheld and response.status_code in (403, 404):
            return guard.lead_to_setup()
        return response


class StaffGuard:
    """Answer the role check for one request, and remember what it withheld."""

    def __init__(self, request):
        self.request = request
        self.withheld = False
        self._confirmed: bool | None = None

    def allow(self) -> bool:
        mark_staff_session(self.request)
        if not settings.REQUIRE_STAFF_MFA or self.second_factor_confirmed():
            return True
        self.withheld = True
        return False

    def second_factor_confirmed(self) -> bool:
        if self._confirmed is None:
            self._confirmed = second_factor_confirmed(self.request)
        return self._confirmed

    def lead_to_setup(self):
        """Send the person to set up (or enter) their second factor."""
        messages.warning(
            self.request,
            _(
                "Für Seiten der Redaktion, Schulungsleitung, Moderation und "
                "Koordination ist eine Anmeldung mit zweitem Faktor nötig. Bitte "
                "richten Sie ihn jetzt ein oder geben Sie Ihren Code ein."
            ),
        )
        if _totp(self.request.user) is None:
            return redirect("mfa_activate_totp")
        back = urlencode({"next": self.request.get_full_path()})
        return redirect(f"{reverse('mfa_reauthenticate')}?{back}")


def second_factor_confirmed(request) -> bool:
    """Tell whether this session confirmed the person's TOTP.

    Either the login (or a re-authentication) asked for a code, or the person
    set up TOTP during this session, which also takes a valid code.
    """
    from allauth.account.authentication import get_authentication_records

    totp = _totp(request.user)
    if totp is None:
        return False
    records = get_authentication_records(request, request.user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    login_at = _login_time(records)
    return login_at is not None and totp.created_at.timestamp() >= login_at


def mark_staff_session(request, user=None) -> None:
    """Start the staff clocks of this session (once)."""
    from allauth.account.authentication import get_authentication_records

    session = request.session
    if STAFF_SESSION_KEY in session:
        return
    now = time.time()
    records = get_authentication_records(request, user or request.user)
    since = _login_time(records)
    session[STAFF_SESSION_KEY] = {"since": since or now, "seen": now}
    session.set_expiry(settings.STAFF_SESSION_IDLE_TIMEOUT)


def staff_session_expired(request) -> bool:
    """Tell whether a staff session is over; otherwise note that it was used."""
    state = request.session.get(STAFF_SESSION_KEY)
    if not isinstance(state, dict):
        return False
    now = time.time()
    if (
        now - state.get("since", 0) > settings.STAFF_SESSION_MAX_AGE
        or now - state.get("seen", 0) > settings.STAFF_SESSION_IDLE_TIMEOUT
    ):
        return True
    if now - state["seen"] >= STAFF_SEEN_WRITE_INTERVAL:
        request.session[STAFF_SESSION_KEY] = {**state, "seen": now}
        request.session.set_expiry(settings.STAFF_SESSION_IDLE_TIMEOUT)
    return False


def _login_time(records: list[dict]) -> float | None:
    return min(
        (r["at"] for r in records if isinstance(r.get("at"), int | float)), default=None
    )


def _totp(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()


class ExplicitLanguageMiddleware:
    """German unless someone chose English: by the switch (cookie) or profile.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and
    many phones in this city are set to English although their owners read
    German best; the network's language is German.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        token = i18n.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            i18n.deactivate(token)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
