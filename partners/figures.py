"""Figures of the shared core for the public figures page and the council's report: one aggregate query each.

Partners are counted as they are now (published ones only: a partner has no dates of its own); relations are
counted when they ran during at least part of the chosen years (``since``/``until``, open ends count as running).
"""

from __future__ import annotations

from django.db.models import Count, Q

from partners.models import Country, Relation, Sector


def partners_per_sector() -> list[dict]:
    """[{slug, name, colour, partners}] per sector of the klaverblad, in its order (sectors without partners too)."""
    return [
        {"slug": sector.slug, "name": sector.name, "colour": sector.colour, "partners": sector.partner_count}
        for sector in Sector.objects.with_partner_counts()
    ]


def partners_per_country() -> list[dict]:
    """[{code, name, partners}] per country with published partners, most partners first; a partner active in
    three countries counts for each of them."""
    rows = (
        Country.objects.filter(partners__published=True)
        .values("code")
        .annotate(partners=Count("partners", distinct=True))
        .order_by()
    )
    result = [
        {"code": row["code"], "name": Country(code=row["code"]).name, "partners": row["partners"]} for row in rows
    ]
    return sorted(result, key=lambda row: (-row["partners"], row["name"]))


def relations_running(start_year: int, end_year: int):
    """Relations that ran during at least part of ``start_year``–``end_year``."""
    return Relation.objects.filter(
        Q(since__isnull=True) | Q(since__lte=end_year), Q(until__isnull=True) | Q(until__gte=start_year)
    )


def relations_per_kind(start_year: int, end_year: int) -> list[dict]:
    """[{kind, label, relations}] per kind of relation running in the years, in the kinds' order."""
    counts = dict(
        relations_running(start_year, end_year)
        .order_by()
        .values("kind")
        .annotate(count=Count("pk"))
        .values_list("kind", "count")
    )
    return [
        {"kind": kind, "label": label, "relations": counts[kind]}
        for kind, label in Relation.Kind.choices
        if counts.get(kind)
    ]


def relations_per_country(start_year: int, end_year: int) -> list[dict]:
    """[{code, name, relations}] per country of the relations running in the years, most first."""
    rows = relations_running(start_year, end_year).order_by().values("country").annotate(count=Count("pk"))
    result = [
        {"code": row["country"], "name": Country(code=row["country"]).name, "relations": row["count"]} for row in rows
    ]
    return sorted(result, key=lambda row: (-row["relations"], row["name"]))
