"""What the UX review asked of the subsidy pages: the apply form assumes no scheme, a draft says what it still
needs, the applicant is told what happens next, the reviewer reads what the applicant wrote, a decision reads as a
result, and money and dates are written the way each language writes them."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from subsidies import services
from subsidies.models import Application
from tests.subsidies.test_lifecycle import application_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch_afterwards():
    """A request in German or English leaves that language active in this thread; the tests after these
    ones build their URLs in the default language."""
    yield
    translation.activate("nl")


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"subsidies:{name}", kwargs=kwargs or None)


def selected_option(html, name):
    select = re.search(rf'<select[^>]*\bname="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"[^>]*selected>([^<]*)</option>', select)


def test_the_apply_form_starts_with_no_scheme_chosen(client, people, scheme):
    client.force_login(people.rep)
    html = client.get(url("create")).content.decode()
    assert selected_option(html, "scheme") == [("", "Kies een regeling")]
    assert selected_option(html, "country") == [("", "Kies een land")]
    # "Apply under ..." on My subsidies still preselects its scheme.
    html = client.get(url("create") + f"?scheme={scheme.pk}").content.decode()
    assert selected_option(html, "scheme") == [(str(scheme.pk), scheme.name_nl)]
    # Not choosing one is an error, and nothing is stored.
    data = application_data(people, scheme)
    data["scheme"] = ""
    response = client.post(url("create"), data)
    assert response.status_code == 200 and "scheme" in response.context["form"].errors
    assert not Application.objects.exists()


def test_a_draft_says_what_it_still_needs_instead_of_offering_a_dead_end(client, people, make_application):
    draft = make_application("draft")
    client.force_login(people.rep)
    html = client.get(url("detail", pk=draft.pk)).content.decode()
    assert "Wat gebeurt er nu?" in html and "Het is compleet: dien het in" in html
    assert f'action="{url("submit", pk=draft.pk)}"' in html

    services.attachment_delete(attachment=draft.attachments.get(kind="budget"), by=people.rep)
    html = client.get(url("detail", pk=draft.pk)).content.decode()
    assert "Nog nodig: projectbegroting." in html
    assert f'href="{url("update", pk=draft.pk)}"' in html
    assert f'action="{url("submit", pk=draft.pk)}"' not in html, "no submit button that can only be refused"
    assert "Concept intrekken" in html and "Aanvraag intrekken" not in html
    assert Application.objects.get(pk=draft.pk).status == "draft"


def test_a_granted_applicant_is_told_what_happens_next_and_why_the_report_waits(client, people, make_application):
    granted = make_application("granted")
    client.force_login(people.rep)
    html = client.get(url("detail", pk=granted.pk)).content.decode()
    assert "Wat gebeurt er nu?" in html
    assert "betaalt de toegekende €\xa01.500,00 aan uw organisatie" in html
    # The project ends on 31 August 2026; the report is due three months later.
    assert "het eindigt op 31 augustus 2026" in html and "uiterlijk 30 november 2026 een eindverslag" in html
    assert "<strong>Volledig toegekend</strong>: €\xa01.500,00" in html

    response = client.get(url("report", pk=granted.pk))
    assert response.status_code == 409
    assert "U kunt het eindverslag indienen zodra de subsidie is betaald." in response.content.decode()
    assert Application.objects.get(pk=granted.pk).status == "granted"


def test_the_office_gets_no_applicants_box_but_the_project_on_the_review_page(client, people, make_application):
    application = make_application("submitted")
    client.force_login(people.civil)
    assert "Wat gebeurt er nu?" not in client.get(url("detail", pk=application.pk)).content.decode()
    html = client.get(url("review", pk=application.pk)).content.decode()
    assert "Wat de aanvrager schreef" in html
    for written in ("Een zomerkamp.", "Asociația Sibiu", "Wilde Ganzen", "plan.pdf", "begroting.pdf", "€\xa015.000,00"):
        assert written in html, written


@pytest.mark.parametrize(
    "language, amount, start",
    [
        ("nl", "€\xa01.500,00", "1 juli 2026"),
        ("en", "€1,500.00", "July 1, 2026"),
        ("de", "1.500,00\xa0€", "1. Juli 2026"),
    ],
)
def test_money_and_dates_are_written_the_languages_way(client, people, make_application, language, amount, start):
    application = make_application("closed")
    client.force_login(people.rep)
    html = client.get(url("detail", language, pk=application.pk)).content.decode()
    assert amount in html and start in html
    html = client.get(url("mine", language)).content.decode()
    assert amount in html


def test_the_amount_above_the_maximum_is_named_in_the_languages_money(client, people, scheme):
    client.force_login(people.rep)
    response = client.post(
        url("create", "de"), application_data(people, scheme, amount_requested="6000", total_budget="9000")
    )
    assert "höchstens 5.000,00\xa0€ pro Antrag" in response.content.decode()
    assert not Application.objects.exists()


def test_the_queue_writes_the_deadline_in_full_with_the_overdue_tag_under_it(client, people, make_application):
    application = make_application("submitted")
    Application.objects.filter(pk=application.pk).update(submitted_at="2020-01-06T10:00:00+01:00")
    client.force_login(people.civil)
    html = client.get(url("list", "de")).content.decode()
    # Submitted 6 January 2020, eight weeks to decide.
    assert '<span class="nowrap">2. März 2020</span> <strong class="tag tag--warning subsidies-tag-below">' in html


def test_the_queue_offers_the_country_of_a_submitted_application_also_when_it_has_a_draft(
    client, people, make_application
):
    make_application("submitted")  # Romania
    make_application("draft")  # Romania as well: the draft is private, the submitted one still counts
    client.force_login(people.civil)
    html = client.get(url("list")).content.decode()
    assert selected_option(html, "country") == [("", "Alle landen")]
    assert '<option value="ro">Roemenië</option>' in html
