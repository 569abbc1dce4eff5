"""A visitor's journey through the public partner directory, by mouse and by keyboard, in Dutch and English."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE, build_directory

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(shared_data):
    return shared_data(build_directory)


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def result_heading(page):
    return page.locator("#results-heading")


def test_visitor_finds_a_partner_by_country(page, directory):
    page.goto(url("home"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.locator("main").locator(f"a[href='{url('partners:list')}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(url("partners:list")) + "$"))
    expect(page.locator(".partner-card")).to_have_count(4)
    expect(result_heading(page)).to_contain_text("4")

    page.locator("form[role=search] summary").click()  # the filters other than search are folded
    country = page.locator("#id_country")
    expect(country.locator("option[value='ug']")).to_have_text("Oeganda")  # country names follow the language
    country.select_option("ug")
    page.locator("form[role=search] button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"[?&]country=ug(&|$)"))
    expect(page.locator(".partner-card")).to_have_count(2)
    expect(result_heading(page)).to_contain_text("2")
    expect(result_heading(page)).not_to_contain_text("4")
    cards = page.locator(".partner-card h3")
    expect(cards).to_have_text(["Saxion Internationaal", "Stichting Schoolbanken Oeganda"])
    expect(page.locator("#id_country")).to_have_value("ug")  # the chosen filter stays chosen

    page.get_by_role("link", name="Stichting Schoolbanken Oeganda").click()
    expect(page).to_have_url(re.compile(re.escape(url("partners:detail", slug="stichting-schoolbanken-oeganda")) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Stichting Schoolbanken Oeganda")
    facts = page.locator(".partner-facts")
    expect(facts.get_by_role("link", name="Oeganda", exact=True)).to_have_attribute(
        "href", url("partners:country-detail", code="ug")
    )
    expect(facts.locator(".goal-badge")).to_have_text(
        ["4. Kwaliteitsonderwijs", "6. Schoon water en sanitair", "17. Partnerschap om doelstellingen te bereiken"]
    )
    expect(facts.get_by_role("link", name="Platform Deventer-Oeganda")).to_be_visible()
    expect(page.locator(".partner-card")).to_have_count(0)


def test_search_narrows_the_list_and_says_when_nothing_matches(page, directory):
    page.goto(url("partners:list"))
    page.locator("#id_q").fill("schoolbanken")
    page.locator("#id_q").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=schoolbanken(&|$)"))
    expect(page.locator(".partner-card h3")).to_have_text(["Stichting Schoolbanken Oeganda"])
    expect(page.locator("#id_q")).to_have_value("schoolbanken")

    page.locator("#id_q").fill("zzqxjvw")
    page.locator("form[role=search] button[type=submit]").click()
    expect(page.locator(".partner-card")).to_have_count(0)
    expect(result_heading(page)).to_contain_text("0")
    # The way back to everything is one link away.
    page.locator(f"form[role=search] a[href='{url('partners:list')}']").click()
    expect(page.locator(".partner-card")).to_have_count(4)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, directory):
    page.goto(url("partners:list"))
    page.keyboard.press("Tab")
    skip_link = page.locator("a.utrecht-skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_attribute("href", "#main")
    box = skip_link.bounding_box()
    assert box is not None and box["width"] > 10 and box["height"] > 10, "the skip link is visible once focused"
    assert 0 <= box["y"] < page.viewport_size["height"]

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab goes on inside the main content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    expect(page.locator("main .site-breadcrumbs a").first).to_be_focused()


def test_filters_work_by_keyboard_alone(page, directory):
    page.goto(url("partners:list"))
    page.locator("#id_q").focus()
    page.keyboard.press("Tab")
    # The other filters are folded under "More filters": the keyboard opens them with Enter.
    expect(page.locator("form[role=search] summary")).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    sector = page.locator("#id_sector")
    expect(sector).to_be_focused()
    page.keyboard.type("Onderwijs")  # a closed select picks the option its typed name starts with
    expect(sector).to_have_value("onderwijs")
    submit = page.locator("form[role=search] button[type=submit]")
    for _ in range(10):
        page.keyboard.press("Tab")
        if submit.evaluate("element => element === document.activeElement"):
            break
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]sector=onderwijs(&|$)"))
    expect(page.locator(".partner-card h3")).to_have_text(["Saxion Internationaal"])


def test_language_switch_keeps_the_page(page, directory):
    detail = url("partners:detail", slug="stichting-schoolbanken-oeganda")
    page.goto(detail)
    languages = page.locator("header nav").filter(has=page.locator("a[hreflang=en]"))
    expect(languages.locator("a[hreflang=nl]")).to_have_attribute("aria-current", "true")

    languages.locator("a[hreflang=en]").click()
    expect(page).to_have_url(
        re.compile(re.escape(url("partners:detail", "en", slug="stichting-schoolbanken-oeganda")) + "$")
    )
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stichting Schoolbanken Oeganda")
    facts = page.locator(".partner-facts")
    expect(facts).to_contain_text("Active in")
    expect(facts.get_by_role("link", name="Uganda", exact=True)).to_be_visible()
    expect(facts.locator(".goal-badge").first).to_have_text("4. Quality education")
    expect(page.locator("header nav a[hreflang=en]")).to_have_attribute("aria-current", "true")
    expect(page.get_by_role("navigation", name="Main menu")).to_contain_text("Partners")


def test_language_switch_keeps_the_filters(page, directory):
    page.goto(url("partners:list") + "?country=ug")
    page.locator("header nav a[hreflang=en]").click()
    expect(page).to_have_url(re.compile(re.escape(url("partners:list", "en")) + r"\?country=ug$"))
    expect(page.locator("#id_country option:checked")).to_have_text("Uganda")
    expect(page.locator(".partner-card")).to_have_count(2)
    expect(result_heading(page)).to_have_text("2 partners")


def test_pages_keep_to_the_content_security_policy(new_page, directory):
    """With CSP enforced (no bypass), the journey's pages load their CSS and break no policy rule."""
    page = new_page(bypass_csp=False)
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path in [
        url("home"),
        url("partners:list") + "?country=ug",
        url("partners:detail", slug="stichting-schoolbanken-oeganda"),
        url("partners:goal-list"),
        url("partners:sector-detail", slug="maatschappelijk"),
    ]:
        response = page.goto(path)
        assert response.status == 200
        assert "default-src 'self'" in response.headers["content-security-policy"]
        # The site's stylesheet applied: the main menu bar is Deventer red.
        background = page.locator("nav.site-nav").evaluate("element => getComputedStyle(element).backgroundColor")
        assert background == "rgb(163, 0, 15)", f"site CSS missing on {path}"
    assert problems == []


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_klaverblad_shows_every_sector_in_full_and_links_to_it(new_page, directory, viewport):
    from partners.models import Sector

    page = new_page(viewport=DESKTOP if viewport == "desktop" else MOBILE)
    page.goto(url("home"))
    links = page.locator(".klaverblad a")
    expect(links).to_have_count(Sector.objects.count())
    for sector in Sector.objects.all():
        link = page.locator(f".klaverblad a[href='{url('partners:sector-detail', slug=sector.slug)}']")
        expect(link).to_have_accessible_name(re.compile("^" + re.escape(sector.name_nl) + r" \d+ partners?$"))
        name = link.locator(".klaverblad__name")
        expect(name).to_have_text(sector.name_nl)  # never cut off
        # The label stays inside its own leaf.
        label, leaf = name.bounding_box(), link.locator(".klaverblad__target").bounding_box()
        assert leaf["x"] <= label["x"] and label["x"] + label["width"] <= leaf["x"] + leaf["width"], sector.slug
        assert leaf["y"] <= label["y"] and label["y"] + label["height"] <= leaf["y"] + leaf["height"], sector.slug

    page.get_by_role("link", name="Maatschappelijke organisaties/NGO's 1 partner", exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(url("partners:sector-detail", slug="maatschappelijk")) + "$"))
    expect(page.locator(".partner-card h3")).to_have_text(["Stichting Schoolbanken Oeganda"])
