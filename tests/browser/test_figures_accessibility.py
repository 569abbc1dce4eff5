"""axe-core finds no WCAG A/AA violation on the public figures page, the report's period chooser and the report
itself, in Dutch, English and German, on the desktop and at 375 CSS pixels; the charts are images with a name and
a description, and the CSP (no inline style or script) refuses nothing on these pages."""

import pytest

from tests.reports.world import build

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en", "de"]
PAGES = {
    "figures": "/{language}/cijfers/?period=2024-2025",
    "report-index": "/{language}/rapportage/",
    "report": "/{language}/rapportage/2024-2025/",
}


@pytest.fixture
def world(shared_data):
    return shared_data(build)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_id", list(PAGES))
def test_figures_and_report_pages_have_no_axe_violations(page, check_accessibility, world, language, page_id):
    response = page.goto(PAGES[page_id].format(language=language))
    assert response.status == 200
    check_accessibility(page, page_id, language)


def test_charts_are_named_images_and_nothing_is_refused_by_the_csp(new_page, world):
    page = new_page(bypass_csp=False)
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.goto("/nl/cijfers/?period=2024-2025")
    charts = page.locator("svg.chart")
    assert charts.count() >= 12
    first = charts.first
    assert first.get_attribute("role") == "img"
    assert page.get_by_role("img", name="Partners per sector: Partners").count() == 1
    page.goto("/nl/rapportage/2024-2025/")
    assert refused == []
