"""Security headers and the user's preferred language."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _

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
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


class StaffTwoFactorMiddleware:
    """Ask everyone who can enter the admin to set up TOTP before they do.

    Switched on by ``REQUIRE_STAFF_MFA`` (on in production); allauth then asks
    for the code at every login.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.REQUIRE_STAFF_MFA
            and request.path.startswith("/admin/")
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
            and not _has_totp(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Für die Redaktion ist eine Zwei-Faktor-Anmeldung nötig. Bitte "
                    "richten Sie sie jetzt ein."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def _has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()


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
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
