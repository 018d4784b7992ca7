"""Forms of the network; every field is plain text, shown escaped."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cms.dimensions import Dimension
from cms.i18n import active_language, localize_snippets
from cms.models import District, Language, Topic
from cms.validators import validate_plain_name
from events import selectors as events_selectors
from network.models import (
    MESSAGE_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    AmbassadorProfile,
    TrainingRequest,
)

# SQLite cannot even compare a number beyond 64 bits; such an id can never
# exist, so it is refused as an invalid choice before any query.
MAX_ID = 2**63 - 1


def _out_of_range(value) -> bool:
    try:
        return abs(int(str(value))) > MAX_ID
    except (TypeError, ValueError):
        return False


class ModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if _out_of_range(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value or []:
            if _out_of_range(item):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)


DISTRICT_INVALID = _(
    "Diesen Stadtteil gibt es nicht. Bitte wählen Sie einen aus der Liste."
)


class TrainingRequestForm(forms.Form):
    title = forms.CharField(
        label=_("Thema der Schulung"),
        max_length=TITLE_MAX_LENGTH,
        validators=[validate_plain_name],
        help_text=_("In wenigen Worten, zum Beispiel: Gespräche mit Trauernden."),
    )
    description = forms.CharField(
        label=_("Was brauchen Sie, und warum?"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Höchstens 2000 Zeichen."),
    )
    format = forms.ChoiceField(
        label=_("Gewünschtes Format"),
        choices=TrainingRequest.Format.choices,
        initial=TrainingRequest.Format.EITHER,
        widget=forms.RadioSelect,
    )
    district = ModelChoiceField(
        label=_("Stadtteil"),
        queryset=District.objects.all(),
        empty_label=_("Bitte wählen"),
        error_messages={"invalid_choice": DISTRICT_INVALID},
    )
    dimension = forms.ChoiceField(
        label=_("Worum geht es vor allem?"),
        choices=Dimension.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Verstehbarkeit: verstehen, was geschieht. Handhabbarkeit: etwas tun "
            "können. Sinnhaftigkeit: wissen, wofür."
        ),
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Öffentliche Antwort"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class PlanForm(forms.Form):
    answer = forms.CharField(
        label=_("Öffentliche Antwort (freiwillig)"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    training = ModelChoiceField(
        label=_("Schulung verknüpfen (freiwillig)"),
        queryset=events_selectors.live_trainings().order_by("title"),
        required=False,
        empty_label=_("Noch keine Schulung"),
        help_text=_(
            "Alle Unterstützenden bekommen eine E-Mail, dass sie buchen können."
        ),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Begründung (öffentlich)"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MergeForm(forms.Form):
    into = ModelChoiceField(
        label=_("Zusammenführen mit"),
        queryset=TrainingRequest.objects.filter(
            status__in=[TrainingRequest.Status.OPEN, TrainingRequest.Status.PLANNED]
        ).order_by("title"),
        empty_label=_("Bitte wählen"),
    )

    def __init__(self, *args, exclude_pk: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if exclude_pk is not None:
            field = self.fields["into"]
            field.queryset = field.queryset.exclude(pk=exclude_pk)


class AmbassadorForm(forms.ModelForm):
    district = ModelChoiceField(
        label=_("Stadtteil"),
        queryset=District.objects.all(),
        empty_label=_("Bitte wählen"),
        error_messages={"invalid_choice": DISTRICT_INVALID},
    )
    topics = ModelMultipleChoiceField(
        label=_("Themen"),
        queryset=Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = ModelMultipleChoiceField(
        label=_("Sprachen"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if active_language() != settings.LANGUAGE_CODE:
            # The topics' names in the chosen language (one query more).
            field = self.fields["topics"]
            names = {
                topic.pk: topic.name for topic in localize_snippets(field.queryset)
            }
            field.label_from_instance = lambda topic: names.get(topic.pk, topic.name)

    class Meta:
        model = AmbassadorProfile
        fields = ["display_name", "district", "topics", "languages", "about"]
        widgets = {"about": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "display_name": _(
                "So erscheinen Sie im Verzeichnis, zum Beispiel Vorname und "
                "erster Buchstabe des Nachnamens. Ihre E-Mail-Adresse wird nie "
                "gezeigt."
            ),
            "about": _("Ein paar Sätze über Sie, höchstens 600 Zeichen."),
        }


class ReportSubscriptionForm(forms.Form):
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        max_length=254,
        help_text=_("Sie bekommen zuerst eine E-Mail, mit der Sie das Abo bestätigen."),
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Ihre Nachricht"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Schreiben Sie kurz, wobei Sie Unterstützung suchen. Höchstens 2000 "
            "Zeichen."
        ),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Ihre Antwort"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Höchstens 2000 Zeichen."),
    )


class VisitorMessageForm(MessageForm):
    """Writing without an account: a name to be addressed by and an address
    that must be confirmed before anything is sent."""

    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=50,
        validators=[validate_plain_name],
        help_text=_("So spricht die Botschafterin oder der Botschafter Sie an."),
    )
    email = forms.EmailField(
        label=_("Ihre E-Mail-Adresse"),
        help_text=_(
            "Wir schicken Ihnen einen Link zum Bestätigen. Erst danach wird die "
            "Nachricht weitergeleitet. Die Adresse sieht niemand."
        ),
    )
    field_order = ["name", "email", "body"]
