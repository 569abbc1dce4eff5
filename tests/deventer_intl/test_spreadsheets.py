"""Every spreadsheet the portal writes, read back with openpyxl and csv as the office would: typed cells (dates in
local time, money as euros), human headers in the user's language, CSV in UTF-8 with a BOM, and the admin's import
accepting the very file its export wrote (round trip, CSV and XLSX)."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from agenda.models import Action
from agenda.resources import ActionResource, ParticipationResource, ProgressUpdateResource
from deventer_intl.resources import FORMATS
from deventer_intl.roles import CIVIL_SERVANT, COORDINATOR
from events.models import Event
from events.resources import EventResource, RegistrationResource
from partners.models import Partner
from partners.resources import MembershipResource, NetworkResource, PartnerResource, SectorResource
from subsidies.resources import ApplicationResource
from tests.factories import ActionFactory, EventFactory, PartnerFactory, RegistrationFactory, local

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch():
    """Pages in Dutch unless a test asks otherwise (a request leaves its language active in the thread)."""
    with translation.override("nl"):
        yield


@pytest.fixture
def coordinator(make_user):
    return make_user(COORDINATOR, is_staff=True)


@pytest.fixture
def civil_servant(make_user):
    return make_user(CIVIL_SERVANT)


RESOURCES = [
    ActionResource,
    ProgressUpdateResource,
    ParticipationResource,
    EventResource,
    RegistrationResource,
    PartnerResource,
    SectorResource,
    NetworkResource,
    MembershipResource,
    ApplicationResource,
]


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.__name__)
@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_headers_are_distinct_human_labels_in_each_language(resource, language):
    with translation.override(language):
        headers = resource().get_export_headers()
    assert len({header.casefold() for header in headers}) == len(headers)
    assert not [header for header in headers if "_" in header], "a technical column name"
    assert all(header[0].isupper() or header[0].isdigit() for header in headers)


def test_every_admin_with_an_export_offers_our_formats_and_a_formula_safe_resource():
    from django.contrib import admin
    from import_export.admin import ImportExportMixin

    from deventer_intl.resources import FormulaSafeResource

    spreadsheet_admins = [a for a in admin.site._registry.values() if isinstance(a, ImportExportMixin)]
    assert len(spreadsheet_admins) >= 9
    for model_admin in spreadsheet_admins:
        assert set(model_admin.formats) == set(FORMATS.values()), model_admin
        assert model_admin.resource_classes and all(
            issubclass(resource, FormulaSafeResource) for resource in model_admin.resource_classes
        ), model_admin


def xlsx(response):
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content)).active


def test_the_registrations_export_has_typed_local_times(client, civil_servant):
    event = EventFactory(title="Netwerkavond", registration_required=True, capacity=10)
    registration = RegistrationFactory(event=event, name="Ioana Popescu", email="ioana@example.org")
    client.force_login(civil_servant)
    sheet = xlsx(client.get(reverse("events:registrations-export", kwargs={"slug": event.slug, "fmt": "xlsx"})))
    assert [cell.value for cell in sheet[1]][:4] == ["Naam", "E-mailadres", "Status", "Aangemeld"]
    created = sheet.cell(row=2, column=4)
    assert created.is_date and isinstance(created.value, datetime.datetime)
    local_created = registration.created.astimezone(datetime.UTC).astimezone(local(2026, 1, 1).tzinfo)
    assert created.value == local_created.replace(tzinfo=None, microsecond=created.value.microsecond)


def test_the_csv_is_utf8_with_a_bom_and_says_so(client, civil_servant):
    event = EventFactory(title="Netwerkavond", registration_required=True, capacity=10)
    RegistrationFactory(event=event, name="Zoë Brûlé", email="zoe@example.org")
    client.force_login(civil_servant)
    response = client.get(reverse("events:registrations-export", kwargs={"slug": event.slug, "fmt": "csv"}))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == "Zoë Brûlé"


def test_the_monitoring_export_has_dates_as_dates_and_labels_in_the_users_language(client, coordinator):
    ActionFactory(title="Vergeten", start_date=datetime.date(2026, 2, 1), progress=40)
    client.force_login(coordinator)
    for language, title in [("nl", "Titel"), ("de", "Titel"), ("en", "Title")]:
        with translation.override(language):
            url = reverse("agenda:monitoring-export", kwargs={"fmt": "xlsx"})
        sheet = xlsx(client.get(url))
        header = [cell.value for cell in sheet[1]]
        assert title in header
        row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
        start = row[{"nl": "Start", "de": "Beginn", "en": "Start"}[language]]
        assert start.is_date and start.value == datetime.datetime(2026, 2, 1)
        progress = row[{"nl": "Voortgang (%)", "de": "Fortschritt (%)", "en": "Progress (%)"}[language]]
        assert progress.value == 40 and progress.data_type == "n"


def admin_export(client, model: str, fmt: str, resource_name: str, fields: list[str]):
    index = {"csv": "0", "xlsx": "1"}[fmt]
    data = {"format": index, "resource": "0", **{f"{resource_name}_{field}": "on" for field in fields}}
    response = client.post(reverse(f"admin:{model}_export"), data)
    assert response.status_code == 200
    return response


def admin_import(client, model: str, fmt: str, content: bytes):
    upload = io.BytesIO(content)
    upload.name = f"import.{fmt}"
    index = {"csv": "0", "xlsx": "1"}[fmt]
    preview = client.post(reverse(f"admin:{model}_import"), {"import_file": upload, "format": index, "resource": "0"})
    assert preview.status_code == 200
    form = preview.context.get("confirm_form")
    assert form is not None, preview.content.decode()[-3000:]
    data = {name: form[name].value() for name in form.fields}
    return client.post(reverse(f"admin:{model}_process_import"), data, follow=True)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_admin_imports_the_events_file_its_export_wrote(client, coordinator, fmt):
    event = EventFactory(
        title="Zomeravond", slug="zomeravond", start=local(2026, 7, 2, 20, 0), end=local(2026, 7, 2, 23, 0)
    )
    client.force_login(coordinator)
    fields = [field for field in EventResource._meta.fields]
    content = admin_export(client, "events_event", fmt, "eventresource", fields).content
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(content)).active
        header = [cell.value for cell in sheet[1]]
        start = sheet.cell(row=2, column=header.index("Start") + 1)
        assert start.is_date and start.value == datetime.datetime(2026, 7, 2, 20, 0), "local time, typed"
    else:
        assert content.startswith(b"\xef\xbb\xbf") and b"2026-07-02 20:00," in content
    # Change the title in the file, then import it as it is (labels as headers, typed cells).
    content = content.replace(b"Zomeravond", b"Zomeravond!") if fmt == "csv" else retitle(content, "Zomeravond!")
    admin_import(client, "events_event", fmt, content)
    event.refresh_from_db()
    assert event.title == "Zomeravond!"
    assert event.start == local(2026, 7, 2, 20, 0) and Event.objects.count() == 1


def retitle(content: bytes, title: str) -> bytes:
    book = load_workbook(io.BytesIO(content))
    sheet = book.active
    column = [cell.value for cell in sheet[1]].index("Titel") + 1
    sheet.cell(row=2, column=column).value = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_admin_imports_the_actions_file_its_export_wrote(client, coordinator, fmt):
    action = ActionFactory(title="Vergeten", start_date=datetime.date(2026, 2, 1), progress=40)
    client.force_login(coordinator)
    content = admin_export(client, "agenda_action", fmt, "actionresource", ActionResource._meta.fields).content
    content = content.replace(b"Vergeten", b"Herinnerd") if fmt == "csv" else retitle(content, "Herinnerd")
    admin_import(client, "agenda_action", fmt, content)
    action.refresh_from_db()
    assert action.title == "Herinnerd" and action.start_date == datetime.date(2026, 2, 1) and action.progress == 40
    assert Action.objects.count() == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_admin_imports_the_partners_file_its_export_wrote(client, coordinator, fmt):
    PartnerFactory(name="Stichting Sibiu", slug="stichting-sibiu")
    client.force_login(coordinator)
    content = admin_export(client, "partners_partner", fmt, "partnerresource", PartnerResource._meta.fields).content
    admin_import(client, "partners_partner", fmt, content)
    assert list(Partner.objects.values_list("name", flat=True)) == ["Stichting Sibiu"]
