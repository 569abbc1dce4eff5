"""A photo sent as a subsidy attachment is stored without its EXIF data (camera, GPS position), upright;
PDFs and office documents are stored exactly as sent (tests/subsidies/test_bad_input.py)."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from subsidies.models import Attachment
from tests.subsidies.files import upload
from tests.subsidies.test_lifecycle import application_data

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
MAKE, MODEL, ORIENTATION = 0x010F, 0x0110, 0x0112


def jpeg_with_gps(size=(64, 32)) -> bytes:
    """A real JPEG as a phone writes it: camera make and model, a GPS position (Deventer), turned on its side."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))  # left half blue: shows the rotation
    exif = Image.Exif()
    exif[MAKE] = "Geheime Camera BV"
    exif[MODEL] = "Telefoon 12"
    exif[ORIENTATION] = 6  # rotate 90° clockwise to show
    exif[GPS_IFD] = {1: "N", 2: (52.0, 15.0, 18.0), 3: "E", 4: (6.0, 9.0, 47.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    return buffer.getvalue()


def gif_with_comment() -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (10, 10), 3).save(buffer, "GIF", comment=b"made in a secret place")
    return buffer.getvalue()


def test_the_jpeg_really_carries_a_gps_position():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        exif = image.getexif()
        assert exif[MAKE] == "Geheime Camera BV"
        assert exif.get_ifd(GPS_IFD)[2] == (52.0, 15.0, 18.0)


def test_a_photo_attachment_is_stored_upright_without_camera_or_position(client, people, scheme):
    sent = jpeg_with_gps()
    client.force_login(people.rep)
    response = client.post(
        reverse("subsidies:create"), application_data(people, scheme, plan=upload("IMG_0042.JPG", sent, "image/jpeg"))
    )
    assert response.status_code == 302
    plan = Attachment.objects.get(kind="plan")
    assert plan.original_name == "IMG_0042.jpg"
    stored = plan.file.read()
    assert stored != sent
    assert b"Exif" not in stored and b"Geheime Camera" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert not image.getexif() and not image.getexif().get_ifd(GPS_IFD)
        assert image.size == (32, 64)  # turned upright, as the orientation asked
        assert image.convert("RGB").getpixel((16, 2))[2] > 150  # the blue half is now on top


def test_a_gif_attachment_becomes_a_png_without_its_comment(client, people, scheme):
    client.force_login(people.rep)
    response = client.post(
        reverse("subsidies:create"), application_data(people, scheme, plan=upload("kaart.gif", gif_with_comment()))
    )
    assert response.status_code == 302
    plan = Attachment.objects.get(kind="plan")
    assert plan.original_name == "kaart.png"
    stored = plan.file.read()
    assert b"secret place" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.size == (10, 10)


def test_a_png_attachment_keeps_its_pixels(client, people, scheme):
    original = Image.new("RGB", (20, 10), (200, 30, 30))
    buffer = io.BytesIO()
    original.save(buffer, "PNG")
    client.force_login(people.rep)
    client.post(
        reverse("subsidies:create"), application_data(people, scheme, plan=upload("foto.png", buffer.getvalue()))
    )
    plan = Attachment.objects.get(kind="plan")
    assert plan.original_name == "foto.png"
    with Image.open(plan.file) as stored:
        assert stored.convert("RGB").tobytes() == original.tobytes()


def test_an_image_above_the_pixel_limit_is_refused_and_nothing_is_stored(client, people, scheme, settings):
    settings.IMAGE_UPLOAD_MAX_PIXELS = 100
    client.force_login(people.rep)
    response = client.post(
        reverse("subsidies:create"), application_data(people, scheme, plan=upload("foto.jpg", jpeg_with_gps()))
    )
    assert response.status_code == 200
    assert "pixels" in response.content.decode()
    assert not Attachment.objects.exists()
