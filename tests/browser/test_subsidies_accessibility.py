"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of subsidy page, in Dutch and English, on a
desktop and at 375 CSS pixels, and none of them scrolls sideways on a phone except inside a ``.table-scroll``
region. Each page is opened the way a person gets there: logged in through the login page as the role that
sees it, and states (errors, a refusal) by really submitting the form."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import MOBILE
from tests.browser.subsidy_fixtures import make_subsidy, subsidy_people, subsidy_scheme  # noqa: F401
from tests.browser.test_agenda_accessibility import OVERFLOW_SCRIPT

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["nl", "en"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(f"subsidies:{name}", kwargs=kwargs or None)


def go(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}"


def as_rep(page, ctx, language):
    ctx.log_in(page, ctx.people.rep, language=language)


def as_civil(page, ctx, language):
    ctx.log_in(page, ctx.people.civil2, language=language)


def mine(page, ctx, language):
    ctx.make("draft")
    ctx.make("closed")
    as_rep(page, ctx, language)
    go(page, url("mine", language))
    expect(page.locator("main table tbody tr")).to_have_count(2)


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
    application = ctx.make("closed")
    as_rep(page, ctx, language)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator("section.decision")).to_be_visible()


def detail_draft(page, ctx, language):
    application = ctx.make("draft")
    as_rep(page, ctx, language)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator(".subsidy-remove")).to_have_count(2)  # plan and budget


def detail_office(page, ctx, language):
    application = ctx.make("proposed")
    as_civil(page, ctx, language)
    go(page, url("detail", language, pk=application.pk))
    expect(page.locator(".subsidy-tools form button")).to_have_count(1)  # confirm


def queue(page, ctx, language):
    ctx.make("submitted")
    late = ctx.make("in_review")
    from datetime import timedelta

    from django.utils import timezone

    from subsidies.models import Application

    Application.objects.filter(pk=late.pk).update(submitted_at=timezone.now() - timedelta(weeks=10))
    as_civil(page, ctx, language)
    go(page, url("list", language))
    expect(page.locator(".queue-row--overdue")).to_have_count(1)


def review_form(page, ctx, language):
    application = ctx.make("submitted")
    as_civil(page, ctx, language)
    go(page, url("review", language, pk=application.pk))


def propose_form_errors(page, ctx, language):
    application = ctx.make("in_review")
    as_civil(page, ctx, language)
    go(page, url("propose", language, pk=application.pk))
    page.locator("input[name=outcome][value=partial]").check()
    page.locator("main form.utrecht-form button[type=submit]").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()


def payment_form(page, ctx, language):
    application = ctx.make("granted")
    as_civil(page, ctx, language)
    go(page, url("payment", language, pk=application.pk))


def report_form(page, ctx, language):
    application = ctx.make("paid")
    as_rep(page, ctx, language)
    go(page, url("report", language, pk=application.pk))


def settle_form(page, ctx, language):
    application = ctx.make("reported")
    as_civil(page, ctx, language)
    go(page, url("settle", language, pk=application.pk))


def refused(page, ctx, language):
    application = ctx.make("submitted")
    as_rep(page, ctx, language)
    go(page, url("update", language, pk=application.pk), status=409)


def budget(page, ctx, language):
    ctx.make("paid")
    as_civil(page, ctx, language)
    go(page, url("budget", language))
    expect(page.locator(".budget-table tbody tr")).to_have_count(2)


def figures(page, ctx, language):
    ctx.make("closed")
    ctx.make("rejected")
    as_civil(page, ctx, language)
    go(page, url("figures", language))


def figures_year(page, ctx, language):
    application = ctx.make("closed")
    as_civil(page, ctx, language)
    go(page, url("figures", language))
    page.locator("#id_year").select_option(str(application.year))
    page.locator("main form.figures-year button[type=submit]").click()
    expect(page.locator("main [role=status]")).to_contain_text(str(application.year))
    expect(page.locator("#by-country")).to_contain_text(str(application.year))


PAGES = {
    "mine": mine, "create-form": create_form, "create-form-errors": create_form_errors,
    "detail-applicant": detail_applicant, "detail-draft": detail_draft, "detail-office": detail_office, "queue": queue, "review-form": review_form,
    "propose-form-errors": propose_form_errors, "payment-form": payment_form, "report-form": report_form,
    "settle-form": settle_form, "refused": refused, "budget": budget, "figures": figures,
    "figures-year": figures_year,
}


@pytest.fixture
def ctx(subsidy_people, make_subsidy, log_in):
    from types import SimpleNamespace

    return SimpleNamespace(people=subsidy_people, make=make_subsidy, log_in=log_in)


@pytest.mark.parametrize("page_id", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_subsidy_page_has_no_axe_violations_and_reflows(page, axe, ctx, language, page_id):
    PAGES[page_id](page, ctx, language)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("main h1").count() == 1, "one main heading per page"
    axe(page)
    page.set_viewport_size(MOBILE)
    overflow = page.evaluate(OVERFLOW_SCRIPT)
    assert overflow["scrollWidth"] <= MOBILE["width"], (
        f"{page_id} ({language}) scrolls sideways at {MOBILE['width']}px: {json.dumps(overflow, indent=2)}")
    axe(page)


def test_subsidy_tables_that_may_scroll_are_focusable_named_regions(page, ctx):
    ctx.make("closed")
    ctx.make("submitted")
    as_civil(page, ctx, "nl")
    page.set_viewport_size(MOBILE)
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
                "element.getAttribute('aria-label') || ''")
            assert label.strip(), name


LANDMARK_UNIQUE = """() => axe.run(document, {runOnly: {type: 'rule', values: ['landmark-unique']}})
  .then(result => result.violations.map(violation => violation.nodes.map(node => node.target.join(' '))))"""

CELLS_OUT_OF_VIEW = """() => [...document.querySelectorAll('.subsidies-stack td')]
  .filter(cell => { const box = cell.getBoundingClientRect();
                    return box.width === 0 || box.right > document.documentElement.clientWidth + 0.5; })
  .map(cell => cell.dataset.label + ': ' + cell.textContent.trim())"""


def test_subsidy_tables_keep_every_column_in_view_on_a_phone_and_landmarks_are_unique(page, axe, ctx):
    """The review found status, amounts, "remaining" and the overdue tag cut off at 375 px, and regions that
    shared their section's name. On a phone the rows stack, every cell labelled by its column."""
    ctx.make("closed")
    ctx.make("submitted")
    ctx.make("draft")
    checks = [(as_civil, name) for name in ("list", "budget", "figures")] + [(as_rep, "mine")]
    for log_in_as, name in checks:
        page.set_viewport_size({"width": 1280, "height": 900})
        log_in_as(page, ctx, "nl")
        go(page, url(name, "nl"))
        axe(page)
        assert page.evaluate(LANDMARK_UNIQUE) == [], name
        page.set_viewport_size(MOBILE)
        cells = page.locator(".subsidies-stack td")
        assert cells.count() > 0, name
        assert page.evaluate(CELLS_OUT_OF_VIEW) == [], name
        expect(page.locator(".subsidies-stack thead").first).to_have_css("position", "absolute")
        expect(cells.first).to_be_visible()
        page.context.clear_cookies()
