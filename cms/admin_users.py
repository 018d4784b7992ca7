"""Wagtail's user admin with the profile fields of our user model."""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from cms.forms import clean_display_name_field
from cms.models import User

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
