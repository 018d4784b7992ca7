"""Training evaluations: invited once after the last session, anonymous answers,
results for the training's trainers and coordinators from 5 answers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms import questionnaires as q
from cms.routing import route_url
from events import selectors, services
from events.models import Attendance, Booking
from tests.budgets import DASHBOARD_BUDGET, SURVEY_RESULTS_BUDGET
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def questionnaire(db):
    questionnaire = q.Questionnaire(name="Standard", is_default=True)
    questionnaire.questions = [
        q.Question(
            kind="scale",
            text="Wie hilfreich war die Schulung?",
            required=True,
            low_label="gar nicht",
            high_label="sehr",
        ),
        q.Question(
            kind="single", text="Das Tempo war", choices="zu langsam\ngut\nzu schnell"
        ),
        q.Question(
            kind="multiple", text="Was hat geholfen?", choices="Übungen\nAustausch"
        ),
        q.Question(kind="text", text="Was sollen wir ändern?"),
    ]
    questionnaire.save()
    return questionnaire


def attend(event, user, state=Attendance.State.ATTENDED):
    booking = Booking.objects.create(
        event=event, user=user, status=Booking.Status.CONFIRMED
    )
    for session in event.sessions.all():
        Attendance.objects.create(booking=booking, session=session, state=state)
    return booking


@pytest.fixture
def past_event(make_event, trainer):
    start = timezone.now() - timedelta(days=1, hours=3)
    return make_event(title="Zuhören lernen", start=start, trainers=[trainer])


def post_answers(client, event, survey, *, scale="4", text="Mehr Pausen"):
    keys = [question["key"] for question in survey.questions]
    return client.post(
        route_url(event, "evaluation"),
        {keys[0]: scale, keys[1]: "1", keys[2]: ["0"], keys[3]: text},
    )


def test_after_the_last_session_every_attendee_is_invited_once(
    past_event, questionnaire, mailoutbox, django_capture_on_commit_callbacks
):
    came = UserFactory.create_batch(2)
    missed = UserFactory()
    for person in came:
        attend(past_event, person)
    attend(past_event, missed, state=Attendance.State.NO_SHOW)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.evaluations_open_due() == 1
    survey = q.Survey.objects.get()
    assert survey.object_id == past_event.pk
    assert survey.closes_at > past_event.ends_at + timedelta(days=13)
    assert set(q.Invitation.objects.values_list("user_id", flat=True)) == {
        p.pk for p in came
    }
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p.email for p in came)
    assert "Zuhören lernen" in mailoutbox[0].subject
    assert route_url(past_event, "evaluation") in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        assert services.evaluations_open_due() == 0
        services.evaluation_open(event=past_event)
    assert len(mailoutbox) == 2
    assert q.Invitation.objects.count() == 2


def test_running_and_future_trainings_are_not_asked_yet(
    make_event, questionnaire, mailoutbox
):
    running = make_event(
        sessions=[
            (
                timezone.now() - timedelta(days=2),
                timezone.now() - timedelta(days=2, hours=-2),
            ),
            (
                timezone.now() + timedelta(days=1),
                timezone.now() + timedelta(days=1, hours=2),
            ),
        ]
    )
    attend(running, UserFactory())
    assert services.evaluations_open_due() == 0
    assert not q.Survey.objects.exists()


def test_the_trainings_own_questionnaire_wins_over_the_default(
    past_event, questionnaire
):
    own = q.Questionnaire(name="Eigener")
    own.questions = [q.Question(kind="text", text="Ein Wort?")]
    own.save()
    past_event.evaluation_questionnaire = own
    past_event.save()
    survey = services.evaluation_open(event=past_event)
    assert [question["text"] for question in survey.questions] == ["Ein Wort?"]


def test_answering_stores_anonymously_and_only_once(
    client, past_event, questionnaire, contact_person
):
    attend(past_event, contact_person)
    survey = services.evaluation_open(event=past_event)
    client.force_login(contact_person)
    form = client.get(route_url(past_event, "evaluation"))
    assert form.status_code == 200
    html = form.content.decode()
    assert "anonym" in html and "1 – gar nicht" in html and "freiwillig" in html
    response = post_answers(client, past_event, survey)
    assert response.status_code == 302
    assert q.Response.objects.count() == 1
    again = post_answers(client, past_event, survey)
    assert again.status_code == 400
    assert "schon beantwortet" in again.content.decode()
    assert q.Response.objects.count() == 1
    # The form page now says so, and Mein Bereich no longer asks.
    assert (
        "schon beantwortet"
        in client.get(route_url(past_event, "evaluation")).content.decode()
    )
    assert selectors.open_evaluations(contact_person) == []


def test_bad_input_is_refused_with_nothing_stored(
    client, past_event, questionnaire, contact_person, other_person
):
    attend(past_event, contact_person)
    survey = services.evaluation_open(event=past_event)
    # Not attended, so not invited: someone else's invitation stays invisible.
    client.force_login(other_person)
    assert client.get(route_url(past_event, "evaluation")).status_code == 404
    assert post_answers(client, past_event, survey).status_code == 404
    # Missing required answer, out-of-range values: form errors, no 500.
    client.force_login(contact_person)
    keys = [question["key"] for question in survey.questions]
    for data in (
        {},
        {keys[0]: "9"},
        {keys[0]: "3", keys[2]: ["7"]},
        {keys[0]: ["x", "y"]},
    ):
        response = client.post(route_url(past_event, "evaluation"), data)
        assert response.status_code == 400
        assert "Bitte prüfen Sie Ihre Eingaben" in response.content.decode()
    # After the closing date.
    q.Survey.objects.filter(pk=survey.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    response = post_answers(client, past_event, survey)
    assert response.status_code == 400
    assert "geschlossen" in response.content.decode()
    assert q.Response.objects.count() == 0
    assert not q.Invitation.objects.get(user=contact_person).answered
    # No survey at all.
    client.logout()
    assert client.get(route_url(past_event, "evaluation")).status_code == 302


def _answered_by(event, survey, count, client):
    people = UserFactory.create_batch(count)
    for person in people:
        attend(event, person)
    services.evaluation_open(event=event)
    for index, person in enumerate(people):
        client.force_login(person)
        post_answers(
            client,
            event,
            survey or q.Survey.objects.get(),
            scale=str(1 + index % 5),
            text=f"Idee {index}",
        )
    client.logout()
    return people


def test_results_for_trainers_and_coordinators_from_five_answers(
    client, past_event, questionnaire, trainer, other_trainer, coordinator
):
    _answered_by(past_event, None, 4, client)
    url = route_url(past_event, "evaluation_results")
    client.force_login(trainer)
    below = client.get(url).content.decode()
    assert "noch zu wenige Antworten" in below
    assert "Idee 0" not in below and "<svg" not in below
    csv_below = client.get(route_url(past_event, "evaluation_results_csv"))
    assert "Idee" not in csv_below.content.decode("utf-8-sig")
    client.logout()
    survey = q.Survey.objects.get()
    extra = UserFactory()
    attend(past_event, extra)
    services.evaluation_open(event=past_event)
    client.force_login(extra)
    post_answers(client, past_event, survey, text="Idee 4")
    for person, expected in ((trainer, 200), (coordinator, 200), (other_trainer, 404)):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == expected
        if expected == 200:
            html = response.content.decode()
            assert "noch zu wenige Antworten" not in html
            assert 'role="img"' in html and "<title" in html
            assert all(f"Idee {n}" in html for n in range(5))
            assert "5 Antworten" in html
    client.force_login(trainer)
    download = client.get(route_url(past_event, "evaluation_results_csv"))
    text = download.content.decode("utf-8")
    assert text.startswith("\ufeffFrage;Antwort;Anzahl")
    assert "Wie hilfreich war die Schulung?;Mittelwert;" in text


def test_free_text_formulas_are_defused_in_the_csv(
    client, past_event, questionnaire, trainer
):
    people = UserFactory.create_batch(5)
    for person in people:
        attend(past_event, person)
    survey = services.evaluation_open(event=past_event)
    for person in people:
        client.force_login(person)
        post_answers(client, past_event, survey, text='=HYPERLINK("http://x")')
    client.force_login(trainer)
    text = client.get(route_url(past_event, "evaluation_results_csv")).content.decode()
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text


def test_mein_bereich_lists_open_evaluations(
    client, past_event, questionnaire, contact_person, django_assert_max_num_queries
):
    attend(past_event, contact_person)
    services.evaluation_open(event=past_event)
    client.force_login(contact_person)
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        html = client.get("/mein-bereich/").content.decode()
    assert "Schulungen bewerten" in html
    assert route_url(past_event, "evaluation") in html


@pytest.mark.parametrize("answers", [5, 30])
def test_results_page_budget_holds_with_many_answers(
    client, past_event, questionnaire, trainer, answers, django_assert_max_num_queries
):
    _answered_by(past_event, None, answers, client)
    client.force_login(trainer)
    with django_assert_max_num_queries(SURVEY_RESULTS_BUDGET):
        response = client.get(route_url(past_event, "evaluation_results"))
    assert response.status_code == 200
