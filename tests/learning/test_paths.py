"""Qualification paths: joining, the stepper, completion both ways, the report.

* A path's steps are a course, one attended training of a topic or dimension,
  and a post in a topic group; each required or optional.
* Completion happens at once when the last required step is done and issues a
  certificate with the same public verification as a course certificate.
* Attendance withdrawn, or a course certificate revoked, takes the path's
  completion back at once and revokes its certificate; doing the step again
  makes the same certificate valid again.
* A step whose course or training was deleted shows "nicht mehr verfügbar".
* Coordinators see progress per person and per district, and a CSV.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.models import District, Topic
from events import services as events
from exchange import services as exchange
from exchange.models import ExchangeIndexPage
from learning import paths, services
from learning.models import (
    Certificate,
    PathMembership,
    PathStep,
    QualificationPath,
    RevocationCause,
)
from tests.budgets import DASHBOARD_BUDGET, MY_PATHS_BUDGET, PATH_REPORT_BUDGET
from tests.events.conftest import build_event
from tests.factories import UserFactory
from tests.learning.conftest import lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(home_page):
    from events.models import EventIndexPage

    page = home_page.add_child(instance=EventIndexPage(title="Termine", slug="termine"))
    page.save_revision().publish()
    return page


@pytest.fixture
def exchange_page(home_page):
    page = home_page.add_child(
        instance=ExchangeIndexPage(title="Austausch", slug="austausch")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Einsamkeit")


@pytest.fixture
def path(catalogue, calendar, exchange_page, topic):
    course = make_course(catalogue, "Krisen verstehen", lessons=1, quiz=False)
    path = QualificationPath(title="Ansprechperson werden", slug="ansprechperson")
    path.steps = [
        PathStep(kind=PathStep.Kind.COURSE, course=course),
        PathStep(kind=PathStep.Kind.TRAINING, topic=topic),
        PathStep(kind=PathStep.Kind.TRAINING, dimension="sinnhaftigkeit"),
        PathStep(kind=PathStep.Kind.EXCHANGE, required=False),
    ]
    path.save()
    return path


def finish_course(user, course):
    services.enrolment_start(user=user, course=course)
    for lesson in lessons_of(course):
        if lesson.quiz_block:
            services.quiz_submit(user=user, lesson=lesson, answers=quiz_answers(lesson))
        else:
            services.lesson_complete(user=user, lesson=lesson)


def attend(calendar, user, trainer, *, state="teilgenommen", **fields):
    start = timezone.now() + timedelta(days=2)
    training = build_event(calendar, trainers=[trainer], start=start, **fields)
    booking = events.booking_create(event=training, user=user, actor=user)
    session = training.sessions.get()
    events.attendance_record(
        session=session, booking=booking, state=state, actor=trainer, now=session.end
    )
    return training, session, booking


def _course(path):
    return path.steps.get(kind=PathStep.Kind.COURSE).course


def test_join_shows_a_stepper_with_the_next_step_and_what_to_open(
    client, path, contact_person
):
    client.force_login(contact_person)
    offer = client.get(reverse("learning:paths")).text
    assert "Ansprechperson werden" in offer and "Beitreten" in offer
    response = client.post(reverse("learning:path_join", args=["ansprechperson"]))
    assert response.status_code == 302
    assert PathMembership.objects.filter(user=contact_person, path=path).exists()
    page = client.get(reverse("learning:paths")).text
    # An ordered list with the state in words, the next step marked for screen readers.
    assert '<ol class="stepper"' in page
    assert page.count('aria-current="step"') == 1
    assert "Kurs „Krisen verstehen“ abschließen" in page
    assert "Ihr nächster Schritt" in page and "Kurs öffnen" in page
    assert "folgt nach den vorherigen Schritten" in page
    assert "0 von 3 Pflichtschritten erledigt" in page
    assert "freiwillig" in page
    dashboard = client.get(reverse("dashboard")).text
    assert "Meine Lernpfade" in dashboard and "Ihr nächster Schritt" in dashboard
    # Joining twice changes nothing; an unknown or closed path says so.
    client.post(reverse("learning:path_join", args=["ansprechperson"]))
    assert PathMembership.objects.count() == 1
    response = client.post(
        reverse("learning:path_join", args=["gibt-es-nicht"]), follow=True
    )
    assert "Diesen Lernpfad gibt es nicht oder nicht mehr." in response.text
    QualificationPath.objects.filter(pk=path.pk).update(is_open=False)
    other = UserFactory()
    client.force_login(other)
    response = client.post(
        reverse("learning:path_join", args=["ansprechperson"]), follow=True
    )
    assert "Diesem Lernpfad kann man zurzeit nicht beitreten." in response.text
    assert not PathMembership.objects.filter(user=other).exists()


def test_free_order_proposes_any_open_step(path, contact_person):
    QualificationPath.objects.filter(pk=path.pk).update(in_order=False)
    path.refresh_from_db()
    paths.path_join(user=contact_person, path=path)
    progress = paths.my_paths(user=contact_person)["paths"][0]
    assert not any(state.locked for state in progress.steps)
    assert [s.status for s in progress.steps][:3] == ["offen", "offen", "offen"]


def test_completing_every_required_step_issues_a_verifiable_certificate(
    client, path, calendar, contact_person, trainer, topic
):
    paths.path_join(user=contact_person, path=path)
    finish_course(contact_person, _course(path))
    assert not PathMembership.objects.get().completed_at
    attend(calendar, contact_person, trainer, title="Einsam – gemeinsam")
    # A training without the topic or dimension does not count.
    assert PathMembership.objects.get().completed_at is None
    training, _session, _booking = attend(
        calendar,
        contact_person,
        trainer,
        title="Zugehörigkeit",
        dimension="sinnhaftigkeit",
    )
    assert PathMembership.objects.get().completed_at is None
    training.topics.add(topic)
    training.save_revision().publish()
    # The topic came later: the next change of any step's condition counts it.
    paths.paths_reevaluate(user=contact_person)
    membership = PathMembership.objects.get()
    assert membership.completed_at is not None  # the exchange step is optional
    certificate = Certificate.objects.get(path=path)
    assert certificate.course is None and certificate.course_title == path.title
    assert certificate.is_valid
    verify = client.get(certificate.get_absolute_url())
    assert verify.status_code == 200
    assert "Diese Bescheinigung ist gültig." in verify.text
    assert "Lernpfad" in verify.text and "Ansprechperson werden" in verify.text
    client.force_login(contact_person)
    page = client.get(reverse("learning:paths")).text
    assert "Lernpfad abgeschlossen am" in page
    assert reverse("learning:certificate_download", args=[certificate.pk]) in page
    assert "Erfüllt durch: Zugehörigkeit" in page


@pytest.fixture
def completed(path, calendar, contact_person, trainer, topic):
    paths.path_join(user=contact_person, path=path)
    finish_course(contact_person, _course(path))
    training, session, booking = attend(
        calendar,
        contact_person,
        trainer,
        title="Einsam – gemeinsam",
        dimension="sinnhaftigkeit",
    )
    training.topics.add(topic)
    training.save_revision().publish()
    paths.paths_reevaluate(user=contact_person)
    assert PathMembership.objects.get().completed_at is not None
    return session, booking, Certificate.objects.get(path=path)


def test_withdrawn_attendance_takes_the_path_back_at_once_and_gives_it_back(
    client, completed, contact_person, trainer
):
    session, booking, certificate = completed
    events.attendance_record(
        session=session,
        booking=booking,
        state="nicht_erschienen",
        actor=trainer,
        now=session.end,
    )
    assert PathMembership.objects.get().completed_at is None
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revocation_cause == RevocationCause.PATH_STEP
    assert "Für den Lernpfad „Ansprechperson werden“ fehlt jetzt" in (
        certificate.revocation_reason
    )
    verify = client.get(certificate.get_absolute_url()).text
    assert "widerrufen" in verify
    events.attendance_record(
        session=session,
        booking=booking,
        state="teilgenommen",
        actor=trainer,
        now=session.end,
    )
    assert PathMembership.objects.get().completed_at is not None
    again = Certificate.objects.get(path__isnull=False)
    assert again.pk == certificate.pk and again.code == certificate.code
    assert again.is_valid


def test_a_revoked_course_certificate_takes_the_path_back(
    completed, contact_person, coordinator
):
    course_certificate = Certificate.objects.get(course__isnull=False)
    services.certificate_revoke(
        certificate=course_certificate, actor=coordinator, reason="Falsche Person"
    )
    assert PathMembership.objects.get().completed_at is None
    assert not Certificate.objects.get(path__isnull=False).is_valid


def test_a_required_exchange_step_follows_posts_written_and_deleted(
    path, contact_person, coordinator, exchange_page
):
    PathStep.objects.filter(path=path).exclude(kind=PathStep.Kind.EXCHANGE).delete()
    PathStep.objects.filter(path=path).update(required=True)
    paths.path_join(user=contact_person, path=path)
    assert PathMembership.objects.get().completed_at is None
    forum = exchange.group_propose(
        user=contact_person,
        title="Nachbarschaft",
        description="Wir helfen einander.",
        visibility="open",
        pre_moderation=False,
    )
    forum = exchange.group_decide(forum=forum, actor=coordinator, approve=True)
    thread = exchange.thread_create(
        forum=forum, user=contact_person, title="Hallo", body="Ich bin neu hier."
    )
    assert PathMembership.objects.get().completed_at is not None
    exchange.post_delete(post=thread.posts.get(), user=contact_person)
    assert PathMembership.objects.get().completed_at is None


def test_a_step_whose_course_or_training_was_deleted_shows_as_unavailable(
    client, path, calendar, contact_person, coordinator, trainer
):
    training = build_event(calendar, title="Einmalig", trainers=[trainer])
    PathStep.objects.create(path=path, kind=PathStep.Kind.TRAINING, training=training)
    paths.path_join(user=contact_person, path=path)
    course = _course(path)
    course.delete()  # no learner's records yet, so the page may go
    training.delete()
    client.force_login(contact_person)
    page = client.get(reverse("learning:paths"))
    assert page.status_code == 200
    assert page.text.count("nicht mehr verfügbar") >= 2
    client.force_login(coordinator)
    report = client.get(reverse("learning_admin:path_report", args=[path.pk]))
    assert report.status_code == 200
    assert "bitte den Schritt im Lernpfad anpassen" in report.text
    # An unavailable required step keeps the path from completing.
    assert not paths.path_evaluate(membership=PathMembership.objects.get())


def test_coordinators_see_progress_per_person_and_district_with_csv(
    client, completed, path, coordinator, trainer, contact_person
):
    north = District.objects.create(name="Styrum")
    contact_person.district = north
    contact_person.save()
    paths.path_join(user=UserFactory(display_name="Bea Beginn"), path=path)
    client.force_login(coordinator)
    index = client.get(reverse("learning_admin:path_index")).text
    assert "Ansprechperson werden" in index
    url = reverse("learning_admin:path_report", args=[path.pk])
    page = client.get(url).text
    assert "Anna Ansprech" in page and "Bea Beginn" in page
    assert "Styrum" in page and "ohne Stadtteil" in page
    assert "3 von 3" in page and "0 von 3" in page
    csv = client.get(url, {"format": "csv"}).content.decode()
    assert contact_person.email in csv and "Styrum" in csv
    assert "erledigt" in csv
    # Trainers (admin access) get 404; others are not let into the admin at all.
    for person, status in ((trainer, 404), (contact_person, 302)):
        client.force_login(person)
        assert client.get(url).status_code == status
        assert client.get(reverse("learning_admin:path_index")).status_code == status


def test_coordinator_composes_a_path_in_the_admin_and_bad_steps_are_refused(
    client, catalogue, coordinator
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    course = make_course(catalogue, "Krisen verstehen", lessons=1, quiz=False)
    client.force_login(coordinator)
    url = reverse("wagtailsnippets_learning_qualificationpath:add")

    def form(step):
        return nested_form_data(
            {
                "title": "Neu",
                "slug": "neu",
                "summary": "",
                "in_order": "on",
                "is_open": "on",
                "steps": inline_formset([step]),
            }
        )

    bad = client.post(url, form({"kind": "training", "required": "on"}))
    assert bad.status_code == 200
    assert "Bitte eine bestimmte Schulung, ein Thema oder eine Dimension" in bad.text
    assert not QualificationPath.objects.exists()
    good = client.post(
        url, form({"kind": "course", "required": "on", "course": course.pk})
    )
    assert good.status_code == 302
    assert QualificationPath.objects.get().steps.get().course == course


def _many(path, count):
    for number in range(count):
        paths.path_join(user=UserFactory(display_name=f"Person {number}"), path=path)


def test_path_pages_keep_their_query_budget(
    client,
    path,
    completed,
    contact_person,
    coordinator,
    django_assert_max_num_queries,
    django_assert_num_queries,
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(coordinator)
    url = reverse("learning_admin:path_report", args=[path.pk])
    client.get(url)

    def count(target):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(target).status_code == 200
        return len(ctx.captured_queries)

    small = count(url)
    _many(path, 12)
    large = count(url)
    assert small == large <= PATH_REPORT_BUDGET, (small, large)
    assert count(url + "?format=csv") <= large
    client.force_login(contact_person)
    mine = reverse("learning:paths")
    client.get(mine)
    small = count(mine)
    assert small <= MY_PATHS_BUDGET, small
    QualificationPath.objects.create(title="Zweiter Pfad", slug="zweiter")
    second = QualificationPath.objects.get(slug="zweiter")
    PathStep.objects.create(path=second, kind=PathStep.Kind.EXCHANGE)
    paths.path_join(user=contact_person, path=second)
    assert count(mine) == small
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        client.get(reverse("dashboard"))


def test_export_names_the_paths(path, contact_person):
    from learning.personal_data import export_path_memberships

    paths.path_join(user=contact_person, path=path)
    assert export_path_memberships(contact_person)[0]["lernpfad"] == path.title
