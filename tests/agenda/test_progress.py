"""The timeline and the people: progress updates, photos and PDFs, closing, joining and leaving, messages to the lead."""

from __future__ import annotations

import datetime
import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

from agenda.models import Action, Participation, ProgressUpdate
from deventer_intl.roles import AMBASSADOR, PARTNER_REPRESENTATIVE
from tests.agenda.helpers import dutch
from tests.factories import ActionFactory, ParticipationFactory, PartnerFactory

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.date(2025, 1, 6)


@pytest.fixture
def lead(make_user):
    return make_user(
        AMBASSADOR,
        username="sanne",
        first_name="Sanne",
        last_name="Onderwijs",
        email="sanne.geheim@example.org",
        sector="sport",
    )


@pytest.fixture
def action(lead):
    return ActionFactory(
        lead_person=lead, status="planned", progress=10, last_update_on=LONG_AGO, sectors=["onderwijs"]
    )


def post_update(client, action, **data):
    return client.post(
        reverse("agenda:progress-create", kwargs={"pk": action.pk}),
        {"date": "2026-03-01", "text": "Er is iets gebeurd.", **data},
    )


def png_bytes(size=(40, 30), comment: str | None = None) -> bytes:
    buffer = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    if comment:
        info.add_text("Comment", comment)
    Image.new("RGB", size, (0, 105, 92)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def media_files(media) -> list:
    return sorted(path for path in media.rglob("*") if path.is_file()) if media.exists() else []


# --- Progress updates -------------------------------------------------------------------------------


def test_an_update_moves_status_progress_and_the_last_update(client, lead, action):
    client.force_login(lead)
    form = client.get(reverse("agenda:progress-create", kwargs={"pk": action.pk}))
    assert form.status_code == 200
    response = post_update(client, action, status="in_progress", progress="45")
    assert response.status_code == 302 and response["Location"] == action.get_absolute_url()
    action.refresh_from_db()
    assert (action.status, action.progress, action.last_update_on) == ("in_progress", 45, datetime.date(2026, 3, 1))
    update = action.updates.get()
    assert (update.author, update.status, update.progress, update.text) == (
        lead,
        "in_progress",
        45,
        "Er is iets gebeurd.",
    )
    assert action.history.order_by("-history_id").first().history_user == lead
    detail = client.get(action.get_absolute_url()).content.decode()
    assert "Er is iets gebeurd." in detail and "Sanne Onderwijs" in detail


def test_an_older_update_does_not_move_the_last_update_back(client, lead, action):
    client.force_login(lead)
    post_update(client, action, date="2026-03-01")
    post_update(client, action, date="2026-01-15", text="Later ingevoerd, eerder gebeurd.")
    action.refresh_from_db()
    assert action.last_update_on == datetime.date(2026, 3, 1)
    assert [u.date for u in action.updates.for_timeline()] == [datetime.date(2026, 3, 1), datetime.date(2026, 1, 15)]


def test_realised_implies_100_and_idea_implies_0(client, lead, action):
    client.force_login(lead)
    post_update(client, action, status="in_progress", progress="60")
    post_update(client, action, status="idea")
    action.refresh_from_db()
    assert (action.status, action.progress) == ("idea", 0)
    post_update(client, action, status="realised")
    action.refresh_from_db()
    assert (action.status, action.progress) == ("realised", 100)


def test_realised_with_another_progress_is_refused(client, lead, action):
    client.force_login(lead)
    response = post_update(client, action, status="realised", progress="50")
    assert response.status_code == 200
    assert response.context["form"].errors["progress"] == [dutch("A realised action is at 100%.")]
    action.refresh_from_db()
    assert (action.status, action.progress) == ("planned", 10) and not action.updates.exists()


@pytest.mark.parametrize("progress", ["101", "-1", "veel"])
def test_progress_outside_0_to_100_is_refused(client, lead, action, progress):
    client.force_login(lead)
    response = post_update(client, action, progress=progress)
    assert response.status_code == 200 and "progress" in response.context["form"].errors
    assert not ProgressUpdate.objects.exists()


def test_a_text_only_update_keeps_the_version_but_moves_the_last_update(client, lead, action):
    version = action.version
    client.force_login(lead)
    assert post_update(client, action, date="2026-02-02").status_code == 302
    action.refresh_from_db()
    assert action.version == version, "a text-only update must not make open edit forms conflict"
    assert action.last_update_on == datetime.date(2026, 2, 2)
    assert (action.status, action.progress) == ("planned", 10)


def test_a_status_update_bumps_the_version(client, lead, action):
    version = action.version
    client.force_login(lead)
    post_update(client, action, status="in_progress")
    action.refresh_from_db()
    assert action.version > version and action.status == "in_progress" and action.progress == 10


def test_a_representative_of_a_participating_organisation_posts_an_update(client, make_user, action):
    partner = PartnerFactory()
    ParticipationFactory(action=action, partner=partner)
    representative = make_user(PARTNER_REPRESENTATIVE, partners=[partner])
    client.force_login(representative)
    assert post_update(client, action, progress="20").status_code == 302
    assert action.updates.get().author == representative


# --- Photos and PDFs --------------------------------------------------------------------------------


def test_a_photo_is_stored_re_encoded_without_its_metadata(client, lead, action, media):
    original = png_bytes(comment="Camera van Sanne, GPS 52.25 6.16")
    client.force_login(lead)
    response = post_update(client, action, image=SimpleUploadedFile("foto.png", original, content_type="image/png"))
    assert response.status_code == 302
    update = action.updates.get()
    assert update.image.name.startswith(f"agenda/updates/{action.pk}/") and update.image.name.endswith(".png")
    stored = (media / update.image.name).read_bytes()
    assert stored != original
    assert b"GPS 52.25" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.size == (40, 30)
    photo_url = reverse("agenda:update-file", kwargs={"pk": action.pk, "update_pk": update.pk, "kind": "foto"})
    assert photo_url in client.get(action.get_absolute_url()).content.decode()
    assert b"".join(client.get(photo_url).streaming_content) == stored


def test_photos_of_a_non_public_action_are_served_only_to_who_may_see_it(client, lead, action, media):
    client.force_login(lead)
    post_update(client, action, image=SimpleUploadedFile("foto.png", png_bytes(), content_type="image/png"))
    update = action.updates.get()
    Action.objects.filter(pk=action.pk).update(public=False)
    photo_url = reverse("agenda:update-file", kwargs={"pk": action.pk, "update_pk": update.pk, "kind": "foto"})
    assert client.get(photo_url).status_code == 200
    client.logout()
    assert client.get(photo_url).status_code == 404
    assert not (media / update.image.name).is_relative_to(settings.MEDIA_ROOT)
    other_kind = reverse("agenda:update-file", kwargs={"pk": action.pk, "update_pk": update.pk, "kind": "bijlage"})
    client.force_login(lead)
    assert client.get(other_kind).status_code == 404


def test_a_fake_pdf_is_refused_and_nothing_is_stored(client, lead, action, media):
    client.force_login(lead)
    fake = SimpleUploadedFile("verslag.pdf", png_bytes(), content_type="application/pdf")
    response = post_update(client, action, attachment=fake)
    assert response.status_code == 200
    assert response.context["form"].errors["attachment"] == [dutch("This file is not a PDF. Upload a PDF document.")]
    assert dutch("This file is not a PDF. Upload a PDF document.") in response.content.decode()
    assert not ProgressUpdate.objects.exists() and media_files(media) == []
    action.refresh_from_db()
    assert action.last_update_on == LONG_AGO


def test_a_text_file_named_png_is_refused(client, lead, action, media):
    client.force_login(lead)
    fake = SimpleUploadedFile("foto.png", b"<script>alert(1)</script>", content_type="image/png")
    response = post_update(client, action, image=fake)
    assert response.status_code == 200 and "image" in response.context["form"].errors
    assert not ProgressUpdate.objects.exists() and media_files(media) == []


def test_a_real_pdf_is_stored(client, lead, action, media):
    client.force_login(lead)
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    response = post_update(client, action, attachment=SimpleUploadedFile("verslag.pdf", pdf))
    assert response.status_code == 302
    update = action.updates.get()
    assert (media / update.attachment.name).read_bytes() == pdf


# --- Closing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status, progress", [("realised", 100), ("stopped", 10)])
def test_an_editor_closes_an_action(client, lead, action, status, progress):
    client.force_login(lead)
    url = reverse("agenda:close", kwargs={"pk": action.pk})
    assert client.get(url).status_code == 200
    response = client.post(url, {"status": status, "text": "Afgerond met een slotbijeenkomst."})
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.status, action.progress, action.is_open) == (status, progress, False)
    note = action.updates.get()
    assert (note.status, note.text, note.author) == (status, "Afgerond met een slotbijeenkomst.", lead)
    assert action.last_update_on == datetime.date.today()
    assert client.get(url).status_code == 403, "a closed action cannot be closed again"


def test_closing_needs_a_note_and_realised_or_stopped(client, lead, action):
    client.force_login(lead)
    url = reverse("agenda:close", kwargs={"pk": action.pk})
    for data in ({"status": "realised", "text": ""}, {"status": "in_progress", "text": "x"}):
        assert client.post(url, data).status_code == 200
    action.refresh_from_db()
    assert action.status == "planned" and not action.updates.exists()


# --- Joining and leaving --------------------------------------------------------------------------------


@pytest.fixture
def representative(make_user):
    partner = PartnerFactory(name="St. Deventer - Roemenië")
    return make_user(PARTNER_REPRESENTATIVE, username="ioana", partners=[partner])


def test_a_representative_joins_once_and_leaves_and_the_history_keeps_it(client, representative, action):
    partner = representative.profile.partners.get()
    client.force_login(representative)
    detail = client.get(action.get_absolute_url())
    assert detail.context["can_join"] and list(detail.context["join_form"].fields["partner"].queryset) == [partner]
    url = reverse("agenda:participation-create", kwargs={"pk": action.pk})

    response = client.post(url, {"partner": partner.pk, "role": "participant"})
    assert response.status_code == 302
    participation = Participation.objects.get(action=action)
    assert (participation.partner, participation.added_by, participation.role) == (
        partner,
        representative,
        "participant",
    )
    assert dutch("Your organisations already take part.") in client.get(action.get_absolute_url()).content.decode()

    again = client.post(url, {"partner": partner.pk, "role": "supporter"})
    assert again.status_code == 200 and "partner" in again.context["form"].errors
    assert Participation.objects.filter(action=action).count() == 1

    leave_url = reverse("agenda:participation-delete", kwargs={"pk": action.pk, "participation_pk": participation.pk})
    assert client.get(leave_url).status_code == 200
    assert client.post(leave_url).status_code == 302
    assert not Participation.objects.filter(action=action).exists()
    records = Participation.history.filter(action_id=action.pk).order_by("history_id")
    assert [(r.history_type, r.partner_id, r.history_user) for r in records] == [
        ("+", partner.pk, representative),
        ("-", partner.pk, representative),
    ]


def test_a_representative_cannot_join_with_someone_elses_organisation(client, representative, action):
    stranger = PartnerFactory(name="Stichting Vreemd")
    client.force_login(representative)
    response = client.post(
        reverse("agenda:participation-create", kwargs={"pk": action.pk}),
        {"partner": stranger.pk, "role": "participant"},
    )
    assert response.status_code == 200 and "partner" in response.context["form"].errors
    assert not Participation.objects.exists()


def test_an_editor_invites_a_partner_but_not_the_lead_partner(client, lead, action):
    lead_partner = PartnerFactory(name="Saxion")
    Action.objects.filter(pk=action.pk).update(lead_partner=lead_partner)
    guest = PartnerFactory(name="Windesheim")
    client.force_login(lead)
    url = reverse("agenda:participation-create", kwargs={"pk": action.pk})
    page = client.get(url)
    assert page.context["inviting"] and lead_partner not in page.context["form"].fields["partner"].queryset
    assert client.post(url, {"partner": lead_partner.pk, "role": "co-lead"}).status_code == 200
    assert client.post(url, {"partner": guest.pk, "role": "co-lead"}).status_code == 302
    participation = Participation.objects.get()
    assert (participation.partner, participation.role, participation.added_by) == (guest, "co-lead", lead)


# --- Messages to the lead ------------------------------------------------------------------------------


def message_data(**overrides):
    return {
        "name": "Pieter Bezoeker",
        "email": "pieter@example.net",
        "message": "Wij willen graag meedoen.",
        "website": "",
        **overrides,
    }


def test_a_visitor_writes_to_the_lead_who_can_reply(client, lead, action, mailoutbox):
    url = reverse("agenda:message", kwargs={"pk": action.pk})
    assert client.get(url).status_code == 200
    response = client.post(url, message_data())
    assert response.status_code == 302 and response["Location"] == action.get_absolute_url()
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["sanne.geheim@example.org"] and mail.reply_to == ["pieter@example.net"]
    assert action.code in mail.subject and "Wij willen graag meedoen." in mail.body and "Pieter Bezoeker" in mail.body


def test_without_a_lead_the_message_goes_to_the_office(client, action, mailoutbox, settings):
    Action.objects.filter(pk=action.pk).update(lead_person=None)
    client.post(reverse("agenda:message", kwargs={"pk": action.pk}), message_data())
    assert [mail.to for mail in mailoutbox] == [[settings.INTERNATIONAL_OFFICE_EMAIL]]


def test_the_lead_email_never_appears_on_a_public_page(client, lead, action, make_user):
    ActionFactory(lead_person=lead, status="realised")
    pages = [
        reverse("agenda:list"),
        reverse("agenda:list") + "?q=uitwisseling",
        action.get_absolute_url(),
        reverse("agenda:message", kwargs={"pk": action.pk}),
        reverse("home"),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "sanne.geheim" not in html, url
    assert "Sanne Onderwijs" in client.get(action.get_absolute_url()).content.decode()
    # Nor for a logged-in partner representative writing to the lead: the form is prefilled with their own address.
    visitor = make_user(PARTNER_REPRESENTATIVE, email="ioana@example.org")
    client.force_login(visitor)
    html = client.get(reverse("agenda:message", kwargs={"pk": action.pk})).content.decode()
    assert "sanne.geheim" not in html and "ioana@example.org" in html


@pytest.mark.parametrize("overrides", [{"website": "http://spam.example"}, {"email": "geen-adres"}, {"message": ""}])
def test_a_filled_honeypot_or_a_bad_form_sends_nothing(client, action, mailoutbox, overrides):
    response = client.post(reverse("agenda:message", kwargs={"pk": action.pk}), message_data(**overrides))
    assert response.status_code == 200 and response.context["form"].errors
    assert mailoutbox == []


def test_no_message_to_the_lead_of_an_unpublished_action_by_a_visitor(client, action, mailoutbox):
    Action.objects.filter(pk=action.pk).update(public=False)
    assert client.post(reverse("agenda:message", kwargs={"pk": action.pk}), message_data()).status_code == 404
    assert mailoutbox == []
