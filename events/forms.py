"""Forms of the trainings app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.questions import (
    ANSWER_MAX_LENGTH,
    SEPARATOR,
    YES,
    Kind,
    field_name,
    option_texts,
)


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


class BookingAnswersForm(forms.Form):
    """The questions of a training, asked while booking or changed later."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[field_name(question)] = _answer_field(question)

    def answers(self) -> dict:
        """Return the answers by question key, as ``booking_answers_save`` takes."""
        return {q.key: self.cleaned_data.get(field_name(q)) for q in self.questions}

    @staticmethod
    def initial_from(questions, stored) -> dict:
        """Return the form's initial values from stored answers (key → text)."""
        initial = {}
        for question in questions:
            value = stored.get(question.key)
            if value is None:
                continue
            name = field_name(question)
            if question.kind == Kind.YES_NO:
                initial[name] = value == YES if not question.required else value
            elif question.kind == Kind.CHOICE:
                initial[name] = _option_index(question, [value])[:1]
                initial[name] = initial[name][0] if initial[name] else ""
            elif question.kind == Kind.MULTIPLE:
                initial[name] = _option_index(question, value.split(SEPARATOR))
            else:
                initial[name] = value
        return initial


def _option_index(question, texts) -> list[str]:
    german = option_texts(question)
    return [str(german.index(t)) for t in texts if t in german]


def _answer_field(question) -> forms.Field:
    common = {
        "label": question.label,
        "required": question.required,
        "help_text": question.help_text,
    }
    options = [(str(i), label) for i, label in enumerate(question.options)]
    if question.kind == Kind.YES_NO and not question.required:
        return forms.BooleanField(**common)
    if question.kind == Kind.YES_NO:
        return forms.ChoiceField(
            choices=[(YES, _("Ja")), ("nein", _("Nein"))],
            widget=forms.RadioSelect,
            **common,
        )
    if question.kind == Kind.CHOICE:
        return forms.ChoiceField(choices=options, widget=forms.RadioSelect, **common)
    if question.kind == Kind.MULTIPLE:
        return forms.MultipleChoiceField(
            choices=options, widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.CharField(max_length=ANSWER_MAX_LENGTH, **common)


class BookingContactForm(forms.Form):
    """A person without an account, booked by phone."""

    name = forms.CharField(label=_("Name"), max_length=150)
    phone = forms.CharField(label=_("Telefon"), max_length=40, required=False)
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        required=False,
        help_text=_("Wenn vorhanden: Die Bestätigung kommt dann per E-Mail."),
    )
    consent_note = forms.CharField(
        label=_("Notiz zur mündlichen Einwilligung"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Zum Beispiel: „Am Telefon zugestimmt, dass wir Name und Telefonnummer "
            "für diese Buchung speichern.“ Ihr Name und die Uhrzeit werden "
            "dazu gespeichert."
        ),
    )

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("phone") and not data.get("email"):
            raise forms.ValidationError(
                _(
                    "Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse "
                    "an, damit wir die Person erreichen können."
                )
            )
        return data
