"""Art. 15/20: a person takes everything with them, and only they can."""

import io
import json
import os
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import privacy
from cms.models import DataExport
from cms.personal_data import declarations
from tests.cms.privacy_seed import build_world, seed_person
from tests.factories import UserFactory


@pytest.fixture
def world(home_page, trainer, coordinator):
    return build_world(home_page=home_page, trainer=trainer, coordinator=coordinator)


@pytest.fixture
def zora(world, coordinator):
    person = UserFactory(
        email="zora.zett@example.org",
        display_name="Zora Zett",
        first_name="Zorana",
        last_name="Zimmermann",
        preferred_language="de",
    )
    seed_person(person, world, coordinator=coordinator, tag="zora")
    return person


@pytest.fixture
def yusuf(world, coordinator):
    person = UserFactory(
        email="yusuf.yilmaz@example.org",
        display_name="Yusuf Ypsilon",
        first_name="Yusufo",
        last_name="Yilmazer",
    )
    seed_person(person, world, coordinator=coordinator, tag="yusuf")
    return person


def _request_export(client, person):
    client.force_login(person)
    response = client.post(reverse("my_data_export"))
    assert response.status_code == 302
    return DataExport.objects.filter(user=person).latest("created_at")


def _archive(response) -> zipfile.ZipFile:
    content = b"".join(response.streaming_content)
    return zipfile.ZipFile(io.BytesIO(content))


def test_every_registered_kind_appears_and_nothing_of_another_person(
    client, zora, yusuf, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        export = _request_export(client, zora)
    export.refresh_from_db()
    assert export.ready_at is not None
    token = privacy.export_link_token(export)
    response = client.get(reverse("my_data_export_download", args=[token]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = _archive(response)
    assert sorted(archive.namelist()) == ["meine-daten.html", "meine-daten.json"]
    data = json.loads(archive.read("meine-daten.json"))
    html = archive.read("meine-daten.html").decode()

    exported = [item for item in declarations() if item.export is not None]
    missing = [item.key for item in exported if not data.get(item.key)]
    assert missing == []
    for item in exported:
        assert str(item.label) in html, item.key
    text = json.dumps(data, ensure_ascii=False)
    for marker in ("Notiz zora", "Beitrag zora", "Thema zora", "Meldung zora",
                   "Nachricht zora", "Wunsch zora", "Kalender zora", "Über mich zora",
                   "zora.zett@example.org", "Zorana"):  # fmt: skip
        assert marker in text
    for foreign in ("yusuf", "Yusuf", "Yilmaz", "Ypsilon"):
        assert foreign not in text
        assert foreign not in html
    # Calendar feeds: names and dates, never the secret token.
    assert "token" not in json.dumps(data["kalender_abos"])
    assert data["profil"]["email"] == "zora.zett@example.org"
    assert '<html lang="de">' in html


def test_the_readable_page_speaks_the_persons_language(
    client, zora, django_capture_on_commit_callbacks
):
    zora.preferred_language = "en"
    zora.save(update_fields=["preferred_language"])
    content = privacy.export_archive(user=zora)
    html = zipfile.ZipFile(io.BytesIO(content)).read("meine-daten.html").decode()
    assert '<html lang="en">' in html
    assert "My data" in html


def test_the_export_is_built_after_commit_by_a_task(
    client, contact_person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        export = _request_export(client, contact_person)
    export.refresh_from_db()
    assert export.ready_at is None
    assert len(callbacks) == 1
    callbacks[0]()
    export.refresh_from_db()
    assert export.ready_at is not None


def test_the_file_is_stored_outside_media(contact_person, settings):
    export = privacy.data_export_request(user=contact_person)
    privacy.data_export_build(export_id=export.pk)
    export.refresh_from_db()
    path = export.file.path
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_only_the_owner_downloads_within_24_hours(client, contact_person, other_person):
    export = privacy.data_export_request(user=contact_person)
    privacy.data_export_build(export_id=export.pk)
    export.refresh_from_db()
    token = privacy.export_link_token(export)
    url = reverse("my_data_export_download", args=[token])

    assert client.get(url).status_code == 404  # anonymous
    client.force_login(other_person)
    assert client.get(url).status_code == 404  # someone else
    client.force_login(contact_person)
    tampered = reverse("my_data_export_download", args=[token[:-2] + "xx"])
    assert client.get(tampered).status_code == 404
    bare = reverse("my_data_export_download", args=[export.secret])
    assert client.get(bare).status_code == 404
    assert client.get(url).status_code == 200

    path = export.file.path
    DataExport.objects.filter(pk=export.pk).update(
        created_at=timezone.now() - timedelta(hours=24, minutes=1)
    )
    assert client.get(url).status_code == 404
    assert privacy.data_exports_cleanup() == 1
    assert not DataExport.objects.filter(pk=export.pk).exists()
    assert not os.path.exists(path)


def test_the_page_lists_ready_exports_and_promises_24_hours(client, contact_person):
    export = privacy.data_export_request(user=contact_person)
    privacy.data_export_build(export_id=export.pk)
    client.force_login(contact_person)
    page = client.get(reverse("my_data")).content.decode()
    assert "24 Stunden" in page
    assert "nur für Sie" in page
    assert privacy.export_link_token(export) in page


def test_get_on_the_export_url_changes_nothing(client, contact_person):
    client.force_login(contact_person)
    assert client.get(reverse("my_data_export")).status_code == 302
    assert not DataExport.objects.exists()
