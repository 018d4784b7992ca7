"""Course feedback: optional, anonymous, for people who completed the course,
results for the course's trainers and coordinators from 5 answers."""

import pytest
from django.utils import timezone

from cms import questionnaires as q
from cms.routing import route_url
from learning.models import Enrolment
from tests.factories import UserFactory
from tests.learning.conftest import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback_course(catalogue, trainer):
    questionnaire = q.Questionnaire(name="Kurs-Rückmeldung")
    questionnaire.questions = [
        q.Question(kind="scale", text="Hat der Kurs geholfen?", required=True),
        q.Question(kind="text", text="Was fehlt?"),
    ]
    questionnaire.save()
    course = make_course(catalogue, lessons=1, quiz=False)
    course.feedback_questionnaire = questionnaire
    course.trainers.set([trainer])
    course.save_revision().publish()
    course.refresh_from_db()
    return course


def finish(course, user):
    return Enrolment.objects.create(
        user=user, course=course, completed_at=timezone.now()
    )


def test_only_people_who_completed_may_answer_once(client, feedback_course):
    finished, started = UserFactory(), UserFactory()
    finish(feedback_course, finished)
    Enrolment.objects.create(user=started, course=feedback_course)
    url = route_url(feedback_course, "feedback")
    client.force_login(started)
    assert client.get(url).status_code == 404
    client.force_login(finished)
    assert client.get(url).status_code == 200
    survey = q.Survey.objects.get(subject="learning.coursepage")
    key = survey.questions[0]["key"]
    assert client.post(url, {key: "5"}).status_code == 302
    again = client.post(url, {key: "4"})
    assert again.status_code == 400
    assert q.Response.objects.count() == 1


def test_course_page_offers_feedback_after_completion(client, feedback_course):
    from learning.models import Certificate

    person = UserFactory()
    finish(feedback_course, person)
    client.force_login(person)
    html = client.get(feedback_course.url).content.decode()
    if Certificate.objects.filter(user=person).exists():
        assert route_url(feedback_course, "feedback") in html


def test_results_for_the_courses_trainers_from_five(
    client, feedback_course, trainer, other_trainer
):
    people = UserFactory.create_batch(5)
    for index, person in enumerate(people):
        finish(feedback_course, person)
        client.force_login(person)
        client.get(route_url(feedback_course, "feedback"))
        survey = q.Survey.objects.get()
        client.post(
            route_url(feedback_course, "feedback"),
            {survey.questions[0]["key"]: "4", survey.questions[1]["key"]: f"T{index}"},
        )
        if index == 3:
            client.force_login(trainer)
            below = client.get(route_url(feedback_course, "feedback_results"))
            assert "noch zu wenige Antworten" in below.content.decode()
    client.force_login(other_trainer)
    assert client.get(route_url(feedback_course, "feedback_results")).status_code == 404
    client.force_login(trainer)
    html = client.get(route_url(feedback_course, "feedback_results")).content.decode()
    assert "noch zu wenige Antworten" not in html
    assert all(f"T{n}" in html for n in range(5))
    csv = client.get(route_url(feedback_course, "feedback_results_csv"))
    assert csv.content.decode("utf-8").startswith("\ufeffFrage;Antwort;Anzahl")


def test_a_course_without_questionnaire_asks_nothing(client, catalogue):
    course = make_course(catalogue, lessons=1, quiz=False)
    person = UserFactory()
    finish(course, person)
    client.force_login(person)
    assert client.get(route_url(course, "feedback")).status_code == 404
    assert not q.Survey.objects.exists()
