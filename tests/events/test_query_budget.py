"""The event pages need a fixed number of queries, whether they show 5 events or 50."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, PARTNER_REPRESENTATIVE
from events.models import Event, Registration, Series
from partners.models import GlobalGoal, Sector
from tests.factories import AMSTERDAM, PartnerFactory, meeting

pytestmark = pytest.mark.django_db

#: A list page: session, user, roles and profile, count, page, prefetched organisers, filter choices.
BUDGET = 14


def month_ahead() -> datetime.date:
    """The first day of the month after next: every synthetic event falls in it, so the calendar shows them all."""
    today = datetime.date.today()
    return (today.replace(day=1) + datetime.timedelta(days=70)).replace(day=1)


@pytest.fixture
def people(make_user):
    organiser = PartnerFactory(name="Stichting NetSib")
    return {
        "organiser": organiser,
        "ambassador": make_user(AMBASSADOR, username="amb", sector="cultuur-toerisme"),
        "civil_servant": make_user(CIVIL_SERVANT, username="ambtenaar"),
        "representative": make_user(PARTNER_REPRESENTATIVE, username="rep", partners=[organiser]),
    }


def make_events(count: int, people: dict, *, past: bool = False) -> list[Event]:
    """``count`` public events (half of them in the past when ``past``), each with organisers, sectors, goals."""
    start_day = month_ahead()
    series = Series.objects.get_or_create(slug="wereldmuziek", defaults={"name": "Wereldmuziek"})[0]
    existing = Event.objects.count()
    events = []
    for n in range(existing, existing + count):
        day = start_day + datetime.timedelta(days=n % 28)
        if past and n % 2:
            day = day.replace(year=day.year - 3)
        start = datetime.datetime(day.year, day.month, day.day, 19, tzinfo=AMSTERDAM)
        events.append(
            Event(
                title=f"Concert {n:03}",
                slug=f"concert-{n:03}",
                kind="concert",
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue="Muziekhuis",
                country_id="RO" if n % 3 else "NL",
                city="Sibiu" if n % 3 else "Deventer",
                series=series,
                public=True,
                actual_visitors=100,
                description="Roemeense volksmuziek en jazz.",
            )
        )
    events = Event.objects.bulk_create(events)
    other = PartnerFactory.build(name=f"Muziekhuis {existing}", slug=f"muziekhuis-{existing}")
    other.save()
    Event.organisers.through.objects.bulk_create(
        [Event.organisers.through(event=e, partner=p) for e in events for p in (people["organiser"], other)]
    )
    sectors = list(Sector.objects.filter(slug__in=["cultuur-toerisme", "onderwijs"]))
    Event.sectors.through.objects.bulk_create(
        [Event.sectors.through(event=e, sector=s) for e in events for s in sectors]
    )
    goals = list(GlobalGoal.objects.filter(number__in=[10, 17]))
    Event.global_goals.through.objects.bulk_create(
        [Event.global_goals.through(event=e, globalgoal=g) for e in events for g in goals]
    )
    return events


def count_queries(client, name, params=None, kwargs=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name, kwargs=kwargs), params or {})
    assert response.status_code == 200
    return len(queries)


PAGES = [
    ("events:list", None, {}),
    (
        "events:list",
        None,
        {"kind": "concert", "sector": "onderwijs", "country": "ro", "goal": "17", "organiser": "netsib"},
    ),
    ("events:list", None, {"q": "roemeense jazz"}),
    ("events:past", None, {}),
    ("events:list", "ambassador", {}),
    ("events:feed", None, {}),
    ("events:feed", None, {"kind": "concert", "country": "ro"}),
    ("events:mine", "civil_servant", {}),
    ("events:mine", "representative", {}),
    ("events:mine", "ambassador", {}),
    ("events:figures", "civil_servant", {}),
]


@pytest.mark.parametrize("name, who, params", PAGES, ids=[f"{p[0]}-{p[1]}-{'&'.join(p[2])}" for p in PAGES])
def test_list_queries_do_not_grow_from_5_to_50_events(client, people, name, who, params, django_assert_max_num_queries):
    if who:
        client.force_login(people[who])
    make_events(5, people, past=True)
    few = count_queries(client, name, params)
    make_events(45, people, past=True)
    many = count_queries(client, name, params)
    assert many == few, f"{name} {params}: {few} queries for 5 events but {many} for 50"
    if name != "events:figures":  # the budget means something only when the page shows the events
        assert client.get(reverse(name), params).content.count(b"Concert 0") >= 10, f"{name} {params}: no rows"
    with django_assert_max_num_queries(BUDGET):
        client.get(reverse(name), params)


def test_calendar_month_queries_do_not_grow(client, people, django_assert_max_num_queries):
    month = month_ahead()
    kwargs = {"year": month.year, "month": month.month}
    make_events(5, people)
    few = count_queries(client, "events:calendar-month", kwargs=kwargs)
    make_events(45, people)
    many = count_queries(client, "events:calendar-month", kwargs=kwargs)
    page = client.get(reverse("events:calendar-month", kwargs=kwargs))
    assert page.context["event_count"] == 50
    assert many == few
    with django_assert_max_num_queries(8):
        client.get(reverse("events:calendar-month", kwargs=kwargs))


@pytest.mark.parametrize("who", [None, "civil_servant", "representative"])
def test_detail_queries_do_not_grow_with_sub_events_and_registrations(
    client, people, who, django_assert_max_num_queries
):
    if who:
        client.force_login(people[who])
    festival = meeting(kind="festival", organisers=[people["organiser"]], capacity=100, sectors=["onderwijs"])
    children = make_events(5, people)
    Event.objects.filter(pk__in=[e.pk for e in children]).update(parent=festival)
    Registration.objects.bulk_create(
        [Registration(event=festival, name=f"B{n}", email=f"b{n}@example.org") for n in range(5)]
    )
    kwargs = {"slug": festival.slug}
    few = count_queries(client, "events:detail", kwargs=kwargs)
    children = make_events(45, people)
    Event.objects.filter(pk__in=[e.pk for e in children]).update(parent=festival)
    Registration.objects.bulk_create(
        [Registration(event=festival, name=f"C{n}", email=f"c{n}@example.org") for n in range(45)]
    )
    many = count_queries(client, "events:detail", kwargs=kwargs)
    assert many == few
    with django_assert_max_num_queries(20):
        client.get(festival.get_absolute_url())


def test_registration_pages_do_not_grow_with_registrations(client, people, django_assert_max_num_queries):
    client.force_login(people["civil_servant"])
    event = meeting(capacity=100)
    Registration.objects.bulk_create(
        [Registration(event=event, name=f"B{n}", email=f"b{n}@example.org") for n in range(5)]
    )
    counts = {}
    for name, kwargs in (
        ("events:registrations", {}),
        ("events:registrations-export", {"fmt": "csv"}),
        ("events:attendance", {}),
    ):
        counts[name] = count_queries(client, name, kwargs={"slug": event.slug, **kwargs})
    Registration.objects.bulk_create(
        [Registration(event=event, name=f"C{n}", email=f"c{n}@example.org") for n in range(45)]
    )
    for name, kwargs in (
        ("events:registrations", {}),
        ("events:registrations-export", {"fmt": "csv"}),
        ("events:attendance", {}),
    ):
        assert count_queries(client, name, kwargs={"slug": event.slug, **kwargs}) == counts[name], name
        with django_assert_max_num_queries(BUDGET):
            client.get(reverse(name, kwargs={"slug": event.slug, **kwargs}))
