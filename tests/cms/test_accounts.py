"""Sign-up, login, code login, password reset and their bad inputs."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from cms import roles
from cms.models import User
from tests.factories import DistrictFactory, UserFactory

SIGNUP = "/konto/signup/"


def _signup_data(**overrides):
    data = {
        "email": "neu@example.org",
        "display_name": "Neue Person",
        "password1": "Ein-langes-Passwort-42",
        "password2": "Ein-langes-Passwort-42",
        "preferred_language": "de",
        "privacy_consent": "on",
    }
    data.update(overrides)
    return data


def test_signup_creates_a_contact_person_and_sends_a_verification_mail(
    client, home_page
):
    district = DistrictFactory(name="Styrum")
    response = client.post(
        SIGNUP, _signup_data(district=district.pk, organisation="Verein")
    )
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert user.display_name == "Neue Person"
    assert user.district == district
    assert user.organisation == "Verein"
    assert roles.has_role(user, roles.CONTACT_PERSONS)
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert "neu@example.org" in mail.outbox[0].to


def test_signup_with_a_taken_email_changes_nothing_and_does_not_reveal_it(
    client, home_page, contact_person
):
    before = User.objects.count()
    response = client.post(SIGNUP, _signup_data(email=contact_person.email))
    # Enumeration prevention: the answer looks like a normal sign-up.
    assert response.status_code in {200, 302}
    assert User.objects.count() == before
    assert "bereits" not in response.content.decode()


def test_signup_rejects_a_too_long_display_name_with_a_german_message(
    client, home_page
):
    response = client.post(SIGNUP, _signup_data(display_name="x" * 51))
    assert response.status_code == 200
    assert "höchstens 50 Zeichen" in response.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()


@pytest.mark.parametrize("name", ["Anna\u202eevil", "Zero\u200bWidth", "Tab\tName"])
def test_signup_rejects_invisible_characters_in_display_names(client, home_page, name):
    response = client.post(SIGNUP, _signup_data(display_name=name))
    assert response.status_code == 200
    assert "sichtbare Zeichen" in response.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()


def test_signup_needs_privacy_consent(client, home_page):
    data = _signup_data()
    del data["privacy_consent"]
    response = client.post(SIGNUP, data)
    assert "Datenschutzhinweise" in response.content.decode()
    assert not User.objects.exists()


def test_login_with_password(client, home_page, contact_person, password):
    response = client.post(
        "/konto/login/", {"login": contact_person.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == "/mein-bereich/"


def test_wrong_password_does_not_tell_whether_the_account_exists(
    client, home_page, contact_person
):
    known = client.post(
        "/konto/login/", {"login": contact_person.email, "password": "x"}
    )
    unknown = client.post(
        "/konto/login/", {"login": "nobody@example.org", "password": "x"}
    )
    assert known.status_code == unknown.status_code == 200
    error = re.compile(r'<div class="form-errors".*?</div>', re.S)
    assert error.search(known.content.decode()).group(0) == error.search(
        unknown.content.decode()
    ).group(0)


def test_failed_logins_are_rate_limited_per_account(client, home_page, contact_person):
    for _ in range(5):
        client.post("/konto/login/", {"login": contact_person.email, "password": "x"})
    response = client.post(
        "/konto/login/", {"login": contact_person.email, "password": "x"}
    )
    assert (
        response.status_code == 429 or "zu viele" in response.content.decode().lower()
    )


def test_login_by_emailed_code(client, home_page, contact_person):
    response = client.post("/konto/login/code/", {"email": contact_person.email})
    assert response.status_code == 302
    code = re.search(r"^\s*(\d{4}-\d{4})\s*$", mail.outbox[-1].body, re.M).group(1)
    response = client.post("/konto/login/code/confirm/", {"code": "0000-0000"})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    response = client.post("/konto/login/code/confirm/", {"code": code})
    assert response.status_code == 302
    assert client.get("/mein-bereich/").status_code == 200


def test_password_reset_with_an_expired_or_wrong_link(
    client, home_page, contact_person
):
    client.post("/konto/password/reset/", {"email": contact_person.email})
    assert len(mail.outbox) == 1
    response = client.get(
        "/konto/password/reset/key/1-falscher-schluessel/", follow=True
    )
    assert response.status_code == 200
    assert "ungültig" in response.content.decode().lower()
    contact_person.refresh_from_db()
    assert contact_person.check_password("Sicheres-Test-Passwort-1")


def test_password_reset_for_an_unknown_address_looks_the_same(client, home_page):
    response = client.post("/konto/password/reset/", {"email": "niemand@example.org"})
    assert response.status_code == 302


def test_profile_edit_and_bad_input(client, contact_person):
    client.force_login(contact_person)
    response = client.post(
        "/mein-bereich/profil/",
        {"display_name": "y" * 80, "preferred_language": "de"},
    )
    assert response.status_code == 200
    contact_person.refresh_from_db()
    assert contact_person.display_name == "Anna Ansprech"
    response = client.post(
        "/mein-bereich/profil/",
        {"display_name": "Anna", "preferred_language": "en", "first_name": "Anna"},
    )
    assert response.status_code == 302
    contact_person.refresh_from_db()
    assert (contact_person.display_name, contact_person.preferred_language) == (
        "Anna",
        "en",
    )


def test_dashboard_needs_login(client, db):
    response = client.get("/mein-bereich/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_staff_must_set_up_two_factor_before_entering_the_admin(client, db, settings):
    settings.REQUIRE_STAFF_MFA = True
    trainer = UserFactory(role=roles.TRAINERS)
    client.force_login(trainer)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/konto/2fa/totp/activate/"
    assert client.get("/mein-bereich/").status_code == 200


def _code(message) -> str:
    return re.search(r"^\s*(\d{4}-\d{4})\s*$", message.body, re.M).group(1)


def test_logging_in_before_entering_the_code_leads_back_to_the_code(client, home_page):
    """No false lockout: the code already sent still works, no second mail."""
    client.post(SIGNUP, _signup_data())
    code = _code(mail.outbox[-1])
    sent = len(mail.outbox)
    response = client.post(
        "/konto/login/",
        {"login": "neu@example.org", "password": "Ein-langes-Passwort-42"},
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zu viele" not in html
    assert 'name="code"' in html
    assert len(mail.outbox) == sent
    response = client.post(response.redirect_chain[-1][0], {"code": code})
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="neu@example.org").verified
    assert client.get("/mein-bereich/").status_code == 200


def test_account_mails_greet_with_the_platform_name(client, home_page):
    client.post(SIGNUP, _signup_data())
    body = mail.outbox[-1].body
    assert "Gemeinsam Stark" in body
    assert "testserver" not in body.splitlines()[0]


@pytest.mark.parametrize("kept", [False, True])
def test_the_menus_sign_out_form_works_on_every_visit(home_page, settings, kept):
    """The menu is kept per person (cms.memo) with its sign-out form: the
    form's token is valid on the first visit and on the kept ones."""
    from django.test import Client

    settings.MEMO_FRAGMENTS = kept
    person = UserFactory()
    for visit in range(3):
        client = Client(enforce_csrf_checks=True)
        client.force_login(person)
        for _ in range(visit + 1):
            page = client.get("/").content.decode()
        form = re.search(
            r'<form method="post" action="/konto/logout/"[^>]*>\s*'
            r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
            page,
        )
        assert form, page[page.find('<nav id="hauptnavigation"') :][:2000]
        response = client.post("/konto/logout/", {"csrfmiddlewaretoken": form[1]})
        assert response.status_code == 302
        assert "_auth_user_id" not in client.session
