"""The new page types of this work, checked by axe-core at 1280 and 375 px: a partner representative's
"My organisation" (with an invitation to answer) and a visitor's registration page right after registering."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE, build_agenda

pytestmark = pytest.mark.browser


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def build():
    from agenda.models import ParticipationRequest
    from tests.factories import RegistrationFactory, meeting

    world = build_agenda()
    ParticipationRequest.objects.create(
        action=world.actions.idea,  # public, led by another partner
        partner=world.directory.school,
        kind=ParticipationRequest.Kind.INVITATION,
        role="participant",
        requested_by=world.people.ambassador,
    )
    world.meeting = meeting(capacity=10, slug="netwerkavond")
    RegistrationFactory(event=world.meeting, name="Ioana Popescu", email="ioana@example.org")
    RegistrationFactory(event=world.meeting, name="Hans Müller", email="hans@example.org")
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
    page.locator("#id_name").fill("Fatima Yilmaz")
    page.locator("#id_email").fill("fatima@example.org")
    page.locator("#register button[type=submit]").click()
    expect(page.locator("main h1")).to_have_text("Uw aanmelding")
    expect(page.locator(f"main a[href='{url('events:ics', slug=world.meeting.slug)}']")).to_be_visible()
    check_accessibility(page, "registration", "nl")


@pytest.mark.writes
def test_check_in_at_the_door_on_a_phone_also_without_a_connection(world, new_page, log_in, check_accessibility):
    from events.models import Event

    page = log_in(new_page(viewport=MOBILE), world.people.bram)  # a civil servant edits every event
    page.goto(url("events:checkin", slug=world.meeting.slug))
    rows = page.locator("[data-checkin-row]")
    expect(rows).to_have_count(2)
    page.locator("#checkin-q").fill("ioa")  # filters the list on the page as you type
    expect(rows.filter(has_text="Hans Müller")).to_be_hidden()
    ioana = rows.filter(has_text="Ioana Popescu")
    ioana.locator("button").click()
    expect(page.locator("[data-checkin-arrived]")).to_have_text("1")
    expect(ioana.locator(".checkin__done")).to_be_visible()
    expect(page.locator("[data-checkin-queue]")).to_have_text("")
    # No connection for a moment: the tap waits on the phone and is sent when the connection is back.
    page.context.set_offline(True)
    page.locator(".checkin__walk-ins button").first.click()
    expect(page.locator("[data-checkin-walk-ins]")).to_have_text("1")
    expect(page.locator("[data-checkin-queue]")).not_to_have_text("")
    assert Event.objects.get(pk=world.meeting.pk).walk_ins == 0
    page.context.set_offline(False)
    expect(page.locator("[data-checkin-queue]")).to_have_text("")
    event = Event.objects.get(pk=world.meeting.pk)
    assert (event.walk_ins, event.actual_visitors) == (1, 2)
    assert event.registrations.get(name="Ioana Popescu").checked_in
    page.set_viewport_size(DESKTOP)
    page.reload()
    check_accessibility(page, "check-in", "nl")
