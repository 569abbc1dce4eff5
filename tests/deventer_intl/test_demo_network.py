"""The demo's network: the relations of the seeds, each linked to its partners, actions and events; the events the
2020 report names; the demo notice on every page; load_demo refuses to run on a site that does not announce it."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from agenda.models import Action
from deventer_intl.demo.network import GOALS_DEMO_READING
from events.models import Event
from partners.models import Network, Partner, Relation

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


def test_every_relation_of_the_seeds_is_linked(demo):
    expected = {"sibiu", "bukomansimbi", "osnabrueck", "rostock", "hanze", "riga", "malmo", "goteborg", "shelter-city"}
    assert set(Relation.objects.values_list("slug", flat=True)) == expected
    for relation in Relation.objects.all():
        assert relation.relation_partners.exists(), relation.slug
        assert relation.actions.exists(), relation.slug
    sibiu = Relation.objects.get(slug="sibiu")
    assert (sibiu.since, sibiu.kind, sibiu.relation_partners.get(role="lead").partner.slug) == (
        1989,
        "twin_city",
        "netsib-foundation",
    )
    assert (Relation.objects.get(slug="bukomansimbi").since, Relation.objects.get(slug="bukomansimbi").until) == (
        2012,
        2021,
    )
    assert Relation.objects.get(slug="shelter-city").has_location is False
    assert all(relation.has_location for relation in Relation.objects.exclude(slug="shelter-city"))


def test_the_sibiu_action_shows_the_festival_and_the_delegation_and_back(client, demo):
    action = Action.objects.get(period__name="2021-2026", code="B10")
    html = client.get(action.get_absolute_url()).content.decode()
    assert "Focus op Roemenië" in html and "Delegatie en handelsmissie uit Sibiu" in html
    festival = client.get(reverse("events:detail", kwargs={"slug": "focus-op-roemenie-2019"})).content.decode()
    assert action.get_absolute_url() in festival and reverse("relations:detail", kwargs={"slug": "sibiu"}) in festival


def test_the_events_the_2020_report_names_are_there(demo):
    for slug, month in [
        ("global-goals-prijs-vng-2020", (2020, 1)),
        ("roemeense-handelsattache-2018", (2018, 3)),
        ("ambassadeur-oeganda-platform-2019", (2019, 7)),
        ("leerlingen-sibiu-het-vlier-2019", (2019, 3)),
        ("zone-college-bukomansimbi-2018", (2018, 10)),
        ("handelsreis-malmo-goteborg-2021", (2021, 10)),
    ]:
        event = Event.objects.get(slug=slug)
        assert (event.start.year, event.start.month) == month
    assert set(Event.objects.get(slug="handelsreis-malmo-goteborg-2021").relations.values_list("slug", flat=True)) == {
        "malmo",
        "goteborg",
    }


def test_the_demo_reads_goals_only_where_the_seeds_give_none(demo):
    for slug, numbers in GOALS_DEMO_READING.items():
        partner = Partner.objects.get(slug=slug)
        assert sorted(partner.global_goals.values_list("number", flat=True)) == numbers
    platform = Network.objects.get(slug="platform-deventer-oeganda")
    assert "achttien" in platform.description


def test_every_page_says_it_runs_on_demo_data_and_marks_invented_amounts(client, demo, settings):
    for url in [reverse("home"), reverse("relations:list"), reverse("relations:detail", kwargs={"slug": "sibiu"})]:
        assert "demo-notice" in client.get(url).content.decode()
    assert "example-mark" in client.get(reverse("relations:detail", kwargs={"slug": "sibiu"})).content.decode()
    settings.DEMO_DATA = False
    assert "demo-notice" not in client.get(reverse("home")).content.decode()


def test_load_demo_refuses_a_site_that_does_not_announce_demo_data(settings):
    settings.DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("load_demo", stdout=io.StringIO())
    assert not Partner.objects.exists()
