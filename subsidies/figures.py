"""The subsidy figures for the office and, later, the council report: computed with aggregates, never typed in.

Each function is one query whatever the number of applications. Counted are applications that were
submitted (drafts and withdrawn ones are not); "granted" is the definitive amount once settled, else
the confirmed grant; "raised" is the other funding the final reports say was actually raised, and the
multiplier divides it by the grants of the applications that filed a final report (a grant whose project
is still running has raised nothing yet, and would only dilute the figure).
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Case, Count, DecimalField, Exists, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce

from subsidies.lifecycle import GRANTED, Status
from subsidies.models import Application, FinalReport, OtherFunding, Payment

MONEY = DecimalField(max_digits=14, decimal_places=2)
ZERO = Value(Decimal("0"), output_field=MONEY)


def _sum_of(queryset, field: str):
    return Coalesce(
        Subquery(
            queryset.order_by().values("application").annotate(total=Sum(field)).values("total"), output_field=MONEY
        ),
        ZERO,
    )


def counted_applications(queryset=None):
    """Submitted applications annotated with their grant, payments and the other funding actually raised."""
    queryset = Application.objects.all() if queryset is None else queryset
    return queryset.counted().annotate(
        grant=Case(
            When(status__in=GRANTED, then=Coalesce("settled_amount", "granted_amount", ZERO)),
            default=ZERO,
            output_field=MONEY,
        ),
        paid=_sum_of(Payment.objects.filter(application=OuterRef("pk")), "amount"),
        raised=_sum_of(
            OtherFunding.objects.filter(application=OuterRef("pk"), kind=OtherFunding.Kind.ACTUAL), "amount"
        ),
        reported=Exists(FinalReport.objects.filter(application=OuterRef("pk"))),
    )


def _rows(group_by: list[str], queryset=None) -> list[dict]:
    rows = list(
        counted_applications(queryset)
        .order_by()
        .values(*group_by)
        .annotate(
            applications=Count("pk", distinct=True),
            granted=Count("pk", filter=Q(status__in=GRANTED), distinct=True),
            rejected=Count("pk", filter=Q(status=Status.REJECTED), distinct=True),
            total_granted=Sum("grant"),
            total_paid=Sum("paid"),
            raised=Sum("raised"),
            reported_granted=Sum(Case(When(reported=True, then="grant"), default=ZERO, output_field=MONEY)),
        )
        .order_by(*group_by)
    )
    for row in rows:
        row["multiplier"] = multiplier(row["raised"], row["reported_granted"])
    return rows


def multiplier(raised: Decimal | None, subsidy: Decimal | None) -> Decimal | None:
    """Other funding raised per euro of municipal subsidy ("our EUR X raised EUR Y"), one decimal; None without
    any accounted subsidy."""
    if not subsidy:
        return None
    return ((raised or Decimal("0")) / subsidy).quantize(Decimal("0.1"))


def by_year_and_scheme(queryset=None) -> list[dict]:
    """Per year and scheme: applications, granted, rejected, total granted, paid, raised, multiplier."""
    return _rows(["year", "scheme__pk", "scheme__name_nl", "scheme__name_en", "scheme__name_de"], queryset)


def by_year(queryset=None) -> list[dict]:
    return _rows(["year"], queryset)


def by_country(queryset=None) -> list[dict]:
    """Per country (code), over the years of ``queryset`` (all years by default)."""
    return _rows(["country"], queryset)


def by_global_goal(queryset=None) -> list[dict]:
    """Per Global Goal, over the years of ``queryset`` (all years by default); an application with three goals
    counts for each of them."""
    return [row for row in _rows(["global_goals__number"], queryset) if row["global_goals__number"] is not None]


def by_scheme(queryset=None) -> list[dict]:
    """Per scheme, over the years of ``queryset`` (all years by default)."""
    return _rows(["scheme__pk", "scheme__slug", "scheme__name_nl", "scheme__name_en", "scheme__name_de"], queryset)


def granted_in(start_year: int, end_year: int):
    """The granted applications (``lifecycle.GRANTED``) of the budget years ``start_year``–``end_year``: what the
    public figures and the council's report count (applications still awaiting a decision or rejected are the
    applicants' and the office's business)."""
    return Application.objects.filter(status__in=GRANTED, year__gte=start_year, year__lte=end_year)


def total(rows: list[dict]) -> dict:
    """The sum of rows that do not overlap (per year, or per scheme), with its own multiplier."""
    keys = ("applications", "granted", "rejected", "total_granted", "total_paid", "raised", "reported_granted")
    summed = {key: sum((row[key] or 0 for row in rows), Decimal("0") if key not in keys[:3] else 0) for key in keys}
    summed["multiplier"] = multiplier(summed["raised"], summed["reported_granted"])
    return summed
