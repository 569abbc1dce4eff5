"""The agenda's pages need a fixed number of queries, whether the agenda holds 5 actions or 500."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agenda.models import Action, Participation, ProgressUpdate
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
from partners.models import Country, GlobalGoal, Sector
from tests.factories import PartnerFactory, period_2021

pytestmark = pytest.mark.django_db

STATUSES = ["idea", "planned", "in_progress", "realised", "stopped"]
OLD = datetime.date.today() - datetime.timedelta(days=200)


@pytest.fixture
def people(make_user):
    lead_partner = PartnerFactory(name="Saxion")
    partner = PartnerFactory(name="St. Deventer - Roemenië")
    return {
        "lead_partner": lead_partner,
        "partner": partner,
        "ambassador": make_user(AMBASSADOR, username="amb", sector="onderwijs", partners=[lead_partner]),
        "civil_servant": make_user(CIVIL_SERVANT, username="ambtenaar", sector="gemeente"),
        "representative": make_user(PARTNER_REPRESENTATIVE, username="rep", partners=[partner]),
        "coordinator": make_user(COORDINATOR, username="coord", is_staff=True),
    }


def make_actions(count: int, people: dict) -> list[Action]:
    """``count`` public actions, each with two sectors, goals, countries, an editor, a participant and updates."""
    start = Action.objects.count()
    period = period_2021()
    statuses = itertools.cycle(STATUSES)
    actions = []
    for n in range(start, start + count):
        status = next(statuses)
        actions.append(
            Action(
                period=period,
                list="A",
                code=f"A{n + 1}",
                title=f"Uitwisseling {n:04}",
                description="Onderwijs en sport.",
                status=status,
                progress=100 if status == "realised" else 20,
                lead_partner=people["lead_partner"],
                lead_person=people["ambassador"],
                public=True,
                last_update_on=OLD if n % 2 else datetime.date.today(),
            )
        )
    actions = Action.objects.bulk_create(actions)
    onderwijs, sport = Sector.objects.get(slug="onderwijs"), Sector.objects.get(slug="sport")
    Action.sectors.through.objects.bulk_create(
        [Action.sectors.through(action=a, sector=s) for a in actions for s in (onderwijs, sport)]
    )
    goals = list(GlobalGoal.objects.filter(number__in=[4, 17]))
    Action.global_goals.through.objects.bulk_create(
        [Action.global_goals.through(action=a, globalgoal=g) for a in actions for g in goals]
    )
    countries = list(Country.objects.filter(code__in=["RO", "UG"]))
    Action.countries.through.objects.bulk_create(
        [Action.countries.through(action=a, country=c) for a in actions for c in countries]
    )
    Action.editors.through.objects.bulk_create(
        [Action.editors.through(action=a, user=people["civil_servant"]) for a in actions]
    )
    Participation.objects.bulk_create([Participation(action=a, partner=people["partner"]) for a in actions])
    ProgressUpdate.objects.bulk_create(
        [ProgressUpdate(action=a, author=people["ambassador"], text="Bijeenkomst gehad.", date=OLD) for a in actions]
    )
    return actions


def add_to_detail(action: Action, count: int, people: dict) -> None:
    """More participants and timeline entries on the one action whose page is measured."""
    partners = [
        PartnerFactory.build(name=f"Deelnemer {action.pk}-{n}", slug=f"deelnemer-{action.pk}-{n}") for n in range(count)
    ]
    partners = type(partners[0]).objects.bulk_create(partners)
    Participation.objects.bulk_create([Participation(action=action, partner=p) for p in partners])
    ProgressUpdate.objects.bulk_create(
        [
            ProgressUpdate(action=action, author=people["representative"], text=f"Stap {n}", date=OLD)
            for n in range(count)
        ]
    )


PAGES = [
    # (name, who, query string)
    ("agenda:list", None, {}),
    (
        "agenda:list",
        None,
        {
            "list": "A",
            "status": "in_progress",
            "sector": "onderwijs",
            "goal": "4",
            "country": "ro",
            "period": "2021-2026",
            "lead": "saxion",
        },
    ),
    ("agenda:list", None, {"q": "uitwisseling"}),
    ("agenda:list", None, {"q": "uitwisseling", "sector": "sport"}),
    ("agenda:list", "coordinator", {"stale": "on"}),
    ("agenda:mine", "ambassador", {}),
    ("agenda:mine", "civil_servant", {}),
    ("agenda:mine", "representative", {}),
    ("agenda:monitoring", "coordinator", {}),
    ("agenda:monitoring", "coordinator", {"as_of": "2026-01-01"}),
]
#: The most queries a page of the agenda may need (session, user, roles, count, page, prefetches, filter choices).
BUDGET = 16
#: The action page: the action with its relations, participants, timeline, and the user's rights on it.
DETAIL_BUDGET = 15  # + the action's linked events and relations (issue 10)


def count_queries(client, name, params, kwargs=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name, kwargs=kwargs), params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name, who, params", PAGES, ids=[f"{p[0]}-{p[1]}-{'&'.join(p[2])}" for p in PAGES])
def test_page_queries_do_not_grow_from_5_to_500_actions(
    client, people, name, who, params, django_assert_max_num_queries
):
    if who:
        client.force_login(people[who])
    make_actions(5, people)
    few = count_queries(client, name, params)
    make_actions(495, people)
    many = count_queries(client, name, params)
    assert many == few, f"{name} {params}: {few} queries for 5 actions but {many} for 500"
    with django_assert_max_num_queries(BUDGET):
        client.get(reverse(name), params)


@pytest.mark.parametrize("who", [None, "representative", "ambassador"])
def test_detail_queries_do_not_grow_with_participants_and_updates(client, people, who, django_assert_max_num_queries):
    if who:
        client.force_login(people[who])
    action = make_actions(5, people)[2]
    kwargs = {"pk": action.pk}
    few = count_queries(client, "agenda:detail", {}, kwargs)
    make_actions(495, people)
    add_to_detail(action, 100, people)
    many = count_queries(client, "agenda:detail", {}, kwargs)
    assert many == few, f"detail: {few} queries with 1 participant but {many} with 101"
    with django_assert_max_num_queries(DETAIL_BUDGET):
        client.get(action.get_absolute_url())
