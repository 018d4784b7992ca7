"""Forms of the site package: the extra sign-up fields and the profile."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.models import AccessibilityFeedback, District, User
from cms.validators import (
    UNREADABLE_IMAGE_ERRORS,
    reencode_image,
    unreadable_image,
    validate_display_name,
)

# The one promise about real names, on the profile and in the privacy notice.
REAL_NAME_AUDIENCE = _(
    "Ihren Vor- und Nachnamen sehen nur Sie, die Trainer:innen der Schulungen, "
    "die Sie gebucht haben oder auf deren Warteliste Sie stehen (auf der "
    "Teilnahmeliste zum Unterschreiben und in der Teilnehmenden-Datei), die "
    "Koordination und, auf Ihren Teilnahmebescheinigungen, wer deren Prüfcode "
    "kennt. Alle anderen sehen nur Ihren Anzeigenamen."
)


def clean_display_name_field(form, *, exclude_pk=None) -> str:
    """Check a display name once it changed: visible, not reserved, not taken."""
    value = form.cleaned_data["display_name"]
    if exclude_pk is not None and value == form.initial.get("display_name"):
        return value
    validate_display_name(value, user_model=User, exclude_pk=exclude_pk)
    return value


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
        return clean_display_name_field(self)

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
        help_texts = {"first_name": REAL_NAME_AUDIENCE, "last_name": REAL_NAME_AUDIENCE}
        labels = {"first_name": _("Vorname"), "last_name": _("Nachname")}

    def clean_display_name(self) -> str:
        return clean_display_name_field(self, exclude_pk=self.instance.pk)


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


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, answering a file Pillow chokes on with a message.

    Wagtail measures the pixels of a truncated JPEG without catching Pillow's
    OSError, which would end in a server error.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except UNREADABLE_IMAGE_ERRORS as error:
            raise unreadable_image() from error


class CleanImageForm(BaseImageForm):
    """Wagtail's image form, re-encoding every upload before it is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # get_image_form() builds the field itself; swap in the catching subclass.
        if isinstance(self.fields.get("file"), WagtailImageField):
            self.fields["file"].__class__ = ReadableImageField

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            return reencode_image(uploaded)
        return uploaded


class AccessibilityFeedbackForm(forms.ModelForm):
    """Report a barrier: only the description is required."""

    class Meta:
        model = AccessibilityFeedback
        fields = ["message", "page_url", "name", "email"]
        labels = {
            "message": _("Was funktioniert nicht?"),
            "page_url": _("Auf welcher Seite? (freiwillig)"),
            "name": _("Ihr Name (freiwillig)"),
            "email": _("Ihre E-Mail-Adresse (freiwillig)"),
        }
        help_texts = {
            "message": _(
                "Beschreiben Sie, was Sie tun wollten und was dabei nicht ging. "
                "Sie können auch Inhalte in einer anderen Form anfragen."
            ),
            "page_url": _("Die Adresse oder der Name der Seite."),
            "email": _(
                "Nur dann können wir Ihnen antworten. Sie bekommen eine "
                "Eingangsbestätigung."
            ),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def clean_message(self) -> str:
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Bitte beschreiben Sie die Barriere."))
        return message
