"""Reads for the work agenda: scoping to a user, list joins, search and the monitoring figures."""

from __future__ import annotations

import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import models
from django.db.models import Count, F, Max, Prefetch, Value
from django.utils import timezone

from partners.querysets import normalise_text


class ActionQuerySet(models.QuerySet):
    def public(self) -> ActionQuerySet:
        """What the public agenda shows."""
        return self.filter(public=True)

    def next_codes(self, period) -> dict[str, str]:
        """The next free code on each list in ``period``: one past the highest number used there (A9 → A10)."""
        highest = dict(self.filter(period=period).values_list("list").annotate(Max("number")).order_by())
        return {letter: f"{letter}{(highest.get(letter) or 0) + 1}" for letter in self.model.List.values}

    def editable_by(self, user) -> ActionQuerySet:
        """The actions ``user`` may edit: the rule ``agenda.edit_action`` itself (agenda/permissions.py)."""
        from agenda.permissions import can_edit_action

        return can_edit_action.filter(self, user)

    def involving_organisations_of(self, user) -> ActionQuerySet:
        """Actions led by, or joined by, one of the organisations ``user`` represents (as a partner representative)."""
        from agenda.permissions import involves_my_organisation

        return involves_my_organisation.filter(self, user)

    def visible_to(self, user) -> ActionQuerySet:
        """Public actions plus the unpublished ones the user edits or takes part in: the rule ``agenda.see_action``."""
        from agenda.permissions import can_see_action

        return can_see_action.filter(self, user)

    def for_list(self) -> ActionQuerySet:
        """What an action row shows, in a fixed number of queries whatever the page size."""
        from partners.models import Sector

        return (
            self.select_related("period", "chapter", "lead_partner")
            .prefetch_related(
                Prefetch("sectors", queryset=Sector.objects.order_by("order")),
            )
            .defer(
                "search_vector",
                "description",
                # The lead partner's name and slug are enough; its long text columns would widen every sorted row.
                "lead_partner__description",
                "lead_partner__search_text",
                "lead_partner__search_vector",
                "lead_partner__contact_name",
                "lead_partner__contact_email",
                "lead_partner__contact_phone",
            )
        )

    def for_detail(self) -> ActionQuerySet:
        """What the action page shows."""
        from agenda.models import Participation

        return self.select_related("period", "chapter", "lead_partner", "lead_person").prefetch_related(
            "sectors",
            "global_goals",
            "countries",
            Prefetch("participations", queryset=Participation.objects.select_related("partner")),
        )

    def stale(self, today: datetime.date | None = None) -> ActionQuerySet:
        """Open actions without a progress update for more than STALE_AFTER_DAYS days."""
        return self.filter(stale_condition(today))

    def search(self, query: str) -> ActionQuerySet:
        """Full-text search on code, title and description: Dutch stemming, accents ignored, prefixes."""
        from partners.models import SEARCH_CONFIG

        words = normalise_text(query).split()[:10]
        if not words:
            return self.annotate(search_rank=Value(0.0, output_field=models.FloatField()))
        # Words hold only [a-z0-9] (normalise_text), so they are safe inside a raw tsquery.
        tsquery = SearchQuery(" & ".join(f"{word}:*" for word in words), search_type="raw", config=SEARCH_CONFIG)
        return self.filter(search_vector=tsquery).annotate(search_rank=SearchRank(F("search_vector"), tsquery))

    def status_counts(self, by: str | None = None) -> list[dict]:
        """Counts per status, optionally per ``by`` (a field path such as ``list`` or ``sectors``): one query."""
        fields = [by, "status"] if by else ["status"]
        # Each (action, sector) pair is unique, so a plain count is exact and spares PostgreSQL a sort.
        return list(self.order_by().values(*fields).annotate(count=Count("pk")).order_by(*fields))


class ProgressUpdateQuerySet(models.QuerySet):
    def for_timeline(self) -> ProgressUpdateQuerySet:
        return self.select_related("author").order_by("-date", "-created")


def public_list_ordering() -> list[str]:
    """The public agenda's order: the newest policy period first, then list and number.

    When the periods' keys rise with their start years (periods are added as time goes by), "newest period
    first" is "-period_id": a column of the action row, so the index ``action_public_list_order`` serves the
    order and a page is read without sorting every public action. Otherwise the order joins the periods. The
    check itself is kept in the shared cache until any edit."""
    from agenda.models import PolicyPeriod
    from deventer_intl.cache import remember

    newest_first = remember(
        "agenda:periods-newest-first",
        lambda: list(PolicyPeriod.objects.order_by("-start_year", "-pk").values_list("pk", flat=True)),
    )
    if newest_first == sorted(newest_first, reverse=True):
        return ["-period_id", "list", "number", "pk"]
    return ["-period__start_year", "list", "number", "pk"]


def stale_condition(today: datetime.date | None = None) -> models.Q:
    """Open, and no progress update for more than ``STALE_AFTER_DAYS`` days (``Action.is_stale`` in SQL): the
    filter of ``stale()`` and the export's column."""
    from agenda.models import STALE_AFTER_DAYS, Action

    today = today or timezone.localdate()
    return models.Q(
        status__in=Action.OPEN_STATUSES, last_update_on__lt=today - datetime.timedelta(days=STALE_AFTER_DAYS)
    )
