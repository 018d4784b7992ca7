"""Questions a training asks when someone books it, and their answers.

Every training asks the standard questions that fit its kind (unless its page
says "Keine Standardfragen") and the questions its trainers added on the page.
Answers are stored as text, one row per question, and erased once the training
is over (``events.services.booking_answers_erase``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from events.models import BookingQuestion, EventPage

Kind = BookingQuestion.Kind

#: The longest answer kept; a form field refuses more.
ANSWER_MAX_LENGTH = 300
#: A session this long or marked "Ganztägig" makes a training full-day.
FULL_DAY = timedelta(hours=6)
#: Trainings on this topic ask for a loan device even when they meet in person.
DIGITAL_TOPIC_SLUG = "digitales"

YES = "ja"


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: str
    required: bool = False
    options: tuple[str, ...] = ()
    on_sign_in_sheet: bool = False
    help_text: str = ""


LOAN_DEVICE = Question(
    key="leihgeraet",
    label=_("Ich brauche ein Leihgerät (Tablet oder Laptop)."),
    kind=Kind.YES_NO,
    on_sign_in_sheet=True,
)
ACCESSIBILITY = Question(
    key="barrierefreiheit",
    label=_("Was brauchen Sie, um gut teilnehmen zu können?"),
    kind=Kind.MULTIPLE,
    options=(
        _("Stufenloser Zugang"),
        _("Gebärdensprachdolmetschung"),
        _("Induktionsschleife"),
    ),
    help_text=_("Freiwillig. Nur die Leitung der Schulung sieht Ihre Angabe."),
)
ACCESSIBILITY_OTHER = Question(
    key="barrierefreiheit_sonstiges",
    label=_("Sonstiges zur Barrierefreiheit"),
    kind=Kind.TEXT,
)
DIETARY = Question(
    key="ernaehrung",
    label=_("Ernährung: Was sollen wir beim Essen beachten?"),
    kind=Kind.TEXT,
    help_text=_("Zum Beispiel vegetarisch, vegan, Allergien."),
)


def is_full_day(sessions) -> bool:
    return any(s.all_day or s.end - s.start >= FULL_DAY for s in sessions)


def has_digital_topic(topics) -> bool:
    return any(topic.slug == DIGITAL_TOPIC_SLUG for topic in topics)


def standard_questions(event: EventPage, *, full_day, digital_topic) -> list[Question]:
    """Return the standard questions that fit the kind of training.

    ``full_day`` (a session of six hours or more) and ``digital_topic`` are
    callables, asked only when the kind of training leaves the answer open:
    an online training never reads its topics, one that meets only online
    never its sessions.
    """
    if event.standard_questions == EventPage.StandardQuestions.NONE:
        return []
    found = []
    if event.is_online or digital_topic():
        found.append(LOAN_DEVICE)
    if event.is_in_person:
        found += [ACCESSIBILITY, ACCESSIBILITY_OTHER]
        if full_day():
            found.append(DIETARY)
    return found


def own_question(question: BookingQuestion) -> Question:
    return Question(
        key=f"frage-{question.pk}",
        label=question.label,
        kind=question.kind,
        required=question.required,
        options=tuple(question.option_list()),
        on_sign_in_sheet=question.on_sign_in_sheet,
    )


def questions_for(event: EventPage) -> list[Question]:
    """Return every question this training asks, in the order it asks them.

    A training read by ``selectors.bookable_event`` knows already whether it
    has a full-day session and the digital topic (annotated in the query that
    found it); any other reads only what its kind needs.
    """

    def full_day() -> bool:
        known = getattr(event, "has_full_day_session", None)
        return is_full_day(event.sessions.all()) if known is None else known

    def digital_topic() -> bool:
        known = getattr(event, "has_digital_topic", None)
        if known is not None:
            return known
        return has_digital_topic(event.topics.all())

    own = [own_question(q) for q in event.questions.all() if q.pk]
    standard = standard_questions(event, full_day=full_day, digital_topic=digital_topic)
    return [*standard, *own]


def field_name(question: Question) -> str:
    return f"antwort_{question.key}"


#: Between the options of a multiple choice, in the stored answer.
SEPARATOR = "; "


def option_texts(question: Question) -> list[str]:
    """Return a question's options in the platform's language, as stored."""
    with translation.override(settings.LANGUAGE_CODE):
        return [str(option) for option in question.options]


def label_text(question: Question) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(question.label)


def normalise(question: Question, raw) -> str | None:
    """Return the answer as stored text, "" for none; None if it is not valid.

    ``raw`` is what the form gives: a bool or "ja"/"nein" for yes/no, an
    option's number for a choice, a list of them for several, text otherwise.
    """
    options = option_texts(question)
    if raw in (None, "", [], False):
        return ""
    if question.kind == Kind.YES_NO:
        if raw is True or raw == YES:
            return YES
        return "nein" if raw == "nein" else None
    if question.kind == Kind.CHOICE:
        picked = _options(options, [raw])
        return picked[0] if picked else None
    if question.kind == Kind.MULTIPLE:
        picked = _options(options, raw if isinstance(raw, list | tuple) else [raw])
        return SEPARATOR.join(picked) if picked is not None else None
    if not isinstance(raw, str):
        return None
    text = " ".join(raw.split())
    return text if len(text) <= ANSWER_MAX_LENGTH else None


def _options(options: list[str], picked) -> list[str] | None:
    found = []
    for value in picked:
        if not isinstance(value, str) or not value.isdigit():
            return None
        index = int(value)
        if index >= len(options):
            return None
        found.append(options[index])
    return found
