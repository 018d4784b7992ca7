"""A training's page keeps what is the same for everybody (cms.memo) and
shows each person their own booking, and follows every change at once."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events import services
from tests.events.conftest import with_question
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(settings):
    settings.MEMO_FRAGMENTS = True


@pytest.fixture
def training(make_event, venue):
    trainer = UserFactory(display_name="Renate Trainerin")
    return make_event(
        title="Gut durch die Krise", venue=venue, capacity=3, trainers=[trainer]
    )


def _unmasked(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def _page(client, event) -> str:
    response = client.get(event.url)
    assert response.status_code == 200
    return response.content.decode()


def test_each_person_sees_their_own_booking_on_a_kept_page(client, kept, training):
    booked, other = UserFactory.create_batch(2)
    services.booking_create(event=training, user=booked, actor=booked)
    client.force_login(other)
    _page(client, training)
    assert "Verbindlich buchen" in _page(client, training)
    client.force_login(booked)
    page = _page(client, training)
    assert "Sie haben einen Platz gebucht." in page
    assert "Verbindlich buchen" not in page
    assert "Noch 2 von 3 Plätzen frei" in page


def test_a_returning_visit_reads_less_and_shows_the_same(client, kept, training):
    client.force_login(UserFactory())
    _page(client, training)  # the site's settings are made on the first visit
    first = _page(client, training)
    with CaptureQueriesContext(connection) as queries:
        again = _page(client, training)
    # The same page (each form's token is masked anew on every request).
    assert _unmasked(again) == _unmasked(first)
    read = "\n".join(q["sql"] for q in queries)
    for table in ("events_eventsession", "events_venue", "events_eventpage_trainers"):
        assert f'FROM "{table}"' not in read, read


def test_the_kept_page_follows_sessions_places_and_people(client, kept, training):
    client.force_login(UserFactory())
    assert "Stadtteilzentrum Styrum" in _page(client, training)
    assert "Renate Trainerin" in _page(client, training)

    # A place renamed in the admin, without touching the training.
    training.venue.name = "Haus der Begegnung"
    training.venue.save()
    page = _page(client, training)
    assert "Haus der Begegnung" in page
    assert "Stadtteilzentrum Styrum" not in page

    # A trainer changes the name others see.
    trainer = training.trainers.get()
    trainer.display_name = "Renate K."
    trainer.save()
    assert "Renate K." in _page(client, training)

    # A second session, published.
    later = timezone.localtime(training.sessions.get().start) + timedelta(days=14)
    training.sessions.add(
        training.sessions.model(start=later, end=later + timedelta(hours=2))
    )
    training.save_revision().publish()
    assert "Termine (2 Teile)" in _page(client, training)


def test_a_preview_shows_the_draft_not_the_kept_page(client, kept, training):
    client.force_login(UserFactory())
    _page(client, training)
    draft = training.specific.get_latest_revision_as_object()
    draft.summary = "Ein Entwurf"
    draft.sessions.add(
        draft.sessions.model(
            start=timezone.now() + timedelta(days=30),
            end=timezone.now() + timedelta(days=30, hours=1),
        )
    )
    request = RequestFactory().get("/")
    request.user = UserFactory()
    preview = draft.make_preview_request(request)
    html = preview.rendered_content if hasattr(preview, "rendered_content") else ""
    html = html or preview.content.decode()
    assert "Ein Entwurf" in html
    assert "Termine (2 Teile)" in html
    # The published page is still the one kept.
    assert "Termine (2 Teile)" not in _page(client, training)


def test_a_kept_booking_form_is_empty_and_a_refused_one_shows_its_mistakes(
    client, kept, training
):
    from django.urls import reverse

    from events.models import BookingQuestion

    with_question(
        training,
        label="Bringen Sie ein Handy mit?",
        kind=BookingQuestion.Kind.YES_NO,
        required=True,
    )
    client.cookies["csrftoken"] = "A" * 32  # as a browser that has one
    client.force_login(UserFactory())
    assert "Bringen Sie ein Handy mit?" in _page(client, training)
    assert "Bringen Sie ein Handy mit?" in _page(client, training)
    refused = client.post(reverse("events:book", args=[training.pk]), {})
    assert refused.status_code == 400
    assert "Dieses Feld muss ausgefüllt werden." in refused.content.decode()
    again = _page(client, training)
    assert "Dieses Feld muss ausgefüllt werden." not in again
    assert "Bringen Sie ein Handy mit?" in again
    # Full: the kept form of a free training is not the one shown.
    for person in UserFactory.create_batch(3):
        services.booking_create(event=training, user=person, actor=person)
    assert "Auf die Warteliste setzen" in _page(client, training)
