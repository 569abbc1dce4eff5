"""Every page links to what belongs to it: the country, partner, sector and Global Goal dossiers, the goal × sector
matrix, action ↔ events ↔ relations, and the home page's "what is new"."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agenda.models import Participation
from partners.models import RelationPartner, Sector
from tests.deventer_intl.test_relations import build_network
from tests.factories import (
    ActionFactory,
    EventFactory,
    PartnerFactory,
    ProgressUpdateFactory,
    RelationFactory,
    SchemeFactory,
    in_days,
    make_login,
    recorded_application,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def romania():
    """A Romanian network: a school leading an action, a foundation joining it, events here and there, subsidies."""
    scheme = SchemeFactory()
    school = PartnerFactory(name="Zone College", sector=Sector.objects.get(slug="onderwijs"), goals=[4])
    foundation = PartnerFactory(name="NetSib Foundation", countries=["RO"])
    action = ActionFactory(
        title="Stedenband Sibiu", lead_partner=school, countries=["RO"], sectors=["onderwijs"], global_goals=[4]
    )
    Participation.objects.create(action=action, partner=foundation)
    hidden_action = ActionFactory(title="Voorbereiding", public=False, countries=["RO"], lead_partner=school)
    festival = EventFactory(
        title="Focus op Roemenië", start=in_days(-300), end=in_days(-298), sectors=["onderwijs"], goals=[4]
    )
    festival.actions.set([action])
    festival.organisers.set([school])
    EventFactory(title="Handelsmissie Cluj", country_id="RO", city="Cluj", start=in_days(30), end=in_days(33))
    hidden_event = EventFactory(title="Besloten overleg", public=False, country_id="RO")
    granted = recorded_application(
        scheme=scheme, partner=foundation, amount=Decimal("1500"), title="Computerlokaal", goals=[4]
    )
    recorded_application(scheme=scheme, partner=foundation, status="submitted", title="Ingediend plan")
    sibiu = RelationFactory(
        counterpart="Sibiu",
        partners=[(school, RelationPartner.Role.LEAD), foundation],
        actions=[action, hidden_action],
        events=[festival, hidden_event],
        subsidy_applications=[granted],
    )
    ambassador = make_login("Ambassador", sector="onderwijs", first_name="Anna", last_name="Smit", email="a@x.nl")
    ProgressUpdateFactory(action=action, text="De eerste uitwisseling is geweest.")
    return {"school": school, "foundation": foundation, "action": action, "sibiu": sibiu, "ambassador": ambassador}


def test_the_country_page_is_the_whole_dossier(client, romania):
    response = client.get(reverse("partners:country-detail", kwargs={"code": "ro"}))
    html = response.content.decode()
    context = response.context
    assert [action.title for action in context["actions"]["items"]] == ["Stedenband Sibiu"]
    assert [event.title for event in context["upcoming_events"]["items"]] == ["Handelsmissie Cluj"]
    # Held in Deventer, but tied to the relation with Sibiu: part of the Romania dossier.
    assert [event.title for event in context["past_events"]["items"]] == ["Focus op Roemenië"]
    assert [relation.counterpart for relation in context["linked_relations"]["items"]] == ["Sibiu"]
    assert (context["subsidies"]["count"], context["subsidies"]["total"]) == (1, Decimal("1500"))
    for hidden in ("Voorbereiding", "Besloten overleg", "Ingediend plan"):
        assert hidden not in html
    assert romania["sibiu"].get_absolute_url() in html


def test_the_partner_page_shows_its_actions_events_relations_and_grants(client, romania):
    school = client.get(romania["school"].get_absolute_url()).context
    assert [action.title for action in school["led_actions"]["items"]] == ["Stedenband Sibiu"]
    assert [event.title for event in school["events"]["items"]] == ["Focus op Roemenië"]
    assert [(link.relation.counterpart, link.role) for link in school["relation_roles"]["items"]] == [("Sibiu", "lead")]
    foundation = client.get(romania["foundation"].get_absolute_url())
    assert [action.title for action in foundation.context["joined_actions"]["items"]] == ["Stedenband Sibiu"]
    assert [subsidy.title for subsidy in foundation.context["subsidies"]["items"]] == ["Computerlokaal"]
    assert "Ingediend plan" not in foundation.content.decode()


def test_the_sector_page_names_its_ambassador_but_never_their_address(client, romania):
    response = client.get(reverse("partners:sector-detail", kwargs={"slug": "onderwijs"}))
    html = response.content.decode()
    assert "Anna Smit" in html and "a@x.nl" not in html
    assert response.context["actions"]["count"] == 1
    assert [event.title for event in response.context["events"]["items"]] == ["Focus op Roemenië"]


def test_the_goal_page_and_the_goal_sector_matrix(client, romania):
    goal = client.get(reverse("partners:goal-detail", kwargs={"number": 4})).context
    assert goal["actions"]["count"] == goal["events"]["count"] == goal["subsidies"]["count"] == 1
    matrix = client.get(reverse("partners:goal-list"))
    row = next(row for row in matrix.context["matrix"] if row["goal"].number == 4)
    cell = next(cell for cell in row["cells"] if cell["sector"].slug == "onderwijs")
    assert (cell["partners"], cell["actions"]) == (1, 1)
    html = matrix.content.decode()
    assert f"{reverse('partners:list')}?goal=4&amp;sector=onderwijs" in html
    assert f"{reverse('agenda:list')}?goal=4&amp;sector=onderwijs" in html
    # The link leads to the list the cell counts.
    listed = client.get(reverse("partners:list"), {"goal": 4, "sector": "onderwijs"})
    assert listed.context["paginator"].count == cell["partners"]


def test_action_events_and_relations_link_both_ways(client, romania):
    action_page = client.get(romania["action"].get_absolute_url()).content.decode()
    assert "Focus op Roemenië" in action_page and romania["sibiu"].get_absolute_url() in action_page
    assert "Besloten overleg" not in action_page
    festival = romania["sibiu"].events.get(title="Focus op Roemenië")
    event_page = client.get(festival.get_absolute_url()).content.decode()
    assert romania["sibiu"].get_absolute_url() in event_page and romania["action"].get_absolute_url() in event_page


def test_the_home_page_shows_what_is_new(client, romania):
    response = client.get(reverse("home"))
    html = response.content.decode()
    assert "De eerste uitwisseling is geweest." in html
    assert "Handelsmissie Cluj" in html
    assert romania["foundation"].get_absolute_url() in html
    assert reverse("relations:list") in html


PAGES = [
    ("partners:country-detail", {"code": "ro"}),
    ("partners:detail", {"slug": "budgetpartner-0"}),
    ("partners:sector-detail", {"slug": "maatschappelijk"}),
    ("partners:goal-detail", {"number": 4}),
    ("partners:goal-list", {}),
    ("home", {}),
]


@pytest.mark.parametrize("name, kwargs", PAGES)
def test_dossier_pages_need_the_same_queries_at_demo_size_and_100_times(client, name, kwargs):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(name, kwargs=kwargs or None)).status_code == 200
        return len(queries)

    build_network(12)
    few = count()
    build_network(1188, offset=12)
    assert count() == few <= 20
