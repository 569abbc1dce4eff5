"""Events in the admin: spreadsheet import with a dry-run preview, all-or-nothing on a bad row, and history."""

import csv

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from deventer_intl.roles import COORDINATOR, ensure_roles
from events.models import Event
from tests.factories import EventFactory, PartnerFactory

pytestmark = pytest.mark.django_db

HEADER = [
    "slug",
    "title",
    "kind",
    "start",
    "end",
    "all_day",
    "venue",
    "city",
    "country",
    "organisers",
    "sectors",
    "global_goals",
    "series",
    "parent",
    "description",
    "public",
    "expected_visitors",
    "actual_visitors",
    "registration_required",
    "capacity",
    "waiting_list",
]
GOOD = [
    [
        "handelsmissie-rostock-2019",
        "Handelsmissie naar Rostock",
        "trade_mission",
        "2019-05-14 08:00",
        "2019-05-16 18:00",
        "1",
        "",
        "Rostock",
        "DE",
        "mkb-deventer",
        "ondernemers",
        "8",
        "",
        "",
        "",
        "1",
        "",
        "15",
        "0",
        "",
        "0",
    ],
    [
        "zaken-doen-in-roemenie-2017",
        "Zaken doen in Roemenië",
        "themed_meeting",
        "2017-06-14 16:00",
        "2017-06-14 19:00",
        "0",
        "Stadhuis",
        "Deventer",
        "NL",
        "mkb-deventer",
        "ondernemers",
        "8,17",
        "",
        "",
        "",
        "1",
        "",
        "45",
        "0",
        "",
        "0",
    ],
]


@pytest.fixture
def coordinator_client(client, db):
    user = get_user_model().objects.create_user("coordinator", "coordinator@example.org", "x", is_staff=True)
    user.groups.add(ensure_roles()[COORDINATOR])
    client.force_login(user)
    return client


def upload(client, path):
    with open(path, "rb") as handle:
        return client.post(
            reverse("admin:events_event_import"), {"import_file": handle, "format": "0", "resource": "0"}
        )


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_import_previews_then_imports_on_confirmation(coordinator_client, tmp_path):
    PartnerFactory(name="MKB Deventer", slug="mkb-deventer")
    preview = upload(coordinator_client, write(tmp_path / "events.csv", GOOD))
    assert preview.status_code == 200 and "Handelsmissie naar Rostock" in preview.content.decode()
    assert not Event.objects.exists(), "the preview is a dry run"
    form = preview.context["confirm_form"]
    coordinator_client.post(
        reverse("admin:events_event_process_import"), {name: form[name].value() for name in form.fields}, follow=True
    )
    mission = Event.objects.get(slug="handelsmissie-rostock-2019")
    assert (mission.country_id, mission.actual_visitors, mission.all_day) == ("DE", 15, True)
    assert mission.start.isoformat() == "2019-05-14T06:00:00+00:00"  # 08:00 summer time in Amsterdam
    assert [p.slug for p in mission.organisers.all()] == ["mkb-deventer"]
    assert sorted(g.number for g in Event.objects.get(slug="zaken-doen-in-roemenie-2017").global_goals.all()) == [8, 17]


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"end": "2017-06-13 08:00"}, "Het einde ligt voor het begin."),
        ({"organisers": "bestaat-niet"}, "bestaat-niet"),
        ({"kind": "picknick"}, "picknick"),
        ({"country": "XX"}, "XX"),
    ],
)
def test_a_bad_row_imports_nothing_and_names_the_problem(coordinator_client, tmp_path, bad, message):
    PartnerFactory(name="MKB Deventer", slug="mkb-deventer")
    row = list(GOOD[1])
    for column, value in bad.items():
        row[HEADER.index(column)] = value
    response = upload(coordinator_client, write(tmp_path / "events.csv", [GOOD[0], row]))
    assert response.status_code == 200
    assert response.context.get("confirm_form") is None
    assert message in response.content.decode()
    assert not Event.objects.exists()


def test_admin_pages_and_history_for_the_coordinator(coordinator_client):
    event = EventFactory(title="Focus op Indonesië")
    for name, args in (
        ("admin:events_event_changelist", []),
        ("admin:events_event_change", [event.pk]),
        ("admin:events_event_history", [event.pk]),
        ("admin:partners_relation_changelist", []),
        ("admin:events_registration_changelist", []),
        ("admin:events_series_changelist", []),
    ):
        assert coordinator_client.get(reverse(name, args=args)).status_code == 200, name


def test_a_stale_admin_form_is_refused_and_a_fresh_one_saves(coordinator_client):
    """The admin carries the event's version too (django-concurrency, as for actions): no silent overwrite."""
    from django.utils import timezone

    from tests.agenda.helpers import form_data

    event = EventFactory(title="Focus op Indonesië", venue="Bibliotheek")
    url = reverse("admin:events_event_change", args=[event.pk])
    page = coordinator_client.get(url)
    data = form_data(page.context["adminform"].form)
    for name in ("start", "end"):  # the admin's split date and time inputs
        moment = timezone.localtime(getattr(event, name))
        data.pop(name)
        data[f"{name}_0"], data[f"{name}_1"] = moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M:%S")
    inlines = page.context["inline_admin_formsets"][0].formset.management_form
    data.update({inlines.add_prefix(name): value for name, value in form_data(inlines).items()})
    Event.objects.get(pk=event.pk).save()  # someone else saves after the page was opened
    response = coordinator_client.post(url, {**data, "title": "Focus op Indonesië 2017"})
    assert response.status_code == 200 and response.context["adminform"].form.non_field_errors()
    assert Event.objects.get(pk=event.pk).title == "Focus op Indonesië"
    data["version"] = form_data(coordinator_client.get(url).context["adminform"].form)["version"]  # reopened
    response = coordinator_client.post(url, {**data, "title": "Focus op Indonesië 2017"})
    assert response.status_code == 302
    assert Event.objects.get(pk=event.pk).title == "Focus op Indonesië 2017"
