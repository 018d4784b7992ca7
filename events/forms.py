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
