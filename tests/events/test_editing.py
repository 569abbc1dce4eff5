"""Editing events in the browser forms: create, edit (with history and no silent overwrite), delete,
attendance; bad input gets a clear Dutch message and stores nothing."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from events.forms import EventForm
from events.models import Event, Registration
from partners.models import Sector
from tests.agenda.helpers import dutch, form_data
from tests.factories import EventFactory, PartnerFactory, RegistrationFactory, in_days, meeting

pytestmark = pytest.mark.django_db


def new_event_data(**changes) -> dict:
    data = {
        "title": "Matchmaking ondernemers Sibiu en Deventer",
        "kind": "network_meeting",
        "start": "2026-12-10T19:30",
        "end": "2026-12-10T21:30",
        "venue": "Stadhuis",
        "city": "Deventer",
        "country": "NL",
        "description": "Ondernemers uit beide steden ontmoeten elkaar.",
        "image_alt": "",
        "sectors": [str(Sector.objects.get(slug="ondernemers").pk)],
        "public": "on",
        "expected_visitors": "40",
        "registration_required": "on",
        "capacity": "40",
        "waiting_list": "on",
    }
    data.update({key: value for key, value in changes.items() if value is not None})
    for key in [key for key, value in changes.items() if value is None]:
        data.pop(key, None)
    return data


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#1D5E8C").save(buffer, "PNG")
    return buffer.getvalue()


def test_an_ambassador_creates_an_event_and_the_history_says_who(client, make_user):
    ambassador = make_user(AMBASSADOR, sector="ondernemers")
    client.force_login(ambassador)
    upload = io.BytesIO(png_bytes())
    upload.name = "sibiu.png"
    response = client.post(reverse("events:create"), {**new_event_data(), "image_upload": upload})
    event = Event.objects.get()
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    assert event.slug == "matchmaking-ondernemers-sibiu-en-deventer-2026"
    assert event.created_by == ambassador and event.capacity == 40 and event.waiting_list
    assert event.start.isoformat() == "2026-12-10T18:30:00+00:00"  # 19:30 in Deventer's winter time
    assert event.image.name.endswith(".png") and event.image_thumbnail.name.endswith("-list.png")
    assert list(event.sectors.values_list("slug", flat=True)) == ["ondernemers"]
    entries = list(event.history.order_by("history_id"))
    assert entries[0].history_type == "+" and {entry.history_user for entry in entries} == {ambassador}
    # The ambassador may now edit it (they created it), and their own sector makes it theirs too.
    assert client.get(reverse("events:update", kwargs={"slug": event.slug})).status_code == 200


def test_a_representative_organises_for_their_own_organisation_only(client, make_user):
    own, other = PartnerFactory(name="Stichting NetSib"), PartnerFactory(name="MKB Deventer")
    client.force_login(make_user(PARTNER_REPRESENTATIVE, partners=[own]))
    response = client.post(reverse("events:create"), new_event_data(organisers=[str(other.pk)]))
    assert response.status_code == 200 and Event.objects.count() == 0
    assert response.context["form"].errors["organisers"]
    response = client.post(reverse("events:create"), new_event_data())  # no organiser at all
    assert response.context["form"].errors["organisers"] and Event.objects.count() == 0
    response = client.post(reverse("events:create"), new_event_data(organisers=[str(own.pk)]))
    assert response.status_code == 302
    assert list(Event.objects.get().organisers.all()) == [own]


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"end": "2026-12-10T18:00"}, "end", "The end is before the start."),
        ({"capacity": ""}, "capacity", "An event with registration needs a number of places."),
        ({"capacity": "-3"}, "capacity", None),
        ({"expected_visitors": "-1"}, "expected_visitors", None),
        ({"kind": "picnic"}, "kind", None),
        ({"start": "morgen"}, "start", None),
        ({"title": ""}, "title", None),
        # Year 1 (a typo for 2021) cannot be read back by Python: one such event broke every list and feed.
        ({"start": "0001-12-10T19:30", "end": "0001-12-10T21:30"}, "start", "Choose a date between 1900 and 2200."),
        ({"start": "9999-12-31T19:30", "end": "9999-12-31T21:30"}, "end", "Choose a date between 1900 and 2200."),
    ],
)
def test_bad_input_is_explained_in_dutch_and_stores_nothing(client, make_user, changes, field, message):
    client.force_login(make_user(CIVIL_SERVANT))
    response = client.post(reverse("events:create"), new_event_data(**changes))
    assert response.status_code == 200 and Event.objects.count() == 0
    errors = response.context["form"].errors[field]
    if message:
        assert errors == [dutch(message)]
    assert 'aria-invalid="true"' in response.content.decode()


def test_a_file_that_is_not_an_image_is_refused(client, make_user):
    client.force_login(make_user(CIVIL_SERVANT))
    fake = io.BytesIO(b"%PDF-1.4 not an image")
    fake.name = "poster.png"
    response = client.post(reverse("events:create"), {**new_event_data(), "image_upload": fake})
    assert response.status_code == 200 and Event.objects.count() == 0
    assert response.context["form"].errors["image_upload"]


def test_edit_keeps_history_and_refuses_a_silent_overwrite(client, make_user):
    bram, carla = make_user(CIVIL_SERVANT, username="bram"), make_user(CIVIL_SERVANT, username="carla")
    event = meeting(title="Netwerkbijeenkomst", sectors=["gemeente"])
    bram_form = form_data(EventForm(instance=event, user=bram))
    carla_form = form_data(EventForm(instance=event, user=carla))
    client.force_login(carla)
    url = reverse("events:update", kwargs={"slug": event.slug})
    assert client.post(url, {**carla_form, "venue": "Burgerzaal"}).status_code == 302
    client.force_login(bram)
    response = client.post(url, {**bram_form, "title": "Netwerkavond"})  # opened before Carla saved
    assert response.status_code == 409
    event.refresh_from_db()
    assert (event.title, event.venue) == ("Netwerkbijeenkomst", "Burgerzaal")
    # The re-offered form is the newest version; saving it now works.
    fresh = response.context["form"]
    assert fresh.initial["venue"] == "Burgerzaal"
    assert client.post(url, {**form_data(fresh), "title": "Netwerkavond"}).status_code == 302
    event.refresh_from_db()
    assert (event.title, event.venue) == ("Netwerkavond", "Burgerzaal")
    saves = [(entry.history_user, entry.title, entry.venue) for entry in event.history.order_by("history_id")]
    assert saves[-2:] == [(carla, "Netwerkbijeenkomst", "Burgerzaal"), (bram, "Netwerkavond", "Burgerzaal")]
    page = client.get(event.get_absolute_url())  # editors see the latest changes, newest first
    assert [entry.history_user for entry in page.context["history"]][0] == bram
    assert carla in [entry.history_user for entry in page.context["history"]]


def test_delete_keeps_history_and_a_festival_keeps_its_events(client, make_user):
    coordinator_like = make_user(CIVIL_SERVANT)
    client.force_login(coordinator_like)
    festival = EventFactory(kind="festival", title="Focus op Roemenië")
    EventFactory(parent=festival, title="Opening")
    response = client.post(reverse("events:delete", kwargs={"slug": festival.slug}))
    assert response.status_code == 302 and Event.objects.filter(pk=festival.pk).exists()
    single = EventFactory(title="Lezing")
    response = client.post(reverse("events:delete", kwargs={"slug": single.slug}))
    assert response.status_code == 302 and not Event.objects.filter(pk=single.pk).exists()
    deleted = Event.history.filter(id=single.pk, history_type="-").get()
    assert deleted.history_user == coordinator_like


def test_attendance_records_visitors_and_check_ins(client, make_user):
    editor = make_user(CIVIL_SERVANT)
    event = meeting(capacity=5)
    came = RegistrationFactory(event=event, name="Ioana")
    stayed_home = RegistrationFactory(event=event, name="Hans")
    waiting = RegistrationFactory(event=event, name="Wachtend", status="waiting")
    client.force_login(editor)
    url = reverse("events:attendance", kwargs={"slug": event.slug})
    page = client.get(url)
    assert [value for value, _label in page.context["form"].fields["present"].choices] == [
        str(stayed_home.pk),
        str(came.pk),
    ]  # confirmed registrations only, by name
    response = client.post(url, {"actual_visitors": "37", "present": [str(came.pk)]})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.actual_visitors == 37
    assert dict(Registration.objects.values_list("name", "checked_in")) == {
        "Ioana": True,
        "Hans": False,
        "Wachtend": False,
    }
    bad = client.post(url, {"actual_visitors": "-4", "present": [str(waiting.pk)]})
    assert bad.status_code == 200 and set(bad.context["form"].errors) == {"actual_visitors", "present"}
    event.refresh_from_db()
    assert event.actual_visitors == 37


def test_an_attendance_beyond_the_column_is_a_form_error_not_a_500(client, make_user):
    event = meeting(capacity=5)
    client.force_login(make_user(CIVIL_SERVANT))
    url = reverse("events:attendance", kwargs={"slug": event.slug})
    response = client.post(url, {"actual_visitors": "99999999999999"})
    assert response.status_code == 200 and set(response.context["form"].errors) == {"actual_visitors"}
    event.refresh_from_db()
    assert event.actual_visitors is None


def test_the_capacity_cannot_drop_below_the_confirmed_registrations(client, make_user):
    """Never overbooked, also not by an edit: fewer places than confirmed people is refused."""
    editor = make_user(CIVIL_SERVANT)
    event = meeting(capacity=3, waiting_list=True)
    for name in ("Ioana", "Hans", "Mihai"):
        RegistrationFactory(event=event, name=name)
    RegistrationFactory(event=event, name="Geannuleerd", status="cancelled")
    client.force_login(editor)
    url = reverse("events:update", kwargs={"slug": event.slug})
    data = form_data(EventForm(instance=event, user=editor))
    response = client.post(url, {**data, "capacity": "2", "title": "Kleinere zaal"})
    assert response.status_code == 200
    assert response.context["form"].errors["capacity"] == [
        dutch("{count} people have a confirmed place: the number of places cannot be lower.", count=3)
    ]
    event.refresh_from_db()
    assert (event.capacity, event.title) == (3, "Netwerkbijeenkomst International Office")
    assert client.post(url, {**data, "capacity": "3", "title": "Kleinere zaal"}).status_code == 302
    event.refresh_from_db()
    assert (event.capacity, event.title) == (3, "Kleinere zaal")


def test_deleting_an_upcoming_event_tells_its_registrants_in_their_language(
    client, make_user, django_capture_on_commit_callbacks
):
    from django.core import mail
    from django.utils import translation

    event = meeting(capacity=1, waiting_list=True, title="Matchmaking Sibiu")
    RegistrationFactory(event=event, name="Ioana", email="ioana@example.org", language="de")
    RegistrationFactory(event=event, name="Hans", email="hans@example.org", status="waiting")
    RegistrationFactory(event=event, name="Weg", email="weg@example.org", status="cancelled")
    past = meeting(start=in_days(-3), end=in_days(-3, 21), title="Geweest")
    RegistrationFactory(event=past, email="geweest@example.org")
    client.force_login(make_user(CIVIL_SERVANT))
    with django_capture_on_commit_callbacks(execute=True):
        for gone in (event, past):
            response = client.post(reverse("events:delete", kwargs={"slug": gone.slug}))
            assert response.status_code == 302 and not Event.objects.filter(pk=gone.pk).exists()
    # The live registrants of the coming event, each in the language they registered in; nobody else.
    assert sorted(message.to[0] for message in mail.outbox) == ["hans@example.org", "ioana@example.org"]
    german = next(message for message in mail.outbox if message.to == ["ioana@example.org"])
    with translation.override("de"):
        assert german.subject == translation.gettext("Cancelled: {title}").format(title="Matchmaking Sibiu")
        assert german.subject != "Cancelled: Matchmaking Sibiu"
    assert "Ioana" in german.body and "Matchmaking Sibiu" in german.body
    dutch_mail = next(message for message in mail.outbox if message.to == ["hans@example.org"])
    assert dutch_mail.subject == dutch("Cancelled: {title}", title="Matchmaking Sibiu")


def test_the_delete_page_says_how_many_registrants_are_told(client, make_user):
    event = meeting(capacity=5)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, status="waiting")
    RegistrationFactory(event=event, status="cancelled")
    client.force_login(make_user(CIVIL_SERVANT))
    page = client.get(reverse("events:delete", kwargs={"slug": event.slug}))
    assert page.status_code == 200 and page.context["registrants_told"] == 2
    assert "De 2 aangemelde personen krijgen een e-mail" in page.content.decode()


def test_a_title_is_stored_on_one_line(client, make_user):
    client.force_login(make_user(CIVIL_SERVANT))
    response = client.post(reverse("events:create"), new_event_data(title="Matchmaking\r\nBcc: x@example.org  Sibiu"))
    assert response.status_code == 302
    assert Event.objects.get().title == "Matchmaking Bcc: x@example.org Sibiu"


def test_an_edit_without_its_version_is_refused_and_changes_nothing(client, make_user):
    """As for actions: a form that does not say which version it edits cannot be checked, so it is not saved."""
    editor = make_user(CIVIL_SERVANT)
    event = meeting(title="Netwerkbijeenkomst")
    client.force_login(editor)
    data = form_data(EventForm(instance=event, user=editor))
    data.pop("version")
    response = client.post(reverse("events:update", kwargs={"slug": event.slug}), {**data, "title": "Netwerkavond"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        dutch("This form is incomplete; reload the page and try again.")
    ]
    event.refresh_from_db()
    assert event.title == "Netwerkbijeenkomst"
