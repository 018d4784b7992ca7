"""The quiz result speaks plainly: percent right, not "of 100"."""

import pytest

from cms.routing import route_url
from learning import services
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
