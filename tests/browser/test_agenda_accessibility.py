"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of work-agenda or login page, in Dutch
and English, and none of them scrolls sideways at 375 CSS pixels except inside a ``.table-scroll`` region.

Each page id below opens its page the way a person gets there: logged in as the role that sees it, and for
the states (a conflict, validation errors, a lock-out) by really submitting the form. The pages read the
module's shared data; the page ids that change it are marked ``writes`` (see ``MARKS``).
"""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import MOBILE, build_agenda, resize

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def go(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"
    return response


def submit(page, form="main form.utrecht-form[method=post]"):
    page.locator(form).last.locator("button[type=submit]").click()
    page.wait_for_load_state()


# Each opener gets (page, ctx, language); ctx has people, actions, log_in, directory, live_server.


def agenda_list(page, ctx, language):
    go(page, url("agenda:list", language))
    expect(page.locator(".action-table tbody tr")).to_have_count(3)


def agenda_list_filtered(page, ctx, language):
    # Not ?country=ug as well: that filter rejects every country (see test_agenda_journey's country test).
    go(
        page,
        url("agenda:list", language) + "?q=schoolbanken&list=B&status=planned&period=2021-2026"
        "&sector=maatschappelijk&goal=4",
    )
    expect(page.locator(".action-table tbody tr")).to_have_count(1)
    expect(page.locator("#id_q")).to_have_value("schoolbanken")


def agenda_list_no_results(page, ctx, language):
    go(page, url("agenda:list", language) + "?q=zzqxjvw")
    expect(page.locator(".action-table")).to_have_count(0)


def detail_anonymous(page, ctx, language):
    go(page, url("agenda:detail", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator(".timeline__item")).to_have_count(1)


def detail_editor(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:detail", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator(".action-tools a")).to_have_count(5)  # update, edit, invite, history, close


def detail_partner(page, ctx, language):
    ctx.log_in(page, ctx.people.partner_rep)
    go(page, url("agenda:detail", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("section.take-part form #id_partner")).to_be_visible()


def detail_stale_hidden(page, ctx, language):
    """A not-public action that also had no update for 90 days: both notices show."""
    from agenda.models import Action

    Action.objects.filter(pk=ctx.actions.hidden.pk).update(last_update_on="2020-01-01")
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:detail", language, pk=ctx.actions.hidden.pk))
    expect(page.locator("main .utrecht-alert")).to_have_count(2)


def lead_message(page, ctx, language):
    go(page, url("agenda:message", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("#id_message")).to_be_visible()


def lead_message_errors(page, ctx, language):
    lead_message(page, ctx, language)
    page.locator("#id_email").fill("geen-adres")
    submit(page)
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")


def login(page, ctx, language):
    go(page, url("login", language))
    expect(page.locator("#id_username")).to_be_visible()


def login_errors(page, ctx, language):
    login(page, ctx, language)
    page.locator("#id_username").fill(ctx.people.ambassador.username)
    page.locator("#id_password").fill("fout-wachtwoord")
    submit(page)
    expect(page.locator("main .utrecht-alert--error")).to_be_visible()


def locked_out(page, ctx, language):
    from django.conf import settings

    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(page, ctx, language)
        page.locator("#id_username").fill(ctx.people.ambassador.username)
        page.locator("#id_password").fill("fout-wachtwoord")
        submit(page)
    expect(page.locator(f"main a[href='{url('password_reset', language)}']")).to_be_visible()
    expect(page.locator("#id_password")).to_have_count(0)


def password_reset(page, ctx, language):
    go(page, url("password_reset", language))
    expect(page.locator("#id_email")).to_be_visible()


def password_reset_done(page, ctx, language):
    password_reset(page, ctx, language)
    page.locator("#id_email").fill(ctx.people.ambassador.email)
    submit(page)
    expect(page).to_have_url(f"{ctx.live_server.url}{url('password_reset_done', language)}")


def password_change(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("password_change", language))
    expect(page.locator("#id_old_password")).to_be_visible()


def profile(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("profile", language))
    expect(page.locator("#id_email")).to_be_visible()


def profile_partner(page, ctx, language):
    ctx.log_in(page, ctx.people.partner_rep)
    go(page, url("profile", language))
    school = url("partners:detail", language, slug="stichting-schoolbanken-oeganda")
    expect(page.locator(f"main a[href='{school}']")).to_be_visible()


def my_agenda(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:mine", language))
    expect(page.locator("main .utrecht-alert--warning")).to_be_visible()  # one stale action in her sector
    expect(page.locator(".action-table")).to_have_count(2)  # leads B2 and A4; sector: B2, A3, A4


def my_agenda_partner(page, ctx, language):
    ctx.log_in(page, ctx.people.partner_rep)
    go(page, url("agenda:mine", language))
    expect(page.locator("#section-organisation")).to_be_visible()


def create_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:create", language))
    expect(page.locator("#id_title")).to_be_visible()


def create_form_errors(page, ctx, language):
    create_form(page, ctx, language)
    page.locator("#id_code").fill("B9")
    page.locator("#id_list").select_option("A")
    page.locator("#id_progress").fill("140")
    submit(page, "main form.action-form")
    expect(page.locator("#id_title")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_code")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("main .utrecht-form-field-error-message").first).to_be_visible()


def edit_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:update", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("#id_title")).to_have_value(ctx.actions.schoolbanken.title)


def edit_form_conflict(page, ctx, language):
    """Someone else saves while the ambassador edits the same field: the conflict state, with "both changed"."""
    from agenda.models import Action
    from deventer_intl.history import by_user

    edit_form(page, ctx, language)
    page.locator("#id_title").fill("Schoolbanken voor heel Bukomansimbi")
    page.locator("#id_description").fill("Vier scholen krijgen schoolbanken.")
    other = Action.objects.get(pk=ctx.actions.schoolbanken.pk)
    other.title = "Schoolbanken en laptops voor Bukomansimbi"
    other.progress = 30
    by_user(other, ctx.people.bram).save()
    submit(page, "main form.action-form")
    expect(page.locator("#conflict")).to_be_visible()
    expect(page.locator("#conflict table tbody tr")).to_have_count(2)


def progress_update_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:progress-create", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("#id_text")).to_be_visible()


def progress_update_errors(page, ctx, language):
    progress_update_form(page, ctx, language)
    page.locator("#id_status").select_option("realised")
    page.locator("#id_progress").fill("50")
    submit(page)
    expect(page.locator("#id_text")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_progress")).to_have_attribute("aria-invalid", "true")


def close_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:close", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("input[name=status]")).to_have_count(2)


def close_form_errors(page, ctx, language):
    close_form(page, ctx, language)
    submit(page)
    expect(page.locator("#id_text")).to_have_attribute("aria-invalid", "true")


def invite_form(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:participation-create", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("#id_partner option:not([value=''])")).to_have_count(2)  # school and hanze


def join_form(page, ctx, language):
    ctx.log_in(page, ctx.people.partner_rep)
    go(page, url("agenda:participation-create", language, pk=ctx.actions.schoolbanken.pk))
    expect(page.locator("#id_partner option:not([value=''])")).to_have_count(1)


def participation_delete(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    participation = ctx.actions.schoolbanken.participations.get()
    go(
        page,
        url("agenda:participation-delete", language, pk=ctx.actions.schoolbanken.pk, participation_pk=participation.pk),
    )
    expect(page.locator("main form button[type=submit]")).to_be_visible()


def history(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:history", language, pk=ctx.actions.schoolbanken.pk))
    # Created, the title changed by Bram, and the many-to-many fields set along the way.
    expect(page.locator(".timeline__item table").first).to_be_visible()
    expect(page.locator(".timeline__item").filter(has_text="Bram Jansen")).not_to_have_count(0)


def monitoring(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:monitoring", language))
    expect(page.locator(".status-table")).to_have_count(3)
    expect(page.locator(".action-table tbody tr")).to_have_count(1)  # A3 is stale


def monitoring_as_of(page, ctx, language):
    ctx.log_in(page, ctx.people.ambassador)
    go(page, url("agenda:monitoring", language) + "?period=2021-2026&as_of=2024-01-01")
    expect(page.locator(".monitoring-figure")).to_be_visible()


PAGES = {
    "agenda-list": agenda_list,
    "agenda-list-filtered": agenda_list_filtered,
    "agenda-list-no-results": agenda_list_no_results,
    "action-detail-anonymous": detail_anonymous,
    "action-detail-editor": detail_editor,
    "action-detail-partner": detail_partner,
    "action-detail-stale-not-public": detail_stale_hidden,
    "lead-message-form": lead_message,
    "lead-message-form-errors": lead_message_errors,
    "login": login,
    "login-errors": login_errors,
    "locked-out": locked_out,
    "password-reset": password_reset,
    "password-reset-done": password_reset_done,
    "password-change": password_change,
    "profile": profile,
    "profile-partner": profile_partner,
    "my-agenda": my_agenda,
    "my-agenda-partner": my_agenda_partner,
    "create-form": create_form,
    "create-form-errors": create_form_errors,
    "edit-form": edit_form,
    "edit-form-conflict": edit_form_conflict,
    "progress-update-form": progress_update_form,
    "progress-update-form-errors": progress_update_errors,
    "close-form": close_form,
    "close-form-errors": close_form_errors,
    "invite-form": invite_form,
    "join-form": join_form,
    "participation-delete": participation_delete,
    "history": history,
    "monitoring": monitoring,
    "monitoring-as-of": monitoring_as_of,
}

#: Page ids whose opening changes the shared data: failed logins (django-axes counts them), an action made
#: stale, an action saved by someone else.
WRITES = [pytest.mark.writes]
MARKS = {
    "login-errors": WRITES + [pytest.mark.login_form],
    "locked-out": WRITES + [pytest.mark.login_form],
    "action-detail-stale-not-public": WRITES,
    "edit-form-conflict": WRITES,
}


@pytest.fixture
def ctx(shared_data, log_in, live_server):
    from types import SimpleNamespace

    world = shared_data(build_agenda)
    return SimpleNamespace(
        people=world.people, actions=world.actions, directory=world.directory, log_in=log_in, live_server=live_server
    )


@pytest.mark.parametrize("page_id", [pytest.param(page_id, marks=MARKS.get(page_id, ())) for page_id in PAGES])
@pytest.mark.parametrize("language", LANGUAGES)
def test_agenda_page_has_no_axe_violations_and_reflows(page, check_accessibility, ctx, language, page_id):
    PAGES[page_id](page, ctx, language)
    check_accessibility(page, page_id, language)


def test_every_table_that_may_scroll_is_a_focusable_named_region(page, ctx, log_in):
    """The exception above holds only if people can reach and scroll those regions by keyboard."""
    log_in(page, ctx.people.ambassador)
    resize(page, MOBILE)
    for path in [url("agenda:list", "nl"), url("agenda:mine", "nl"), url("agenda:monitoring", "nl")]:
        go(page, path)
        regions = page.locator(".table-scroll")
        assert regions.count() > 0, path
        for index in range(regions.count()):
            region = regions.nth(index)
            expect(region).to_have_attribute("tabindex", "0")
            expect(region).to_have_attribute("role", "region")
            assert region.evaluate("element => getComputedStyle(element).overflowX") in ("auto", "scroll"), path
            name = region.evaluate(
                "element => element.getAttribute('aria-label') || "
                "document.getElementById(element.getAttribute('aria-labelledby') || '')?.textContent || ''"
            )
            assert name.strip(), f"unnamed scroll region on {path}"
