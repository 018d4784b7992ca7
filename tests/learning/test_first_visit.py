"""A first visit that shows the way: "Erste Schritte", the blended course's
next step and Mein Bereich's order on a phone."""

import re
from datetime import timedelta

from django.utils import timezone
from django.utils.formats import date_format

from events.models import EventIndexPage
from learning import services
from tests.budgets import DASHBOARD_BUDGET
from tests.events.conftest import build_event
from tests.factories import DistrictFactory
from tests.learning.conftest import lessons_of, make_course


def _dashboard(client) -> str:
    return client.get("/mein-bereich/").content.decode()


def test_first_steps_lead_a_new_person_and_disappear_once_done(
    client, contact_person, catalogue
):
    course = make_course(catalogue, "Einstieg", lessons=1, quiz=False)
    make_course(catalogue, "Für später", lessons=1, quiz=False)
    contact_person.district = None
    contact_person.save()
    client.force_login(contact_person)

    html = _dashboard(client)
    assert "Erste Schritte" in html
    steps = html.split('class="first-steps__list"')[1].split("</ol>")[0]
    assert 'href="/mein-bereich/profil/"' in steps
    # The beginners' course is the catalogue's first course.
    assert f'href="{course.url}"' in steps
    assert "Für später" not in steps

    services.enrolment_start(user=contact_person, course=course)
    steps = _dashboard(client).split('class="first-steps__list"')[1]
    assert f'href="{course.url}"' not in steps.split("</ol>")[0]
    assert "erledigt" in steps

    contact_person.district = DistrictFactory(name="Heißen")
    contact_person.display_name = "Lena W."
    contact_person.save()
    # No calendar and no exchange here: every step that can be taken is done.
    html = _dashboard(client)
    assert "Erste Schritte" not in html
    # One full stop after an abbreviated name, not two.
    assert "Lena W.." not in html and "Willkommen, Lena W." in html


def test_blended_course_after_the_last_lesson_offers_booking_a_training(
    client, contact_person, catalogue
):
    course = make_course(
        catalogue, "Erste Hilfe", lessons=2, quiz=False, requires_training=True
    )
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    html = client.get(course.url).content.decode()
    assert "Weiter lernen" in html and "Schulung buchen" not in html
    for lesson in lessons_of(course):
        services.lesson_complete(user=contact_person, lesson=lesson)
    html = client.get(course.url).content.decode()
    assert "Weiter lernen" not in html
    assert re.search(r'href="#zugehoerige-schulungen">Schulung buchen', html)
    assert 'id="zugehoerige-schulungen"' in html
    html = _dashboard(client)
    assert f'href="{course.url}#zugehoerige-schulungen">Schulung buchen' in html


def test_blended_course_shows_the_booked_training_instead_of_booking(
    client, contact_person, catalogue, trainer
):
    from events.services import booking_create

    course = make_course(
        catalogue, "Erste Hilfe", lessons=1, quiz=False, requires_training=True
    )
    calendar = catalogue.get_parent().add_child(
        instance=EventIndexPage(title="Schulungen", slug="termine")
    )
    calendar.save_revision().publish()
    start = timezone.localtime() + timedelta(days=9)
    training = build_event(
        calendar, title="Erste Hilfe in Präsenz", trainers=[trainer], start=start
    )
    training.related_courses.add(course)
    training.save_revision().publish()
    services.enrolment_start(user=contact_person, course=course)
    for lesson in lessons_of(course):
        services.lesson_complete(user=contact_person, lesson=lesson)
    client.force_login(contact_person)
    html = client.get(course.url).content.decode()
    assert re.search(r'href="#zugehoerige-schulungen">Schulung buchen', html)
    assert f'<li><a href="{training.url}">Erste Hilfe in Präsenz</a>' in html

    booking_create(event=training, user=contact_person, actor=contact_person)
    html = client.get(course.url).content.decode()
    assert "Schulung buchen" not in html
    day = date_format(start.date(), "DATE_FORMAT")
    assert (
        f'<strong>Gebucht:</strong> <a href="{training.url}">Erste Hilfe in '
        f"Präsenz</a>, {day}</p>"
    ) in html


def test_mein_bereich_shows_next_lesson_first_and_folds_the_rest(
    client, contact_person, catalogue, django_assert_max_num_queries
):
    course = make_course(catalogue, "Einstieg", lessons=1, quiz=False)
    services.enrolment_start(user=contact_person, course=course)
    client.force_login(contact_person)
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        html = _dashboard(client)
    before, folded = html.split('<details class="dashboard-more"', 1)
    assert "Meine Kurse" in before and "Weiter lernen" in before
    # The rest works without JavaScript: a native <details> with a summary.
    assert "<summary>" in folded and "Mein Konto" in folded
    assert "Mein Kohärenzprofil" in folded


def test_first_steps_are_for_newcomers_only(client, contact_person, catalogue):
    from datetime import timedelta

    from django.utils import timezone

    make_course(catalogue, "Einstieg", lessons=1, quiz=False)
    client.force_login(contact_person)
    assert "Erste Schritte" in _dashboard(client)
    contact_person.date_joined = timezone.now() - timedelta(days=120)
    contact_person.save()
    assert "Erste Schritte" not in _dashboard(client)
