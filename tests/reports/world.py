"""A small world whose figures for 2024–2025 were computed by hand (the expected numbers are in ``EXPECTED``);
shared by the figures, report and browser tests. ``scale`` adds that many times the same data in other years and
as unpublished or non-public rows, so query budgets can be compared at two sizes without changing the figures."""

import datetime
from decimal import Decimal

from agenda.models import Action, PolicyPeriod
from events.models import Event
from partners.models import Country, Relation, Sector
from subsidies.models import Application, FinalReport, OtherFunding
from tests.factories import ActionFactory, EventFactory, PartnerFactory, SchemeFactory, SeriesFactory, local

PERIOD = (2024, 2025)

EXPECTED = {
    "partners-sector": {"Onderwijs": 2, "Maatschappelijke organisaties/NGO's": 1},
    "partners-country": {"Roemenië": 2, "Oeganda": 2},
    "actions-list": {"A – nieuwe actie": (2, 1), "B – lopende actie, nieuwe impuls": (2, 1)},
    "actions-status": {"Idee": 1, "In uitvoering": 1, "Gerealiseerd": 1, "Gestopt": 1},
    "under_way": (2, 4),
    # year: (granted, amount, raised, multiplier)
    "subsidies-year": {
        "2024": (1, Decimal("1000"), Decimal("3000"), Decimal("3.0")),
        "2025": (1, Decimal("2000"), Decimal("0"), None),
    },
    "subsidies-total": (2, Decimal("3000"), Decimal("3000"), Decimal("3.0")),
    # year: (events, visitors); a festival's own 50 plus its lecture's 30 count once each
    "events-year": {"2024": (3, 180), "2025": (1, 20)},
    "events-kind": {"Concert": (2, 120), "Festival": (1, 50), "Lezing of debat": (1, 30)},
    "events-series": {"Wereldmuziekserie Deventer Internationaal": (2, 120)},
    "relations-kind": {"Partnerstad": 1, "Partnerschap": 1},
    "relations-country": {"Roemenië": 1, "Duitsland": 1},
}


def _application(scheme, partner, year, status, granted, *, raised=None, reported=False, country="RO"):
    application = Application.objects.create(
        partner=partner,
        scheme=scheme,
        year=year,
        title=f"Project {year} {status}",
        description="Een project.",
        country_id=country,
        local_partner="Asociația Sibiu",
        start_date=datetime.date(year, 3, 1),
        end_date=datetime.date(year, 9, 30),
        amount_requested=Decimal("2000"),
        total_budget=Decimal("20000"),
        status=status,
        submitted_at=local(year, 1, 15, 10),
        granted_amount=granted,
    )
    if reported:
        FinalReport.objects.create(application=application, what_was_done="Gedaan.", amount_spent=Decimal("20000"))
    if raised is not None:
        OtherFunding.objects.create(application=application, kind="actual", source="Wilde Ganzen", amount=raised)
    return application


def build(scale: int = 0):
    onderwijs = Sector.objects.get(slug="onderwijs")
    ngo = Sector.objects.get(slug="maatschappelijk")
    school = PartnerFactory(name="Etty Hillesum Lyceum", sector=onderwijs, countries=["RO", "UG"])
    PartnerFactory(name="Saxion", sector=onderwijs, countries=["RO"])
    ngo_partner = PartnerFactory(name="Stichting Bulungi", sector=ngo, countries=["UG"])
    period_2021 = PolicyPeriod.objects.get(name="2021-2026")
    period_2015 = PolicyPeriod.objects.get(name="2015-2020")
    ActionFactory(list="A", status=Action.Status.REALISED, sectors=[onderwijs])
    ActionFactory(list="A", status=Action.Status.IDEA, sectors=[onderwijs])
    ActionFactory(list="B", status=Action.Status.IN_PROGRESS, sectors=[ngo])
    ActionFactory(list="B", status=Action.Status.STOPPED, sectors=[ngo])

    scheme = SchemeFactory(budgets={})
    _application(scheme, ngo_partner, 2024, "reported", Decimal("1000"), raised=Decimal("3000"), reported=True)
    _application(scheme, ngo_partner, 2025, "granted", Decimal("2000"), country="UG")
    _application(scheme, ngo_partner, 2025, "rejected", None)

    series = SeriesFactory(name="Wereldmuziekserie Deventer Internationaal", slug="wereldmuziekserie")
    EventFactory(start=local(2024, 3, 1, 20), end=local(2024, 3, 1, 22), actual_visitors=100, series=series)
    festival = EventFactory(
        kind="festival",
        title="Focus op Roemenië",
        start=local(2024, 11, 1, 10),
        end=local(2024, 11, 20, 22),
        actual_visitors=50,
        all_day=True,
    )
    EventFactory(
        kind="lecture", parent=festival, start=local(2024, 11, 5, 20), end=local(2024, 11, 5, 22), actual_visitors=30
    )
    EventFactory(start=local(2025, 3, 1, 20), end=local(2025, 3, 1, 22), actual_visitors=20, series=series)

    Relation.objects.create(slug="sibiu", counterpart="Sibiu", country_id="RO", kind="twin_city", since=1989)
    Relation.objects.create(
        slug="osnabrueck", counterpart="Osnabrück", country_id="DE", kind="partnership", since=2024, until=2025
    )
    Relation.objects.create(slug="bremen", counterpart="Bremen", country_id="DE", kind="trade", since=2010, until=2020)
    Relation.objects.create(slug="riga", counterpart="Riga", country_id="LV", kind="hanze", since=2026)

    # What the figures must leave out, ``scale + 1`` times: unpublished partners, non-public actions and events,
    # other policy periods and years, applications not granted.
    for index in range(scale + 1):
        PartnerFactory(name=f"Concept {index}", sector=onderwijs, countries=["RO"], published=False)
        ActionFactory(list="A", status=Action.Status.REALISED, public=False, sectors=[onderwijs])
        ActionFactory(list="B", status=Action.Status.REALISED, period=period_2015, sectors=[ngo])
        EventFactory(start=local(2024, 4, 1, 20), end=local(2024, 4, 1, 22), actual_visitors=999, public=False)
        EventFactory(start=local(2019, 4, 1, 20), end=local(2019, 4, 1, 22), actual_visitors=999, series=series)
        _application(scheme, ngo_partner, 2020, "granted", Decimal("999"))
        _application(scheme, school, 2024, "submitted", None)
    assert Country.objects.filter(code="RO").exists() and period_2021 and period_2015
    return {"school": school, "ngo": ngo_partner, "scheme": scheme, "series": series}


def grow(size: int) -> None:
    """``size`` more of everything the figures count (in every grouping), for query budgets."""
    from agenda.models import Chapter
    from partners.models import GlobalGoal

    if not size:
        return
    sectors = list(Sector.objects.all())
    countries = ["BE", "FR", "GM", "IT", "KE", "LB", "PT", "TR", "VN", "NO"]
    chapters = list(Chapter.objects.filter(period__name="2021-2026"))
    scheme = SchemeFactory(slug="publieksevenementen", name_nl="Publieksevenementen", budgets={})
    goals = list(GlobalGoal.objects.all())
    for index in range(size):
        partner = PartnerFactory(
            name=f"Groei {index}", sector=sectors[index % len(sectors)], countries=[countries[index % len(countries)]]
        )
        action = ActionFactory(
            list="AB"[index % 2], status=Action.Status.IN_PROGRESS, sectors=[sectors[index % len(sectors)]]
        )
        if chapters:
            Action.objects.filter(pk=action.pk).update(chapter=chapters[index % len(chapters)])
        series = SeriesFactory(name=f"Reeks {index}", slug=f"reeks-{index}")
        EventFactory(
            kind=Event.Kind.values[index % len(Event.Kind.values)],
            start=local(2025, 1 + index % 12, 2, 20),
            end=local(2025, 1 + index % 12, 2, 22),
            actual_visitors=index,
            series=series,
            sectors=[sectors[index % len(sectors)]],
        )
        application = _application(
            scheme, partner, 2024 + index % 2, "granted", Decimal("100"), country=countries[index % len(countries)]
        )
        application.global_goals.set(goals[index % 17 : index % 17 + 2])
        Relation.objects.create(
            slug=f"groei-{index}",
            counterpart=f"Stad {index}",
            country_id=countries[index % len(countries)],
            kind=Relation.Kind.values[index % len(Relation.Kind.values)],
            since=2000 + index,
        )
