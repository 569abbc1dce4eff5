"""What a keyboard and screen-reader walk needs from forms, beyond what axe-core sees (issue 15).

- A form sent back with errors: the title starts with "Error:" in the page's language, the error summary
  says how many problems there are, links to each field and has the focus (small external script); without
  JavaScript the summary is still at the top and the title still says so.
- A message after a redirect has the focus and a live role, so it is read out.
- Help texts are announced (aria-describedby names the help text's id; ``axe`` checks every reference).
- Name and e-mail fields carry autocomplete; repeated rows name their row; the breadcrumb separator is not
  read out; a file input fits 320 px with WCAG 1.4.12 text spacing; the login page does not skip the skip link.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, OVERFLOW_SCRIPT, build_agenda, build_subsidy_people

pytestmark = pytest.mark.browser

ERROR_PREFIX = {"nl": "Fout:", "en": "Error:", "de": "Fehler:"}

#: WCAG 1.4.12's text spacing, as the bookmarklets that test it set it.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }"""


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def submit(page):
    page.locator("main form.utrecht-form[method=post]").last.locator("button[type=submit]").click()
    page.wait_for_load_state()


def build_world():
    """The agenda's people and actions, and a network meeting open for registration."""
    from tests.factories import in_days, meeting

    world = build_agenda()
    world.meeting = meeting(slug="netwerkbijeenkomst", capacity=20, start=in_days(11), end=in_days(11, 21))
    return world


@pytest.fixture
def world(shared_data):
    return shared_data(build_world)


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_a_form_with_errors_says_so_in_the_title_and_focuses_a_summary_that_links_to_each_field(
    page, log_in, check_accessibility, world, language
):
    log_in(page, world.people.ambassador)
    page.goto(url("agenda:create", language))
    page.locator("#id_title").fill("")
    page.locator("#id_progress").fill("101")
    submit(page)

    assert page.title().startswith(ERROR_PREFIX[language] + " ")
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    links = summary.locator("a")
    count = links.count()
    assert count == 2  # the title is required, the progress at most 100
    assert str(count) in summary.locator("h2").inner_text()
    # Each link leads to its field: following one moves the focus there.
    href = links.first.get_attribute("href")
    links.first.click()
    expect(page.locator(href)).to_be_focused()
    # The invalid field names its error message (and the id exists: ``axe`` checks every reference).
    title = page.locator("#id_title")
    assert title.get_attribute("aria-invalid") == "true"
    assert "id_title_error" in title.get_attribute("aria-describedby")
    check_accessibility(page, "action form with errors", language)


def test_without_javascript_the_summary_is_at_the_top_and_the_title_says_so(browser, live_server, log_in, world):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=DESKTOP)
    try:
        page = context.new_page()
        log_in(page, world.people.ambassador)
        page.goto(url("agenda:create"))
        submit(page)
        assert page.title().startswith("Fout: ")
        first = page.locator("main form.utrecht-form[method=post] > *:not([type=hidden])").first
        assert first.get_attribute("id") == "error-summary"
    finally:
        context.close()


def test_help_texts_are_announced_with_their_fields(page, log_in, world):
    log_in(page, world.people.ambassador)
    page.goto(url("agenda:create"))
    for field in ("progress", "countries", "editors"):
        described = page.locator(f"#id_{field}").get_attribute("aria-describedby")
        assert described == f"id_{field}_helptext"
        assert page.locator(f"#{described}").inner_text().strip()


@pytest.mark.writes
def test_a_message_after_a_redirect_is_focused_and_announced(page, log_in, world):
    log_in(page, world.people.ambassador)
    page.goto(url("profile"))
    submit(page)
    messages = page.locator("#site-messages")
    expect(messages).to_be_focused()
    assert messages.locator("[role=status]").count() == 1
    assert not page.title().startswith("Fout:")


def test_name_and_email_fields_carry_autocomplete(page, world):
    page.goto(url("events:detail", slug=world.meeting.slug))
    assert page.locator("#id_name").get_attribute("autocomplete") == "name"
    assert page.locator("#id_email").get_attribute("autocomplete") == "email"
    page.goto(url("agenda:message", pk=world.actions.schoolbanken.pk))
    assert page.locator("#id_name").get_attribute("autocomplete") == "name"
    assert page.locator("#id_email").get_attribute("autocomplete") == "email"


def test_registering_with_errors_says_so_in_the_title(page, check_accessibility, world):
    page.goto(url("events:detail", slug=world.meeting.slug))
    page.locator("#id_email").fill("geen-adres")
    submit(page)
    assert page.title().startswith("Fout: ")
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#error-summary a")).to_have_count(2)
    check_accessibility(page, "registration with errors", "nl")


def test_the_breadcrumb_separator_is_not_read_out(page, world):
    page.goto(url("agenda:detail", pk=world.actions.schoolbanken.pk))
    crumbs = page.locator(".site-breadcrumbs")
    # The separator is drawn (CSS) but its alternative text is empty, so it is not in the accessibility tree.
    assert "›" in page.evaluate(
        "getComputedStyle(document.querySelector('.site-breadcrumbs li:first-child'), '::after').content"
    )
    assert "›" not in crumbs.aria_snapshot()


def test_the_login_page_starts_at_the_skip_link(page, world):
    page.goto(url("login"))
    assert page.locator("[autofocus]").count() == 0
    page.keyboard.press("Tab")
    expect(page.locator(".utrecht-skip-link")).to_be_focused()


def build_applicant():
    return build_subsidy_people()


def test_funding_rows_name_their_row_and_the_file_input_fits_a_narrow_screen_with_text_spacing(
    new_page, log_in, shared_data
):
    people = shared_data(build_applicant).people
    page = new_page(viewport={"width": 320, "height": 640})
    log_in(page, people.rep)
    page.goto(url("subsidies:create"))
    expect(page.get_by_label("Bron, rij 2", exact=True)).to_have_count(1)
    expect(page.get_by_label("Bedrag (EUR), rij 3", exact=True)).to_have_count(1)
    page.add_style_tag(content=TEXT_SPACING)
    overflow = page.evaluate(OVERFLOW_SCRIPT)
    assert overflow["scrollWidth"] <= 320, overflow
    box = page.locator("#id_plan").bounding_box()
    assert box["x"] + box["width"] <= 320


def test_a_required_select_starts_with_an_empty_option(page, log_in, world):
    log_in(page, world.people.ambassador)
    page.goto(url("agenda:create"))
    for select in page.locator("main select[required]:not([multiple])").all():
        assert select.locator("option").first.get_attribute("value") == "", select.get_attribute("name")


# --- Searchable long lists (Tom Select from npm, started by static/js/searchable.js) ------------------------


def selected(page, select):
    return page.locator(select).evaluate("element => [...element.selectedOptions].map(option => option.value)")


def choose(page, text):
    """Type in the focused searchable list and take the first match with Enter, as a keyboard user does."""
    page.keyboard.type(text)
    expect(page.locator(".ts-wrapper.focus .ts-dropdown .option.active")).to_contain_text(text)
    page.keyboard.press("Enter")


def test_long_lists_are_searchable_with_the_keyboard_only(page, log_in, check_accessibility, world):
    log_in(page, world.people.ambassador)
    page.goto(url("agenda:create"))
    # Walk with Tab from the title to the countries' search box: every field on the way is reachable.
    page.locator("#id_title").focus()
    for _step in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_countries-ts-control":
            break
    else:
        pytest.fail("Tab never reached the searchable list of countries")
    box = page.locator("#id_countries-ts-control")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-describedby") == "id_countries_helptext"  # the help text is read out
    choose(page, "Roem")
    choose(page, "Oegan")
    assert sorted(selected(page, "#id_countries")) == ["RO", "UG"]
    page.keyboard.press("Backspace")  # removes the last choice
    assert selected(page, "#id_countries") == ["RO"]
    # One choice among many: the lead partner.
    page.locator("#id_lead_partner-ts-control").focus()
    choose(page, "Saxion")
    assert selected(page, "#id_lead_partner") == [str(world.directory.college.pk)]
    page.keyboard.press("Tab")
    check_accessibility(page, "action form with searchable lists", "nl")


def test_without_javascript_the_long_lists_are_plain_selects(browser, live_server, log_in, world):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=DESKTOP)
    try:
        page = context.new_page()
        log_in(page, world.people.ambassador)
        page.goto(url("agenda:create"))
        countries = page.locator("#id_countries")
        expect(countries).to_be_visible()
        assert countries.get_attribute("multiple") is not None
        countries.select_option(["RO", "UG"])
        assert sorted(selected(page, "#id_countries")) == ["RO", "UG"]
        expect(page.locator(".ts-wrapper")).to_have_count(0)
    finally:
        context.close()


def test_a_link_in_the_error_summary_focuses_a_searchable_list(page, log_in, world):
    log_in(page, world.people.partner_rep)  # organisers are required for a partner representative
    page.goto(url("events:create"))
    page.locator("#id_organisers-ts-control").focus()
    page.keyboard.press("Backspace")  # drop the preselected own organisation
    submit(page)
    page.locator("#error-summary a[href='#id_organisers']").click()
    expect(page.locator("#id_organisers-ts-control")).to_be_focused()
    page.locator("#error-summary a[href='#id_kind']").click()
    expect(page.locator("#id_kind")).to_be_focused()
