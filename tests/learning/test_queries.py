"""Query budgets: the same for 3 or 50 lessons and 1 or 200 enrolments.

Each test measures a page with few items, grows the data, measures again and
checks that the count did not change and stays within the budget.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning import services
from learning.models import Enrolment
from tests.budgets import DASHBOARD_BUDGET, ROUTE_LINK_QUERIES
from tests.factories import UserFactory
from tests.learning.conftest import add_lesson, lessons_of, make_course

pytestmark = pytest.mark.django_db

CATALOGUE_BUDGET = 14
# Includes the related trainings and the link to the course forum, a route of
# the exchange page whose address is looked up once.
COURSE_BUDGET = 24 + ROUTE_LINK_QUERIES
LESSON_BUDGET = 22


def count_queries(client, url, **params) -> int:
    client.get(url, params)  # warm per-site caches (site settings, root paths)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_lessons(course, count: int) -> None:
    for number in range(count):
        add_lesson(course, f"Weitere Lektion {number}", dimension="handhabbarkeit")


def add_people(course, count: int) -> None:
    people = UserFactory.create_batch(count)
    Enrolment.objects.bulk_create([Enrolment(user=p, course=course) for p in people])


def test_catalogue_budget(client, catalogue):
    course = make_course(catalogue, "Kurs 0")
    small = count_queries(client, catalogue.url, q="Kurs")
    add_lessons(course, 47)
    add_people(course, 199)
    for number in range(1, 6):
        make_course(catalogue, f"Kurs {number}")
    large = count_queries(client, catalogue.url, q="Kurs")
    assert small == large <= CATALOGUE_BUDGET, (small, large)


def test_course_and_lesson_budgets(client, catalogue, contact_person):
    course = make_course(catalogue)
    services.enrolment_start(user=contact_person, course=course)
    first, second, quiz = lessons_of(course)
    services.lesson_complete(user=contact_person, lesson=first)
    client.force_login(contact_person)
    small = [count_queries(client, page.url) for page in (course, second, quiz)]
    add_lessons(course, 47)
    add_people(course, 199)
    large = [count_queries(client, page.url) for page in (course, second, quiz)]
    assert small == large, (small, large)
    assert large[0] <= COURSE_BUDGET
    assert max(large[1:]) <= LESSON_BUDGET


def test_dashboard_budget(client, catalogue, contact_person):
    course = make_course(catalogue, "Kurs 0")
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    client.force_login(contact_person)
    small = count_queries(client, reverse("dashboard"))
    add_lessons(course, 47)
    add_people(course, 199)
    for number in range(1, 6):
        other = make_course(catalogue, f"Kurs {number}")
        services.enrolment_start(user=contact_person, course=other)
        services.lesson_complete(user=contact_person, lesson=lessons_of(other)[0])
    large = count_queries(client, reverse("dashboard"))
    assert small == large <= DASHBOARD_BUDGET, (small, large)


def test_home_section_budget(client, home_page, catalogue):
    home_page.body = [("section", {"section": "courses", "heading": ""})]
    home_page.save_revision().publish()
    make_course(catalogue, "Kurs 0")
    small = count_queries(client, "/")
    for number in range(1, 6):
        make_course(catalogue, f"Kurs {number}")
    large = count_queries(client, "/")
    assert small == large, (small, large)


def test_report_budget(client, catalogue, coordinator, contact_person):
    course = make_course(catalogue, "Kurs 0")
    services.enrolment_start(user=contact_person, course=course)
    services.lesson_complete(user=contact_person, lesson=lessons_of(course)[0])
    client.force_login(coordinator)
    urls = [
        reverse("learning_admin:report_index"),
        reverse("learning_admin:report_course", args=[course.pk]),
    ]
    small = [count_queries(client, url) for url in urls]
    add_lessons(course, 47)
    add_people(course, 199)
    for number in range(1, 6):
        make_course(catalogue, f"Kurs {number}")
    large = [count_queries(client, url) for url in urls]
    assert small == large, (small, large)
