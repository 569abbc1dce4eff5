"""Spreadsheet import through the admin: dry-run preview, confirm, and all-or-nothing on a bad row."""

import csv
import re

import pytest
from django.urls import reverse
from openpyxl import Workbook

from partners.models import Partner

pytestmark = pytest.mark.django_db

HEADER = [
    "slug",
    "name",
    "kind",
    "sector",
    "description",
    "website",
    "public_email",
    "countries",
    "global_goals",
    "published",
]
GOOD_ROWS = [
    [
        "stichting-sibiu",
        "Stichting Sibiu",
        "foundation",
        "maatschappelijk",
        "Uitwisseling met Sibiu.",
        "",
        "",
        "RO",
        "4,17",
        "1",
    ],
    [
        "oeganda-school",
        "Oeganda School",
        "school",
        "onderwijs",
        "",
        "https://example.org",
        "info@example.org",
        "UG",
        "4",
        "1",
    ],
]


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def import_file(client, path, format_index):
    """Upload to the admin's import page: import-export answers with a dry-run preview."""
    with open(path, "rb") as handle:
        return client.post(
            reverse("admin:partners_partner_import"),
            {"import_file": handle, "format": str(format_index), "resource": "0"},
        )


def confirm(client, preview):
    form = preview.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    return client.post(reverse("admin:partners_partner_process_import"), data, follow=True)


@pytest.mark.parametrize("format_index, writer, suffix", [(0, write_csv, "csv"), (1, write_xlsx, "xlsx")])
def test_a_good_file_is_previewed_then_imported_on_confirmation(
    coordinator_client, tmp_path, format_index, writer, suffix
):
    path = writer(tmp_path / f"partners.{suffix}", GOOD_ROWS)
    preview = import_file(coordinator_client, path, format_index)
    assert preview.status_code == 200
    assert "Stichting Sibiu" in preview.content.decode()
    assert not Partner.objects.exists(), "the preview is a dry run and stores nothing"

    confirm(coordinator_client, preview)
    sibiu = Partner.objects.get(slug="stichting-sibiu")
    assert sibiu.sector.slug == "maatschappelijk"
    assert sorted(goal.number for goal in sibiu.global_goals.all()) == [4, 17]
    assert [str(country.code) for country in sibiu.countries.all()] == ["RO"]
    assert "roemenie" in sibiu.search_text, "imported partners are searchable straight away"
    assert Partner.objects.count() == 2


@pytest.mark.parametrize(
    "bad_row, message",
    [
        (["kapot", "Kapot", "foundation", "bestaat-niet", "", "", "", "", "", "1"], "bestaat-niet"),
        (["kapot", "Kapot", "foundation", "onderwijs", "", "", "", "XX", "", "1"], "XX"),
        (["kapot", "Kapot", "foundation", "onderwijs", "", "", "", "", "18", "1"], "17"),
        (["kapot", "Kapot", "sekte", "onderwijs", "", "", "", "", "", "1"], "sekte"),
        (["kapot", "", "foundation", "onderwijs", "", "", "", "", "", "1"], "name"),
    ],
)
def test_a_bad_row_imports_nothing_and_names_the_row_and_problem(coordinator_client, tmp_path, bad_row, message):
    path = write_csv(tmp_path / "partners.csv", [GOOD_ROWS[0], bad_row, GOOD_ROWS[1]])
    response = import_file(coordinator_client, path, 0)
    html = response.content.decode()
    assert response.status_code == 200
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert message in html
    # The row is named: import-export numbers data rows from 1 (the header is not counted), either as
    # "Regel nummer: 2 - <problem>" for a bad value or as row 2 in the validation-error table.
    assert re.search(r"Regel nummer: 2 - ", html) or re.search(r"<tr>\s*<td>2\s*</td>\s*<td class=\"errors\">", html)
    assert not Partner.objects.exists()


def test_export_writes_every_partner_as_csv(coordinator_client, make_partner):
    make_partner(name="Stichting Sibiu", slug="stichting-sibiu", countries=["RO"], goals=[4])
    response = coordinator_client.post(
        reverse("admin:partners_partner_export"),
        {"format": "0", "resource": "0", **{f"partnerresource_{field}": "on" for field in HEADER}},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "stichting-sibiu" in body and "RO" in body


def test_import_page_is_for_staff_only(client, tmp_path):
    response = client.get(reverse("admin:partners_partner_import"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_memberships_import_by_slugs_and_make_partners_findable_by_network(coordinator_client, tmp_path, make_partner):
    from partners.models import Membership, Network

    make_partner(name="Stichting Sibiu", slug="stichting-sibiu")
    Network.objects.create(slug="kleurrijk-deventer", name="Kleurrijk Deventer")
    path = tmp_path / "memberships.csv"
    path.write_text("partner,network,role,since\nstichting-sibiu,kleurrijk-deventer,founder,2021\n", encoding="utf-8")
    with open(path, "rb") as handle:
        preview = coordinator_client.post(
            reverse("admin:partners_membership_import"), {"import_file": handle, "format": "0", "resource": "0"}
        )
    assert not Membership.objects.exists()
    form = preview.context["confirm_form"]
    coordinator_client.post(
        reverse("admin:partners_membership_process_import"), {name: form[name].value() for name in form.fields}
    )
    membership = Membership.objects.get()
    assert (membership.role, membership.since) == ("founder", 2021)
    assert [p.slug for p in Partner.objects.search("kleurrijk")] == ["stichting-sibiu"]
