"""A person can take all their data with them, or delete the account."""

from django.urls import reverse
from wagtail.models import ModelLogEntry

from cms.models import User
from cms.privacy import personal_data_export


def test_export_contains_the_profile(contact_person):
    data = personal_data_export(user=contact_person)
    assert data["profil"]["email"] == contact_person.email
    assert data["email_adressen"][0]["email"] == contact_person.email


def test_delete_needs_the_right_password_and_confirmation(client, contact_person):
    client.force_login(contact_person)
    response = client.post(
        reverse("my_data_delete"), {"password": "falsch", "confirm": "on"}
    )
    assert response.status_code == 400
    assert "Das Passwort stimmt nicht." in response.content.decode()
    response = client.post(
        reverse("my_data_delete"), {"password": "Sicheres-Test-Passwort-1"}
    )
    assert response.status_code == 400
    contact_person.refresh_from_db()
    assert contact_person.is_active


def test_delete_anonymises_and_logs_out(client, contact_person, password):
    client.force_login(contact_person)
    response = client.post(
        reverse("my_data_delete"),
        {"password": password, "confirm": "on", "posts": "behalten"},
    )
    assert response.status_code == 302
    user = User.objects.get(pk=contact_person.pk)
    assert not user.is_active
    assert user.display_name == "Gelöschte Person"
    assert "anna" not in user.email.lower()
    assert not user.has_usable_password()
    assert ModelLogEntry.objects.filter(
        action="account.delete", object_id=str(user.pk)
    ).exists()
    assert client.get("/mein-bereich/").status_code == 302


def test_my_data_page_renders(client, contact_person):
    client.force_login(contact_person)
    response = client.get(reverse("my_data"))
    assert response.status_code == 200
    assert "Konto endgültig löschen" in response.content.decode()
