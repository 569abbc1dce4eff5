"""The strategic index, the dossiers and the offline map in a real browser: axe-core finds no WCAG A/AA violation
(desktop and 375 px) in nl, en and de; the map's every link is reached by keyboard, in order, with a visible
focus; the map's links are the table's."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import build_directory

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en", "de"]


def build_network():
    """The test directory with relations (one without a place), an action, events and a granted subsidy."""
    from partners.models import RelationPartner
    from tests.factories import (
        ActionFactory,
        EventFactory,
        RelationFactory,
        SchemeFactory,
        in_days,
        recorded_application,
    )

    directory = build_directory()
    action = ActionFactory(title="Stedenband Sibiu", lead_partner=directory.college, countries=["RO"], global_goals=[4])
    festival = EventFactory(title="Focus op Roemenië", start=in_days(-300), end=in_days(-298), goals=[4])
    festival.actions.set([action])
    EventFactory(title="Handelsmissie Cluj", country_id="RO", city="Cluj", start=in_days(30), end=in_days(32))
    grant = recorded_application(
        scheme=SchemeFactory(), partner=directory.school, amount=Decimal("1500"), title="Schoolbanken", goals=[4]
    )
    sibiu = RelationFactory(
        counterpart="Sibiu",
        slug="sibiu",
        latitude=Decimal("45.79306"),
        longitude=Decimal("24.15111"),
        partners=[(directory.college, RelationPartner.Role.LEAD)],
        actions=[action],
        events=[festival],
        subsidy_applications=[grant],
    )
    RelationFactory(
        counterpart="District Bukomansimbi",
        slug="bukomansimbi",
        country_id="UG",
        kind="partnership",
        latitude=Decimal("-0.15889"),
        longitude=Decimal("31.60444"),
        partners=[directory.school],
    )
    RelationFactory(counterpart="Shelter City", slug="shelter-city", country_id="NL", kind="humanitarian")
    return SimpleNamespace(directory=directory, sibiu=sibiu)


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


PAGES = {
    "relations": lambda language, world: url("relations:list", language),
    "relations-filtered": lambda language, world: url("relations:list", language) + "?kind=twin_city&sort=-events",
    "relation": lambda language, world: url("relations:detail", language, slug="sibiu"),
    "map": lambda language, world: url("relations:map", language),
    "country": lambda language, world: url("partners:country-detail", language, code="ro"),
    "partner": lambda language, world: url("partners:detail", language, slug=world.directory.college.slug),
    "sector": lambda language, world: url("partners:sector-detail", language, slug="onderwijs"),
    "goals": lambda language, world: url("partners:goal-list", language),
    "goal": lambda language, world: url("partners:goal-detail", language, number=4),
    "home": lambda language, world: url("home", language),
}


@pytest.mark.parametrize("page_id", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_network_pages_have_no_axe_violations_and_reflow(page, check_accessibility, shared_data, language, page_id):
    world = shared_data(build_network)
    response = page.goto(PAGES[page_id](language, world))
    assert response.status == 200
    check_accessibility(page, page_id, language)


MAP_LINKS = "figure.map a.map__link"


def test_a_keyboard_reaches_every_map_link_in_order_with_a_visible_focus(page, shared_data):
    shared_data(build_network)
    page.goto(url("relations:map", "nl"))
    expected = page.eval_on_selector_all(MAP_LINKS, "links => links.map(link => link.getAttribute('href'))")
    assert len(expected) >= 4
    reached = []
    for _press in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const element = document.activeElement;
                if (!element || !element.classList.contains('map__link')) return null;
                const shape = element.querySelector('path, circle');
                const style = getComputedStyle(shape);
                return {href: element.getAttribute('href'), stroke: style.stroke, width: parseFloat(style.strokeWidth)};
            }"""
        )
        if focused is None:
            if reached:
                break
            continue
        # The focus ring: a thick black outline of the focused country or marker.
        assert focused["stroke"] == "rgb(0, 0, 0)" and focused["width"] >= 3, focused
        reached.append(focused["href"])
    assert reached == expected


def test_the_map_links_equal_the_table(page, shared_data):
    shared_data(build_network)
    page.goto(url("relations:map", "en"))
    for view in ("world", "europe"):
        svg = page.locator(f"figure.map--{view} svg")
        assert svg.get_attribute("aria-labelledby") == f"map-{view}-title map-{view}-desc"
    world = page.eval_on_selector_all(
        "figure.map--world a.map__link:not(.map__link--marker)", "links => links.map(l => l.getAttribute('href'))"
    )
    table = page.eval_on_selector_all(".map-table tbody th a", "links => links.map(l => l.getAttribute('href'))")
    assert sorted(world) == sorted(table) and len(world) == len(set(world))
    markers = page.eval_on_selector_all(
        "figure.map--world a.map__link--marker", "links => links.map(l => l.getAttribute('href'))"
    )
    listed = page.eval_on_selector_all(".map-relations a", "links => links.map(l => l.getAttribute('href'))")
    assert (
        markers
        == listed
        == [url("relations:detail", "en", slug="bukomansimbi"), url("relations:detail", "en", slug="sibiu")]
    )
