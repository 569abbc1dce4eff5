"""Loads the subsidies' demo data: the seeds' schemes with criteria and budgets, and two years of invented
applications, each moved through its life cycle by the services the pages use (apply, submit, review, propose,
confirm, pay, report, settle), dated in the past where the story needs it, and without mailing anyone."""

from __future__ import annotations

import datetime
import random
from collections.abc import Mapping
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from partners.models import Country, GlobalGoal, Partner
from subsidies import services
from subsidies.demo import data
from subsidies.lifecycle import Outcome
from subsidies.models import Application, Budget, Criterion, Scheme, SchemeQuestion

#: A minimal PDF for the invented project plans and budgets (a submitted application has both).
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
#: Invented motivations, one per outcome.
MOTIVATIONS = {
    Outcome.GRANT: "Het project voldoet aan alle criteria.",
    Outcome.PARTIAL: "Het project voldoet aan de criteria; het budget laat een gedeeltelijke toekenning toe.",
    Outcome.REJECT: "Er is geen andere financiering: de gemeentelijke bijdrage is geen cofinanciering.",
}
#: The steps an invented application takes, in the order of its life cycle; each goes as far as its story says
#: (``until``: the last step it takes).
ROUTE = ["save", "submit", "propose", "confirm", "pay", "report", "settle"]  # "propose" reviews first


def load_schemes(this_year: int) -> dict[str, Scheme]:
    """Create or update the schemes with their criteria and the budgets of last year and this one (keyed by slug
    and year)."""
    schemes = {}
    for item in data.SCHEMES:
        scheme, _created = Scheme.objects.update_or_create(
            slug=item["slug"],
            defaults={
                key: item[key]
                for key in (
                    "name_nl",
                    "name_en",
                    "name_de",
                    "purpose_nl",
                    "purpose_en",
                    "purpose_de",
                    "max_amount",
                    "decision_weeks",
                )
            }
            | {"partner_kinds": item.get("partner_kinds", [])}
            | {"opens_on": datetime.date(this_year - 1, 1, 1)},
        )
        if not scheme.criteria.exists():
            for order, (text_nl, text_en, text_de) in enumerate(item["criteria"], start=1):
                Criterion.objects.create(scheme=scheme, order=order, text_nl=text_nl, text_en=text_en, text_de=text_de)
        if not scheme.questions.exists():
            for order, (text_nl, text_en, text_de, required) in enumerate(item.get("questions", []), start=1):
                SchemeQuestion.objects.create(
                    scheme=scheme, order=order, text_nl=text_nl, text_en=text_en, text_de=text_de, required=required
                )
        for year in (this_year - 1, this_year):
            Budget.objects.get_or_create(scheme=scheme, year=year, defaults={"amount": item["budget"]})
        schemes[scheme.slug] = scheme
    return schemes


class Story:
    """Invented applications, each taken through its steps by the services (a seeded random, so every load
    tells the same story)."""

    def __init__(self, users: Mapping[str, object]):
        self.proposer, self.confirmer = users["ambtenaar"], users["ambtenaar-subsidies"]
        self.rng = random.Random(2021)
        self.countries = {str(country.code): country for country in Country.objects.all()}
        self.tz = timezone.get_current_timezone()
        self.count = 0

    def at(self, day: datetime.date) -> datetime.datetime:
        return datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=self.tz)

    def make(
        self,
        partner,
        scheme,
        year,
        *,
        title,
        requested,
        outcome,
        until,
        submitted,
        start,
        end,
        country=None,
        goals=(),
        applicant=None,
        description="",
        granted=None,
        settled=None,
    ) -> Application:
        """One application, taken through the steps of ``ROUTE`` up to ``until`` the way the portal would have."""
        rng = self.rng
        country = (
            country
            or next(iter(partner.countries.all()), None)
            or self.countries[data.FALLBACK_COUNTRIES[self.count % len(data.FALLBACK_COUNTRIES)]]
        )
        total_budget = requested * rng.choice([3, 5, 8, 12, 20])
        # A draft still lacks its budget; anything submitted had both documents.
        kinds = ["plan"] if until == "save" else ["plan", "budget"]
        application = services.application_save(
            by=applicant,
            partner=partner,
            scheme=scheme,
            year=year,
            language="nl",
            title=title,
            description=description or f"{title}: een project van {partner.name} met een lokale partner.",
            country=country,
            local_partner=f"Lokale partner in {country.name}",
            start_date=start,
            end_date=end,
            amount_requested=requested,
            total_budget=total_budget,
            goals=list(GlobalGoal.objects.filter(number__in=goals)),
            other_funding=[("Wilde Ganzen", total_budget - requested)],
            attachments=[(kind, ContentFile(PDF), f"{kind}-demo.pdf") for kind in kinds],
        )
        self.count += 1
        last = ROUTE.index(until)
        if last < ROUTE.index("submit"):
            return application
        services.application_submit(application=application, by=applicant, now=self.at(submitted), notify=False)
        if last < ROUTE.index("propose"):
            return application
        services.review_save(
            application=application,
            by=self.proposer,
            assessments={
                criterion.pk: (outcome != Outcome.REJECT or criterion.order != 4, "")
                for criterion in scheme.criteria.all()
            },
        )
        amount = Decimal("0") if outcome == Outcome.REJECT else (granted or requested)
        decided = submitted + datetime.timedelta(days=rng.randint(20, 50))
        decision = services.decision_propose(
            application=application,
            by=self.proposer,
            outcome=outcome,
            amount=amount if outcome == Outcome.PARTIAL else None,
            motivation=MOTIVATIONS[outcome],
            now=self.at(decided),
        )
        if last < ROUTE.index("confirm"):
            return application
        services.decision_confirm(
            application=application,
            by=self.confirmer,
            seen=decision.proposed_at,
            now=self.at(decided + datetime.timedelta(days=2)),
            notify=False,
        )
        if last < ROUTE.index("pay"):
            return application
        services.payment_record(
            application=application,
            by=self.proposer,
            date=decided + datetime.timedelta(days=14),
            amount=settled if settled is not None else amount,
        )
        if last < ROUTE.index("report"):
            return application
        raised = (total_budget - amount) * Decimal(rng.choice(["0.8", "1", "1.1"]))
        services.final_report_file(
            application=application,
            by=applicant,
            what_was_done="Het project is uitgevoerd zoals gepland.",
            amount_spent=total_budget,
            other_funding=[("Wilde Ganzen", raised.quantize(Decimal("1")))],
            now=self.at(end + datetime.timedelta(days=40)),
        )
        if last < ROUTE.index("settle"):
            return application
        services.final_report_settle(
            application=application,
            by=self.confirmer,
            amount=settled if settled is not None else amount,
            now=self.at(end + datetime.timedelta(days=60)),
        )
        return application


@transaction.atomic
def load(*, users: Mapping[str, object]) -> dict[str, int]:
    """Create the schemes with criteria and budgets (idempotent, keyed by slug and year) and, when there are no
    applications yet, two years of applications across the directory's organisations.

    ``users`` are the demo logins by username: "ambtenaar" proposes, "ambtenaar-subsidies" confirms, and
    "partner-roemenie" applies for St. Deventer - Roemenië.
    """
    this_year = timezone.localdate().year
    years = [this_year - 1, this_year]
    schemes = load_schemes(this_year)
    if Application.objects.exists():
        return {"schemes": len(schemes), "applications": 0}

    story = Story(users)
    rng, countries = story.rng, story.countries
    representative = users["partner-roemenie"]
    partners = {partner.slug: partner for partner in Partner.objects.prefetch_related("countries", "global_goals")}
    ngos = (
        [
            partner
            for partner in partners.values()
            if partner.sector.slug == "maatschappelijk"
            and partner.kind in ("foundation", "association")
            and partner.slug != "deventer-roemenie"
        ]
        if partners
        else []
    )
    ngos.sort(key=lambda partner: partner.slug)
    ngo_scheme = schemes["internationale-samenwerking"]
    for year in years:
        previous = year < this_year
        budget_left = Decimal(data.SCHEMES[0]["budget"])
        pool = ngos[:] if year % 2 else ngos[::-1]
        for index, partner in enumerate(pool[:29]):
            words, target, goals = data.PROJECT_WORDS[(index + year) % len(data.PROJECT_WORDS)]
            requested = Decimal(rng.choice([800, 1000, 1200, 1500, 1750, 2000]))
            submitted = datetime.date(year, 1 + index % 9, 1 + index % 27)
            start = submitted + datetime.timedelta(days=60)
            end = start + datetime.timedelta(days=rng.choice([120, 180, 240]))
            if index in (7, 16, 25):
                outcome, granted = Outcome.REJECT, None
            elif index % 6 == 5 and budget_left > requested:
                outcome, granted = Outcome.PARTIAL, (requested * Decimal("0.6")).quantize(Decimal("1"))
            else:
                outcome, granted = Outcome.GRANT, requested
            if outcome != Outcome.REJECT:
                if budget_left < (granted or requested):
                    continue
                budget_left -= granted or requested
            if previous:
                until = (
                    "confirm"
                    if outcome == Outcome.REJECT
                    else ("settle" if index % 5 else "report" if index % 10 else "pay")
                )
            elif index >= 26:
                # The last few of this year still await a decision: one has a proposal, the others none yet.
                until = "submit" if index != 27 else "propose"
                budget_left += (granted or requested) if outcome != Outcome.REJECT else 0
                outcome = Outcome.GRANT
            else:
                until = "pay" if outcome != Outcome.REJECT and index % 2 else "confirm"
            if not previous and until in ("submit", "propose"):
                submitted = timezone.localdate() - datetime.timedelta(days=20 + 30 * (index - 26))
                start, end = submitted + datetime.timedelta(days=90), submitted + datetime.timedelta(days=300)
            story.make(
                partner,
                ngo_scheme,
                year,
                title=f"{words} voor {target}",
                requested=requested,
                outcome=outcome,
                until=until,
                submitted=submitted,
                start=start,
                end=end,
                goals=goals,
                granted=granted,
                settled=(granted or requested) - 100 if until == "settle" and index % 7 == 1 else None,
            )
        # The demo representative's organisation: a grant each year (and this year also a draft).
        roemenie = partners.get("deventer-roemenie")
        if roemenie is not None:
            story.make(
                roemenie,
                ngo_scheme,
                year,
                title=f"Zomerkamp Sibiu {year}",
                requested=Decimal("1500"),
                outcome=Outcome.GRANT,
                until="settle" if previous else "confirm",
                submitted=datetime.date(year, 2, 3),
                start=datetime.date(year, 7, 1),
                end=datetime.date(year, 8, 31),
                country=countries["RO"],
                goals=[4, 17],
                applicant=representative,
                description="Een zomerkamp voor kinderen uit Sibiu en Deventer, met de stedenband.",
            )
            if not previous:
                story.make(
                    roemenie,
                    ngo_scheme,
                    year,
                    title="Uitwisseling jongerenwerkers Sibiu",
                    requested=Decimal("2000"),
                    outcome=Outcome.GRANT,
                    until="save",
                    submitted=None,
                    start=datetime.date(year + 1, 3, 1),
                    end=datetime.date(year + 1, 6, 30),
                    country=countries["RO"],
                    goals=[10, 17],
                    applicant=representative,
                )
        for index, (slug, title) in enumerate(data.EVENTS):
            if slug in partners:
                story.make(
                    partners[slug],
                    schemes["publieksevenementen"],
                    year,
                    title=f"{title} {year}",
                    requested=Decimal([1200, 1350, 1200, 1500][index]),
                    outcome=Outcome.GRANT,
                    until="settle" if previous else "pay",
                    submitted=datetime.date(year, 1 + index * 2, 10),
                    start=datetime.date(year, 3 + index * 2, 1),
                    end=datetime.date(year, 3 + index * 2, 28),
                    country=countries["NL"] if "NL" in countries else None,
                    goals=[10, 16],
                )
        if "mkb-trade-office-deventer" in partners:
            story.make(
                partners["mkb-trade-office-deventer"],
                schemes["trade-office"],
                year,
                title=f"Jaarplan Trade Office {year}",
                requested=Decimal("10000"),
                outcome=Outcome.GRANT,
                until="settle" if previous else "pay",
                submitted=datetime.date(year, 1, 15),
                start=datetime.date(year, 1, 1),
                end=datetime.date(year, 12, 31),
                goals=[8, 17],
            )
    return {"schemes": len(schemes), "applications": story.count}
