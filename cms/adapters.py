"""Hooks into django-allauth."""

from allauth.account.adapter import DefaultAccountAdapter

PROFILE_FIELDS = ("display_name", "district", "organisation", "preferred_language")


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Take the profile fields from the sign-up form before the first save."""
        user = super().save_user(request, user, form, commit=False)
        for field in PROFILE_FIELDS:
            if field in form.cleaned_data:
                setattr(user, field, form.cleaned_data[field])
        if commit:
            user.save()
        return user
