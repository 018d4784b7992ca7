"""The record of processing activities (Art. 30) comes from the registry."""

import pytest
from django.urls import reverse

from cms.personal_data import Category, declarations
from cms.processing_records import processing_records

pytestmark = pytest.mark.django_db


def test_every_declared_purpose_and_special_field_is_in_the_record():
    records = processing_records()
    purposes = {record.purpose for record in records}
    declared = [d for d in declarations() if d.category != Category.NONE]
    assert {str(d.purpose) for d in declared} == purposes
    special = [d for d in declared if d.category == Category.SPECIAL]
    assert special, "forum posts and notes are special categories"
    for item in special:
        [record] = [r for r in records if r.purpose == str(item.purpose)]
        assert record.has_special_category
        assert str(item.retention) in record.retention


def test_coordinators_read_and_download_it(client, coordinator):
    client.force_login(coordinator)
    url = reverse("cms_processing_record")
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Verzeichnis der Verarbeitungstätigkeiten" in html
    assert "Automatische Löschung" in html
    assert "Konten, die 24 Monate nicht genutzt wurden" in html
    download = client.get(url, {"format": "csv"})
    assert download["Content-Type"].startswith("text/csv")
    text = download.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Zweck;Daten;")
    assert len(text.splitlines()) > len(processing_records())


def test_nobody_else_reads_it(client, trainer, contact_person):
    url = reverse("cms_processing_record")
    for person in (trainer, contact_person):
        client.force_login(person)
        assert client.get(url).status_code in {302, 404}
