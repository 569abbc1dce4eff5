"""Journeys through the events: a visitor finds a network meeting, registers, receives the e-mail and cancels
with its link; an ambassador adds an event in the browser and finds it in the public calendar."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import build_directory_and_people

# Both journeys register, cancel or add events: each gets the data freshly built.
pytestmark = [pytest.mark.browser, pytest.mark.writes]


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def build_events():
    """The directory, one login per role, a network meeting with two places and a concert."""
    from tests.factories import EventFactory, in_days, meeting

    world = build_directory_and_people()
    directory = world.directory
    world.network = meeting(
        title="Netwerkbijeenkomst International Office",
        slug="netwerkbijeenkomst",
        capacity=2,
        waiting_list=False,
        start=in_days(11),
        end=in_days(11, 21),
        venue="Stadhuis Deventer",
        organisers=[directory.school],
        sectors=["maatschappelijk"],
    )
    world.concert = EventFactory(
        title="Wereldmuziek: Fado uit Lissabon",
        slug="fado",
        start=in_days(5),
        end=in_days(5, 21),
        organisers=[directory.hanze],
        sectors=["cultuur-toerisme"],
    )
    return world


@pytest.fixture
def events_world(shared_data):
    return shared_data(build_events)


def test_visitor_finds_a_meeting_registers_reads_the_mail_and_cancels(new_page, live_server, events_world):
    from events.models import Registration

    network = events_world.network
    page = new_page(bypass_csp=False)
    page.goto(url("home"))
    page.locator("nav.site-nav a", has_text="Evenementen").click()
    expect(page).to_have_url(re.compile(re.escape(url("events:list")) + "$"))
    # Only the search box shows; the other filters are folded under "Meer filters" (no JavaScript needed).
    expect(page.locator("#id_kind")).to_be_hidden()
    page.locator("main form[role=search] summary").click()
    page.locator("#id_kind").select_option("network_meeting")
    page.locator("main form[role=search] button[type=submit]").click()
    expect(page.locator("main form[role=search] details")).to_have_attribute("open", "")
    expect(page.locator(".event-list__item")).to_have_count(1)
    # The filtered list offers its own iCal twin.
    expect(page.locator(f"main a[href='{url('events:feed')}?kind=network_meeting']")).to_have_count(1)
    page.locator(".event-list__item a", has_text="Netwerkbijeenkomst").click()
    expect(page.locator("main h1")).to_have_text("Netwerkbijeenkomst International Office")
    expect(page.locator(f"a[href='{url('events:ics', slug=network.slug)}']")).to_be_visible()
    expect(page.locator("#register")).to_contain_text("Nog 2 plaatsen.")

    page.locator("#id_name").fill("Ioana Popescu")
    page.locator("#id_email").fill("ioana@example.org")
    page.locator("#register button[type=submit]").click()
    expect(page.locator(".site-messages")).to_contain_text("U bent aangemeld")
    # The registration itself, with "add to my calendar" and the way to cancel, not the empty form again.
    expect(page.locator("main h1")).to_have_text("Uw aanmelding")
    expect(page.locator(f"main a[href='{url('events:ics', slug=network.slug)}']")).to_be_visible()
    expect(page.locator("main a", has_text="Mij afmelden")).to_be_visible()
    page.goto(network.get_absolute_url())
    expect(page.locator("#register")).to_contain_text("Nog 1 plaats.")
    assert Registration.objects.get(event=network).status == "confirmed"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ioana@example.org"] and "Aanmelding bevestigd" in message.subject
    cancel_link = re.search(r"http://\S+/nl/evenementen/afmelden/\S+/", message.body).group(0)
    assert cancel_link.startswith(live_server.url)

    page.goto(cancel_link)
    expect(page.locator("main h1")).to_have_text("Afmelden")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".site-messages")).to_contain_text("geannuleerd")
    assert Registration.objects.get(event=network).status == "cancelled"
    page.goto(network.get_absolute_url())
    expect(page.locator("#register")).to_contain_text("Nog 2 plaatsen.")


def test_ambassador_adds_an_event_that_appears_in_the_calendar(new_page, log_in, events_world):
    import datetime

    from events.models import Event

    page = new_page()
    log_in(page, events_world.people.ambassador)
    page.goto(url("home"))
    page.locator(f"header a[href='{url('events:mine')}']").click()
    page.locator(f"main a[href='{url('events:create')}']").click()
    day = datetime.date.today() + datetime.timedelta(days=3)
    page.locator("#id_title").fill("Lezing: dertig jaar stedenband met Sibiu")
    page.locator("#id_kind").select_option("lecture")
    page.locator("#id_start").fill(f"{day}T20:00")
    page.locator("#id_end").fill(f"{day}T19:00")  # before the start: refused with a message
    page.locator("main form.action-form button[type=submit]").click()
    expect(page.locator("#id_end_error")).to_contain_text("Het einde ligt voor het begin.")
    assert not Event.objects.filter(title__startswith="Lezing").exists()
    page.locator("#id_end").fill(f"{day}T22:00")
    page.locator("#id_venue").fill("Openbare Bibliotheek")
    page.locator("main form.action-form button[type=submit]").click()
    expect(page.locator("main h1")).to_have_text("Lezing: dertig jaar stedenband met Sibiu")
    event = Event.objects.get(title__startswith="Lezing")
    assert event.created_by == events_world.people.ambassador and event.start.hour in (18, 19)  # 20:00 Amsterdam in UTC

    page.goto(url("events:calendar-month", year=day.year, month=day.month))
    expect(page.locator(f".calendar-day time[datetime='{day}']")).to_have_count(1)
    expect(page.locator("main .calendar-days a", has_text="Lezing: dertig jaar")).to_be_visible()
