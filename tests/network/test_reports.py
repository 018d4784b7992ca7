"""Situation reports: pages, feed, subscription and digest, home sections."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cms.models import HomePage
from network.models import ReportSubscription, Support, TrainingRequest
from network.tasks import report_digests_send_task
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_index_lists_reports_newest_first_and_report_renders(client, make_report):
    older = make_report(41, date=timezone.localdate() - timezone.timedelta(days=9))
    make_report(42)
    index = older.get_parent()
    html = client.get(index.url).content.decode()
    assert html.index("Lagebericht 42") < html.index("Lagebericht 41")
    assert 'type="application/atom+xml"' in html
    response = client.get(older.url)
    assert response.status_code == 200
    assert "Lagebericht Nr. 41" in response.content.decode()
    assert f'<p class="back-link"><a href="{index.url}">' in response.content.decode()


def test_atom_feed(client, make_report):
    report = make_report(43, summary="Junge Menschen <finden> Platz")
    response = client.get(report.get_parent().url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "<feed" in body
    assert "Lagebericht 43" in body
    assert "Junge Menschen &lt;finden&gt; Platz" in body

    again = client.get(
        report.get_parent().url + "feed/",
        headers={"if-modified-since": response["Last-Modified"]},
    )
    assert again.status_code == 304


def test_subscribe_and_digest_is_sent_once(
    client, contact_person, make_report, on_commit
):
    client.force_login(contact_person)
    client.post(reverse("network:report_subscription"), {"abo": "ja"})
    subscription = ReportSubscription.objects.get(user=contact_person)
    make_report(44)

    # One outbox row per subscriber, sent after the commit.
    with on_commit():
        report_digests_send_task.delay()
    [digest] = mail.outbox
    assert digest.to == [contact_person.email]
    assert "Lagebericht 44" in digest.body
    assert str(subscription.token) in digest.body
    with on_commit():
        report_digests_send_task.delay()
    assert len(mail.outbox) == 1

    client.post(reverse("network:report_subscription"), {"abo": "nein"})
    assert not ReportSubscription.objects.exists()


def test_publishing_a_report_sends_the_digest(contact_person, make_report, on_commit):
    ReportSubscription.objects.create(
        user=contact_person, confirmed_at=timezone.now() - timezone.timedelta(days=1)
    )
    with on_commit():
        make_report(45)
    [digest] = mail.outbox
    assert "Lagebericht 45" in digest.body


def test_digest_link_unsubscribes_without_login(client, contact_person):
    subscription = ReportSubscription.objects.create(user=contact_person)
    url = reverse("network:report_unsubscribe", args=[subscription.token])
    assert client.get(url).status_code == 200
    assert ReportSubscription.objects.exists()
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert not ReportSubscription.objects.exists()
    response = client.post(url, follow=True)
    assert "bereits beendet" in response.content.decode()


def test_visitors_subscribe_by_email_after_confirming(client, news_index, on_commit):
    url = reverse("network:report_subscription")
    with on_commit():
        response = client.post(url, {"email": "Leser@Example.org"}, follow=True)
    assert "bestätigen Sie das Abo" in response.content.decode()
    [confirmation] = mail.outbox
    assert confirmation.to == ["leser@example.org"]
    subscription = ReportSubscription.objects.get()
    assert subscription.confirmed_at is None
    confirm_url = reverse("network:report_confirm", args=[subscription.token])
    assert confirm_url in confirmation.body

    # Unconfirmed addresses get no digest, and asking again sends no second mail.
    with on_commit():
        client.post(url, {"email": "leser@example.org"})
    assert report_digests_send_task.delay().get() == 0
    assert len(mail.outbox) == 1

    assert client.get(confirm_url).status_code == 200
    client.post(confirm_url)
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


@pytest.mark.parametrize("email", ["", "keine-adresse", "a@" + "b" * 300 + ".de"])
def test_bad_subscription_addresses_change_nothing(client, news_index, email):
    response = client.post(
        reverse("network:report_subscription"), {"email": email}, follow=True
    )
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in response.content.decode()
    assert not ReportSubscription.objects.exists()


def test_subscription_form_is_rate_limited(client, news_index, on_commit):
    url = reverse("network:report_subscription")
    for n in range(5):
        with on_commit():
            client.post(url, {"email": f"leser{n}@example.org"})
    response = client.post(url, {"email": "noch@example.org"}, follow=True)
    assert "später noch einmal" in response.content.decode()
    assert ReportSubscription.objects.count() == 5
    assert len(mail.outbox) == 5


def _home_with_sections(home_page: HomePage) -> HomePage:
    home_page.body = [
        ("section", {"section": "reports", "heading": ""}),
        ("section", {"section": "requests", "heading": ""}),
    ]
    home_page.save_revision().publish()
    return home_page


@pytest.mark.parametrize("count", [1, 12])
def test_home_shows_latest_report_and_top_requests_in_flat_queries(
    client,
    home_page,
    make_report,
    make_request,
    contact_person,
    count,
    django_assert_max_num_queries,
):
    _home_with_sections(home_page)
    for number in range(count):
        make_report(100 + number)
    supporters = UserFactory.create_batch(count * 5)
    for n in range(count):
        request = make_request(contact_person, title=f"Wunsch {n}")
        Support.objects.bulk_create(
            [Support(request=request, user=user) for user in supporters[: n * 5]]
        )
        TrainingRequest.objects.filter(pk=request.pk).update(support_count=n * 5 + 1)
    client.get("/")
    with django_assert_max_num_queries(13):
        response = client.get("/")
    html = response.content.decode()
    assert "Aktueller Lagebericht" in html
    assert f"Wunsch {count - 1}" in html
    assert html.count('class="card request-card"') == min(count, 3)


def test_dashboard_section(client, make_request, contact_person):
    make_request(contact_person, title="Mein Wunsch")
    client.force_login(contact_person)
    html = client.get(reverse("dashboard")).content.decode()
    assert "Mein Netzwerk" in html
    assert "Mein Wunsch" in html
    assert "Botschafter:in werden" in html


def test_coordinators_write_reports_in_the_page_editor(
    client, coordinator, make_report, news_index
):
    report = make_report(46)
    client.force_login(coordinator)
    add_url = f"/admin/pages/add/network/reportpage/{news_index.pk}/"
    assert client.get(add_url).status_code == 200
    assert client.get(f"/admin/pages/{report.pk}/edit/").status_code == 200


def test_a_first_visit_subscribes_from_the_cached_news_page(
    news_index, on_commit, settings
):
    from django.test import Client

    settings.PUBLIC_PAGE_CACHE = True
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(news_index.url)
    page = visitor.get(news_index.url)
    assert page.headers["X-Cache"] == "HIT"
    assert settings.CSRF_COOKIE_NAME not in visitor.cookies
    with on_commit():
        response = visitor.post(
            reverse("network:report_subscription"),
            {"email": "erstbesuch@example.org"},
            follow=True,
        )
    assert "bestätigen Sie das Abo" in response.content.decode()
    assert ReportSubscription.objects.get().email == "erstbesuch@example.org"
    assert mail.outbox[0].to == ["erstbesuch@example.org"]


def test_logged_in_subscriptions_still_need_the_csrf_token(contact_person):
    from django.test import Client

    person = Client(enforce_csrf_checks=True)
    person.force_login(contact_person)
    response = person.post(reverse("network:report_subscription"), {"abo": "ja"})
    assert response.status_code == 403
    assert not ReportSubscription.objects.exists()
