"""Questionnaires: templates, anonymous answers and results behind a threshold.

Trainings (evaluations) and courses (feedback) share them. A coordinator keeps
*templates* (``Questionnaire`` with its ``Question`` rows). When an app asks
people for their opinion it opens a ``Survey`` for one subject (a training, a
course): the survey keeps a copy of the questions, so editing a template never
changes what was asked. Each person asked gets an ``Invitation``; answering
marks it "answered" and stores a ``Response`` with its ``Answer`` rows *without
the person*: no link, no time, a random key. Results are shown only once
``MIN_ANSWERS`` responses exist; free texts come in random order.

The models live here and are imported by ``cms.models``; apps reach them only
through the functions below and their own selectors.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from cms.errors import DomainError

#: Results, free texts and report cells need at least this many answers.
MIN_ANSWERS = 5
TEXT_MAX_LENGTH = 2000


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("Skala")
    SINGLE = "single", _("Einfachauswahl")
    MULTIPLE = "multiple", _("Mehrfachauswahl")
    TEXT = "text", _("Freitext")


class Questionnaire(ClusterableModel):
    """A questionnaire template kept by coordinators."""

    name = models.CharField(_("Name"), max_length=150)
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=1000,
        help_text=_("Steht über den Fragen."),
    )
    is_default = models.BooleanField(
        _("Standard für Schulungen"),
        default=False,
        help_text=_("Gilt für jede Schulung, die keinen eigenen Fragebogen nennt."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("intro"),
        FieldPanel("is_default"),
        InlinePanel("questions", label=_("Fragen"), min_num=1),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Fragebogen")
        verbose_name_plural = _("Fragebögen")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if self.is_default:
            # One default: naming a new one ends the old one.
            Questionnaire.objects.exclude(pk=self.pk).filter(is_default=True).update(
                is_default=False
            )
        return result

    def snapshot(self) -> list[dict]:
        """Return the questions as a survey keeps them."""
        return [question.as_dict() for question in self.questions.all()]


class Question(Orderable):
    questionnaire = ParentalKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    kind = models.CharField(
        _("Art"), max_length=10, choices=QuestionKind.choices, default="scale"
    )
    text = models.CharField(_("Frage"), max_length=300)
    required = models.BooleanField(_("Pflichtfrage"), default=False)
    choices = models.TextField(
        _("Antwortmöglichkeiten"),
        blank=True,
        help_text=_("Bei Auswahlfragen: eine Antwort je Zeile."),
    )
    low_label = models.CharField(
        _("Beschriftung links"),
        max_length=60,
        blank=True,
        help_text=_("Bei Skalen, z. B. „trifft gar nicht zu“."),
    )
    high_label = models.CharField(
        _("Beschriftung rechts"),
        max_length=60,
        blank=True,
        help_text=_("Bei Skalen, z. B. „trifft voll zu“."),
    )
    points = models.PositiveSmallIntegerField(
        _("Stufen der Skala"), default=5, choices=[(n, str(n)) for n in (3, 4, 5, 6, 7)]
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("text"),
        FieldPanel("choices"),
        FieldRowPanel(
            [FieldPanel("low_label"), FieldPanel("high_label"), FieldPanel("points")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Frage")
        verbose_name_plural = _("Fragen")

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            if len(choice_lines(self.choices)) < 2:
                raise ValidationError(
                    {"choices": _("Bitte mindestens zwei Antworten nennen.")}
                )

    def as_dict(self) -> dict:
        return {
            "key": f"q{self.pk or self.sort_order}",
            "kind": self.kind,
            "text": self.text,
            "required": self.required,
            "choices": choice_lines(self.choices),
            "low": self.low_label,
            "high": self.high_label,
            "points": self.points,
        }


def choice_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()][:20]


class Survey(models.Model):
    """One round of questions about one subject (a training, a course)."""

    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("Fragebogen"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="surveys",
    )
    #: ``app_label.model`` of the subject and its primary key.
    subject = models.CharField(max_length=60)
    object_id = models.PositiveIntegerField()
    title = models.CharField(_("Titel"), max_length=255)
    intro = models.TextField(blank=True)
    questions = models.JSONField(default=list)
    closes_at = models.DateTimeField(_("Antworten bis"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Kept by ``submit`` so that lists need no count.
    response_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Befragung")
        verbose_name_plural = _("Befragungen")
        constraints = [
            models.UniqueConstraint(
                fields=["subject", "object_id"], name="cms_survey_one_per_subject"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def is_open(self, now: datetime | None = None) -> bool:
        return self.closes_at is None or (now or timezone.now()) < self.closes_at

    @property
    def has_enough_answers(self) -> bool:
        return self.response_count >= MIN_ANSWERS


class Invitation(models.Model):
    """That a person was asked, and whether they answered; never what."""

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="invitations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="survey_invitations",
    )
    answered = models.BooleanField(_("Beantwortet"), default=False)

    class Meta:
        verbose_name = _("Einladung zur Befragung")
        verbose_name_plural = _("Einladungen zur Befragung")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "user"], name="cms_invitation_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.survey} ({self.pk})"


class Response(models.Model):
    """One anonymous set of answers: no person, no time, a random key."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="responses"
    )

    class Meta:
        verbose_name = _("Antwortbogen")
        verbose_name_plural = _("Antwortbögen")

    def __str__(self) -> str:
        return str(self.survey)


class Answer(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    response = models.ForeignKey(
        Response, on_delete=models.CASCADE, related_name="answers"
    )
    question_key = models.CharField(max_length=20)
    number = models.PositiveSmallIntegerField(null=True, blank=True)
    choices = models.JSONField(default=list, blank=True)
    text = models.TextField(blank=True, max_length=TEXT_MAX_LENGTH)

    class Meta:
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        indexes = [models.Index(fields=["response", "question_key"])]

    def __str__(self) -> str:
        return self.question_key


# -- rules --------------------------------------------------------------------


class QuestionnaireError(DomainError):
    messages = {
        "not_invited": _(
            "Zu dieser Befragung sind Sie nicht eingeladen. Es wurde nichts "
            "gespeichert."
        ),
        "answered": _(
            "Sie haben diese Befragung schon beantwortet. Jede Person antwortet "
            "einmal; es wurde nichts gespeichert."
        ),
        "closed": _(
            "Diese Befragung ist seit %(date)s geschlossen. Es wurde nichts "
            "gespeichert."
        ),
        "empty": _("Bitte beantworten Sie mindestens eine Frage."),
    }


def default_questionnaire() -> Questionnaire | None:
    return Questionnaire.objects.filter(is_default=True).first()


def survey_open(
    *,
    subject: str,
    object_id: int,
    questionnaire: Questionnaire,
    title: str,
    closes_at: datetime | None,
) -> tuple[Survey, bool]:
    """Open the one survey of a subject; tell whether it is new."""
    return Survey.objects.get_or_create(
        subject=subject,
        object_id=object_id,
        defaults={
            "questionnaire": questionnaire,
            "title": title[:255],
            "intro": questionnaire.intro,
            "questions": questionnaire.snapshot(),
            "closes_at": closes_at,
        },
    )


def invite(*, survey: Survey, user_ids: Iterable[int]) -> list[Invitation]:
    """Invite people once; return the invitations that are new."""
    wanted = set(user_ids)
    known = set(
        Invitation.objects.filter(survey=survey, user_id__in=wanted).values_list(
            "user_id", flat=True
        )
    )
    new = [Invitation(survey=survey, user_id=pk) for pk in sorted(wanted - known)]
    Invitation.objects.bulk_create(new, ignore_conflicts=True)
    return list(Invitation.objects.filter(survey=survey, user_id__in=wanted - known))


def invitation_for(*, survey: Survey, user) -> Invitation | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Invitation.objects.filter(survey=survey, user=user).first()


def check_can_answer(*, survey: Survey, user, now: datetime | None = None) -> None:
    invitation = invitation_for(survey=survey, user=user)
    if invitation is None:
        raise QuestionnaireError("not_invited")
    if invitation.answered:
        raise QuestionnaireError("answered")
    if not survey.is_open(now):
        raise QuestionnaireError("closed", date=_date(survey.closes_at))


def _date(value: datetime | None) -> str:
    from django.utils import formats

    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), "SHORT_DATE_FORMAT")


def submit(
    *, survey: Survey, user, data: dict, now: datetime | None = None
) -> Response:
    """Store one person's answers without them and mark them as answered.

    ``data`` is a valid form's ``cleaned_data``. Raises ``QuestionnaireError``
    and stores nothing when the person may not answer.
    """
    now = now or timezone.now()
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .filter(survey=survey, user=user)
            .first()
        )
        if invitation is None:
            raise QuestionnaireError("not_invited")
        if invitation.answered:
            raise QuestionnaireError("answered")
        if not survey.is_open(now):
            raise QuestionnaireError("closed", date=_date(survey.closes_at))
        answers = _answers(survey.questions, data)
        if not answers:
            raise QuestionnaireError("empty")
        response = Response.objects.create(survey=survey)
        for answer in answers:
            answer.response = response
        # Random keys and a shuffled insert order: no sequence to match.
        random.shuffle(answers)
        Answer.objects.bulk_create(answers)
        invitation.answered = True
        invitation.save(update_fields=["answered"])
        Survey.objects.filter(pk=survey.pk).update(
            response_count=models.F("response_count") + 1
        )
    return response


def _answers(questions: list[dict], data: dict) -> list[Answer]:
    answers = []
    for question in questions:
        value = data.get(question["key"])
        if value in (None, "", []):
            continue
        kind = question["kind"]
        if kind == QuestionKind.SCALE:
            answers.append(Answer(question_key=question["key"], number=int(value)))
        elif kind == QuestionKind.SINGLE:
            answers.append(Answer(question_key=question["key"], choices=[int(value)]))
        elif kind == QuestionKind.MULTIPLE:
            answers.append(
                Answer(
                    question_key=question["key"],
                    choices=sorted(int(v) for v in value),
                )
            )
        else:
            answers.append(
                Answer(question_key=question["key"], text=str(value).strip())
            )
    return answers


# -- the form -----------------------------------------------------------------


def scale_choices(question: dict) -> list[tuple[str, str]]:
    points = int(question.get("points") or 5)
    labels = []
    for n in range(1, points + 1):
        label = str(n)
        if n == 1 and question.get("low"):
            label = f"{n} – {question['low']}"
        elif n == points and question.get("high"):
            label = f"{n} – {question['high']}"
        labels.append((str(n), label))
    return labels


def build_form(questions: list[dict], data=None) -> forms.Form:
    """Build a form of a survey's questions; invalid posts never raise."""
    fields: dict[str, forms.Field] = {}
    for question in questions:
        key, kind = question["key"], question["kind"]
        common = {
            "label": question["text"],
            "required": bool(question.get("required")),
        }
        if kind == QuestionKind.SCALE:
            field_ = forms.ChoiceField(
                choices=scale_choices(question),
                widget=forms.RadioSelect(attrs={"class": "scale"}),
                **common,
            )
        elif kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            options = [(str(i), text) for i, text in enumerate(question["choices"])]
            if kind == QuestionKind.SINGLE:
                field_ = forms.ChoiceField(
                    choices=options, widget=forms.RadioSelect, **common
                )
            else:
                field_ = forms.MultipleChoiceField(
                    choices=options, widget=forms.CheckboxSelectMultiple, **common
                )
        else:
            field_ = forms.CharField(
                widget=forms.Textarea(attrs={"rows": 4}),
                max_length=TEXT_MAX_LENGTH,
                **common,
            )
        if not common["required"]:
            field_.help_text = gettext("freiwillig")
        fields[key] = field_
    form_class = type("QuestionnaireForm", (forms.Form,), fields)
    return form_class(data=data)


# -- results ------------------------------------------------------------------


@dataclass
class QuestionResult:
    question: dict
    count: int = 0
    # Scale: (label, value, count) per point; choices: (label, count).
    rows: list[tuple] = field(default_factory=list)
    mean: float | None = None
    texts: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.question["kind"]


@dataclass
class SurveyResults:
    survey: Survey
    count: int
    enough: bool
    questions: list[QuestionResult] = field(default_factory=list)


def results(survey: Survey, *, shuffle: bool = True) -> SurveyResults:
    """Return a survey's results, or only their number below the threshold.

    Two queries: the count and, above the threshold, the answers.
    """
    count = Response.objects.filter(survey=survey).count()
    outcome = SurveyResults(survey=survey, count=count, enough=count >= MIN_ANSWERS)
    if not outcome.enough:
        return outcome
    by_key: dict[str, list[Answer]] = {}
    for answer in Answer.objects.filter(response__survey=survey).only(
        "question_key", "number", "choices", "text"
    ):
        by_key.setdefault(answer.question_key, []).append(answer)
    for question in survey.questions:
        answers = by_key.get(question["key"], [])
        outcome.questions.append(_question_result(question, answers, shuffle))
    return outcome


def _question_result(question: dict, answers: list, shuffle: bool) -> QuestionResult:
    result = QuestionResult(question=question, count=len(answers))
    kind = question["kind"]
    if kind == QuestionKind.SCALE:
        counts = Counter(a.number for a in answers if a.number)
        result.rows = [
            (label, int(value), counts.get(int(value), 0))
            for value, label in scale_choices(question)
        ]
        total = sum(counts.values())
        if total:
            result.mean = round(sum(v * n for v, n in counts.items()) / total, 2)
    elif kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        counts = Counter(i for a in answers for i in a.choices)
        result.rows = [
            (text, counts.get(i, 0)) for i, text in enumerate(question["choices"])
        ]
    else:
        texts = [a.text for a in answers if a.text]
        if shuffle:
            random.shuffle(texts)
        else:
            texts.sort()
        # Below the threshold a free text is as telling as a name.
        result.texts = texts if len(texts) >= MIN_ANSWERS else []
        result.count = len(texts)
    return result


def results_rows(outcome: SurveyResults) -> list[list]:
    """Return the results as spreadsheet rows (question, answer, number)."""
    rows: list[list] = []
    for result in outcome.questions:
        text = result.question["text"]
        if result.kind == QuestionKind.SCALE:
            for label, _value, count in result.rows:
                rows.append([text, label, count])
            rows.append([text, gettext("Mittelwert"), result.mean or ""])
        elif result.kind == QuestionKind.TEXT:
            if not result.texts:
                rows.append([text, gettext("noch zu wenige Antworten"), result.count])
            for entry in result.texts:
                rows.append([text, entry, ""])
        else:
            for label, count in result.rows:
                rows.append([text, label, count])
    return rows


def scale_means(survey_ids: Iterable[int]) -> dict[int, tuple[int, float | None]]:
    """Return per survey (responses, mean of every scale answer); one query each."""
    ids = list(survey_ids)
    counts = dict(Survey.objects.filter(pk__in=ids).values_list("pk", "response_count"))
    sums: dict[int, list[int]] = {pk: [0, 0] for pk in ids}
    rows = (
        Answer.objects.filter(response__survey_id__in=ids, number__isnull=False)
        .values("response__survey_id")
        .annotate(total=models.Sum("number"), n=models.Count("id"))
    )
    for row in rows:
        sums[row["response__survey_id"]] = [row["total"], row["n"]]
    return {
        pk: (counts.get(pk, 0), (sums[pk][0] / sums[pk][1]) if sums[pk][1] else None)
        for pk in ids
    }


def surveys_with_scores(subject: str) -> list[Survey]:
    """Return a subject's surveys with their scale answers summed; 2 queries.

    Each survey gets ``scale_total`` (every scale answer turned into 1 to 5, so
    scales of 3 or 7 points compare) and ``scale_weight`` (how many).
    """
    surveys = list(Survey.objects.filter(subject=subject).order_by("created_at", "pk"))
    by_pk = {survey.pk: survey for survey in surveys}
    for survey in surveys:
        survey.scale_total, survey.scale_weight = 0.0, 0
    rows = (
        Answer.objects.filter(response__survey__subject=subject, number__isnull=False)
        .values("response__survey_id", "question_key", "number")
        .annotate(n=models.Count("id"))
    )
    for row in rows:
        survey = by_pk.get(row["response__survey_id"])
        if survey is None:
            continue
        points = next(
            (
                int(q.get("points") or 5)
                for q in survey.questions
                if q["key"] == row["question_key"]
            ),
            5,
        )
        value = 1 + 4 * (row["number"] - 1) / max(points - 1, 1)
        survey.scale_total += value * row["n"]
        survey.scale_weight += row["n"]
    return surveys


def surveys_of(subject: str, object_ids: Iterable[int]) -> dict[int, Survey]:
    return {
        survey.object_id: survey
        for survey in Survey.objects.filter(
            subject=subject, object_id__in=list(object_ids)
        )
    }


def open_invitations(user, subject: str, now: datetime | None = None) -> list:
    """Return a person's unanswered invitations of open surveys of a subject."""
    now = now or timezone.now()
    return list(
        Invitation.objects.filter(user=user, answered=False, survey__subject=subject)
        .filter(
            models.Q(survey__closes_at__isnull=True)
            | models.Q(survey__closes_at__gt=now)
        )
        .select_related("survey")
        .order_by("survey__closes_at", "pk")
    )


# -- retention ------------------------------------------------------------------

#: Who was asked is kept this long after a survey closed, then deleted.
INVITATION_RETENTION_DAYS = 365
#: Free texts may hold health data: emptied this long after a survey closed.
FREE_TEXT_RETENTION_DAYS = 730


def invitations_prune(*, now: datetime) -> int:
    from datetime import timedelta

    cutoff = now - timedelta(days=INVITATION_RETENTION_DAYS)
    deleted, _ = Invitation.objects.filter(survey__closes_at__lt=cutoff).delete()
    return deleted


def free_texts_prune(*, now: datetime) -> int:
    from datetime import timedelta

    cutoff = now - timedelta(days=FREE_TEXT_RETENTION_DAYS)
    return (
        Answer.objects.filter(response__survey__closes_at__lt=cutoff)
        .exclude(text="")
        .update(text="")
    )


def export_invitations(user) -> list[dict]:
    """A person's invitations: which survey, whether answered; never what."""
    return [
        {"befragung": i.survey.title, "beantwortet": i.answered}
        for i in Invitation.objects.filter(user=user).select_related("survey")
    ]


def erase_invitations(erasure) -> None:
    # The anonymous answers stay: nothing links them to the person.
    Invitation.objects.filter(user=erasure.user).delete()
