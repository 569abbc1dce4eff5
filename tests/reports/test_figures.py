"""Every public figure against a hand-computed world (tests/reports/world.py), the /cijfers/ page that shows
them (charts CSP-safe and accessible, rows linking to the lists they count, a period selector that refuses bad
input) and its query budget at two sizes."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from deventer_intl.figures import Figures, Period
from tests.reports.world import EXPECTED, PERIOD, build, grow

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures():
    build()
    with translation.override("nl"):
        yield Figures(Period(*PERIOD))


def rows(figure, *keys):
    return {
        row.label: tuple(row.values[key] for key in keys) if len(keys) > 1 else row.values[keys[0]]
        for row in figure.rows
    }


def test_every_figure_equals_the_hand_computed_one(figures):
    assert rows(figures.figure("partners-sector"), "partners") == {
        "Gemeente": 0,
        "Cultuur & toerisme": 0,
        "Ondernemers": 0,
        "Sport": 0,
        **EXPECTED["partners-sector"],
    }
    assert figures.figure("partners-sector").total == {"partners": 3}
    assert rows(figures.figure("partners-country"), "partners") == EXPECTED["partners-country"]
    assert figures.policy_period.name == "2021-2026"
    assert rows(figures.figure("actions-list"), "actions", "under_way") == EXPECTED["actions-list"]
    assert rows(figures.figure("actions-status"), "actions") == EXPECTED["actions-status"]
    assert (figures.under_way["under_way"], figures.under_way["total"]) == EXPECTED["under_way"]
    assert (
        rows(figures.figure("subsidies-year"), "granted", "total_granted", "raised", "multiplier")
        == EXPECTED["subsidies-year"]
    )
    total = figures.figure("subsidies-year").total
    assert (total["granted"], total["total_granted"], total["raised"], total["multiplier"]) == EXPECTED[
        "subsidies-total"
    ]
    assert rows(figures.figure("subsidies-country"), "total_granted") == {"Oeganda": 2000, "Roemenië": 1000}
    assert rows(figures.figure("subsidies-scheme"), "granted") == {"NGO-subsidies internationale samenwerking": 2}
    assert rows(figures.figure("events-year"), "events", "visitors") == EXPECTED["events-year"]
    assert rows(figures.figure("events-kind"), "events", "visitors") == EXPECTED["events-kind"]
    assert rows(figures.figure("events-series"), "events", "visitors") == EXPECTED["events-series"]
    assert rows(figures.figure("relations-kind"), "relations") == EXPECTED["relations-kind"]
    assert rows(figures.figure("relations-country"), "relations") == EXPECTED["relations-country"]


def test_every_row_links_to_the_list_it_counts_with_its_filters(client, figures):
    links = {row.label: row.url for row in figures.figure("partners-sector").rows}
    assert links["Onderwijs"] == "/nl/partners/?sector=onderwijs"
    assert {row.label: row.url for row in figures.figure("actions-list").rows}["A – nieuwe actie"] == (
        "/nl/agenda/?period=2021-2026&list=A"
    )
    kinds = {row.label: row.url for row in figures.figure("events-kind").rows}
    assert kinds["Concert"] == "/nl/evenementen/geweest/?kind=concert&year_from=2024&year_to=2025"
    # The lists count what the figures count.
    assert client.get(links["Onderwijs"]).context["paginator"].count == 2
    assert client.get("/nl/agenda/?period=2021-2026&list=A").context["paginator"].count == 2
    assert client.get(kinds["Concert"]).context["paginator"].count == 2
    series = {row.label: row.url for row in figures.figure("events-series").rows}
    assert client.get(series["Wereldmuziekserie Deventer Internationaal"]).context["paginator"].count == 2


def test_the_figures_page_shows_the_figures_as_accessible_csp_safe_charts_and_tables(client):
    build()
    response = client.get(reverse("figures"), {"period": "2024-2025"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Cijfers 2024–2025" in html
    svgs = re.findall(r"<svg\b[^>]*>.*?</svg>", html, flags=re.S)
    drawn = [figure for subject in response.context["figures"].subjects for figure in subject.figures if figure.rows]
    assert len(svgs) == len(drawn) >= 12  # every figure with rows has its chart
    for svg in svgs:
        assert 'role="img"' in svg and "<title " in svg and "<desc " in svg
        assert "<style" not in svg and "<script" not in svg and " style=" not in svg
    # No inline script or style anywhere on the page (the site's own external scripts are allowed).
    assert re.findall(r"<script(?![^>]*\bsrc=)", html) == [] and " style=" not in html
    # The numbers of the table: € 3.000,00 granted, 180 visitors in 2024, a 3,0× multiplier.
    assert "€\xa03.000,00" in html and ">180<" in html and "3,0×" in html
    assert 'href="/nl/partners/?sector=onderwijs"' in html
    assert response["Content-Security-Policy"] and "unsafe-inline" not in response["Content-Security-Policy"]


def test_a_bad_period_is_refused_in_the_users_language_and_the_default_shown(client):
    build()
    response = client.get("/en/cijfers/", {"period": "1800-1900"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a period from the list." in html
    assert response.context["period"] == Period(2021, 2026)
    with translation.override("de"):
        assert client.get("/de/cijfers/", {"period": "x"}).context["form"].errors


def test_the_staff_figures_pages_use_the_same_charts(client, make_user):
    from deventer_intl.roles import CIVIL_SERVANT

    build()
    client.force_login(make_user(CIVIL_SERVANT, sector="gemeente"))
    for name in ("subsidies:figures", "events:figures"):
        html = client.get(reverse(name)).content.decode()
        assert 'class="chart"' in html and "<style" not in html


#: Queries of /cijfers/ and of the report page (session-less visitor), whatever the amount of data.
BUDGETS = {
    "/nl/cijfers/?period=2024-2025": 24,
    "/nl/rapportage/2024-2025/": 27,
    "/nl/rapportage/2024-2025.xlsx": 27,
    "/nl/rapportage/2024-2025.pdf": 27,
}


@pytest.mark.parametrize("size", [0, 30])
@pytest.mark.parametrize("path", list(BUDGETS))
def test_the_query_budget_holds_at_two_sizes(client, path, size, django_assert_max_num_queries):
    build(scale=size)
    grow(size)
    with django_assert_max_num_queries(BUDGETS[path]):
        assert client.get(path).status_code == 200
