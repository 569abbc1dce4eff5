"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of subsidy page, in Dutch and English, on a
desktop and at 375 CSS pixels, and none of them scrolls sideways on a phone except inside a ``.table-scroll``
region. Each page is opened the way a person gets there: logged in as the role that sees it, and states
(errors, a refusal) by really submitting the form.

The applications the pages show are made once for the module (``build_applications``), through the services;
no page id changes them."""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE, build_subsidy_people, resize

pytestmark = pytest.mark.browser

LANGUAGES = ["nl", "en"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(f"subsidies:{name}", kwargs=kwargs or None)


def go(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"


def build_applications():
    """The subsidy logins and scheme, and an application at every stage a page shows.

    The organisation of ``rep`` (``own``) has a draft and a closed application, exactly what "My subsidies"
    lists; every other stage belongs to the other organisation (``other_rep`` is its representative). One
    application in review was submitted ten weeks ago: the queue's only overdue row.
    """
    from django.utils import timezone

    from subsidies.models import Application
    from tests.subsidies.builders import build_application

    world = build_subsidy_people()
    people, scheme = world.people, world.scheme

    def make(stage, partner):
        return build_application(stage, people=people, scheme=scheme, partner=partner)

    world.apps = SimpleNamespace(
        draft=make("draft", people.own),
        closed=make("closed", people.own),
        submitted=make("submitted", people.other),
        in_review=make("in_review", people.other),
        late=make("in_review", people.other),
        proposed=make("proposed", people.other),
        granted=make("granted", people.other),
        paid=make("paid", people.other),
        reported=make("reported", people.other),
        rejected=make("rejected", people.other),
    )
    Application.objects.filter(pk=world.apps.late.pk).update(submitted_at=timezone.now() - datetime.timedelta(weeks=10))
    return world


def as_rep(page, ctx, language):
    ctx.log_in(page, ctx.people.rep)


def as_applicant(page, ctx, application):
    """Logged in as the representative of the organisation that applied."""
    ctx.log_in(page, ctx.people.rep if application.partner_id == ctx.people.own.pk else ctx.people.other_rep)


def as_civil(page, ctx, language):
    ctx.log_in(page, ctx.people.civil2)


def mine(page, ctx, language):
    as_rep(page, ctx, language)
    go(page, url("mine", language))
    expect(page.locator("main table tbody tr")).to_have_count(2)  # the draft and the closed application


def create_form(page, ctx, language):
    as_rep(page, ctx, language)
    go(page, url("create", language))


def create_form_errors(page, ctx, language):
    as_rep(page, ctx, language)
    go(page, url("create", language))
    page.locator("#id_amount_requested").fill("-5")
    page.locator("main form.utrecht-form button[type=submit]").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()


def detail_applicant(page, ctx, language):
    application = ctx.apps.closed
    as_applicant(page, ctx, application)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator("section.decision")).to_be_visible()


def detail_draft(page, ctx, language):
    application = ctx.apps.draft
    as_applicant(page, ctx, application)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator(".subsidy-remove")).to_have_count(2)  # plan and budget


def detail_office(page, ctx, language):
    application = ctx.apps.proposed
    as_civil(page, ctx, language)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator(".subsidy-tools form button")).to_have_count(1)  # confirm


def queue(page, ctx, language):
    as_civil(page, ctx, language)
    go(page, url("list", language))
    expect(page.locator(".queue-row--overdue")).to_have_count(1)


def review_form(page, ctx, language):
    application = ctx.apps.submitted
    as_civil(page, ctx, language)
    go(page, url("review", language, pk=application.pk))


def propose_form_errors(page, ctx, language):
    application = ctx.apps.in_review
    as_civil(page, ctx, language)
    go(page, url("propose", language, pk=application.pk))
    page.locator("input[name=outcome][value=partial]").check()
    page.locator("main form.utrecht-form button[type=submit]").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()


def payment_form(page, ctx, language):
    application = ctx.apps.granted
    as_civil(page, ctx, language)
    go(page, url("payment", language, pk=application.pk))


def report_form(page, ctx, language):
    application = ctx.apps.paid
    as_applicant(page, ctx, application)
    go(page, url("report", language, pk=application.pk))


def settle_form(page, ctx, language):
    application = ctx.apps.reported
    as_civil(page, ctx, language)
    go(page, url("settle", language, pk=application.pk))


def refused(page, ctx, language):
    application = ctx.apps.submitted
    as_applicant(page, ctx, application)
    go(page, url("update", language, pk=application.pk), status=409)


def budget(page, ctx, language):
    as_civil(page, ctx, language)
    go(page, url("budget", language))
    expect(page.locator(".budget-table tbody tr")).to_have_count(2)


def figures(page, ctx, language):
    as_civil(page, ctx, language)
    go(page, url("figures", language))


def figures_year(page, ctx, language):
    application = ctx.apps.closed
    as_civil(page, ctx, language)
    go(page, url("figures", language))
    page.locator("#id_year").select_option(str(application.year))
    page.locator("main form.figures-year button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_contain_text(str(application.year))
    expect(page.locator("#by-country")).to_contain_text(str(application.year))


PAGES = {
    "mine": mine,
    "create-form": create_form,
    "create-form-errors": create_form_errors,
    "detail-applicant": detail_applicant,
    "detail-draft": detail_draft,
    "detail-office": detail_office,
    "queue": queue,
    "review-form": review_form,
    "propose-form-errors": propose_form_errors,
    "payment-form": payment_form,
    "report-form": report_form,
    "settle-form": settle_form,
    "refused": refused,
    "budget": budget,
    "figures": figures,
    "figures-year": figures_year,
}


@pytest.fixture
def ctx(shared_data, private_media, log_in):
    world = shared_data(build_applications)
    return SimpleNamespace(people=world.people, apps=world.apps, log_in=log_in)


@pytest.mark.parametrize("page_id", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_subsidy_page_has_no_axe_violations_and_reflows(page, check_accessibility, ctx, language, page_id):
    PAGES[page_id](page, ctx, language)
    check_accessibility(page, page_id, language)


def test_subsidy_tables_that_may_scroll_are_focusable_named_regions(page, ctx):
    as_civil(page, ctx, "nl")
    resize(page, MOBILE)
    for name in ("list", "budget", "figures"):
        go(page, url(name, "nl"))
        regions = page.locator(".table-scroll")
        assert regions.count() > 0, name
        for index in range(regions.count()):
            region = regions.nth(index)
            expect(region).to_have_attribute("tabindex", "0")
            expect(region).to_have_attribute("role", "region")
            label = region.evaluate(
                "element => document.getElementById(element.getAttribute('aria-labelledby') || '')?.textContent || "
                "element.getAttribute('aria-label') || ''"
            )
            assert label.strip(), name


LANDMARK_UNIQUE = """() => axe.run(document, {runOnly: {type: 'rule', values: ['landmark-unique']}})
  .then(result => result.violations.map(violation => violation.nodes.map(node => node.target.join(' '))))"""

CELLS_OUT_OF_VIEW = """() => [...document.querySelectorAll('.subsidies-stack td')]
  .filter(cell => { const box = cell.getBoundingClientRect();
                    return box.width === 0 || box.right > document.documentElement.clientWidth + 0.5; })
  .map(cell => cell.dataset.label + ': ' + cell.textContent.trim())"""


def test_subsidy_tables_keep_every_column_in_view_on_a_phone_and_landmarks_are_unique(page, inject_axe, ctx):
    """The review found status, amounts, "remaining" and the overdue tag cut off at 375 px, and regions that
    shared their section's name. On a phone the rows stack, every cell labelled by its column. (The full axe-core
    run of these pages, with the same data, is test_subsidy_page_has_no_axe_violations_and_reflows.)"""
    checks = [(as_civil, name) for name in ("list", "budget", "figures")] + [(as_rep, "mine")]
    for log_in_as, name in checks:
        resize(page, DESKTOP)
        log_in_as(page, ctx, "nl")
        go(page, url(name, "nl"))
        inject_axe(page)
        assert page.evaluate(LANDMARK_UNIQUE) == [], name
        resize(page, MOBILE)
        cells = page.locator(".subsidies-stack td")
        assert cells.count() > 0, name
        assert page.evaluate(CELLS_OUT_OF_VIEW) == [], name
        expect(page.locator(".subsidies-stack thead").first).to_have_css("position", "absolute")
        expect(cells.first).to_be_visible()
        page.context.clear_cookies()
