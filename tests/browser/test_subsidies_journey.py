"""The subsidy journey in a real browser: a partner representative applies with real documents and submits;
one civil servant reviews and proposes, a second confirms (four eyes), the first records the payment; the
applicant files the final report and the second settles it. Every step by clicking, as people do."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import build_subsidy_people
from tests.subsidies.builders import build_application
from tests.subsidies.files import docx_bytes, pdf_bytes, xlsx_bytes

# Both journeys apply, decide or upload: each gets the data freshly built.
pytestmark = [pytest.mark.browser, pytest.mark.writes]

DETAIL = re.compile(r"/nl/subsidies/aanvragen/(\d+)/$")


@pytest.fixture
def subsidies(shared_data, private_media):
    """The subsidy logins (``people``) and the scheme with its budgets (``scheme``)."""
    return shared_data(build_subsidy_people)


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_apply_review_propose_confirm_pay_report_settle(new_page, log_in, subsidies, tmp_path):
    from subsidies.models import Application, Budget

    people, subsidy_scheme = subsidies.people, subsidies.scheme
    plan, budget_file, report = tmp_path / "projectplan.docx", tmp_path / "begroting.xlsx", tmp_path / "verslag.pdf"
    plan.write_bytes(docx_bytes())
    budget_file.write_bytes(xlsx_bytes())
    report.write_bytes(pdf_bytes())

    # The applicant finds "My subsidies" in the header and applies.
    applicant = new_page()
    log_in(applicant, people.rep)
    applicant.goto(url("home"))
    applicant.locator(f"header a[href='{url('subsidies:mine')}']").click()
    applicant.locator(f"main a[href='{url('subsidies:create')}?scheme={subsidy_scheme.pk}']").click()
    applicant.locator("#id_title").fill("Zomerkamp Sibiu")
    applicant.locator("#id_description").fill("Veertig kinderen uit Sibiu en Deventer op kamp.")
    applicant.locator("#id_country").select_option("RO")
    applicant.locator("#id_local_partner").fill("Asociația Prietenii Deventer")
    applicant.get_by_label("4. Kwaliteitsonderwijs").check()
    applicant.locator("#id_start_date").fill("2026-07-01")
    applicant.locator("#id_end_date").fill("2026-08-31")
    applicant.locator("#id_amount_requested").fill("1500")
    applicant.locator("#id_total_budget").fill("7500")  # the request plus the other funding
    applicant.locator("#id_funding-0-source").fill("Wilde Ganzen")
    applicant.locator("#id_funding-0-amount").fill("6000")
    applicant.locator("#id_plan").set_input_files(str(plan))
    applicant.locator("#id_budget").set_input_files(str(budget_file))
    applicant.get_by_role("button", name="Opslaan als concept").click()
    expect(applicant).to_have_url(DETAIL)
    expect(applicant.locator(".site-messages")).to_contain_text("opgeslagen als concept")
    pk = int(DETAIL.search(applicant.url).group(1))
    expect(applicant.locator("main")).to_contain_text("projectplan.docx")
    applicant.get_by_label("Ik verklaar dat de gegevens in deze aanvraag en de bijlagen waar en volledig zijn.").check()
    applicant.get_by_role("button", name="Aanvraag indienen").click()
    expect(applicant.locator(".site-messages")).to_contain_text("Uw aanvraag is ingediend")
    expect(applicant.locator("main")).to_contain_text("Ingediend")
    assert [message.to for message in mail.outbox] == [["ioana@example.org"]]

    # Bram reviews criterion by criterion and proposes a grant in full.
    bram = new_page()
    log_in(bram, people.civil)
    bram.goto(url("home"))
    bram.locator(f"header a[href='{url('subsidies:list')}']").click()
    bram.get_by_role("link", name="Zomerkamp Sibiu").click()
    expect(bram).to_have_url(DETAIL)
    bram.get_by_role("link", name="Beoordelen op de criteria").click()
    for criterion in subsidy_scheme.criteria.all():
        bram.locator(f"input[name=met_{criterion.pk}][value=yes]").check()
    bram.get_by_label("Toelichting bij criterium 3").fill("Wilde Ganzen verdubbelt.")
    bram.get_by_role("button", name="Beoordeling opslaan").click()
    expect(bram.locator(".site-messages")).to_contain_text("De beoordeling is opgeslagen")
    bram.get_by_role("link", name="Besluit voorstellen").click()
    bram.get_by_label("Volledig toekennen").check()
    bram.locator("#id_motivation").fill("Een sterk plan met een betrouwbare lokale partner.")
    bram.get_by_role("button", name="Voorstellen").click()
    expect(bram.locator("main")).to_contain_text("een andere ambtenaar bevestigt het (vier ogen)")
    expect(bram.get_by_role("button", name="Voorgesteld besluit bevestigen")).to_have_count(0)

    # Sophie confirms; the applicant gets the decision by mail.
    sophie = new_page()
    log_in(sophie, people.civil2)
    sophie.goto(url("subsidies:detail", pk=pk))
    sophie.get_by_role("button", name="Voorgesteld besluit bevestigen").click()
    expect(sophie.locator(".site-messages")).to_contain_text("Het besluit is bevestigd")
    assert Application.objects.get(pk=pk).status == "granted"
    assert Budget.objects.get(scheme=subsidy_scheme, year=Application.objects.get(pk=pk).year).granted_total == 1500
    assert len(mail.outbox) == 2 and "Volledig toegekend: €\xa01.500,00" in mail.outbox[1].body

    # Bram records the payment (the form offers what is still payable).
    bram.goto(url("subsidies:detail", pk=pk))
    bram.get_by_role("link", name="Betaling vastleggen").click()
    expect(bram.locator("#id_amount")).to_have_value("1500.00")
    bram.get_by_role("button", name="Betaling vastleggen").click()
    expect(bram.locator(".site-messages")).to_contain_text("De betaling is vastgelegd")

    # The applicant sees the decision with its motivation, and files the final report.
    applicant.goto(url("subsidies:detail", pk=pk))
    expect(applicant.locator("section.decision")).to_contain_text("Een sterk plan met een betrouwbare lokale partner.")
    applicant.get_by_role("link", name="Eindverslag indienen").click()
    applicant.locator("#id_what_was_done").fill("Veertig kinderen op kamp; twee leraren uit Sibiu bezochten Deventer.")
    applicant.locator("#id_amount_spent").fill("11800")
    applicant.locator("#id_report").set_input_files(str(report))
    applicant.locator("#id_funding-0-source").fill("Wilde Ganzen")
    applicant.locator("#id_funding-0-amount").fill("6500")
    applicant.get_by_role("button", name="Eindverslag indienen").click()
    expect(applicant.locator(".site-messages")).to_contain_text("uw eindverslag is ingediend")

    # Sophie settles it at the full amount; the application is closed.
    sophie.goto(url("subsidies:detail", pk=pk))
    sophie.get_by_role("link", name="Eindverslag vaststellen").click()
    sophie.locator("#id_amount").fill("1500")
    sophie.get_by_role("button", name="Vaststellen").click()
    expect(sophie.locator(".site-messages")).to_contain_text("Het bedrag is vastgesteld")
    application = Application.objects.get(pk=pk)
    assert (application.status, application.settled_amount) == ("closed", Decimal("1500"))
    assert application.other_funding.filter(kind="actual").get().amount == Decimal("6500")
    budget = Budget.objects.get(scheme=subsidy_scheme, year=application.year)
    assert (budget.granted_total, budget.paid_total) == (Decimal("1500"), Decimal("1500"))

    # The figures show the multiplier: EUR 6,500 raised on EUR 1,500 of subsidy.
    sophie.goto(url("subsidies:figures"))
    expect(sophie.locator("#by-year").locator("xpath=..").locator("tbody tr").first).to_contain_text("4,3×")


def test_the_applicant_downloads_their_document_and_another_organisation_cannot(new_page, log_in, subsidies):
    subsidy_people = subsidies.people
    application = build_application("submitted", people=subsidy_people, scheme=subsidies.scheme)
    attachment = application.attachments.get(kind="plan")
    address = url("subsidies:attachment", pk=application.pk, attachment_pk=attachment.pk)
    page = new_page()
    log_in(page, subsidy_people.rep)
    page.goto(url("subsidies:detail", pk=application.pk))
    with page.expect_download() as download:
        page.get_by_role("link", name="plan.pdf").click()
    assert download.value.suggested_filename == "plan.pdf"
    other = new_page()
    log_in(other, subsidy_people.other_rep)
    assert other.goto(address).status == 404
    assert other.goto(url("subsidies:detail", pk=application.pk)).status == 404
