"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of events page, in Dutch and English,
on the desktop and at 375 CSS pixels, and no page scrolls sideways on a phone (except inside a .table-scroll).

Each page is opened the way a person gets there: logged in as the role that sees it, and for the
states (validation errors, a full event) by really submitting the form. No page id changes the data the
module's tests share."""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import build_agenda

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def go(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"


def submit(page, form="main form.utrecht-form[method=post]"):
    page.locator(form).last.locator("button[type=submit]").click()
    page.wait_for_load_state()


def build_events():
    """The agenda's data, and events of every kind the pages show: a network meeting with registrations (one
    waiting), a full meeting, a past festival with sub-events, a past trade mission, a series."""
    from deventer_intl.history import by_user
    from events.models import Registration
    from events.services import cancel_token
    from partners.models import Relation
    from tests.factories import EventFactory, RegistrationFactory, SeriesFactory, in_days, local, meeting

    world = build_agenda()
    directory, people, actions = world.directory, world.people, world.actions
    sibiu = Relation.objects.create(slug="sibiu", counterpart="Sibiu", country_id="RO", kind="twin_city", since=1989)
    series = SeriesFactory(name="Wereldmuziekserie Deventer Internationaal")
    network = meeting(
        title="Netwerkbijeenkomst International Office",
        slug="netwerkbijeenkomst",
        capacity=20,
        waiting_list=True,
        start=in_days(11),
        end=in_days(11, 21),
        venue="Stadhuis Deventer",
        organisers=[directory.school],
        sectors=["maatschappelijk"],
        goals=[17],
        created_by=people.ambassador,
        description="Terugblik en plannen.",
    )
    network.actions.set([actions.schoolbanken])
    network.relations.set([sibiu])
    network.title = "Netwerkbijeenkomst van het International Office"
    by_user(network, people.bram).save()
    registration = RegistrationFactory(event=network, name="Ioana Popescu", email="ioana@example.org")
    RegistrationFactory(event=network, name="Hans Müller", email="hans@example.de", status=Registration.Status.WAITING)
    full = meeting(
        title="Volle bijeenkomst",
        slug="vol",
        capacity=1,
        start=in_days(12),
        end=in_days(12, 21),
        organisers=[directory.school],
    )
    RegistrationFactory(event=full)
    festival = EventFactory(
        title="Focus op Roemenië",
        slug="focus-op-roemenie",
        kind="festival",
        all_day=True,
        start=local(2019, 11, 15, 10),
        end=local(2019, 12, 15, 22),
        sectors=["cultuur-toerisme"],
        organisers=[directory.hanze],
    )
    festival.relations.set([sibiu])
    for day, visitors in ((16, 120), (20, 140), (30, 190)):
        EventFactory(
            title=f"Concert {day} november",
            parent=festival,
            actual_visitors=visitors,
            start=local(2019, 11, day, 20),
            end=local(2019, 11, day, 22),
        )
    EventFactory(
        title="Handelsmissie naar Rostock",
        kind="trade_mission",
        city="Rostock",
        country_id="DE",
        venue="",
        start=local(2019, 5, 14, 8),
        end=local(2019, 5, 16, 18),
        all_day=True,
        actual_visitors=15,
        organisers=[directory.trade],
        sectors=["ondernemers"],
    )
    for days in (2, 5):
        EventFactory(
            title=f"Wereldmuziek over {days} dagen",
            series=series,
            start=in_days(days),
            end=in_days(days, 21),
            organisers=[directory.hanze],
        )
    return SimpleNamespace(
        people=people, network=network, full=full, festival=festival, cancel_token=cancel_token(registration)
    )


@pytest.fixture
def ctx(shared_data, log_in):
    world = shared_data(build_events)
    return SimpleNamespace(
        people=world.people,
        log_in=log_in,
        network=world.network,
        full=world.full,
        festival=world.festival,
        cancel_token=world.cancel_token,
    )


def event_list(page, ctx, language):
    go(page, url("events:list", language))
    expect(page.locator(".event-list__item").first).to_be_visible()


def event_list_filtered(page, ctx, language):
    go(page, url("events:list", language) + "?q=netwerk&kind=network_meeting&sector=maatschappelijk&goal=17")
    expect(page.locator(".event-list__item")).to_have_count(1)


def event_list_empty(page, ctx, language):
    go(page, url("events:list", language) + "?q=zzqxjvw")
    expect(page.locator(".event-list")).to_have_count(0)


def past_list(page, ctx, language):
    go(page, url("events:past", language))
    expect(page.locator(".event-list__item").first).to_be_visible()


def calendar(page, ctx, language):
    go(page, url("events:calendar-month", language, year=2019, month=11))
    expect(page.locator(".calendar-day").first).to_be_visible()


def calendar_empty(page, ctx, language):
    go(page, url("events:calendar-month", language, year=2001, month=2))


def detail_register(page, ctx, language):
    go(page, url("events:detail", language, slug=ctx.network.slug))
    expect(page.locator("#id_email")).to_be_visible()


def detail_register_errors(page, ctx, language):
    go(page, url("events:detail", language, slug=ctx.network.slug))
    page.locator("#id_email").fill("geen-adres")
    submit(page, "#register form")
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")


def detail_full(page, ctx, language):
    go(page, url("events:detail", language, slug=ctx.full.slug))
    expect(page.locator(".event-full")).to_be_visible()


def detail_festival(page, ctx, language):
    go(page, url("events:detail", language, slug=ctx.festival.slug))
    expect(page.locator("#sub-events-heading")).to_be_visible()


def detail_editor(page, ctx, language):
    ctx.log_in(page, ctx.people.bram)
    go(page, url("events:detail", language, slug=ctx.network.slug))
    expect(page.locator("#history-heading")).to_be_visible()


def cancel(page, ctx, language):
    go(page, url("events:cancel", language, token=ctx.cancel_token))


def create_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("events:create", language))


def create_form_errors(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("events:create", language))
    page.locator("#id_registration_required").check()
    submit(page)
    expect(page.locator("#id_title")).to_have_attribute("aria-invalid", "true")


def edit_form(page, ctx, language):
    ctx.log_in(page, ctx.people.bram)
    go(page, url("events:update", language, slug=ctx.network.slug))


def registrations(page, ctx, language):
    ctx.log_in(page, ctx.people.partner_rep)
    go(page, url("events:registrations", language, slug=ctx.network.slug))
    expect(page.locator("main table")).to_contain_text("ioana@example.org")


def attendance(page, ctx, language):
    ctx.log_in(page, ctx.people.bram)
    go(page, url("events:attendance", language, slug=ctx.network.slug))


def delete_confirm(page, ctx, language):
    ctx.log_in(page, ctx.people.bram)
    go(page, url("events:delete", language, slug=ctx.network.slug))


def my_events(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("events:mine", language))


def figures(page, ctx, language):
    ctx.log_in(page, ctx.people.bram)
    go(page, url("events:figures", language))


PAGES = {
    "list": event_list,
    "list-filtered": event_list_filtered,
    "list-empty": event_list_empty,
    "past": past_list,
    "calendar": calendar,
    "calendar-empty": calendar_empty,
    "detail-register": detail_register,
    "detail-register-errors": detail_register_errors,
    "detail-full": detail_full,
    "detail-festival": detail_festival,
    "detail-editor": detail_editor,
    "cancel": cancel,
    "create-form": create_form,
    "create-form-errors": create_form_errors,
    "edit-form": edit_form,
    "registrations": registrations,
    "attendance": attendance,
    "delete": delete_confirm,
    "my-events": my_events,
    "figures": figures,
}


@pytest.mark.parametrize("page_id", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_events_page_has_no_axe_violations_and_reflows(page, check_accessibility, ctx, language, page_id):
    PAGES[page_id](page, ctx, language)
    check_accessibility(page, page_id, language)


def test_event_pages_keep_their_policy_without_inline_style_or_script(new_page, ctx):
    """The CSP is enforced (not bypassed) here: the pages render and no inline style or script is refused."""
    page = new_page(bypass_csp=False)
    refused = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    for path in (
        url("events:list", "nl"),
        url("events:detail", "nl", slug=ctx.network.slug),
        url("events:calendar-month", "nl", year=2019, month=11),
    ):
        go(page, path)
    assert refused == []
