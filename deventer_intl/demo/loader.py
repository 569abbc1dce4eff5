"""Loads the demo data drawn from the municipality's policy documents (see partners_data.py)."""

from __future__ import annotations

from django.db import transaction

from django.conf import settings
from django.contrib.auth import get_user_model

from deventer_intl.demo import partners_data
from deventer_intl.demo.users import DEMO_PASSWORD, DEMO_USERS
from deventer_intl.models import Profile
from deventer_intl.roles import ensure_roles
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
from partners.services import partners_refresh_search


@transaction.atomic
def load_partners() -> dict[str, int]:
    """Create or update the demo networks and partners; idempotent, keyed by slug."""
    networks = {}
    for item in partners_data.NETWORKS:
        network, _ = Network.objects.update_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item.get("description", "")}
        )
        networks[network.slug] = network
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    partner_ids = []
    for item in partners_data.PARTNERS:
        partner, _ = Partner.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": item["kind"],
                "sector": sectors[item["sector"]],
                "description": item.get("description", ""),
                "website": item.get("website", ""),
                "published": True,
            },
        )
        partner.countries.set([countries[code] for code in item.get("countries", [])])
        partner.global_goals.set([goals[number] for number in item.get("global_goals", [])])
        for membership in item.get("networks", []):
            Membership.objects.update_or_create(
                partner=partner,
                network=networks[membership["network"]],
                defaults={"role": membership.get("role", "member"), "since": membership.get("since")},
            )
        partner_ids.append(partner.pk)
    partners_refresh_search(partner_ids=partner_ids)
    return {"networks": len(networks), "partners": len(partner_ids)}


@transaction.atomic
def ensure_demo_users() -> list:
    """Create (or keep) the demo logins with their role, sector and organisations. Never in production."""
    if getattr(settings, "PRODUCTION", False):
        raise RuntimeError("Demo logins are for local use only; this is a production configuration.")
    groups = ensure_roles()
    User = get_user_model()
    users = []
    for username, role, first, last, sector, partner_slugs, staff, _description in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": first, "last_name": last, "is_staff": staff},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(groups[role])
        profile, _ = Profile.objects.get_or_create(user=user)
        profile.sector = Sector.objects.filter(slug=sector).first() if sector else None
        profile.save()
        profile.partners.set(Partner.objects.filter(slug__in=partner_slugs))
        users.append(user)
    return users


@transaction.atomic
def load_agenda() -> dict[str, int]:
    """Create or update the demo actions with their participants and timelines; idempotent, keyed by period and code."""
    from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
    from deventer_intl.demo import agenda_data

    users = {user.username: user for user in ensure_demo_users()}
    periods = {period.name: period for period in PolicyPeriod.objects.all()}
    chapters = {(chapter.period.name, chapter.number): chapter for chapter in Chapter.objects.select_related("period")}
    partners = {partner.slug: partner for partner in Partner.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    countries = {str(country.code): country for country in Country.objects.all()}
    updates = 0
    for item in agenda_data.ACTIONS:
        period = periods[item["period"]]
        action = Action.objects.filter(period=period, code=item["code"]).first() or Action(period=period,
                                                                                          code=item["code"])
        action.chapter = chapters[(period.name, item["chapter"])] if item.get("chapter") else None
        action.list = item["list"]
        action.title = item["title"]
        action.description = item.get("description", "")
        action.status = item["status"]
        action.progress = item["progress"]
        action.lead_partner = partners.get(item["lead_partner"]) if item.get("lead_partner") else None
        action.lead_person = users.get(item["lead"]) if item.get("lead") else None
        action.municipality_role = item["municipality_role"]
        action.start_date = item.get("start")
        action.end_date = item.get("end")
        action.public = item.get("public", True)
        timeline = item.get("updates", [])
        action.last_update_on = max((entry["date"] for entry in timeline), default=item.get("start") or "2021-01-01")
        action._history_user = users.get("coordinator")
        action.save()
        action.refresh_from_db()
        action.sectors.set([sectors[slug] for slug in item["sectors"]])
        action.global_goals.set([goals[number] for number in item.get("goals", [])])
        action.countries.set([countries[code] for code in item.get("countries", [])])
        for slug, role in item.get("participants", []):
            # Skipped when the demo partners were not loaded (load_demo --if-empty on a database of one's own).
            if slug in partners:
                Participation.objects.update_or_create(action=action, partner=partners[slug], defaults={"role": role})
        action.updates.all().delete()
        for entry in timeline:
            ProgressUpdate.objects.create(
                action=action, date=entry["date"], author=users.get(entry.get("author")), text=entry["text"],
                status=entry.get("status") or "", progress=entry.get("progress"),
            )
            updates += 1
    return {"actions": len(agenda_data.ACTIONS), "updates": updates}


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


def load_events() -> dict[str, int]:
    """The events' demo data, loaded by the events app itself (events/demo/)."""
    from events.demo.loader import load_events as load

    users = {user.username: user for user in ensure_demo_users()}
    return load(by=users.get("coordinator"))
