"""axe-core finds no WCAG 2.x A/AA violation on the public subsidy register and the open-data page, in Dutch,
English and German, on the desktop and at 375 CSS pixels; the API's documentation page runs under the site's
Content-Security-Policy (nothing refused) with Swagger UI from the installed package."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import build_subsidy_people

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en", "de"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def go(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"


def build_grants():
    """Grants at several stages (one settled below the grant), a rejection and a draft that the register leaves out."""
    from decimal import Decimal

    from partners.models import GlobalGoal
    from tests.subsidies.builders import build_application

    world = build_subsidy_people()
    people, scheme = world.people, world.scheme
    goals = list(GlobalGoal.objects.filter(number__in=[4, 6, 17]))
    for stage, title in [("granted", "Schoolbanken"), ("paid", "Waterput Kampala"), ("closed", "Zomerkamp Sibiu")]:
        application = build_application(stage, people=people, scheme=scheme, partner=people.other, title=title)
        application.global_goals.set(goals)
    build_application("rejected", people=people, scheme=scheme, title="Afgewezen plan", amount=Decimal("900"))
    build_application("draft", people=people, scheme=scheme, title="Concept")
    return world


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_is_accessible(page, shared_data, private_media, check_accessibility, language):
    shared_data(build_grants)
    go(page, url("subsidies:register", language))
    text = page.locator("main").inner_text()
    assert "Waterput Kampala" in text and "Afgewezen plan" not in text and "Concept" not in text
    check_accessibility(page, "subsidy register", language)


def test_the_register_without_results_is_accessible(page, shared_data, private_media, check_accessibility):
    shared_data(build_grants)
    go(page, url("subsidies:register", "nl") + "?q=bestaat-niet")
    assert page.get_by_text("Geen verleende subsidies bij deze filters.").is_visible()
    check_accessibility(page, "subsidy register, nothing found", "nl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_open_data_page_is_accessible(page, shared_data, private_media, check_accessibility, language):
    shared_data(build_grants)
    go(page, url("open-data", language))
    check_accessibility(page, "open data", language)


def test_the_api_docs_run_under_the_sites_csp(new_page, shared_data, private_media):
    shared_data(build_grants)
    page = new_page(bypass_csp=False)
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    go(page, reverse("api:docs"))
    # Swagger UI rendered the document: the endpoints are listed.
    page.get_by_text("/api/v1/subsidies/", exact=True).first.wait_for()
    assert refused == []
