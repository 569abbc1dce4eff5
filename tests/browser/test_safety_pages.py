"""The pages of issue 13's safety work pass the accessibility check in Dutch and English, desktop and 375 px:
the 400 page (an address with a NUL byte), the 429 page (a form sent too often), the 503 page (the database
unreachable) and an expired cancel link."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from deventer_intl.middleware import unavailable_response
from events.services import cancel_token
from tests.factories import ActionFactory, RegistrationFactory, meeting

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]


def build():
    ended = timezone.now() - datetime.timedelta(days=3)
    event = meeting(start=ended, end=ended + datetime.timedelta(hours=2))
    return SimpleNamespace(action=ActionFactory().pk, token=cancel_token(RegistrationFactory(event=event)))


@pytest.fixture
def world(shared_data):
    return shared_data(build)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_address_with_a_nul_byte_gets_the_400_page(page, check_accessibility, world, language):
    response = page.goto(f"/{language}/landen/%00/")
    assert response.status == 400
    check_accessibility(page, "400", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expired_cancel_link_says_so(page, check_accessibility, world, language):
    path = "afmelden"
    response = page.goto(f"/{language}/evenementen/{path}/{world.token}/")
    assert response.status == 410
    assert page.locator("main form").count() == 0  # nothing left to cancel
    check_accessibility(page, "expired cancel link", language)


@pytest.mark.rate_limits
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_sent_too_often_gets_the_429_page(page, check_accessibility, world, settings, language):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "lead-message": "0/h"}  # every message is one too many
    page.goto(f"/{language}/agenda/{world.action}/bericht/")
    page.fill("#id_name", "Ioana Popescu")
    page.fill("#id_email", "ioana@example.org")
    page.fill("#id_message", "Mag onze school meedoen?")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()
    assert navigation.value.status == 429
    check_accessibility(page, "429", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_503_page_passes_the_accessibility_check(page, check_accessibility, world, language):
    """The page as the middleware renders it (the live server shares the test database, which must stay up)."""
    with translation.override(language):
        response = unavailable_response()
    page.route(
        "**/niet-beschikbaar/",
        lambda route: route.fulfill(status=503, body=response.content, content_type="text/html; charset=utf-8"),
    )
    page.goto(f"/{language}/niet-beschikbaar/")
    check_accessibility(page, "503", language)
