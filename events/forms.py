"""Forms of the trainings app."""

from django import forms
from django.utils.translation import gettext_lazy as _


class TrainerMessageForm(forms.Form):
    subject = forms.CharField(label=_("Betreff"), max_length=150)
    body = forms.CharField(
        label=_("Nachricht"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )
    include_waiting_list = forms.BooleanField(
        label=_("Auch an die Personen auf der Warteliste senden"), required=False
    )


class CalendarFeedForm(forms.Form):
    name = forms.CharField(
        label=_("Name des Kalender-Links"),
        max_length=80,
        help_text=_("Zum Beispiel „Handy“ oder „Outlook im Büro“."),
    )


# The value format of <input type="datetime-local">, so a re-shown form keeps it.
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class SessionDatesForm(forms.Form):
    """One session of a training copied to a new date; an empty row is skipped."""

    start = forms.DateTimeField(
        label=_("Beginn"),
        required=False,
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format=DATETIME_LOCAL
        ),
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M"],
    )
    end = forms.DateTimeField(
        label=_("Ende"),
        required=False,
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format=DATETIME_LOCAL
        ),
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M"],
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if self.errors:
            return data
        if start and not end:
            self.add_error("end", _("Bitte geben Sie auch das Ende an."))
        elif end and not start:
            self.add_error("start", _("Bitte geben Sie auch den Beginn an."))
        elif start and end and end <= start:
            self.add_error("end", _("Das Ende muss nach dem Beginn liegen."))
        return data


class BaseSessionDatesFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        if not self.sessions():
            raise forms.ValidationError(
                _("Bitte geben Sie mindestens einen Termin an.")
            )

    def sessions(self) -> list[tuple]:
        """Return the filled rows as (start, end) pairs."""
        return [
            (form.cleaned_data["start"], form.cleaned_data["end"])
            for form in self.forms
            if form.cleaned_data.get("start") and form.cleaned_data.get("end")
        ]


SessionDatesFormSet = forms.formset_factory(
    SessionDatesForm,
    formset=BaseSessionDatesFormSet,
    extra=3,
    max_num=3,
    absolute_max=3,
    validate_max=True,
)
