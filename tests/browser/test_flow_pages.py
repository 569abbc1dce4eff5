"""The new page types of this work, checked by axe-core at 1280 and 375 px: a partner representative's
"My organisation" (with an invitation to answer) and a visitor's registration page right after registering."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import build_agenda

pytestmark = pytest.mark.browser


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def build():
    from agenda.models import ParticipationRequest
    from tests.factories import meeting

    world = build_agenda()
    ParticipationRequest.objects.create(
        action=world.actions.idea,  # public, led by another partner
        partner=world.directory.school,
        kind=ParticipationRequest.Kind.INVITATION,
        role="participant",
        requested_by=world.people.ambassador,
    )
    world.meeting = meeting(capacity=10, slug="netwerkavond")
    return world


@pytest.fixture
def world(shared_data):
    return shared_data(build)


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_my_organisation_passes_axe(world, new_page, log_in, check_accessibility, language):
    page = log_in(new_page(), world.people.partner_rep)
    page.goto(url("my-organisation", language))
    expect(page.locator("main .pending-requests button")).to_have_count(2)
    check_accessibility(page, "my organisation", language)


@pytest.mark.writes
def test_the_registration_page_passes_axe(world, new_page, check_accessibility):
    page = new_page()
    page.goto(url("events:detail", slug=world.meeting.slug))
    page.locator("#id_name").fill("Ioana Popescu")
    page.locator("#id_email").fill("ioana@example.org")
    page.locator("#register button[type=submit]").click()
    expect(page.locator("main h1")).to_have_text("Uw aanmelding")
    expect(page.locator(f"main a[href='{url('events:ics', slug=world.meeting.slug)}']")).to_be_visible()
    check_accessibility(page, "registration", "nl")
