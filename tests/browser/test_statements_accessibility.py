"""The privacy, cookie and accessibility statements: reachable from every page's footer, in nl/en/de, and
axe-core finds no violation on them (desktop and 375 px); the profile page with its data download too."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.conftest import build_directory_and_people

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en", "de"]
STATEMENTS = {
    "privacy": {"nl": "Privacyverklaring", "en": "Privacy statement", "de": "Datenschutzerklärung"},
    "cookies": {"nl": "Cookies", "en": "Cookies", "de": "Cookies"},
    "accessibility": {
        "nl": "Toegankelijkheidsverklaring",
        "en": "Accessibility statement",
        "de": "Erklärung zur Barrierefreiheit",
    },
}


@pytest.fixture
def people(shared_data):
    return shared_data(build_directory_and_people).people


def url(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


@pytest.mark.parametrize("name", STATEMENTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_statement_is_linked_from_the_footer_and_accessible(page, check_accessibility, people, language, name):
    page.goto(url("home", language))
    page.locator("footer").get_by_role("link", name=STATEMENTS[name][language], exact=True).click()
    assert page.url.endswith(url(name, language))
    assert page.locator("main h1").inner_text() == STATEMENTS[name][language]
    check_accessibility(page, name, language)


def test_the_statements_say_what_the_settings_say(page, people, settings):
    page.goto(url("privacy", "en"))
    text = page.locator("main").inner_text()
    assert f"Anonymised {settings.RETENTION_REGISTRATION_DAYS} days after the event" in text
    assert f"{settings.RETENTION_GRANTED_YEARS} years after the final settlement" in text
    assert settings.PRIVACY_CONTACT_EMAIL in text
    page.goto(url("cookies", "nl"))
    assert "geen cookiebanner" in page.locator("main").inner_text()
    page.goto(url("accessibility", "de"))
    text = page.locator("main").inner_text()
    assert "axe-core 4." in text and "C: erste Maßnahmen ergriffen" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_profile_with_its_data_download_is_accessible(page, check_accessibility, log_in, people, language):
    log_in(page, people.partner_rep)
    page.goto(url("profile", language))
    assert page.locator(f"a[href='{url('my-data', language)}']").count() == 1
    check_accessibility(page, "profile", language)
