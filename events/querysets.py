"""Reads for events: scoping to a user (the same rules as events/permissions.py), lists, roll-ups, search."""

from __future__ import annotations

import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import models
from django.db.models import Count, F, OuterRef, Prefetch, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from partners.querysets import normalise_text


class EventQuerySet(models.QuerySet):
    def public(self) -> EventQuerySet:
        return self.filter(public=True)

    def upcoming(self, now: datetime.datetime | None = None) -> EventQuerySet:
        """Events that have not ended yet (running ones included)."""
        return self.filter(end__gte=now or timezone.now())

    def past(self, now: datetime.datetime | None = None) -> EventQuerySet:
        return self.filter(end__lt=now or timezone.now())

    def overlapping(self, start: datetime.datetime, end: datetime.datetime) -> EventQuerySet:
        """Events running at some moment in [start, end)."""
        return self.filter(start__lt=end, end__gte=start)

    def editable_by(self, user) -> EventQuerySet:
        """The events ``user`` may edit: the rule ``events.edit_event`` itself (events/permissions.py)."""
        from events.permissions import can_edit_event

        return can_edit_event.filter(self, user)

    def visible_to(self, user) -> EventQuerySet:
        """Public events plus the unpublished ones the user may edit: the rule ``events.see_event``."""
        from events.permissions import can_see_event

        return can_see_event.filter(self, user)

    def with_visitors(self) -> EventQuerySet:
        """``visitors_total``: the event's own actual visitors plus those of its sub-events (a festival's roll-up)."""
        sub_events = (
            self.model.objects.filter(parent=OuterRef("pk"))
            .order_by()
            .values("parent")
            .annotate(total=Sum("actual_visitors"))
            .values("total")
        )
        return self.annotate(
            sub_event_visitors=Coalesce(Subquery(sub_events, output_field=models.IntegerField()), 0),
            visitors_total=Coalesce(F("actual_visitors"), 0) + F("sub_event_visitors"),
        )

    def for_list(self) -> EventQuerySet:
        """What an event row shows, in a fixed number of queries whatever the page size."""
        from partners.models import Partner

        return (
            self.select_related("country", "series")
            .prefetch_related(
                Prefetch(
                    "organisers", queryset=Partner.objects.only("pk", "name", "slug", "published").order_by("name")
                ),
            )
            .defer("search_vector", "description")
        )

    def for_detail(self) -> EventQuerySet:
        from partners.models import Partner

        return (
            self.select_related("country", "series", "parent", "created_by")
            .prefetch_related(
                Prefetch(
                    "organisers", queryset=Partner.objects.only("pk", "name", "slug", "published").order_by("name")
                ),
                "sectors",
                "global_goals",
                "relations__country",
            )
            .with_visitors()
        )

    def search(self, query: str) -> EventQuerySet:
        """Full-text search on title, place and description: Dutch stemming, accents ignored, prefixes."""
        from partners.models import SEARCH_CONFIG

        words = normalise_text(query).split()[:10]
        if not words:
            return self.annotate(search_rank=Value(0.0, output_field=models.FloatField()))
        tsquery = SearchQuery(" & ".join(f"{word}:*" for word in words), search_type="raw", config=SEARCH_CONFIG)
        return self.filter(search_vector=tsquery).annotate(search_rank=SearchRank(F("search_vector"), tsquery))


class RegistrationQuerySet(models.QuerySet):
    def live(self) -> RegistrationQuerySet:
        return self.exclude(status=self.model.Status.CANCELLED)

    def counts(self) -> dict[str, int]:
        """Registrations per status in one query."""
        rows = self.order_by().values("status").annotate(count=Count("pk"))
        counts = dict.fromkeys(self.model.Status.values, 0)
        counts.update({row["status"]: row["count"] for row in rows})
        return counts
