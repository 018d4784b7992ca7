"""Forms of the site package: the extra sign-up fields and the profile."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import District, User


class SignupProfileForm(forms.Form):
    """The fields allauth's sign-up form adds to email and password."""

    display_name = forms.CharField(
        label=_("Anzeigename"),
        max_length=50,
        help_text=_(
            "So sehen andere Sie auf der Plattform. Ein Vorname oder ein "
            "Pseudonym genügt. Höchstens 50 Zeichen."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    district = forms.ModelChoiceField(
        label=_("Stadtteil"),
        queryset=District.objects.all(),
        required=False,
        empty_label=_("– keine Angabe –"),
        help_text=_("Wo sind Sie hauptsächlich aktiv? (freiwillig)"),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=120,
        required=False,
        help_text=_("Zum Beispiel Ihr Verein oder Ihre Einrichtung (freiwillig)."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Sprache der Plattform"), choices=User.Language.choices, initial="de"
    )
    privacy_consent = forms.BooleanField(
        label=_("Ich habe die Datenschutzhinweise gelesen."),
        error_messages={
            "required": _(
                "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise kennen."
            )
        },
    )

    field_order = [
        "email",
        "display_name",
        "password1",
        "password2",
        "district",
        "organisation",
        "preferred_language",
        "privacy_consent",
    ]

    def clean_display_name(self) -> str:
        value = self.cleaned_data["display_name"]
        for validator in User._meta.get_field("display_name").validators:
            validator(value)
        return value

    def signup(self, request, user) -> None:
        """Profile fields are set by the account adapter before the first save."""


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "display_name",
            "first_name",
            "last_name",
            "district",
            "organisation",
            "preferred_language",
        ]
        help_texts = {
            "first_name": _(
                "Nur für Ihre Teilnahmebescheinigungen, für andere unsichtbar."
            ),
            "last_name": _(
                "Nur für Ihre Teilnahmebescheinigungen, für andere unsichtbar."
            ),
        }
        labels = {"first_name": _("Vorname"), "last_name": _("Nachname")}


class DeleteAccountForm(forms.Form):
    KEEP, DELETE = "behalten", "loeschen"

    posts = forms.ChoiceField(
        label=_("Ihre Beiträge im Austausch"),
        choices=[
            (KEEP, _("Lesbar lassen, unter „Gelöschte Person“ (ohne Ihren Namen)")),
            (DELETE, _("Den Text meiner Beiträge löschen")),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Ihr Passwort zur Bestätigung"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("Ja, ich möchte mein Konto endgültig löschen."),
        error_messages={"required": _("Bitte bestätigen Sie die Löschung.")},
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if self.user is None or not self.user.check_password(password):
            raise forms.ValidationError(_("Das Passwort stimmt nicht."))
        return password

    @property
    def keep_posts(self) -> bool:
        return self.cleaned_data.get("posts", self.KEEP) != self.DELETE
