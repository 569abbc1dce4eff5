"""Logo uploads through the admin: real images only, limited, EXIF stripped, a list-sized copy made."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from partners.models import Partner, Sector

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def png_with_exif(size=(800, 600)) -> bytes:
    image = Image.new("RGB", size, (163, 0, 15))
    exif = Image.Exif()
    exif[0x010F] = "Geheime Camera BV"  # Make
    exif[0x0131] = "secret-software"  # Software
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def form_data(**overrides):
    data = {
        "name": "Stichting Logo",
        "slug": "stichting-logo",
        "kind": "foundation",
        "sector": Sector.objects.get(slug="maatschappelijk").pk,
        "description": "",
        "website": "",
        "public_email": "",
        "published": "on",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def add_partner(client, logo):
    return client.post(reverse("admin:partners_partner_add"), form_data(logo=logo))


def stored_files(media):
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def test_a_real_image_is_stored_without_exif_with_a_list_copy(coordinator_client, media):
    response = add_partner(coordinator_client, SimpleUploadedFile("logo.jpg", png_with_exif(), "image/jpeg"))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    partner = Partner.objects.get(slug="stichting-logo")
    with Image.open(partner.logo.path) as stored:
        assert stored.size == (800, 600)
        assert not stored.getexif(), "EXIF must be stripped"
        assert "exif" not in stored.info
    with Image.open(partner.logo_thumbnail.path) as thumb:
        assert max(thumb.size) <= 240 and thumb.size == (240, 180)
    assert partner.logo.name.startswith("logos/stichting-logo")


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("logo.png", b"this is not an image at all", "image/png"),
        SimpleUploadedFile("logo.jpg", b"%PDF-1.4 renamed pdf", "image/jpeg"),
        SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png"),
    ],
    ids=["text", "pdf-renamed", "truncated-png"],
)
def test_a_fake_image_gets_a_form_error_and_nothing_is_stored(coordinator_client, media, upload):
    response = add_partner(coordinator_client, upload)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "logo" in errors
    assert not Partner.objects.filter(slug="stichting-logo").exists()
    assert stored_files(media) == []


def test_an_oversize_image_is_refused_with_its_size_in_the_message(coordinator_client, media, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 10_000
    big = png_with_exif((1200, 1200))
    assert len(big) > 10_000
    response = add_partner(coordinator_client, SimpleUploadedFile("logo.jpg", big, "image/jpeg"))
    assert response.status_code == 200
    message = " ".join(response.context["adminform"].form.errors["logo"])
    assert "MB" in message
    assert not Partner.objects.exists() and stored_files(media) == []


def test_an_image_with_too_many_pixels_is_refused(coordinator_client, media, settings):
    settings.IMAGE_UPLOAD_MAX_PIXELS = 100 * 100
    response = add_partner(coordinator_client, SimpleUploadedFile("logo.jpg", png_with_exif((200, 200)), "image/jpeg"))
    assert response.status_code == 200
    assert "200×200" in " ".join(response.context["adminform"].form.errors["logo"])
    assert not Partner.objects.exists() and stored_files(media) == []


def test_replacing_a_logo_with_a_fake_keeps_the_old_one(coordinator_client, media):
    add_partner(coordinator_client, SimpleUploadedFile("logo.jpg", png_with_exif(), "image/jpeg"))
    partner = Partner.objects.get(slug="stichting-logo")
    before = (partner.logo.name, partner.logo_thumbnail.name)
    response = coordinator_client.post(
        reverse("admin:partners_partner_change", args=[partner.pk]),
        form_data(logo=SimpleUploadedFile("new.png", b"not an image", "image/png")),
    )
    assert response.status_code == 200 and "logo" in response.context["adminform"].form.errors
    partner.refresh_from_db()
    assert (partner.logo.name, partner.logo_thumbnail.name) == before


def test_the_public_pages_show_the_list_copy(client, coordinator_client, media):
    add_partner(coordinator_client, SimpleUploadedFile("logo.jpg", png_with_exif(), "image/jpeg"))
    partner = Partner.objects.get(slug="stichting-logo")
    html = client.get(reverse("partners:list")).content.decode()
    assert partner.logo_thumbnail.url in html
