"""Wagtail's user admin with the profile fields of our user model."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from cms.forms import clean_display_name_field
from cms.models import User
from cms.privacy import account_erase

PROFILE_FIELDS = {"display_name", "district", "organisation", "preferred_language"}


class _ProfileChecks:
    """The real name stays optional; the display name is checked as on sign-up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False

    def clean_display_name(self) -> str:
        return clean_display_name_field(self, exclude_pk=self.instance.pk)


class ProfileUserCreationForm(_ProfileChecks, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = User
        fields = UserCreationForm.Meta.fields | PROFILE_FIELDS
        widgets = {"groups": forms.CheckboxSelectMultiple}


class ProfileUserEditForm(_ProfileChecks, UserEditForm):
    class Meta(UserEditForm.Meta):
        model = User
        fields = UserEditForm.Meta.fields | PROFILE_FIELDS
        widgets = {"groups": forms.CheckboxSelectMultiple}


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return ProfileUserEditForm if for_update else ProfileUserCreationForm


def erase_user_response(request, user):
    """Erase a person through the one erasure service instead of deleting the row.

    Wagtail runs ``before_delete_user`` on the confirmation page (GET) too; only
    the confirmed POST erases. A raw delete would cascade certificates, bookings
    and notes and leave the waiting list where it was.
    """
    if request.method != "POST":
        return None
    account_erase(user=user, actor=request.user, keep_posts=True)
    messages.success(
        request,
        _(
            "Das Konto wurde gelöscht: Buchungen abgesagt, private Daten "
            "entfernt, Bescheinigungen bleiben ohne Namen prüfbar."
        ),
    )
    return redirect("wagtailusers_users:index")


def erase_users_bulk_response(request, action_type, objects, action_class_instance):
    """The bulk "delete" of Wagtail's user list erases each person the same way."""
    if action_type != "delete" or getattr(action_class_instance, "model", None) is not (
        User
    ):
        return None
    for user in objects:
        account_erase(user=user, actor=request.user, keep_posts=True)
    messages.success(
        request,
        ngettext(
            "%(count)d Konto wurde gelöscht.",
            "%(count)d Konten wurden gelöscht.",
            len(objects),
        )
        % {"count": len(objects)},
    )
    return redirect("wagtailusers_users:index")
