"""The quiz result speaks plainly, and an incomplete answer shows where."""

import pytest

from cms.routing import route_url
from learning import services
from learning.models import QuizAttempt
from learning.quiz import quiz_from_block
from tests.learning.conftest import lessons_of, quiz_answers

pytestmark = pytest.mark.django_db


def _post(client, lesson, answers):
    data = {f"frage-{qid}": ids for qid, ids in answers.items()}
    return client.post(route_url(lesson, "quiz"), data)


def test_result_says_percent_right_not_of_100(client, course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    response = _post(client, lesson, quiz_answers(lesson, correct=False))
    page = client.get(response["Location"]).content.decode()
    assert "von 100 Prozent" not in page
    assert "Prozent richtig (nötig: 100 Prozent)" in page


def test_an_incomplete_answer_marks_the_open_questions(client, course, contact_person):
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    lesson = lessons_of(course)[-1]
    answers = quiz_answers(lesson)
    _first, second = quiz_from_block(lesson.quiz_block).questions
    del answers[second.id]
    response = _post(client, lesson, answers)
    assert response.status_code == 302 and second.id in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert page.count("Bitte beantworten Sie diese Frage.") == 1
    marked = page.split('class="field--error"')[1].split("</fieldset>")[0]
    assert second.text in marked
    assert QuizAttempt.objects.count() == 0
