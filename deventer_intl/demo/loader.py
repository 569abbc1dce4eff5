"""Loads the demo subsidies and events drawn from the municipality's policy documents.

The partners and the work agenda load from their apps' ``demo/``; the demo logins from ``users.py``;
``manage.py load_demo`` calls them all in order.
"""

from __future__ import annotations

from django.db import transaction

from deventer_intl.demo.users import ensure_demo_users
from partners.models import Country, GlobalGoal, Partner, Sector


@transaction.atomic
def load_subsidies() -> dict[str, int]:
    """Create the schemes with criteria and budgets (idempotent, keyed by slug and year) and, when there are no
    applications yet, two years of applications across the directory's organisations."""
    import datetime
    import random
    from decimal import Decimal

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from deventer_intl.demo import subsidies_data
    from subsidies.models import (
        Application, Attachment, Budget, Criterion, CriterionAssessment, Decision, FinalReport, OtherFunding,
        Payment, Review, Scheme,
    )
    from subsidies.services import budget_recount

    users = {user.username: user for user in ensure_demo_users()}
    proposer, confirmer = users["ambtenaar"], users["ambtenaar-subsidies"]
    representative = users["partner-roemenie"]
    this_year = timezone.localdate().year
    years = [this_year - 1, this_year]
    schemes = {}
    for item in subsidies_data.SCHEMES:
        scheme, _created = Scheme.objects.update_or_create(slug=item["slug"], defaults={
            key: item[key] for key in ("name_nl", "name_en", "name_de", "purpose_nl", "purpose_en", "purpose_de",
                                       "max_amount", "decision_weeks")
        } | {"opens_on": datetime.date(this_year - 1, 1, 1)})
        if not scheme.criteria.exists():
            for order, (text_nl, text_en, text_de) in enumerate(item["criteria"], start=1):
                Criterion.objects.create(scheme=scheme, order=order, text_nl=text_nl, text_en=text_en, text_de=text_de)
        for year in years:
            Budget.objects.get_or_create(scheme=scheme, year=year, defaults={"amount": item["budget"]})
        schemes[scheme.slug] = scheme
    if Application.objects.exists():
        return {"schemes": len(schemes), "applications": 0}

    rng = random.Random(2021)
    countries = {str(country.code): country for country in Country.objects.all()}
    partners = {partner.slug: partner for partner in Partner.objects.prefetch_related("countries", "global_goals")}
    ngos = [partner for partner in partners.values()
            if partner.sector.slug == "maatschappelijk" and partner.kind in ("foundation", "association")
            and partner.slug != "deventer-roemenie"] if partners else []
    ngos.sort(key=lambda partner: partner.slug)
    tz = timezone.get_current_timezone()
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    count = 0

    def at(day: datetime.date) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=tz)

    def make(partner, scheme, year, *, title, requested, outcome, stage, submitted, start, end, country=None,
             goals=(), applicant=None, description="", granted=None, settled=None, documents=False):
        """One application, brought to ``stage`` the way the portal would have (without sending mail)."""
        nonlocal count
        country = country or next(iter(partner.countries.all()), None) or countries[
            subsidies_data.FALLBACK_COUNTRIES[count % len(subsidies_data.FALLBACK_COUNTRIES)]]
        app = Application(
            partner=partner, scheme=scheme, year=year, applicant=applicant, language="nl", title=title,
            description=description or f"{title}: een project van {partner.name} met een lokale partner.",
            country=country, local_partner=f"Lokale partner in {country.name}", start_date=start, end_date=end,
            amount_requested=requested, total_budget=requested * rng.choice([3, 5, 8, 12, 20]),
            status="draft",
        )
        app._history_user = applicant or proposer
        app.save()
        count += 1
        app.global_goals.set([goal for goal in GlobalGoal.objects.filter(number__in=goals)])
        OtherFunding.objects.create(application=app, kind="expected", source="Wilde Ganzen",
                                    amount=app.total_budget - requested)
        if documents:
            for kind in ("plan", "budget") if stage != "draft" else ("plan",):
                attachment = Attachment(application=app, kind=kind, original_name=f"{kind}-{app.pk}.pdf",
                                        uploaded_by=applicant)
                attachment.file.save(f"{kind}-{app.pk}.pdf", ContentFile(pdf), save=False)
                attachment.save()
        if stage == "draft":
            return app
        app.submitted_at = at(submitted)
        app.status = "submitted"
        if stage == "submitted":
            app.save()
            return app
        review = Review.objects.create(application=app, reviewer=proposer, note="")
        for criterion in scheme.criteria.all():
            CriterionAssessment.objects.create(review=review, criterion=criterion, met=outcome != "reject" or
                                               criterion.order != 4, note="")
        app.status = "in_review"
        amount = Decimal("0") if outcome == "reject" else (granted or requested)
        decided = submitted + datetime.timedelta(days=rng.randint(20, 50))
        decision = Decision(
            application=app, outcome=outcome, amount=amount, proposed_by=proposer, proposed_at=at(decided),
            motivation={"grant": "Het project voldoet aan alle criteria.",
                        "partial": "Het project voldoet aan de criteria; het budget laat een gedeeltelijke "
                                   "toekenning toe.",
                        "reject": "Er is geen andere financiering: de gemeentelijke bijdrage is geen cofinanciering."}[
                outcome],
        )
        if stage == "proposed":
            decision.save()
            app.save()
            return app
        decision.confirmed_by, decision.confirmed_at = confirmer, at(decided + datetime.timedelta(days=2))
        decision.save()
        app.decided_at = decision.confirmed_at
        app.status = {"grant": "granted", "partial": "partly_granted", "reject": "rejected"}[outcome]
        if outcome != "reject":
            app.granted_amount = amount
        if stage in ("paid", "reported", "closed"):
            Payment.objects.create(application=app, date=decided + datetime.timedelta(days=14),
                                   amount=settled if settled is not None else amount,
                                   recorded_by=proposer)
            app.status = "paid"
        if stage in ("reported", "closed"):
            raised = (app.total_budget - amount) * Decimal(rng.choice(["0.8", "1", "1.1"]))
            FinalReport.objects.create(
                application=app, what_was_done="Het project is uitgevoerd zoals gepland.",
                amount_spent=app.total_budget, filed_by=applicant, filed_at=at(end + datetime.timedelta(days=40)),
                settled_by=confirmer if stage == "closed" else None,
                settled_at=at(end + datetime.timedelta(days=60)) if stage == "closed" else None,
            )
            OtherFunding.objects.create(application=app, kind="actual", source="Wilde Ganzen",
                                        amount=raised.quantize(Decimal("1")))
            app.status = "reported"
        if stage == "closed":
            app.settled_amount = settled if settled is not None else amount
            app.status = "closed"
        app._history_user = confirmer
        app.save()
        return app

    ngo_scheme = schemes["internationale-samenwerking"]
    for year in years:
        previous = year < this_year
        budget_left = Decimal(subsidies_data.SCHEMES[0]["budget"])
        pool = ngos[:] if year % 2 else ngos[::-1]
        for index, partner in enumerate(pool[:29]):
            words, target, goals = subsidies_data.PROJECT_WORDS[(index + year) % len(subsidies_data.PROJECT_WORDS)]
            requested = Decimal(rng.choice([800, 1000, 1200, 1500, 1750, 2000]))
            submitted = datetime.date(year, 1 + index % 9, 1 + index % 27)
            start = submitted + datetime.timedelta(days=60)
            end = start + datetime.timedelta(days=rng.choice([120, 180, 240]))
            if index in (7, 16, 25):
                outcome, granted = "reject", None
            elif index % 6 == 5 and budget_left > requested:
                outcome, granted = "partial", (requested * Decimal("0.6")).quantize(Decimal("1"))
            else:
                outcome, granted = "grant", requested
            if outcome != "reject":
                if budget_left < (granted or requested):
                    continue
                budget_left -= granted or requested
            if previous:
                stage = "rejected" if outcome == "reject" else ("closed" if index % 5 else "reported" if index % 10
                                                                else "paid")
            elif index >= 26:
                stage = "submitted" if index != 27 else "proposed"
                budget_left += (granted or requested) if outcome != "reject" else 0
                outcome = "grant"
            else:
                stage = "rejected" if outcome == "reject" else ("paid" if index % 2 else "granted")
            if not previous and stage in ("submitted", "proposed"):
                submitted = timezone.localdate() - datetime.timedelta(days=20 + 30 * (index - 26))
                start, end = submitted + datetime.timedelta(days=90), submitted + datetime.timedelta(days=300)
            make(partner, ngo_scheme, year, title=f"{words} voor {target}", requested=requested, outcome=outcome,
                 stage="decided" if stage in ("rejected", "granted") else stage, submitted=submitted,
                 start=start, end=end, goals=goals, granted=granted,
                 settled=(granted or requested) - 100 if stage == "closed" and index % 7 == 1 else None)
        # The demo representative's organisation: a grant each year (and this year also a draft).
        roemenie = partners.get("deventer-roemenie")
        if roemenie is not None:
            make(roemenie, ngo_scheme, year, title=f"Zomerkamp Sibiu {year}", requested=Decimal("1500"),
                 outcome="grant", stage="closed" if previous else "decided", submitted=datetime.date(year, 2, 3),
                 start=datetime.date(year, 7, 1), end=datetime.date(year, 8, 31), country=countries["RO"],
                 goals=[4, 17], applicant=representative, documents=True,
                 description="Een zomerkamp voor kinderen uit Sibiu en Deventer, met de stedenband.")
            if not previous:
                make(roemenie, ngo_scheme, year, title="Uitwisseling jongerenwerkers Sibiu", requested=Decimal("2000"),
                     outcome="grant", stage="draft", submitted=None, start=datetime.date(year + 1, 3, 1),
                     end=datetime.date(year + 1, 6, 30), country=countries["RO"], goals=[10, 17],
                     applicant=representative, documents=True)
        for index, (slug, title) in enumerate(subsidies_data.EVENTS):
            if slug in partners:
                make(partners[slug], schemes["publieksevenementen"], year, title=f"{title} {year}",
                     requested=Decimal([1200, 1350, 1200, 1500][index]), outcome="grant",
                     stage="closed" if previous else "paid", submitted=datetime.date(year, 1 + index * 2, 10),
                     start=datetime.date(year, 3 + index * 2, 1), end=datetime.date(year, 3 + index * 2, 28),
                     country=countries["NL"] if "NL" in countries else None, goals=[10, 16])
        if "mkb-trade-office-deventer" in partners:
            make(partners["mkb-trade-office-deventer"], schemes["trade-office"], year,
                 title=f"Jaarplan Trade Office {year}", requested=Decimal("10000"), outcome="grant",
                 stage="closed" if previous else "paid", submitted=datetime.date(year, 1, 15),
                 start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31), goals=[8, 17])
    for budget in Budget.objects.all():
        budget_recount(scheme=budget.scheme, year=budget.year)
    return {"schemes": len(schemes), "applications": count}


def _local(value: str):
    """'YYYY-MM-DD HH:MM' in Europe/Amsterdam as an aware datetime."""
    import datetime

    from django.utils import timezone

    return timezone.make_aware(datetime.datetime.strptime(value, "%Y-%m-%d %H:%M"))


@transaction.atomic
def load_events() -> dict[str, int]:
    """Create or update the demo relations, series and events (see events_data.py); idempotent, keyed by slug."""
    import datetime

    from deventer_intl.demo import events_data
    from events.models import Event, Series
    from partners.models import Relation

    users = {user.username: user for user in ensure_demo_users()}
    by = users.get("coordinator")
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    relations = {}
    for item in events_data.RELATIONS:
        relation, _ = Relation.objects.update_or_create(slug=item["slug"], defaults={
            "counterpart": item["counterpart"], "country_id": item["country"], "kind": item["kind"],
            "since": item["since"], "municipality_role": item["municipality_role"],
            "description": item["description"]})
        relation.partners.set([partners[slug] for slug in item["partners"] if slug in partners])
        relations[relation.slug] = relation
    series = {}
    for item in events_data.SERIES:
        series[item["slug"]], _ = Series.objects.update_or_create(slug=item["slug"], defaults={
            "name": item["name"], "description": item["description"]})

    def save(item: dict) -> Event:
        if "in_days" in item:
            day = datetime.date.today() + datetime.timedelta(days=item["in_days"])
            item = {**item, "start": f"{day} {item['start']}", "end": f"{day} {item['end']}"}
        event = Event.objects.filter(slug=item["slug"]).first() or Event(slug=item["slug"])
        registration = item.get("registration")
        for field, value in {
            "title": item["title"], "kind": item["kind"], "start": _local(item["start"]), "end": _local(item["end"]),
            "all_day": item.get("all_day", False), "venue": item.get("venue", ""), "city": item.get("city", "Deventer"),
            "country_id": item.get("country", "NL"), "description": item.get("description", ""),
            "public": item.get("public", True), "expected_visitors": item.get("expected"),
            "actual_visitors": item.get("actual"), "series": series.get(item.get("series")),
            "parent": Event.objects.get(slug=item["parent"]) if item.get("parent") else None,
            "registration_required": bool(registration),
            "capacity": registration["capacity"] if registration else None,
            "waiting_list": registration["waiting_list"] if registration else False,
        }.items():
            setattr(event, field, value)
        event.created_by = event.created_by or by
        event._history_user = by
        event.save()
        event.organisers.set([partners[slug] for slug in item.get("organisers", []) if slug in partners])
        event.sectors.set([sectors[slug] for slug in item.get("sectors", [])])
        event.global_goals.set([goals[number] for number in item.get("goals", [])])
        event.relations.set([relations[slug] for slug in item.get("relations", [])])
        return event

    count = 0
    for item in events_data.EVENTS:
        save(item)
        count += 1
    for title, kind, start, visitors in events_data.FOCUS_ROMANIA_SUB_EVENTS:
        begin = _local(start)
        end = begin + datetime.timedelta(hours=2)
        save({"slug": f"focus-op-roemenie-{begin:%m%d}-{count}", "title": title, "kind": kind, "start": start,
              "end": f"{end:%Y-%m-%d %H:%M}", "venue": "", "parent": "focus-op-roemenie-2019",
              "organisers": ["netsib-foundation", "deventer-roemenie"], "sectors": ["cultuur-toerisme"],
              "goals": [17], "relations": ["sibiu"], "actual": visitors})
        count += 1
    today = datetime.date.today()
    for number, (year, month, day) in enumerate(events_data.WORLD_MUSIC_DATES):
        venue, organiser = events_data.WORLD_MUSIC_VENUES[number % len(events_data.WORLD_MUSIC_VENUES)]
        title = events_data.WORLD_MUSIC_TITLES[number % len(events_data.WORLD_MUSIC_TITLES)]
        past = datetime.date(year, month, day) < today
        save({"slug": f"wereldmuziek-{year}-{month:02}-{day:02}", "title": f"Wereldmuziek: {title}",
              "kind": "concert", "start": f"{year}-{month:02}-{day:02} 15:00", "end": f"{year}-{month:02}-{day:02} 17:00",
              "venue": venue, "series": "wereldmuziekserie-deventer-internationaal",
              "organisers": [organiser],
              "sectors": ["cultuur-toerisme"], "goals": [10], "actual": 150 if past else None,
              "expected": None if past else 150})
        count += 1
    return {"relations": len(relations), "events": count}
