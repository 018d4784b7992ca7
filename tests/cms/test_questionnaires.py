"""Questionnaires: anonymous answers, one per person, results from 5 answers."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

from cms import questionnaires as q
from cms.questionnaires import Answer, Questionnaire, Response, Survey
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_questionnaire(**fields) -> Questionnaire:
    questionnaire = Questionnaire(name="Kurz", intro="Drei Fragen.", **fields)
    questionnaire.questions = [
        q.Question(
            kind="scale",
            text="Wie hilfreich war es?",
            required=True,
            low_label="gar nicht",
            high_label="sehr",
            points=5,
        ),
        q.Question(
            kind="single", text="Wie lang?", choices="zu kurz\npassend\nzu lang"
        ),
        q.Question(
            kind="multiple", text="Was nehmen Sie mit?", choices="Wissen\nKontakte\nMut"
        ),
        q.Question(kind="text", text="Was sollen wir ändern?"),
    ]
    questionnaire.save()
    return questionnaire


def open_survey(questionnaire=None, *, closes_at=None, object_id=1) -> Survey:
    survey, _ = q.survey_open(
        subject="tests.thing",
        object_id=object_id,
        questionnaire=questionnaire or make_questionnaire(),
        title="Schulung A",
        closes_at=closes_at or timezone.now() + timedelta(days=14),
    )
    return survey


def answer(survey, user, scale="4", text="Mehr Pausen"):
    keys = [question["key"] for question in survey.questions]
    form = q.build_form(
        survey.questions,
        {keys[0]: scale, keys[1]: "1", keys[2]: ["0", "2"], keys[3]: text},
    )
    assert form.is_valid(), form.errors
    return q.submit(survey=survey, user=user, data=form.cleaned_data)


def test_no_path_leads_from_an_answer_to_a_person():
    """Walk every relation of the answer tables: none reaches a person or a time."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    seen, todo = set(), [Answer, Response]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for field in model._meta.get_fields():
            # Only forward links: an invitation points at the survey, not back.
            if field.auto_created and not field.concrete:
                continue
            if model in (Answer, Response):
                assert not isinstance(field, models.DateTimeField | models.DateField), (
                    f"{model.__name__}.{field.name} could be matched to a sign-in"
                )
            related = getattr(field, "related_model", None)
            if related is None:
                continue
            assert related is not user_model, f"{model.__name__}.{field.name}"
            todo.append(related)
    assert seen == {Answer, Response, Survey, Questionnaire}
    # The keys are random, so the order of answers tells nothing.
    assert isinstance(Response._meta.pk, models.UUIDField)
    assert isinstance(Answer._meta.pk, models.UUIDField)


def test_answers_are_stored_without_the_person_and_marked_answered():
    survey = open_survey()
    person = UserFactory()
    q.invite(survey=survey, user_ids=[person.pk])
    response = answer(survey, person, text=f"Ich bin {person.email}")
    row = Response.objects.filter(pk=response.pk).values().get()
    assert set(row) == {"id", "survey_id"}
    assert Answer.objects.filter(response=response).count() == 4
    invitation = q.Invitation.objects.get(survey=survey, user=person)
    assert invitation.answered is True
    assert {f.name for f in q.Invitation._meta.concrete_fields} == {
        "id",
        "survey",
        "user",
        "answered",
    }
    survey.refresh_from_db()
    assert survey.response_count == 1


def test_one_answer_per_person_and_nothing_stored_the_second_time():
    survey = open_survey()
    person = UserFactory()
    q.invite(survey=survey, user_ids=[person.pk])
    answer(survey, person)
    with pytest.raises(q.QuestionnaireError) as error:
        answer(survey, person)
    assert error.value.code == "answered"
    assert "schon beantwortet" in error.value.message
    assert Response.objects.count() == 1


def test_refused_without_invitation_and_after_closing():
    survey = open_survey(closes_at=timezone.now() + timedelta(days=1))
    stranger, invited = UserFactory(), UserFactory()
    q.invite(survey=survey, user_ids=[invited.pk])
    with pytest.raises(q.QuestionnaireError) as error:
        answer(survey, stranger)
    assert error.value.code == "not_invited"
    Survey.objects.filter(pk=survey.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    survey.refresh_from_db()
    with pytest.raises(q.QuestionnaireError) as error:
        answer(survey, invited)
    assert error.value.code == "closed"
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0
    assert not q.Invitation.objects.get(user=invited).answered


def test_inviting_twice_invites_once():
    survey = open_survey()
    person = UserFactory()
    assert len(q.invite(survey=survey, user_ids=[person.pk])) == 1
    assert q.invite(survey=survey, user_ids=[person.pk]) == []
    assert q.Invitation.objects.count() == 1


def test_results_only_from_five_answers_free_texts_likewise():
    survey = open_survey()
    people = UserFactory.create_batch(5)
    q.invite(survey=survey, user_ids=[p.pk for p in people])
    for index, person in enumerate(people[:4]):
        answer(survey, person, scale=str(index + 1), text=f"Text {index}")
    below = q.results(survey)
    assert below.count == 4 and not below.enough and below.questions == []
    answer(survey, people[4], scale="5", text="Text 4")
    above = q.results(survey)
    assert above.enough
    scale, single, multiple, text = above.questions
    assert [row[2] for row in scale.rows] == [1, 1, 1, 1, 1]
    assert scale.mean == 3.0
    assert scale.rows[0][0] == "1 – gar nicht" and scale.rows[-1][0] == "5 – sehr"
    assert single.rows == [("zu kurz", 0), ("passend", 5), ("zu lang", 0)]
    assert multiple.rows == [("Wissen", 5), ("Kontakte", 0), ("Mut", 5)]
    assert sorted(text.texts) == [f"Text {n}" for n in range(5)]


def test_free_texts_below_five_stay_hidden_even_above_the_threshold():
    survey = open_survey()
    people = UserFactory.create_batch(5)
    q.invite(survey=survey, user_ids=[p.pk for p in people])
    for index, person in enumerate(people):
        answer(survey, person, text="Nur ich" if index == 0 else "")
    text = q.results(survey).questions[-1]
    assert text.texts == [] and text.count == 1


def test_invalid_posts_give_form_errors_never_exceptions():
    survey = open_survey()
    keys = [question["key"] for question in survey.questions]
    for data in (
        {},
        {keys[0]: "99"},
        {keys[0]: "3", keys[1]: "7"},
        {keys[0]: "3", keys[2]: ["x"]},
        {keys[0]: "3", keys[3]: "x" * 5000},
    ):
        form = q.build_form(survey.questions, data)
        assert not form.is_valid()


def test_editing_the_template_keeps_what_was_asked():
    questionnaire = make_questionnaire()
    survey = open_survey(questionnaire)
    asked = [question["text"] for question in survey.questions]
    first = questionnaire.questions.first()
    first.text = "Neue Frage"
    first.save()
    survey.refresh_from_db()
    assert [question["text"] for question in survey.questions] == asked


def test_one_default_questionnaire():
    first = make_questionnaire(is_default=True)
    second = make_questionnaire(is_default=True)
    first.refresh_from_db()
    assert not first.is_default
    assert q.default_questionnaire() == second


def test_retention_removes_invitations_and_empties_free_texts():
    survey = open_survey()
    person = UserFactory()
    q.invite(survey=survey, user_ids=[person.pk])
    answer(survey, person, text="Mir ging es schlecht")
    later = survey.closes_at + timedelta(days=731)
    assert q.invitations_prune(now=later) == 1
    assert q.free_texts_prune(now=later) == 1
    assert q.free_texts_prune(now=later) == 0
    assert not Answer.objects.exclude(text="").exists()
    assert Answer.objects.filter(number__isnull=False).exists()


def test_export_and_erasure_of_invitations():
    from cms.personal_data import declarations

    survey = open_survey()
    person = UserFactory()
    q.invite(survey=survey, user_ids=[person.pk])
    answer(survey, person)
    assert q.export_invitations(person) == [
        {"befragung": "Schulung A", "beantwortet": True}
    ]
    [item] = [d for d in declarations() if d.model == "cms.Invitation"]

    class Erasure:
        user = person

    item.erase(Erasure())
    assert not q.Invitation.objects.exists()
    assert Response.objects.count() == 1
