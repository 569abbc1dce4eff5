"""The progress report of a period: the same figures on the page, in the PDF (text read back with pypdf) and in
the workbook (opened back with openpyxl: sheet names, types, totals), equal to /cijfers/; the coordinator's
texts with history; bad periods are 404."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from partners.models import Sector
from reports.models import ReportText
from tests.reports.world import PERIOD, build

pytestmark = pytest.mark.django_db

SLUG = f"{PERIOD[0]}-{PERIOD[1]}"


@pytest.fixture
def world():
    data = build()
    ReportText.objects.create(
        start_year=PERIOD[0], end_year=PERIOD[1], section="summary", text_nl="Twee goede jaren voor Deventer."
    )
    ReportText.objects.create(
        start_year=PERIOD[0],
        end_year=PERIOD[1],
        section="sector",
        sector=Sector.objects.get(slug="onderwijs"),
        text_nl="De Jeugd Hanze is een vast programmapunt.",
    )
    return data


def test_the_page_holds_every_section_its_text_and_the_figures_of_cijfers(client, world):
    html = client.get(reverse("reports:detail", kwargs={"period": SLUG})).content.decode()
    figures_page = client.get(reverse("figures"), {"period": SLUG}).content.decode()
    for heading in (
        "Samenvatting",
        "Onderwijs",
        "Het International Office",
        "De Global Goals",
        "Nieuwe ontwikkelingen",
        "Wat heeft het Deventer opgeleverd?",
    ):
        assert heading in html
    assert "Twee goede jaren voor Deventer." in html and "De Jeugd Hanze is een vast programmapunt." in html
    # The same numbers as /cijfers/: 2 of 4 actions, € 3.000,00 granted, 3,0×, 180 visitors in 2024.
    for number in ("€\xa03.000,00", "3,0×", ">180<", ">200<"):
        assert number in html and number in figures_page
    assert "2 van 4" in html
    assert 'href="/nl/rapportage/2024-2025.pdf"' in html and 'href="/nl/rapportage/2024-2025.xlsx"' in html


def test_the_pdf_says_what_the_page_says(client, world):
    response = client.get(reverse("reports:pdf", kwargs={"period": SLUG}))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    lines = "\n".join(page.extract_text() for page in reader.pages)
    text = " ".join(lines.replace("\xa0", " ").split())
    assert "Voortgangsrapportage internationaal beleid 2024–2025" in text
    assert "Inhoud" in text and "Twee goede jaren voor Deventer." in text
    for number in ("€ 3.000,00", "3,0×", "180", "2 van 4"):
        assert number in text
    # A table of contents with page numbers and a bookmark per section; page numbers in the footer.
    assert any(line.startswith("Samenvatting") and line.rstrip()[-1].isdigit() for line in lines.splitlines())
    assert [item["/Title"] for item in reader.outline if not isinstance(item, list)][0].startswith("Voortgangs")
    assert f"{len(reader.pages)} / {len(reader.pages)}" in text
    # The charts are vectors: no raster images in the PDF.
    assert all(not page.images for page in reader.pages)


def test_the_workbook_has_a_sheet_per_subject_with_typed_cells_and_totals(client, world):
    response = client.get(reverse("reports:xlsx", kwargs={"period": SLUG}))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Rapportage",
        "Partners",
        "Werkagenda",
        "Subsidies",
        "Evenementen",
        "Internationale relaties",
    ]
    about = workbook["Rapportage"]
    assert isinstance(about["B4"].value, datetime.datetime) and about["B4"].number_format == "yyyy-mm-dd"
    subsidies = workbook["Subsidies"]
    cells = {row[0].value: row for row in subsidies.iter_rows() if row[0].value}
    assert [cell.value for cell in subsidies[3][:5]] == [
        "Jaar",
        "Verleende subsidies",
        "Verleend bedrag",
        "Verworven andere financiering",
        "Multiplier",
    ]
    assert cells["2024"][2].value == 1000 and "€" in cells["2024"][2].number_format
    assert cells["2024"][4].value == 3.0 and isinstance(cells["2024"][1].value, int)
    totals = [row for row in subsidies.iter_rows() if row[0].value == "Totaal"]
    assert totals[0][2].value == 3000.0 and totals[0][3].value == 3000.0
    events = workbook["Evenementen"]
    year_totals = [row for row in events.iter_rows() if row[0].value == "Totaal"]
    assert (year_totals[0][1].value, year_totals[0][2].value) == (4, 200)
    dates = [row[0].value for row in events.iter_rows() if isinstance(row[0].value, datetime.datetime)]
    assert datetime.datetime(2024, 3, 1) in dates


def test_the_workbook_speaks_the_report_language(client, world):
    workbook = load_workbook(io.BytesIO(client.get("/de/rapportage/2024-2025.xlsx").content))
    assert workbook.sheetnames[0] == "Bericht" and "Zuschüsse" in workbook.sheetnames


def test_choosing_a_period_leads_to_its_report_and_bad_periods_are_404(client, world):
    response = client.get("/nl/rapportage/", {"period": "2023-2024"})
    assert response.status_code == 302 and response["Location"] == "/nl/rapportage/2023-2024/"
    assert "Kies een periode uit de lijst." in client.get("/nl/rapportage/", {"period": "1066"}).content.decode()
    for bad in ("2025-2024", "20x4-2025", "1800-1801", "2024-2025-2026"):
        assert client.get(f"/nl/rapportage/{bad}/").status_code == 404
    assert client.get("/nl/rapportage/2025-2024.pdf").status_code == 404


def test_report_texts_keep_their_history():
    text = ReportText.objects.create(start_year=2019, end_year=2020, section="goals", text_nl="Eerste versie.")
    text.text_nl = "Tweede versie."
    text.save()
    assert [record.text_nl for record in text.history.order_by("history_id")] == ["Eerste versie.", "Tweede versie."]


def test_every_number_is_the_same_on_cijfers_in_the_workbook_and_in_the_pdf(client, world):
    """Reproducible: each row of each figure, as the figures layer computes it, is the row on /cijfers/, in the
    workbook (as a typed number) and in the PDF's text."""
    import html
    import re

    from django.utils import translation

    from deventer_intl.charts import format_value
    from deventer_intl.figures import Figures, Period

    page = client.get("/nl/cijfers/", {"period": SLUG}).content.decode()

    def page_rows(key: str) -> dict:
        """The rows of one figure's table on /cijfers/: label → the texts of its cells."""
        section = re.search(rf'<section class="figure" aria-labelledby="{key}-heading">(.*?)</section>', page, re.S)[1]
        body = re.search(r"<tbody[^>]*>(.*?)</tbody>", section, re.S)[1]
        plain = lambda text: html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ").strip()  # noqa: E731
        return {
            plain(row[0]): [plain(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row[1], re.S)]
            for row in re.findall(r'<th class="utrecht-table__cell" scope="row">(.*?)</th>(.*?)</tr>', body, re.S)
        }

    workbook = load_workbook(io.BytesIO(client.get(f"/nl/rapportage/{SLUG}.xlsx").content))
    pdf = PdfReader(io.BytesIO(client.get(f"/nl/rapportage/{SLUG}.pdf").content))
    pdf_text = " ".join(" ".join(page.extract_text() for page in pdf.pages).replace("\xa0", " ").split())
    with translation.override("nl"):
        figures = Figures(Period(*PERIOD))
        checked = 0
        for subject in figures.subjects:
            sheet = {row[0].value: row for row in workbook[subject.title[:31]].iter_rows() if row[0].value}
            for figure in subject.figures:
                for row in figure.rows:
                    shown = [format_value(row.values[column.key], column.kind) for column in figure.columns]
                    assert page_rows(figure.key)[row.label] == [value.replace("\xa0", " ") for value in shown]
                    cells = sheet[row.label][1 : len(figure.columns) + 1]
                    for cell, column in zip(cells, figure.columns, strict=True):
                        value = row.values[column.key]
                        assert cell.value == (
                            None if value is None else float(value) if column.kind != "count" else value
                        )
                    if figure in [item for section in _report_figures(figures) for item in section]:
                        assert all(value.replace("\xa0", " ") in pdf_text for value in shown)
                    checked += 1
    assert checked >= 25


def _report_figures(figures):
    from reports.report import Report

    report = Report(figures.period)
    report.figures = figures
    return [section.figures for section in report.sections]


def test_a_coordinator_writes_the_texts_in_the_admin_and_sees_their_history(client, make_user):
    from deventer_intl.roles import CIVIL_SERVANT, COORDINATOR, ensure_roles

    ensure_roles()
    coordinator = make_user(COORDINATOR, is_staff=True)
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:reports_reporttext_add"),
        {"start_year": 2019, "end_year": 2020, "section": "goals", "text_nl": "Deventer is Global Goals-gemeente."},
    )
    assert response.status_code == 302
    text = ReportText.objects.get()
    assert text.history.get().history_user == coordinator
    assert client.get(reverse("admin:reports_reporttext_history", args=[text.pk])).status_code == 200
    assert "Deventer is Global Goals-gemeente." in client.get("/nl/rapportage/2019-2020/").content.decode()
    # A section of a sector names its sector; the others name none (a clear message, nothing saved).
    response = client.post(
        reverse("admin:reports_reporttext_add"),
        {"start_year": 2019, "end_year": 2020, "section": "sector", "text_nl": "Zonder sector."},
    )
    assert response.status_code == 200 and ReportText.objects.count() == 1
    assert "Kies een sector bij het onderdeel van een sector" in response.content.decode()
    # Others may read the report but not write it.
    client.force_login(make_user(CIVIL_SERVANT, is_staff=True))
    assert client.get(reverse("admin:reports_reporttext_add")).status_code == 403
