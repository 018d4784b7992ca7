"""Forms of the exchange; the services check the same rules again."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.validators import validate_plain_name
from exchange.models import (
    BODY_MAX_LENGTH,
    DESCRIPTION_MAX_LENGTH,
    REASON_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Forum,
    Frequency,
)

BODY_HELP = _(
    "Sie können einfache Formatierungen nutzen: **fett**, *kursiv*, Listen mit "
    "„- “, Zitate mit „> “ und Links als [Text](https://…). Mit @Anzeigename "
    "erwähnen Sie jemanden. Bitte keine Namen oder Adressen von Menschen, die "
    "Sie begleiten."
)


class BodyField(forms.CharField):
    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", _("Ihr Beitrag"))
        super().__init__(
            max_length=BODY_MAX_LENGTH,
            strip=False,
            help_text=BODY_HELP,
            widget=forms.Textarea(attrs={"rows": 8}),
            error_messages={
                "required": _("Bitte schreiben Sie einen Text."),
                "max_length": _(
                    "Ihr Beitrag ist zu lang: höchstens %(limit_value)d Zeichen, "
                    "Ihr Text hat %(show_value)d."
                ),
            },
            **kwargs,
        )

    def validate(self, value) -> None:
        super().validate(value)
        if not value.strip():
            raise forms.ValidationError(_("Bitte schreiben Sie einen Text."))


def title_field(label) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=TITLE_MAX_LENGTH,
        validators=[validate_plain_name],
        error_messages={
            "required": _("Bitte geben Sie einen Titel ein."),
            "max_length": _(
                "Der Titel ist zu lang: höchstens %(limit_value)d Zeichen, "
                "Ihr Titel hat %(show_value)d."
            ),
        },
    )


class GroupProposalForm(forms.Form):
    title = title_field(_("Name der Themengruppe"))
    description = forms.CharField(
        label=_("Worum geht es?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Zwei, drei Sätze: Für wen ist die Gruppe, was tun Sie dort?"),
    )
    visibility = forms.ChoiceField(
        label=_("Wer darf mitlesen?"),
        choices=Forum.Visibility.choices,
        initial=Forum.Visibility.OPEN,
        widget=forms.RadioSelect,
    )
    pre_moderation = forms.BooleanField(
        label=_("Neue Beiträge vor der Veröffentlichung prüfen (für sensible Themen)"),
        required=False,
    )


class ThreadForm(forms.Form):
    title = title_field(_("Titel des Themas"))
    body = BodyField()


class PostForm(forms.Form):
    body = BodyField()


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Bitte nennen Sie einen Grund.")},
    )


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Begründung (optional, die Gründerin oder der Gründer sieht sie)"),
        max_length=REASON_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PreferenceForm(forms.Form):
    """The general email setting plus one choice per followed forum."""

    INHERIT = ""

    def __init__(
        self, *args, forums, current: dict, moderation: str | None = None, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.forums = forums
        if moderation is not None:
            self.fields["moderation"] = forms.ChoiceField(
                label=_(
                    "Moderation: E-Mails bei Meldungen und Beiträgen, die auf "
                    "Freigabe warten"
                ),
                choices=Frequency.choices,
                initial=moderation,
                required=False,
                widget=forms.RadioSelect,
                help_text=_(
                    "Unter „Benachrichtigungen“ und in der Kopfzeile sehen Sie "
                    "sie immer."
                ),
            )
        self.fields["general"] = forms.ChoiceField(
            label=_("Allgemein: E-Mails über Neues im Austausch"),
            choices=Frequency.choices,
            initial=current.get(None, Frequency.IMMEDIATE),
            widget=forms.RadioSelect,
        )
        for forum in forums:
            self.fields[f"forum_{forum.pk}"] = forms.ChoiceField(
                label=forum.title,
                choices=[
                    (self.INHERIT, _("Wie allgemein eingestellt")),
                    *list(Frequency.choices),
                ],
                initial=current.get(forum.pk, self.INHERIT),
                required=False,
            )
