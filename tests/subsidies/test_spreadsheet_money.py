"""Money in the applications export is a number with a euro format, not text."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from deventer_intl.resources import EURO_FORMAT
from subsidies.resources import ApplicationResource

pytestmark = pytest.mark.django_db


def test_money_is_a_number_in_euros(client, people, make_application):
    application = make_application("submitted", amount=Decimal("2500.00"))
    client.force_login(people.coordinator)
    fields = {f"applicationresource_{field}": "on" for field in ApplicationResource._meta.fields}
    with translation.override("nl"):
        url = reverse("admin:subsidies_application_export")
    response = client.post(url, {"format": "1", "resource": "0", **fields})
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    requested = sheet.cell(row=2, column=header.index("Aangevraagd bedrag (EUR)") + 1)
    budget = sheet.cell(row=2, column=header.index("Totale projectbegroting (EUR)") + 1)
    assert requested.data_type == "n" and requested.value == 2500 and requested.number_format == EURO_FORMAT
    assert budget.value == 25000 and budget.number_format == EURO_FORMAT
    assert sheet.cell(row=2, column=header.index("Organisatie") + 1).value == application.partner.slug
    submitted = sheet.cell(row=2, column=header.index("Ingediend") + 1)
    assert submitted.is_date
