"""Uploaded images are decoded and encoded again: nothing else rides along."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, PngImagePlugin
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from cms import roles
from cms.validators import reencode_image
from tests.factories import UserFactory

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


def polyglot_png() -> bytes:
    """A valid PNG that is also an HTML page: a text chunk and trailing bytes."""
    buffer = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", HTML.decode())
    Image.new("RGB", (30, 20), "red").save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue() + HTML


def gps_jpeg() -> bytes:
    """A 40 by 20 photo with GPS position, camera make and "rotate 90°" orientation."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Kamerahersteller"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (51.0, 25.0, 39.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (6.0, 52.0, 58.0),
    }
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "blue").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def assert_clean_png(data: bytes) -> None:
    assert b"script" not in data and b"<html" not in data
    assert data.endswith(b"IEND\xaeB`\x82")
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (30, 20)
        assert image.info == {} or set(image.info) <= {"dpi"}


def assert_clean_photo(data: bytes) -> None:
    assert b"Exif" not in data and b"Kamerahersteller" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (20, 40)  # turned upright before the EXIF went
        assert dict(image.getexif()) == {}


def test_the_polyglot_keeps_only_its_picture():
    original = polyglot_png()
    with Image.open(io.BytesIO(original)) as image:  # Pillow reads it as a PNG
        assert image.format == "PNG"
    assert_clean_png(reencode_image(ContentFile(original, name="bild.png")).read())


def test_gps_and_camera_data_go_and_the_photo_stands_upright():
    original = gps_jpeg()
    with Image.open(io.BytesIO(original)) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert_clean_photo(reencode_image(ContentFile(original, name="foto.jpg")).read())


def test_animations_keep_their_frames():
    frames = [Image.new("RGB", (10, 10), c) for c in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=100,
        loop=0,
        comment=b"geheim",
    )
    clean = reencode_image(ContentFile(buffer.getvalue(), name="a.gif")).read()
    assert b"geheim" not in clean
    with Image.open(io.BytesIO(clean)) as image:
        assert image.n_frames == 3


@pytest.fixture
def editor(client, home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = UserFactory(display_name="Karin O.", role=roles.COORDINATORS)
    client.force_login(user)
    return user


def _stored(image) -> bytes:
    with image.file.open("rb") as stored:
        return stored.read()


def test_an_image_uploaded_in_the_admin_is_stored_clean(client, editor):
    upload = SimpleUploadedFile("bild.png", polyglot_png(), "image/png")
    response = client.post("/admin/images/add/", {"title": "Bild", "file": upload})
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Bild")
    data = _stored(image)
    assert_clean_png(data)
    assert (image.width, image.height, image.file_size) == (30, 20, len(data))


def test_a_photo_uploaded_in_the_admin_loses_its_gps(client, editor):
    upload = SimpleUploadedFile("foto.jpg", gps_jpeg(), "image/jpeg")
    response = client.post("/admin/images/add/", {"title": "Foto", "file": upload})
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Foto")
    assert_clean_photo(_stored(image))
    assert (image.width, image.height) == (20, 40)


def test_the_multiple_uploader_stores_clean_images(client, editor):
    upload = SimpleUploadedFile("viele.png", polyglot_png(), "image/png")
    response = client.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert_clean_png(_stored(get_image_model().objects.get()))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kaputt.jpg", gps_jpeg()[:300]),  # cut off in the middle
        ("text.png", b"Das ist kein Bild."),
    ],
)
def test_an_unreadable_image_answers_a_message_not_an_error(
    client, editor, name, content
):
    upload = SimpleUploadedFile(name, content, "image/png")
    response = client.post("/admin/images/add/", {"title": "Kaputt", "file": upload})
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    errors = " ".join(response.context["form"].errors["file"])
    assert "nicht als Bild lesen" in errors or "kein Bild" in errors, errors


def test_images_saved_in_code_are_cleaned_too(editor):
    image = get_image_model().objects.create(
        title="Aus dem Code", file=ContentFile(polyglot_png(), name="code.png")
    )
    image.refresh_from_db()
    data = _stored(image)
    assert_clean_png(data)
    assert image.file_size == len(data)


def test_avatars_are_cleaned(editor):
    profile = UserProfile.get_for_user(editor)
    profile.avatar = ContentFile(gps_jpeg(), name="ich.jpg")
    profile.save()
    with profile.avatar.open("rb") as stored:
        assert_clean_photo(stored.read())
