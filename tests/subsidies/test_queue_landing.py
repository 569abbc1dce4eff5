"""Each role lands on its work after logging in; the review queue starts with the decisions awaiting this civil
servant's confirmation; its country filter offers every country with a submitted application."""

import pytest
from django.urls import reverse

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "role, landing",
    [
        (AMBASSADOR, "agenda:mine"),
        (CIVIL_SERVANT, "subsidies:list"),
        (PARTNER_REPRESENTATIVE, "my-organisation"),
        (COORDINATOR, "admin:index"),
        (None, "profile"),
    ],
)
def test_each_role_lands_on_its_work(client, make_user, make_partner, role, landing):
    partner = make_partner(name="St. Deventer - Roemenië", slug="deventer-roemenie")
    make_user(role, username="wie", password=TEST_PASSWORD, is_staff=role == COORDINATOR, partners=[partner])
    response = client.post(reverse("login"), {"username": "wie", "password": TEST_PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse(landing)
    assert client.get(response["Location"]).status_code == 200
    # A safe next wins; an unsafe one is ignored; the login page of someone logged in sends them to their work.
    client.post(reverse("logout"))
    response = client.post(
        reverse("login"), {"username": "wie", "password": TEST_PASSWORD, "next": reverse("events:list")}
    )
    assert response["Location"] == reverse("events:list")
    assert client.get(reverse("login"))["Location"] == reverse(landing)


def test_the_organisation_overview_shows_its_actions_applications_and_events(client, people, make_application):
    from tests.factories import ActionFactory, EventFactory, in_days

    ActionFactory(title="Zomerschool Sibiu", lead_partner=people.own)
    ActionFactory(title="Andermans actie", lead_partner=people.other)
    make_application("submitted", title="Kamp 2026")
    make_application("submitted", partner=people.other, title="Niet van ons")
    event = EventFactory(title="Roemeense avond", start=in_days(10), end=in_days(10, 22))
    event.organisers.set([people.own])
    client.force_login(people.rep)
    html = client.get(reverse("my-organisation")).content.decode()
    assert "St. Deventer - Roemenië" in html
    assert "Zomerschool Sibiu" in html and "Kamp 2026" in html and "Roemeense avond" in html
    assert "Andermans actie" not in html and "Niet van ons" not in html
    client.force_login(people.ambassador)
    assert client.get(reverse("my-organisation")).status_code == 403


def test_the_queue_starts_with_what_awaits_my_confirmation(client, people, make_application):
    mine = make_application("proposed", title="Door Bram voorgesteld")  # proposed by civil, see builders
    proposer = mine.decision.proposed_by
    other = people.civil2 if proposer == people.civil else people.civil
    client.force_login(other)
    response = client.get(reverse("subsidies:list"))
    assert [a.title for a in response.context["to_confirm"]] == ["Door Bram voorgesteld"]
    html = response.content.decode()
    assert html.index("to-confirm-heading") < html.index("results-heading")
    client.force_login(proposer)
    assert list(client.get(reverse("subsidies:list")).context["to_confirm"]) == [], "not one's own proposal"


def test_the_country_filter_offers_every_country_with_a_submitted_application(client, people, make_application):
    make_application("submitted", title="Ingediend")
    make_application("draft", title="Concept")  # a draft for Romania too
    client.force_login(people.civil)
    response = client.get(reverse("subsidies:list"))
    choices = dict(response.context["filter"].form.fields["country"].choices)
    assert choices.get("ro") == "Roemenië"
    filtered = client.get(reverse("subsidies:list"), {"country": "ro"})
    assert filtered.status_code == 200 and filtered.context["filter"].is_valid()
    assert [a.title for a in filtered.context["page_obj"].object_list] == ["Ingediend"]
    assert client.get(reverse("subsidies:list"), {"country": "RO"}).context["filter"].is_valid()
