"""Questions asked while booking: defaults, answers, lists, CSV and erasure."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cms.retention import retention_apply
from cms.routing import route_url
from events import selectors, services
from events.models import (
    Booking,
    BookingAnswer,
    BookingQuestion,
    EventPage,
)
from events.questions import questions_for
from tests.budgets import PAGE_ROUTE_QUERIES
from tests.events.conftest import build_event, with_question
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_day(make_event, venue):
    start = timezone.now() + timedelta(days=10)
    return make_event(
        title="Ganztägiger Grundkurs",
        venue=venue,
        sessions=[(start, start + timedelta(hours=7))],
    )


def test_standard_questions_follow_the_kind_of_training(make_event, full_day):
    in_person = make_event(format=EventPage.Format.IN_PERSON)
    online = make_event(format=EventPage.Format.ONLINE)
    keys = lambda event: [q.key for q in questions_for(event)]  # noqa: E731
    assert keys(in_person) == ["barrierefreiheit", "barrierefreiheit_sonstiges"]
    assert keys(online) == ["leihgeraet"]
    assert keys(full_day) == [
        "barrierefreiheit",
        "barrierefreiheit_sonstiges",
        "ernaehrung",
    ]
    none = make_event(standard_questions=EventPage.StandardQuestions.NONE)
    assert keys(none) == []


def test_booking_form_asks_and_stores_answers_without_javascript(
    client, full_day, contact_person
):
    question = with_question(full_day, kind=BookingQuestion.Kind.YES_NO, required=True)
    client.force_login(contact_person)
    html = client.get(full_day.url).content.decode()
    assert "Fragen zur Buchung" in html
    assert "Gebärdensprachdolmetschung" in html and "Ernährung" in html
    response = client.post(
        route_url(full_day, "book"),
        {
            "antwort_barrierefreiheit": ["0", "2"],
            "antwort_ernaehrung": "vegetarisch",
            f"antwort_frage-{question.pk}": "ja",
        },
    )
    assert response.status_code == 302, response.context["answers_form"].errors
    booking = Booking.objects.get(user=contact_person)
    answers = {a.question_key: a.value for a in booking.answers.all()}
    assert answers == {
        "barrierefreiheit": "Stufenloser Zugang; Induktionsschleife",
        "ernaehrung": "vegetarisch",
        f"frage-{question.pk}": "ja",
    }
    page = client.get(full_day.url).content.decode()
    assert "Ihre Angaben" in page and "Stufenloser Zugang; Induktionsschleife" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Dieses Feld muss ausgefüllt werden."),
        ({"antwort_ernaehrung": "x" * 301}, "höchstens 300 Zeichen"),
        ({"antwort_barrierefreiheit": ["9"]}, "gültige Auswahl"),
    ],
)
def test_bad_answers_show_the_form_again_and_book_nothing(
    client, full_day, contact_person, data, message
):
    question = with_question(full_day, kind=BookingQuestion.Kind.YES_NO, required=True)
    if data:
        data[f"antwort_frage-{question.pk}"] = "nein"
    client.force_login(contact_person)
    response = client.post(route_url(full_day, "book"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_service_refuses_wrong_kinds_of_answer(full_day, contact_person):
    for answers in ({"ernaehrung": 5}, {"barrierefreiheit": ["x"]}):
        with pytest.raises(services.BookingError) as refused:
            services.booking_create(
                event=full_day, user=contact_person, actor=contact_person,
                answers=answers,
            )  # fmt: skip
        assert refused.value.code == "answer_invalid"
    assert not Booking.objects.exists()


def test_answers_change_until_booking_closes(client, full_day, contact_person):
    booking = services.booking_create(
        event=full_day,
        user=contact_person,
        actor=contact_person,
        answers={"ernaehrung": "vegan"},
    )
    client.force_login(contact_person)
    url = route_url(full_day, "answers")
    assert 'value="vegan"' in client.get(url).content.decode()
    client.post(url, {"antwort_ernaehrung": "glutenfrei"})
    assert booking.answers.get().value == "glutenfrei"

    closes = timezone.now() - timedelta(minutes=1)
    EventPage.objects.filter(pk=full_day.pk).update(booking_closes_at=closes)
    full_day.refresh_from_db()
    response = client.post(url, {"antwort_ernaehrung": "alles"})
    assert "konnten nur bis" in response.content.decode()
    assert booking.answers.get().value == "glutenfrei"
    with pytest.raises(services.BookingError) as refused:
        services.booking_answers_save(
            booking=booking, answers={"ernaehrung": "alles"}, actor=contact_person
        )
    assert refused.value.code == "answers_closed"


def test_someone_elses_answers_page_is_404(client, full_day, contact_person):
    services.booking_create(event=full_day, user=contact_person, actor=contact_person)
    client.force_login(UserFactory())
    assert client.get(route_url(full_day, "answers")).status_code == 404


def test_answers_on_list_sheet_only_where_relevant_and_csv(
    client, make_event, trainer, contact_person
):
    event = make_event(format=EventPage.Format.HYBRID, trainers=[trainer])
    services.booking_create(
        event=event,
        user=contact_person,
        actor=contact_person,
        answers={"leihgeraet": True, "barrierefreiheit": ["1"]},
    )
    client.force_login(trainer)
    listing = client.get(route_url(event, "participants")).content.decode()
    assert "Gebärdensprachdolmetschung" in listing and "Leihgerät" in listing
    sheet = client.get(route_url(event, "sign_in_sheet")).content.decode()
    # The sheet lies at the door: the loan device, never accessibility needs.
    assert "Leihgerät" in sheet and "Gebärdensprachdolmetschung" not in sheet
    text = client.get(route_url(event, "participants_csv")).content.decode("utf-8-sig")
    header, row = text.splitlines()[:2]
    assert "Ich brauche ein Leihgerät" in header
    assert row.endswith(";Ja;Gebärdensprachdolmetschung;")


def test_sign_in_sheet_has_no_extra_column_without_relevant_answers(
    client, make_event, trainer, contact_person
):
    event = make_event(trainers=[trainer])
    services.booking_create(
        event=event, user=contact_person, actor=contact_person,
        answers={"barrierefreiheit": ["0"]},
    )  # fmt: skip
    client.force_login(trainer)
    sheet = client.get(route_url(event, "sign_in_sheet")).content.decode()
    assert "Hinweise" not in sheet and "Stufenlos" not in sheet


def test_answers_are_erased_after_the_training_and_on_cancel(
    make_event, contact_person, other_person
):
    start = timezone.now() + timedelta(days=2)
    event = make_event(sessions=[(start, start + timedelta(hours=2))])
    kept = services.booking_create(
        event=event, user=contact_person, actor=contact_person,
        answers={"barrierefreiheit_sonstiges": "Rollstuhl"},
    )  # fmt: skip
    cancelled = services.booking_create(
        event=event, user=other_person, actor=other_person,
        answers={"barrierefreiheit_sonstiges": "Begleitperson"},
    )  # fmt: skip
    services.booking_cancel(booking=cancelled, actor=other_person)
    assert list(BookingAnswer.objects.values_list("value", flat=True)) == ["Rollstuhl"]
    counts = retention_apply(now=start + timedelta(hours=1))
    assert counts["events-booking-answers"] == 0
    counts = retention_apply(now=start + timedelta(hours=3))
    assert counts["events-booking-answers"] == 1
    assert not BookingAnswer.objects.exists()
    assert Booking.objects.filter(pk=kept.pk).exists()


def test_participant_list_budget_does_not_grow_with_answers(
    client, calendar_page, coordinator, django_assert_max_num_queries
):
    event = build_event(calendar_page, capacity=100)
    client.force_login(coordinator)

    def book(count: int) -> None:
        for person in UserFactory.create_batch(count):
            services.booking_create(
                event=event, user=person, actor=person,
                answers={"barrierefreiheit": ["0", "1"]},
            )  # fmt: skip

    book(2)
    pages = [route_url(event, n) for n in ("participants", "sign_in_sheet",
                                           "participants_csv")]  # fmt: skip
    client.get(pages[0])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(path: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    few = [count(path) for path in pages]
    book(10)
    assert [count(path) for path in pages] == few
    with django_assert_max_num_queries(PAGE_ROUTE_QUERIES + 20):
        client.get(pages[0])


def test_answers_selector_prefetches(make_event, contact_person):
    event = make_event()
    services.booking_create(
        event=event, user=contact_person, actor=contact_person,
        answers={"barrierefreiheit": ["0"]},
    )  # fmt: skip
    data = selectors.participants(event)
    assert [a.value for a in data["confirmed"][0].answer_list] == ["Stufenloser Zugang"]


def test_a_booking_reads_the_questions_once(
    client, full_day, django_assert_max_num_queries
):
    """The booking form's questions serve the service too: a booking costs the
    page route, the person, the questions (sessions, topics, own questions), the
    booking with its answers, its log entry and its mail row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = route_url(full_day, "book")
    for _ in range(2):
        client.force_login(UserFactory())
        with (
            django_assert_max_num_queries(PAGE_ROUTE_QUERIES + 20),
            CaptureQueriesContext(connection) as queries,
        ):
            response = client.post(url, {"antwort_ernaehrung": "vegetarisch"})
        assert response.status_code == 302
        asked = [q for q in queries if 'FROM "events_bookingquestion"' in q["sql"]]
        assert len(asked) == 1
