"""Hooks into django-allauth."""

import time
from dataclasses import dataclass

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.email_verification_by_code import (
    EMAIL_VERIFICATION_CODE_SESSION_KEY,
)
from allauth.core import context as allauth_context
from django.conf import settings

PROFILE_FIELDS = ("display_name", "district", "organisation", "preferred_language")


@dataclass(frozen=True)
class PlatformSite:
    """What account e-mails call the site: the platform's name, not its host."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Greet with the platform's name ("Hallo von Gemeinsam Stark!")."""
        request = allauth_context.request
        domain = request.get_host() if request is not None else ""
        site = PlatformSite(name=settings.WAGTAIL_SITE_NAME, domain=domain)
        super().send_mail(template_prefix, email, {"current_site": site, **context})

    def should_send_confirmation_mail(self, request, email_address, signup) -> bool:
        """Lead a person back to the code already sent, rather than send a new one.

        Someone who signed up and then tries to log in before entering the code
        would otherwise get a second code, refused by the rate limit for
        confirmation mails ("Zu viele Versuche"); the code they hold would no
        longer count. While that code is valid, logging in shows the code form
        again and the code in their mailbox works.
        """
        state = request.session.get(EMAIL_VERIFICATION_CODE_SESSION_KEY) or {}
        pending = (
            str(state.get("email", "")).lower() == email_address.email.lower()
            and time.time() - float(state.get("at", 0))
            <= account_settings.EMAIL_VERIFICATION_BY_CODE_TIMEOUT
        )
        if pending:
            return False
        return super().should_send_confirmation_mail(request, email_address, signup)

    def save_user(self, request, user, form, commit=True):
        """Take the profile fields from the sign-up form before the first save."""
        user = super().save_user(request, user, form, commit=False)
        for field in PROFILE_FIELDS:
            if field in form.cleaned_data:
                setattr(user, field, form.cleaned_data[field])
        if commit:
            user.save()
        return user
