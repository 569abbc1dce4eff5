"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of public page, in Dutch and English."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import MOBILE, build_directory_and_people

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]

# page id -> (url name, kwargs, query string, expected HTTP status)
PAGES = {
    "home": ("home", {}, "", 200),
    "partner-list": ("partners:list", {}, "", 200),
    "partner-list-filtered": ("partners:list", {}, "?country=ug&goal=4", 200),
    "partner-list-no-results": ("partners:list", {}, "?q=zzqxjvw", 200),
    "partner-detail": ("partners:detail", {"slug": "stichting-schoolbanken-oeganda"}, "", 200),
    "sector-detail": ("partners:sector-detail", {"slug": "maatschappelijk"}, "", 200),
    "goal-list": ("partners:goal-list", {}, "", 200),
    "goal-detail": ("partners:goal-detail", {"number": 4}, "", 200),
    "country-list": ("partners:country-list", {}, "", 200),
    "country-detail": ("partners:country-detail", {"code": "ug"}, "", 200),
    "network-list": ("partners:network-list", {}, "", 200),
    "network-detail": ("partners:network-detail", {"slug": "platform-deventer-oeganda"}, "", 200),
    "not-found": (None, {}, "", 404),
}


def page_url(page_id: str, language: str) -> str:
    name, kwargs, query, _status = PAGES[page_id]
    with translation.override(language):
        path = reverse(name, kwargs=kwargs or None) if name else reverse("home") + "bestaat-niet/"
    return path + query


@pytest.fixture
def directory(shared_data):
    return shared_data(build_directory_and_people).directory


@pytest.fixture
def people(shared_data):
    return shared_data(build_directory_and_people).people


def open_page(page, page_id: str, language: str):
    response = page.goto(page_url(page_id, language))
    assert response.status == PAGES[page_id][3]
    assert page.locator("html").get_attribute("lang") == language
    return response


@pytest.mark.parametrize("page_id", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_has_no_axe_violations(page, axe, directory, language, page_id):
    open_page(page, page_id, language)
    axe(page)


@pytest.mark.parametrize("page_id", ["home", "partner-list", "partner-list-filtered", "partner-detail"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_mobile_page_has_no_axe_violations(new_page, axe, directory, language, page_id):
    page = new_page(viewport=MOBILE)
    open_page(page, page_id, language)
    axe(page)
    # Reflow (WCAG 1.4.10): nothing forces horizontal scrolling at 375 CSS pixels.
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]


def test_pages_render_the_expected_content(page, directory):
    """Guards the axe run above: each page id really shows what it claims to (results, no results)."""
    open_page(page, "partner-list-filtered", "nl")
    assert page.locator(".partner-card").count() == 2
    open_page(page, "partner-list-no-results", "en")
    assert page.locator(".partner-card").count() == 0
    assert page.get_by_text("No partners match these filters").is_visible()
    open_page(page, "partner-detail", "en")
    assert page.get_by_role("link", name="Platform Deventer-Oeganda").is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_access_page_explains_and_has_no_axe_violations(page, axe, people, log_in, language):
    """A logged-in role without the right sees the site's own 403 page, in its language, not the server's bare one."""
    log_in(page, people.partner_rep)
    with translation.override(language):
        response = page.goto(reverse("agenda:monitoring"))
    assert response.status == 403
    assert page.locator("html").get_attribute("lang") == language
    heading = {"nl": "Geen toegang", "en": "No access"}[language]
    assert page.locator("main h1").inner_text() == heading
    assert page.locator("header nav").count() >= 1, "the page keeps the site's header and menu"
    axe(page)
