"""Visitor figures for the reports: computed from the events, never typed in.

Every event's ``actual_visitors`` counts once: a festival's own number holds only the visitors not
already counted at its sub-events (Focus op Roemenië keeps its 1,750 visitors on its 20+ events),
so sums over events never count a visitor twice. Years are calendar years in Europe/Amsterdam.
"""

from __future__ import annotations

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce, ExtractYear

from events.models import Event


def _base(queryset=None):
    return (queryset if queryset is not None else Event.objects.all()).order_by()


def per_year(queryset=None) -> list[dict]:
    """[{year, events, recorded, visitors}] per calendar year: events held, events with a count, visitors."""
    rows = (
        _base(queryset)
        .annotate(year=ExtractYear("start"))
        .values("year")
        .annotate(
            events=Count("pk"),
            recorded=Count("pk", filter=Q(actual_visitors__isnull=False)),
            visitors=Coalesce(Sum("actual_visitors"), 0),
        )
        .order_by("year")
    )
    return list(rows)


def per_kind(queryset=None, year: int | None = None) -> list[dict]:
    """[{kind, label, events, visitors}] per kind, optionally of one year."""
    queryset = _base(queryset)
    if year is not None:
        queryset = queryset.filter(start__year=year)
    labels = dict(Event.Kind.choices)
    rows = (
        queryset.values("kind")
        .annotate(events=Count("pk"), visitors=Coalesce(Sum("actual_visitors"), 0))
        .order_by("kind")
    )
    return [{**row, "label": labels.get(row["kind"], row["kind"])} for row in rows]


def per_series(queryset=None) -> list[dict]:
    """[{series, slug, year, events, visitors}] per series and year (events outside a series are left out)."""
    rows = (
        _base(queryset)
        .filter(series__isnull=False)
        .annotate(year=ExtractYear("start"))
        .values("series__name", "series__slug", "year")
        .annotate(events=Count("pk"), visitors=Coalesce(Sum("actual_visitors"), 0))
        .order_by("series__name", "year")
    )
    return [
        {
            "series": row["series__name"],
            "slug": row["series__slug"],
            "year": row["year"],
            "events": row["events"],
            "visitors": row["visitors"],
        }
        for row in rows
    ]


def per_series_total(queryset=None) -> list[dict]:
    """[{series, slug, events, visitors}] per series over all the years of ``queryset``."""
    rows = (
        _base(queryset)
        .filter(series__isnull=False)
        .values("series__name", "series__slug")
        .annotate(events=Count("pk"), visitors=Coalesce(Sum("actual_visitors"), 0))
        .order_by("series__name")
    )
    return [
        {
            "series": row["series__name"],
            "slug": row["series__slug"],
            "events": row["events"],
            "visitors": row["visitors"],
        }
        for row in rows
    ]


def festival_visitors(event: Event) -> int:
    """A festival's visitors: its own plus its sub-events' (one query)."""
    return Event.objects.filter(pk=event.pk).with_visitors().values_list("visitors_total", flat=True).get()
