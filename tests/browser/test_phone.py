"""On a phone (375 px) and a desktop (1280 px): the main menu folds behind a Menu button, with and without
JavaScript; the logged-in header keeps the language switch on one line; My agenda shows status and progress
as stacked rows; list pages fold their filters so the results come first. Screenshots go to the test's tmp_path."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE, build_agenda

pytestmark = pytest.mark.browser


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def agenda(shared_data):
    return shared_data(build_agenda)


@pytest.fixture
def page_without_js(browser, live_server):
    contexts = []

    def make(viewport):
        context = browser.new_context(base_url=live_server.url, viewport=viewport, java_script_enabled=False)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def menu_links(page):
    return page.locator(".site-nav__list a")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_main_menu_folds_behind_a_button_on_a_phone_only(agenda, new_page, page_without_js, javascript, tmp_path):
    open_page = (lambda viewport: new_page(viewport=viewport)) if javascript else page_without_js
    phone = open_page(MOBILE)
    phone.goto(url("events:list"))
    toggle = phone.locator(".site-nav__toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_text(re.compile("Menu"))
    expect(menu_links(phone).first).to_be_hidden()
    toggle.click()
    expect(menu_links(phone)).to_have_count(8)  # Home, agenda, partners, goals, countries, networks, relations, events
    expect(phone.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Werkagenda")).to_be_visible()
    phone.screenshot(path=tmp_path / "menu-open-375.png")
    if javascript:
        phone.keyboard.press("Escape")
        expect(menu_links(phone).first).to_be_hidden()
        expect(toggle).to_be_focused()
    desktop = open_page(DESKTOP)
    desktop.goto(url("events:list"))
    expect(desktop.locator(".site-nav__toggle")).to_be_hidden()
    for index in range(7):
        expect(menu_links(desktop).nth(index)).to_be_visible()
    desktop.screenshot(path=tmp_path / "menu-1280.png")


def top_of(locator) -> float:
    return locator.bounding_box()["y"]


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["375", "1280"])
def test_the_logged_in_header_keeps_the_language_switch_on_one_line(agenda, new_page, log_in, viewport, tmp_path):
    page = log_in(new_page(viewport=viewport), agenda.people.bram)  # a civil servant: the most header links
    page.goto(url("agenda:mine"))
    languages = page.locator(".site-languages a")
    expect(languages).to_have_count(3)
    assert len({round(top_of(languages.nth(i))) for i in range(3)}) == 1, "the languages wrap"
    if viewport == DESKTOP:
        # On the logo's row, not pushed below the account links.
        logo = page.locator(".site-logo").bounding_box()
        switch = page.locator(".site-languages").bounding_box()
        assert switch["y"] < logo["y"] + logo["height"]
    page.screenshot(path=tmp_path / f"header-{viewport['width']}.png")


def test_my_agenda_shows_status_and_progress_on_a_phone(agenda, new_page, log_in, check_accessibility, tmp_path):
    page = log_in(new_page(viewport=MOBILE), agenda.people.ambassador)
    page.goto(url("agenda:mine"))
    row = page.locator("table.agenda-stack tbody tr").first
    for label in ("Status", "Voortgang"):
        cell = row.locator(f"td[data-label='{label}']")
        expect(cell).to_be_visible()
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"], f"{label} is cut off"
    page.screenshot(path=tmp_path / "my-agenda-375.png", full_page=True)
    page.set_viewport_size(DESKTOP)
    check_accessibility(page, "my agenda", "nl")


@pytest.mark.parametrize("name", ["agenda:list", "partners:list"])
def test_list_pages_fold_their_filters_so_results_come_first(agenda, new_page, check_accessibility, name, tmp_path):
    page = new_page(viewport=MOBILE)
    page.goto(url(name))
    folded = page.locator(".directory__filters details")
    expect(folded).not_to_have_attribute("open", "")
    expect(page.locator("#id_q")).to_be_visible()
    expect(folded.locator("select").first).to_be_hidden()
    results = page.locator("#results-heading").bounding_box()
    assert results["y"] < 2 * MOBILE["height"], "the results start within two screens"
    page.screenshot(path=tmp_path / f"{name.replace(':', '-')}-375.png")
    # A chosen filter keeps the fold open.
    field = folded.locator("select").first
    page.goto(url(name) + f"?{field.get_attribute('name')}=x")
    expect(page.locator(".directory__filters details")).to_have_attribute("open", "")
    page.set_viewport_size(DESKTOP)
    page.goto(url(name))
    check_accessibility(page, name, "nl")
