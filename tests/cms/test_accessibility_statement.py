"""The accessibility statement: honest, dated, with a feedback form that works."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from cms import accessibility
from cms.models import AccessibilityFeedback, AccessibilityStatementPage, SiteSettings
from cms.retention import retention_apply
from tests.budgets import CONTENT_PAGE_BUDGET
from tests.factories import UserFactory


def test_statement_was_reviewed_within_the_last_twelve_months():
    """Review the statement (and set ACCESSIBILITY_REVIEWED_ON) at least yearly."""
    age = datetime.date.today() - accessibility.reviewed_on()
    assert age <= accessibility.REVIEW_INTERVAL, (
        f"The accessibility statement was last reviewed {age.days} days ago: check "
        "the platform again, update cms/accessibility.py and ACCESSIBILITY_REVIEWED_ON."
    )


def test_review_overdue_counts_from_the_settings():
    with override_settings(ACCESSIBILITY_REVIEWED_ON="2020-01-01"):
        assert accessibility.review_overdue()
    with override_settings(ACCESSIBILITY_REVIEWED_ON=datetime.date.today().isoformat()):
        assert not accessibility.review_overdue()


@pytest.fixture
def statement(home_page):
    page = home_page.add_child(
        instance=AccessibilityStatementPage(
            title="Erklärung zur Barrierefreiheit", slug="barrierefreiheit"
        )
    )
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.feedback_email = "barrierefrei@example.org"
    site_settings.accessibility_page = page
    site_settings.save()
    return page


def test_statement_follows_the_eu_model(client, statement):
    html = client.get(statement.url).content.decode()
    for heading in (
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Barriere melden: Feedback und Kontakt",
        "Durchsetzungsverfahren",
    ):
        assert heading in html
    assert "teilweise vereinbar" in html
    assert "Uns sind derzeit keine Barrieren bekannt" not in html
    for problem in accessibility.KNOWN_PROBLEMS:
        assert f'id="barriere-{problem.key}"' in html
    assert accessibility.reviewed_on().strftime("%Y") in html
    assert "axe-core" in html
    assert "Automatische Tests können nicht beurteilen" in html
    assert "https://www.lbbp.nrw.de/ombudsstelle" in html
    assert "Ombudsstelle für barrierefreie Informationstechnik" in html
    assert f"{statement.url}rueckmeldung/" in html


def test_sign_language_gap_is_listed_until_a_video_is_uploaded(client, statement):
    html = client.get(statement.url).content.decode()
    assert "kein Video in Deutscher Gebärdensprache" in html


def test_statement_query_budget(client, statement, django_assert_max_num_queries):
    client.get(statement.url)
    with django_assert_max_num_queries(CONTENT_PAGE_BUDGET):
        assert client.get(statement.url).status_code == 200


@pytest.fixture
def _send(client, statement, django_capture_on_commit_callbacks):
    def send(client, statement, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"{statement.url}rueckmeldung/", data)

    return send


def test_feedback_lands_in_the_queue_with_a_month_to_answer(client, statement, _send):
    form = client.get(f"{statement.url}rueckmeldung/?seite=/termine/")
    assert form.status_code == 200
    assert 'value="/termine/"' in form.content.decode()
    response = _send(
        client,
        statement,
        message="Der Kalender lässt sich nicht mit der Tastatur bedienen.",
        page_url="/termine/",
        name="Rita",
        email="Rita@Example.org",
    )
    assert response.status_code == 302
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.status == AccessibilityFeedback.Status.NEW
    assert feedback.email == "rita@example.org"
    assert feedback.answer_due == timezone.localdate() + datetime.timedelta(days=30)
    to_coordination = [m for m in mail.outbox if m.to == ["barrierefrei@example.org"]]
    receipt = [m for m in mail.outbox if m.to == ["rita@example.org"]]
    assert len(to_coordination) == 1 and len(receipt) == 1
    assert to_coordination[0].reply_to == ["rita@example.org"]
    assert "Tastatur" in to_coordination[0].body
    assert f"/admin/snippets/cms/accessibilityfeedback/edit/{feedback.pk}/" in (
        to_coordination[0].body
    )
    assert feedback.answer_due.strftime("%Y") in receipt[0].body
    assert "Ombudsstelle" in receipt[0].body
    page = client.get(response["Location"]).content.decode()
    assert "Ihre Meldung ist bei der Koordination angekommen" in page


def test_feedback_without_address_gets_no_receipt(client, statement, _send):
    _send(client, statement, message="Zu wenig Kontrast.")
    assert AccessibilityFeedback.objects.get().email == ""
    assert [m.to for m in mail.outbox] == [["barrierefrei@example.org"]]


def test_feedback_without_javascript_shows_errors_and_stores_nothing(
    client, statement, _send
):
    for data in ({}, {"message": "   "}, {"message": "x", "email": "kein-at"}):
        response = _send(client, statement, **data)
        assert response.status_code == 200
        assert "Bitte prüfen Sie Ihre Eingaben" in response.content.decode()
    assert not AccessibilityFeedback.objects.exists()
    assert not mail.outbox


@override_settings(RATE_LIMITS={"cms.accessibility_feedback": "2/h"})
def test_feedback_is_rate_limited(client, statement, _send):
    for _ in range(2):
        assert _send(client, statement, message="Barriere").status_code == 302
    response = _send(client, statement, message="Barriere")
    assert response.status_code == 200
    assert "viele Meldungen" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 2


def test_logged_in_person_sees_their_address_and_is_linked(client, statement, _send):
    person = UserFactory(display_name="Rita R.")
    client.force_login(person)
    html = client.get(f"{statement.url}rueckmeldung/").content.decode()
    assert person.email in html
    _send(client, statement, message="Barriere", email=person.email)
    assert AccessibilityFeedback.objects.get().user == person


def test_coordinators_see_the_queue_trainers_do_not(
    client, statement, coordinator, trainer
):
    AccessibilityFeedback.objects.create(message="Barriere im Kalender")
    url = reverse("wagtailsnippets_cms_accessibilityfeedback:list")
    client.force_login(trainer)
    assert client.get(url).status_code in {302, 403}
    client.force_login(coordinator)
    response = client.get(url)
    assert response.status_code == 200
    assert "Barriere-Meldungen" in response.content.decode()


def test_answer_sets_the_day_and_reopening_clears_it(db):
    feedback = AccessibilityFeedback.objects.create(message="Barriere")
    feedback.status = AccessibilityFeedback.Status.ANSWERED
    feedback.save()
    assert feedback.answered_at is not None
    feedback.status = AccessibilityFeedback.Status.IN_PROGRESS
    feedback.save()
    assert feedback.answered_at is None


def test_overdue_when_the_month_has_passed(db):
    feedback = AccessibilityFeedback.objects.create(
        message="Barriere", answer_due=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert feedback.overdue
    feedback.status = AccessibilityFeedback.Status.ANSWERED
    assert not feedback.overdue


def test_retention_deletes_answered_reports_after_a_year(db):
    now = timezone.now()
    old_answered = AccessibilityFeedback.objects.create(
        message="a", status="answered", answered_at=now - datetime.timedelta(days=400)
    )
    AccessibilityFeedback.objects.filter(pk=old_answered.pk).update(
        answered_at=now - datetime.timedelta(days=400)
    )
    very_old = AccessibilityFeedback.objects.create(
        message="b", received_at=now - datetime.timedelta(days=800)
    )
    recent = AccessibilityFeedback.objects.create(message="c")
    counts = retention_apply(now=now)
    assert counts["accessibility-feedback"] == 2
    assert list(AccessibilityFeedback.objects.values_list("pk", flat=True)) == [
        recent.pk
    ]
    assert not AccessibilityFeedback.objects.filter(pk=very_old.pk).exists()


def test_feedback_is_exported_and_erased_with_the_person(db):
    from cms.privacy import account_erase, personal_data_export

    person = UserFactory()
    AccessibilityFeedback.objects.create(message="Meine Meldung", user=person)
    AccessibilityFeedback.objects.create(message="Per Adresse", email=person.email)
    exported = personal_data_export(user=person)
    assert "Meine Meldung" in str(exported) and "Per Adresse" in str(exported)
    account_erase(user=person, actor=None)
    assert not AccessibilityFeedback.objects.exists()


def test_statement_says_how_reflow_and_the_editor_are_checked(client, statement):
    html = client.get(statement.url).content.decode()
    # Reflow at 320 px is tested automatically (tests/browser/test_reflow.py).
    assert "von Hand durchgesehen" not in html
    assert "bei 320 Pixel Breite: Keine Seite muss man zur Seite scrollen" in html
    # Every field of our own blocks is named; only Draftail's text is not.
    assert "nicht alle Eingabefelder der Bausteine" not in html
    assert "die Felder für formatierten Text keine Beschriftung" in html
