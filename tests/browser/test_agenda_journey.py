"""Journeys through the work agenda: an ambassador proposes an action and reports progress, a visitor
finds it, a partner representative joins an action, and two editors save the same action at once."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import build_agenda, build_directory_and_people

pytestmark = pytest.mark.browser

TITLE = "Jongerenuitwisseling met Sibiu"
UPDATE_TEXT = "Twintig jongeren uit Deventer en Sibiu hebben elkaar ontmoet op het Hanzefestival."


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def path_is(name, language="nl", **kwargs):
    return re.compile(re.escape(url(name, language, **kwargs)) + "$")


DETAIL_URL = re.compile(r"/nl/agenda/(\d+)/$")


@pytest.fixture
def agenda(shared_data):
    """The directory, one login per role and the agenda's actions."""
    return shared_data(build_agenda)


@pytest.mark.writes
@pytest.mark.login_form
def test_ambassador_creates_an_action_and_a_visitor_finds_its_progress(new_page, log_in_through_form, shared_data):
    from agenda.models import Action, Chapter, PolicyPeriod
    from partners.models import GlobalGoal, Sector

    agenda_people = shared_data(build_directory_and_people).people
    page = new_page()
    log_in_through_form(page, agenda_people.ambassador)
    expect(page).to_have_url(path_is("agenda:mine"))  # an ambassador lands on My agenda

    page.locator(f"header .site-account a[href='{url('agenda:mine')}']").click()
    expect(page).to_have_url(path_is("agenda:mine"))
    page.locator(f"main a[href='{url('agenda:create')}']").click()
    expect(page).to_have_url(path_is("agenda:create"))

    # The form starts from what the ambassador is linked to: their own sector, themselves as lead.
    civil_society = Sector.objects.get(slug="maatschappelijk")
    expect(page.locator(f"input[name=sectors][value='{civil_society.pk}']")).to_be_checked()
    expect(page.locator("#id_lead_person")).to_have_value(str(agenda_people.ambassador.pk))

    period = PolicyPeriod.objects.get(name="2021-2026")
    page.locator("#id_period").select_option(label="2021-2026")
    page.locator("#id_chapter").select_option(str(Chapter.objects.get(period=period, number=3).pk))
    page.locator("#id_list").select_option("A")
    page.locator("#id_code").fill("A7")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_description").fill("Jongeren uit beide Hanzesteden werken samen aan een festivalprogramma.")
    page.locator("#id_status").select_option("planned")
    page.locator("#id_progress").fill("10")
    page.locator("#id_lead_partner").select_option(label="Hanzefestival Deventer")
    education = Sector.objects.get(slug="onderwijs")
    page.locator(f"input[name=sectors][value='{education.pk}']").check()
    page.locator(f"input[name=global_goals][value='{GlobalGoal.objects.get(number=4).pk}']").check()
    page.locator("#id_countries").select_option(["RO"])
    page.locator("#id_start_date").fill("2025-03-01")
    page.locator("#id_end_date").fill("2026-06-30")
    page.locator("main form.action-form button[type=submit]").click()

    expect(page).to_have_url(DETAIL_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"A7 {TITLE}")
    expect(page.locator(".site-messages")).to_contain_text("A7")
    action = Action.objects.get(code="A7")
    assert action.lead_person == agenda_people.ambassador
    assert set(action.sectors.values_list("slug", flat=True)) == {"maatschappelijk", "onderwijs"}
    assert list(action.global_goals.values_list("number", flat=True)) == [4]
    assert action.public and action.status == "planned" and action.progress == 10
    expect(page.locator(".action-progress .status--planned")).to_be_visible()

    page.locator(f"main a[href='{url('agenda:progress-create', pk=action.pk)}']").click()
    expect(page).to_have_url(path_is("agenda:progress-create", pk=action.pk))
    page.locator("#id_text").fill(UPDATE_TEXT)
    page.locator("#id_status").select_option("in_progress")
    page.locator("#id_progress").fill("40")
    page.locator("main form.utrecht-form button[type=submit]").click()

    expect(page).to_have_url(path_is("agenda:detail", pk=action.pk))
    expect(page.locator(".action-progress .status--in_progress")).to_be_visible()
    expect(page.locator(".action-progress")).to_contain_text("40%")
    expect(page.locator("#action-progress")).to_have_attribute("value", "40")
    expect(page.locator(".timeline__item").first).to_contain_text(UPDATE_TEXT)

    # Log out: the header's button posts a form.
    page.locator("header .site-account__logout button[type=submit]").click()
    expect(page).to_have_url(path_is("home"))
    expect(page.locator("header .site-account__logout")).to_have_count(0)
    expect(page.locator(f"header .site-account a[href^='{url('login')}']")).to_be_visible()

    # A visitor, in a browser of their own, finds the action on the public agenda.
    visitor = new_page()
    visitor.goto(url("agenda:list"))
    expect(visitor.locator("html")).to_have_attribute("lang", "nl")
    visitor.locator("#id_q").fill("jongerenuitwisseling")
    visitor.locator("#id_q").press("Enter")
    expect(visitor).to_have_url(re.compile(r"[?&]q=jongerenuitwisseling(&|$)"))
    rows = visitor.locator(".action-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("A7")
    expect(rows.first.locator(".status--in_progress")).to_be_visible()
    expect(rows.first.locator("td.utrecht-table__cell--numeric")).to_have_text("40%")
    expect(visitor.locator("#id_q")).to_have_value("jongerenuitwisseling")

    rows.first.get_by_role("link", name=TITLE).click()
    expect(visitor).to_have_url(path_is("agenda:detail", pk=action.pk))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(f"A7 {TITLE}")
    expect(visitor.locator(".action-tools")).to_have_count(0)  # no tools for visitors
    timeline = visitor.locator("ol.timeline")
    expect(timeline.locator(".timeline__item")).to_have_count(1)
    expect(timeline).to_contain_text(UPDATE_TEXT)
    expect(timeline).to_contain_text("Anna de Vries")
    expect(timeline).to_contain_text("40%")


@pytest.mark.writes
def test_partner_representative_joins_an_action_with_their_organisation(new_page, log_in, agenda):
    from agenda.models import Participation

    directory, agenda_people, action = agenda.directory, agenda.people, agenda.actions.schoolbanken
    page = new_page()
    log_in(page, agenda_people.partner_rep)
    page.goto(url("agenda:list"))
    page.get_by_role("link", name=action.title, exact=True).click()
    expect(page).to_have_url(path_is("agenda:detail", pk=action.pk))

    take_part = page.locator("section.take-part")
    expect(take_part.locator("#take-part-heading")).to_be_visible()
    partner = take_part.locator("#id_partner")
    # Only their own organisation is offered, not every partner.
    expect(partner.locator("option:not([value=''])")).to_have_text(["Stichting Schoolbanken Oeganda"])
    partner.select_option(label="Stichting Schoolbanken Oeganda")
    take_part.locator("#id_role").select_option("supporter")
    take_part.locator("button[type=submit]").click()

    expect(page).to_have_url(path_is("agenda:detail", pk=action.pk))
    expect(page.locator(".site-messages")).to_contain_text("Stichting Schoolbanken Oeganda")
    participants = page.locator("section[aria-labelledby=participants-heading]")
    expect(participants.locator("li").filter(has_text="Stichting Schoolbanken Oeganda")).to_have_count(1)
    # They may leave again, and there is nothing left to join with.
    leave = url(
        "agenda:participation-delete",
        pk=action.pk,
        participation_pk=Participation.objects.get(action=action, partner=directory.school).pk,
    )
    expect(participants.locator(f"a[href='{leave}']")).to_be_visible()
    expect(page.locator("section.take-part form")).to_have_count(0)

    participation = Participation.objects.get(action=action, partner=directory.school)
    assert participation.role == "supporter"
    assert participation.added_by == agenda_people.partner_rep

    # Taking part shows in their own agenda.
    page.locator(f"header a[href='{url('agenda:mine')}']").click()
    expect(page.locator("#section-organisation ~ .table-scroll")).to_contain_text(action.title)


@pytest.mark.writes
def test_two_editors_save_the_same_action(new_page, log_in, agenda):
    from agenda.models import Action

    agenda_people, action = agenda.people, agenda.actions.schoolbanken
    edit = url("agenda:update", pk=action.pk)
    first, second = new_page(), new_page()
    log_in(first, agenda_people.bram)
    log_in(second, agenda_people.carla)
    first.goto(edit)
    second.goto(edit)
    expect(first.locator("#id_title")).to_have_value(action.title)
    expect(second.locator("#id_title")).to_have_value(action.title)

    new_title = "Schoolbanken, lesmateriaal en laptops voor Bukomansimbi"
    first.locator("#id_title").fill(new_title)
    first.locator("main form.action-form button[type=submit]").click()
    expect(first).to_have_url(path_is("agenda:detail", pk=action.pk))
    expect(first.get_by_role("heading", level=1)).to_have_text(f"B2 {new_title}")

    own_text = "Ook worden twee leraren per school opgeleid in het gebruik van de laptops."
    second.locator("#id_description").fill(own_text)
    second.locator("main form.action-form button[type=submit]").click()

    # Nothing of the second editor was saved; they see who changed what, and keep their own edit.
    expect(second).to_have_url(path_is("agenda:update", pk=action.pk))
    conflict = second.locator("#conflict")
    expect(conflict).to_be_visible()
    expect(conflict).to_have_attribute("role", "alert")
    expect(conflict).to_contain_text("Bram Jansen")
    change = conflict.locator("tbody tr").filter(has_text=new_title)
    expect(change).to_have_count(1)
    expect(change.locator("td").first).to_have_text(action.title)
    expect(change.locator("td").nth(1)).to_have_text(new_title)
    expect(second.locator("#id_description")).to_have_value(own_text)
    expect(second.locator("#id_title")).to_have_value(new_title)
    assert Action.objects.get(pk=action.pk).description == action.description

    second.locator("main form.action-form button[type=submit]").click()
    expect(second).to_have_url(path_is("agenda:detail", pk=action.pk))
    expect(second.get_by_role("heading", level=1)).to_have_text(f"B2 {new_title}")
    expect(second.locator(".action-description")).to_contain_text(own_text)
    expect(second.locator(".site-messages")).to_contain_text("B2")

    saved = Action.objects.get(pk=action.pk)
    assert (saved.title, saved.description) == (new_title, own_text)
    assert saved.version != action.version


def test_visitor_filters_the_agenda_by_country(page, agenda):
    """The country filter offers the countries of public actions, and choosing one narrows the list."""
    page.goto(url("agenda:list"))
    page.locator("form[role=search] summary").click()  # the filters other than search are folded
    country = page.locator("#id_country")
    expect(country.locator("option[value='ug']")).to_have_text("Oeganda")
    expect(country.locator("option[value='ro']")).to_have_text("Roemenië")
    country.select_option("ug")
    page.locator("form[role=search] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]country=ug(&|$)"))
    expect(page.locator(".utrecht-form-field-error-message")).to_have_count(0)
    expect(page.locator(".action-table tbody tr td:first-child")).to_contain_text(["A3", "B2"])
    expect(page.locator(".action-table tbody tr")).to_have_count(2)
